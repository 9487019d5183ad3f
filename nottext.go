package actorgraph

import (
	"encoding/binary"
	"errors"
	"fmt"
	"strings"
	"unicode/utf8"
)

// This file tells documents that are not text, such as an archive or an image handed to
// the parser by mistake, from text the parser can read, by looking at their first bytes.

// ErrNotText is wrapped by every *NotTextError, so errors.Is(err, ErrNotText) tells that a
// document was not text.
var ErrNotText = errors.New("actorgraph: not text")

// NotTextError reports a document that is not text: a file format known by its first
// bytes, or bytes that are mostly control characters or invalid UTF-8 (see
// Parser.ParseDoc).
type NotTextError struct {
	Doc  string // the document's name
	What string // what the document looks like, such as "gzip data" or "PNG image"
}

func (e *NotTextError) Error() string {
	return fmt.Sprintf("actorgraph: document %q: not text (%s)", e.Doc, e.What)
}

// Unwrap returns ErrNotText.
func (e *NotTextError) Unwrap() error { return ErrNotText }

// The bounds of the test for binary data: a document is not text when more than
// notTextPercent percent of its first notTextSample bytes are control bytes other than
// white space, or bytes of invalid UTF-8. Text with stray bad bytes (a NUL, an escape
// sequence, a Latin-1 letter) stays far below that; random or compressed data is at
// 60% and more, and UTF-16 text at 50%.
const (
	notTextSample  = 8 << 10
	notTextPercent = 25
)

// notText returns what text looks like when it is not text, or "" when it is text. It
// reads at most the first notTextSample bytes, and a few more for a zip archive's first
// entry name.
func notText(text string) string {
	if what := signature(text); what != "" {
		return what
	}
	n := min(len(text), notTextSample)
	bad := badBytes(text[:n])
	if bad*100 <= n*notTextPercent {
		return ""
	}
	if n < len(text) {
		return fmt.Sprintf("%d%% of the first %d bytes are control bytes or invalid UTF-8", bad*100/n, n)
	}
	return fmt.Sprintf("%d%% of the bytes are control bytes or invalid UTF-8", bad*100/n)
}

// badBytes counts the bytes of s that text does not hold: ASCII control bytes other than
// white space (textControl), and bytes of invalid UTF-8.
func badBytes(s string) int {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	n := len(s)
	bad := 0
	for i := 0; i < n; {
		if i+8 <= n {
			// Eight bytes at a time while they are all printable ASCII, as most of a text
			// is: no byte of 0x80 or more, none below ' ', and no DEL (the tricks
			// hasless and haszero of "Bit Twiddling Hacks").
			w := s[i : i+8]
			x := uint64(w[0]) | uint64(w[1])<<8 | uint64(w[2])<<16 | uint64(w[3])<<24 |
				uint64(w[4])<<32 | uint64(w[5])<<40 | uint64(w[6])<<48 | uint64(w[7])<<56
			del := x ^ 0x7f*ones
			if (x|(x-' '*ones)&^x|(del-ones)&^del)&highs == 0 {
				i += 8
				continue
			}
		}
		c := s[i]
		if c < utf8.RuneSelf {
			bad += int(textControl[c])
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			bad++
		}
		i += size
	}
	return bad
}

// textControl marks the ASCII control bytes that text does not hold: all but tab, line
// feed, vertical tab, form feed and carriage return.
var textControl = func() (c [utf8.RuneSelf]uint8) {
	for b := range c {
		if b < ' ' || b == 0x7f {
			c[b] = 1
		}
	}
	for _, b := range "\t\n\v\f\r" {
		c[b] = 0
	}
	return c
}()

// signatures are the first bytes of file formats that are not text, for signature.
var signatures = []struct{ magic, what string }{
	{"\x1f\x8b", "gzip data"},
	{"%PDF-", "PDF document"},
	{"\x89PNG\r\n\x1a\n", "PNG image"},
	{"\xff\xd8\xff", "JPEG image"},
	{"GIF87a", "GIF image"},
	{"GIF89a", "GIF image"},
	{"\x7fELF", "ELF executable"},
	{"\xfe\xed\xfa\xce", "Mach-O executable"},
	{"\xfe\xed\xfa\xcf", "Mach-O executable"},
	{"\xce\xfa\xed\xfe", "Mach-O executable"},
	{"\xcf\xfa\xed\xfe", "Mach-O executable"},
	{"\xca\xfe\xba\xbf", "Mach-O universal binary"},
	{"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "Office document (doc, xls or ppt)"},
	{"\xff\xfe", "UTF-16 text; convert it to UTF-8"},
	{"\xfe\xff", "UTF-16 text; convert it to UTF-8"},
}

// signature returns what text is when it starts with the signature of a file format that
// is not text, or "".
func signature(text string) string {
	for _, s := range signatures {
		if strings.HasPrefix(text, s.magic) {
			return s.what
		}
	}
	switch {
	case strings.HasPrefix(text, "\xca\xfe\xba\xbe"):
		// Java class files share the magic number of Mach-O universal binaries; a class
		// file's version (45 and up) stands where a universal binary counts its
		// architectures (a handful).
		if len(text) >= 8 && binary.BigEndian.Uint32([]byte(text[4:8])) >= 45 {
			return "Java class file"
		}
		return "Mach-O universal binary"
	case strings.HasPrefix(text, "PK\x03\x04"), strings.HasPrefix(text, "PK\x05\x06"):
		return zipKind(text)
	case strings.HasPrefix(text, "MZ") && isPE(text):
		return "Windows executable"
	}
	return ""
}

// zipKind names a zip archive by the entries among its first bytes: Office files hold
// their parts in folders "word/", "xl/" or "ppt/", which come within the first entries.
func zipKind(text string) string {
	const nameLen, nameAt = 26, 30 // in a local file header
	prefix := text[:min(len(text), notTextSample)]
	for i := 0; i+nameAt <= len(prefix); i += 4 {
		j := strings.Index(prefix[i:], "PK\x03\x04")
		if j < 0 || i+j+nameAt > len(prefix) {
			break
		}
		i += j
		n := int(binary.LittleEndian.Uint16([]byte(prefix[i+nameLen : i+nameLen+2])))
		name := prefix[i+nameAt : min(len(prefix), i+nameAt+n)]
		for _, k := range officeParts {
			if strings.HasPrefix(name, k.folder) {
				return k.what
			}
		}
	}
	return "zip archive"
}

// officeParts are the folders of the parts of Office files, for zipKind.
var officeParts = []struct{ folder, what string }{
	{"word/", "docx document, a zip archive"},
	{"xl/", "xlsx workbook, a zip archive"},
	{"ppt/", "pptx presentation, a zip archive"},
}

// isPE reports whether text, which starts with "MZ", is a Windows (PE) executable: whether
// the offset at 0x3c points to the signature "PE\0\0". Text that starts with "MZ" ("MZ
// said ...") has letters there.
func isPE(text string) bool {
	if len(text) < 0x40 {
		return false
	}
	at := int64(binary.LittleEndian.Uint32([]byte(text[0x3c:0x40])))
	return at+4 <= int64(min(len(text), notTextSample)) && text[at:at+4] == "PE\x00\x00"
}
