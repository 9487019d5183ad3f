package actorgraph

import (
	"archive/zip"
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/actorgraph/actorgraph/internal/gziptest"
)

// zipped returns a zip archive of files with the given names, each holding s.
func zipped(t *testing.T, s string, names ...string) string {
	t.Helper()
	var buf bytes.Buffer
	w := zip.NewWriter(&buf)
	for _, name := range names {
		f, err := w.Create(name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := f.Write([]byte(s)); err != nil {
			t.Fatal(err)
		}
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}

// peHeader returns the start of a Windows executable: "MZ", the offset of the PE header
// at 0x3c, and the header's signature there.
func peHeader() string {
	b := make([]byte, 0x80, 0x100)
	copy(b, "MZ")
	binary.LittleEndian.PutUint32(b[0x3c:], 0x80)
	return string(append(b, "PE\x00\x00\x4c\x01"...))
}

func TestNotText(t *testing.T) {
	const news = "The envoy of Norway met the foreign minister of Chile in Oslo on Monday. "
	utf16 := "\xff\xfe"
	for _, r := range news {
		utf16 += string([]byte{byte(r), 0})
	}
	tests := []struct {
		name string
		text func(t *testing.T) string
		want string // What of the *NotTextError, or "" for text
	}{
		{"gzip", func(t *testing.T) string { return gziptest.Compress(t, news) }, "gzip data"},
		{"zip", func(t *testing.T) string { return zipped(t, news, "notes.txt") }, "zip archive"},
		{"docx", func(t *testing.T) string {
			return zipped(t, news, "[Content_Types].xml", "_rels/.rels", "word/document.xml")
		}, "docx document, a zip archive"},
		{"xlsx", func(t *testing.T) string { return zipped(t, news, "[Content_Types].xml", "xl/workbook.xml") }, "xlsx workbook, a zip archive"},
		{"empty zip", func(t *testing.T) string { return zipped(t, news) }, "zip archive"},
		{"PDF", func(*testing.T) string { return "%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n" }, "PDF document"},
		{"PNG", func(*testing.T) string { return "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" }, "PNG image"},
		{"JPEG", func(*testing.T) string { return "\xff\xd8\xff\xe0\x00\x10JFIF\x00" }, "JPEG image"},
		{"GIF", func(*testing.T) string { return "GIF89a\x01\x00\x01\x00\x80\x00\x00" }, "GIF image"},
		{"ELF", func(*testing.T) string { return "\x7fELF\x02\x01\x01\x00" }, "ELF executable"},
		{"Mach-O 32-bit", func(*testing.T) string { return "\xce\xfa\xed\xfe\x07\x00\x00\x00" }, "Mach-O executable"},
		{"Mach-O 64-bit", func(*testing.T) string { return "\xcf\xfa\xed\xfe\x07\x00\x00\x01" }, "Mach-O executable"},
		{"Mach-O big-endian", func(*testing.T) string { return "\xfe\xed\xfa\xce\x00\x00\x00\x12" }, "Mach-O executable"},
		{"Mach-O big-endian 64-bit", func(*testing.T) string { return "\xfe\xed\xfa\xcf\x01\x00\x00\x07" }, "Mach-O executable"},
		{"Mach-O universal", func(*testing.T) string { return "\xca\xfe\xba\xbe\x00\x00\x00\x02" }, "Mach-O universal binary"},
		{"Mach-O universal 64-bit", func(*testing.T) string { return "\xca\xfe\xba\xbf\x00\x00\x00\x02" }, "Mach-O universal binary"},
		{"Java class", func(*testing.T) string { return "\xca\xfe\xba\xbe\x00\x00\x00\x41" }, "Java class file"},
		{"Windows executable", func(*testing.T) string { return peHeader() }, "Windows executable"},
		{"old Office document", func(*testing.T) string { return "\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1\x00\x00" }, "Office document (doc, xls or ppt)"},
		{"UTF-16", func(*testing.T) string { return utf16 }, "UTF-16 text; convert it to UTF-8"},
		{"random bytes", func(*testing.T) string { return randomBytes(1 << 12) }, "54% of the bytes are control bytes or invalid UTF-8"},
		{"UTF-16 without a byte order mark", func(*testing.T) string { return utf16[2:] }, "50% of the bytes are control bytes or invalid UTF-8"},
		{"26% control bytes", func(*testing.T) string { return strings.Repeat("\x01", 26) + strings.Repeat("a", 74) }, "26% of the bytes are control bytes or invalid UTF-8"},
		{"one NUL", func(*testing.T) string { return "\x00" }, "100% of the bytes are control bytes or invalid UTF-8"},

		{"25% control bytes", func(*testing.T) string { return strings.Repeat("\x01", 25) + strings.Repeat("a", 75) }, ""},
		{"empty", func(*testing.T) string { return "" }, ""},
		{"news", func(*testing.T) string { return news }, ""},
		{"MZ starting a sentence", func(*testing.T) string { return "MZ said " + strings.Repeat(news, 2) }, ""},
		{"MZ and a short text", func(*testing.T) string { return "MZ" }, ""},
		{"GIF as a word", func(*testing.T) string { return "GIF images were shared. " + news }, ""},
		{"PK as initials", func(*testing.T) string { return "PK met the envoy. " + news }, ""},
		{"Latin-1 letters", func(*testing.T) string { return "Fran\xe7ois and Ren\xe9e met Jos\xe9 in S\xe3o Paulo. " + news }, ""},
		{"white space and form feeds", func(*testing.T) string { return "\t\r\n\f\v" + news + "\f\r\n" }, ""},
		{"a bad sample past 8 KiB", func(*testing.T) string { return strings.Repeat(news, 120) + randomBytes(1<<14) }, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := tt.text(t)
			if got := notText(text); got != tt.want {
				t.Errorf("notText = %q, want %q", got, tt.want)
			}
			_, err := Parse(context.Background(), text)
			if tt.want == "" {
				if err != nil {
					t.Errorf("Parse: %v", err)
				}
				return
			}
			var nt *NotTextError
			if !errors.As(err, &nt) || !errors.Is(err, ErrNotText) || nt.What != tt.want {
				t.Errorf("Parse: err = %v, want a *NotTextError saying %q that wraps ErrNotText", err, tt.want)
			}
		})
	}
}

// TestNotTextBeforeLimit checks that a binary document too long for the parser is said to
// be binary, which tells more than its length, and that the error names the document.
func TestNotTextBeforeLimit(t *testing.T) {
	p := Parser{MaxDocumentBytes: 10}
	_, err := p.ParseDoc(context.Background(), "notes.gz", gziptest.Compress(t, strings.Repeat("talks ", 100)))
	const want = `actorgraph: document "notes.gz": not text (gzip data)`
	if err == nil || err.Error() != want {
		t.Errorf("err = %v, want %s", err, want)
	}
}

// TestBadBytes checks the count of bytes that text does not hold, which reads eight
// bytes at a time where it can, against a count byte by byte, for every byte value at
// every position of a word of eight and in a rune cut short at the end.
func TestBadBytes(t *testing.T) {
	want := func(s string) int {
		n := 0
		for i, r := range s {
			if r == utf8.RuneError && !strings.HasPrefix(s[i:], "\uFFFD") || r < ' ' && !strings.ContainsRune("\t\n\v\f\r", r) || r == 0x7f {
				n++
			}
		}
		return n
	}
	for pos := range 9 {
		for b := range 256 {
			w := []byte("abcdefghi\u00e9")
			w[pos] = byte(b)
			for _, s := range []string{string(w), string(w[:len(w)-1])} {
				if got, want := badBytes(s), want(s); got != want {
					t.Errorf("badBytes(%q) = %d, want %d", s, got, want)
				}
			}
		}
	}
}
