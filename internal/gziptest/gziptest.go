// Package gziptest makes gzip input for the tests of the packages that read it (the
// library's readers and not-text check, and the command), so that they share one helper.
package gziptest

import (
	"bytes"
	"compress/gzip"
	"testing"
)

// Compress returns s compressed with gzip, or fails the test.
func Compress(t testing.TB, s string) string {
	t.Helper()
	var buf bytes.Buffer
	zw := gzip.NewWriter(&buf)
	if _, err := zw.Write([]byte(s)); err != nil {
		t.Fatal(err)
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.String()
}
