// Package safetext says which characters are invisible: characters that steer a terminal
// or the rendering of the text around them rather than showing as text of their own. The
// parser treats them as word separators, so that they never stand inside a name or an
// alias, and the outputs people read (the DOT drawing, the command's text) leave them out,
// so that no name or sentence can hide text or reorder what is shown around it.
package safetext

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Invisible reports whether r is a control character (C0, DEL and C1, such as NUL and the
// escape that starts terminal sequences) or a format character (Unicode category Cf): the
// zero-width space, joiners and word joiner U+200B–U+200D and U+2060, the bidi marks
// U+200E, U+200F and U+061C, the bidi embeddings, overrides and isolates U+202A–U+202E
// and U+2066–U+2069, the byte order mark U+FEFF, the soft hyphen U+00AD and the like.
func Invisible(r rune) bool {
	return unicode.IsControl(r) || unicode.Is(unicode.Cf, r)
}

// Separator reports whether r separates words: white space or an invisible character.
func Separator(r rune) bool {
	return unicode.IsSpace(r) || Invisible(r)
}

// Line returns s as one line of words: each run of white space and invisible characters
// becomes a single space, and the ends are trimmed. It is how the parser spells an alias
// found in the text, and how the command prints text on a terminal line.
func Line(s string) string {
	return strings.Join(strings.FieldsFunc(s, Separator), " ")
}

// ValidUTF8 returns s with each byte that is not valid UTF-8 replaced by U+FFFD, as
// encoding/json writes it.
func ValidUTF8(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s) + 8)
	for _, r := range s { // an invalid byte ranges as one utf8.RuneError
		b.WriteRune(r)
	}
	return b.String()
}
