// Package htmlpage writes the page of Graph.WriteHTML: one HTML file that shows a
// Graphviz layout as inline SVG, with the script and style sheet that make it searchable
// and clickable. They are page.js and page.css, embedded at build time, and page.html is
// the template of the page.
package htmlpage

import (
	"bytes"
	"crypto/sha256"
	"embed"
	"encoding/base64"
	"errors"
	"html/template"
	"io"
)

//go:embed page.html page.css page.js
var files embed.FS

// The page's template, style sheet and script, read once.
var (
	pageTemplate = template.Must(template.ParseFS(files, "page.html"))
	pageCSS      = mustRead("page.css")
	pageJS       = mustRead("page.js")
	// pageCSP is the page's Content-Security-Policy: no request of any kind, and only
	// the page's own style sheet and script, by their hashes, so that no other script
	// can run, whatever the data holds.
	pageCSP = "default-src 'none'; img-src data:; style-src '" + hash(pageCSS) + "'; script-src '" + hash(pageJS) + "'"
)

func mustRead(name string) string {
	b, err := files.ReadFile(name)
	if err != nil {
		panic(err) // embedded: it is there
	}
	return string(b)
}

// hash returns the CSP source of a script or style sheet: its SHA-256 in base64.
func hash(s string) string {
	sum := sha256.Sum256([]byte(s))
	return "sha256-" + base64.StdEncoding.EncodeToString(sum[:])
}

// Page is what a page shows.
type Page struct {
	// Title is the page's title, as text.
	Title string
	// Notice is a line of text shown above the drawing, or empty.
	Notice string
	// Data is the graph as JSON for the script, with <, > and & escaped as encoding/json
	// escapes them by default, so that it cannot end the element that holds it.
	Data []byte
	// SVG is the drawing, as CleanSVG returns it.
	SVG []byte
}

// ErrUnescapedData reports Page.Data holding <, > or &.
var ErrUnescapedData = errors.New("page data holds <, > or &")

// Write writes the page p to w.
func Write(w io.Writer, p Page) error {
	if bytes.ContainsAny(p.Data, "<>&") {
		return ErrUnescapedData
	}
	return pageTemplate.Execute(w, struct {
		Title, Notice, CSP string
		CSS                template.CSS
		JS, Data           template.JS
		SVG                template.HTML
	}{p.Title, p.Notice, pageCSP, template.CSS(pageCSS), template.JS(pageJS), template.JS(p.Data), template.HTML(p.SVG)})
}
