package extract

import (
	"encoding/binary"
	"slices"
)

// keyTable numbers fold keys 1, 2, 3, ... in the order they are added. It is an
// open-addressing hash table over the keys' bytes: the tokenizer looks a key up where it
// wrote it, without making a string of it, in a probe or two of a compact array, and the
// keys themselves lie one after another in one buffer. The lexicon numbers its keys with
// one, and the tokenizer a document's other keys with another. Its zero value is empty.
type keyTable struct {
	slots []keySlot // a power of two in length, at most half full
	text  []byte    // the keys one after another
	ends  []uint32  // ends[n] is the end of key n in text; ends[0], 0, the start of key 1
}

// keySlot is a slot of a keyTable: a key's number and hash, or 0 for an empty slot.
type keySlot struct {
	hash uint32
	n    uint32
}

// hashKey is FNV-1a.
func hashKey[K string | []byte](k K) uint32 {
	h := hashSeed
	for i := 0; i < len(k); i++ {
		h = hashByte(h, k[i])
	}
	return h
}

// hashSeed is the hashKey of the empty key.
const hashSeed = uint32(2166136261)

// hashByte returns the hashKey of a key whose hash without its last byte c is h, for
// scanToken, which hashes a word as it reads it.
func hashByte(h uint32, c byte) uint32 { return (h ^ uint32(c)) * 16777619 }

// findKey returns the number of key k, whose hashKey is h, in t, or 0.
func findKey(t *keyTable, k string, h uint32) uint32 {
	if len(t.slots) == 0 {
		return 0
	}
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s.n == 0 {
			return 0
		}
		if s.hash == h && string(t.key(s.n)) == k {
			return s.n
		}
	}
}

// findKeyBytes is findKey for a key the tokenizer wrote, whose hash it passes so that it
// hashes a key once for the lexicon's table and its own. A key of up to eight bytes, as
// most are, is compared with the table's as one word of each, not by a call of memequal
// (some 9,500 calls and 8 K mispredicted branches a parse): a word read from each buffer
// past the key's end, into its spare capacity, and masked to the key's bytes. Near the
// end of either buffer, where eight bytes cannot be read, the keys are compared as
// strings.
func findKeyBytes(t *keyTable, k []byte, h uint32) uint32 {
	if len(t.slots) == 0 {
		return 0
	}
	mask := uint32(len(t.slots) - 1)
	for i := h & mask; ; i = (i + 1) & mask {
		s := t.slots[i]
		if s.n == 0 {
			return 0
		}
		if s.hash != h {
			continue
		}
		start, end := t.ends[s.n-1], t.ends[s.n]
		if int(end-start) == len(k) && len(k) <= 8 && cap(k) >= 8 && int(start)+8 <= cap(t.text) {
			// Little-endian words hold the keys' bytes in their low bytes: the shift keeps
			// those alone (all of them for eight, none for an empty key).
			if (binary.LittleEndian.Uint64(t.text[start:start+8])^binary.LittleEndian.Uint64(k[:8]))<<(64-8*len(k)) == 0 {
				return s.n
			}
		} else if string(t.text[start:end]) == string(k) {
			return s.n
		}
	}
}

// addKey numbers key k, whose hashKey is h and which t must not hold yet, and returns its
// number.
func addKey[K string | []byte](t *keyTable, k K, h uint32) uint32 {
	if len(t.ends) == 0 {
		t.ends = append(t.ends, 0)
	}
	if 2*len(t.ends) > len(t.slots) {
		t.grow()
	}
	t.text = append(t.text, k...)
	t.ends = append(t.ends, uint32(len(t.text)))
	n := uint32(len(t.ends) - 1)
	t.place(keySlot{hash: h, n: n})
	return n
}

// key returns key number n.
func (t *keyTable) key(n uint32) []byte {
	return t.text[t.ends[n-1]:t.ends[n]]
}

// len returns how many keys t holds.
func (t *keyTable) len() int { return max(len(t.ends)-1, 0) }

// place puts s into the first free slot of its probe sequence.
func (t *keyTable) place(s keySlot) {
	mask := uint32(len(t.slots) - 1)
	i := s.hash & mask
	for t.slots[i].n != 0 {
		i = (i + 1) & mask
	}
	t.slots[i] = s
}

// grow doubles the slots (to 64 at first) and places the keys again.
func (t *keyTable) grow() {
	old := t.slots
	t.slots = make([]keySlot, max(64, 2*len(old)))
	for _, s := range old {
		if s.n != 0 {
			t.place(s)
		}
	}
}

// reset empties t for a new document, keeping its memory unless a large document grew
// it: emptying costs the slots' length.
func (t *keyTable) reset() {
	if len(t.slots) > 1<<14 {
		*t = keyTable{}
		return
	}
	clear(t.slots)
	t.text, t.ends = t.text[:0], t.ends[:0]
}

// clone returns a copy of t that shares no memory with it.
func (t *keyTable) clone() keyTable {
	return keyTable{slots: slices.Clone(t.slots), text: slices.Clone(t.text), ends: slices.Clone(t.ends)}
}
