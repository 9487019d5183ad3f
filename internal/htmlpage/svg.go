package htmlpage

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"io"
	"slices"
)

// svgElements are the elements CleanSVG keeps: those Graphviz's SVG renderer writes for
// shapes, lines and text.
var svgElements = []string{"svg", "g", "path", "polygon", "polyline", "ellipse", "circle", "rect", "line", "text", "tspan"}

// svgDropped are the elements CleanSVG leaves out with all they hold: Graphviz's titles,
// which name its nodes and edges, and shapes' definitions, which only gradients use.
var svgDropped = []string{"title", "desc", "metadata", "defs"}

// svgAttributes are the attributes CleanSVG keeps: geometry, paint and font. Every other
// attribute is left out: no event handler, link, style sheet or namespace declaration
// gets through.
var svgAttributes = []string{
	"id", "class", "transform", "viewBox", "width", "height", "points", "d",
	"x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry",
	"fill", "fill-opacity", "stroke", "stroke-width", "stroke-opacity", "stroke-dasharray",
	"text-anchor", "font-family", "font-size", "font-weight", "font-style", "text-decoration",
}

// ErrSVGElement reports an element in a layout that CleanSVG does not let into a page.
var ErrSVGElement = errors.New("SVG element not allowed")

// CleanSVG reads an SVG document, as Graphviz's dot -Tsvg writes it, and returns its svg
// element written anew for inclusion in an HTML page: the elements of shapes, lines and
// text with their geometry, paint and font attributes, and the text they hold, escaped.
// It leaves out the XML declaration, the document type, comments, processing
// instructions, titles and every other attribute, and writes the children of a link
// without the link. An element that is neither kept, dropped nor a link, such as script
// or foreignObject, is an error wrapping ErrSVGElement, as is a document whose root is
// not svg or that is not well-formed XML.
func CleanSVG(src []byte) ([]byte, error) {
	dec := xml.NewDecoder(bytes.NewReader(src))
	dec.Entity = xml.HTMLEntity // Graphviz may write &nbsp; and the like
	var out bytes.Buffer
	var open []string // the names of the open elements written, "" for an unwrapped link
	skip := 0         // the depth inside a dropped element
	root := false
	for {
		tok, err := dec.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("SVG: %w", err)
		}
		switch tok := tok.(type) {
		case xml.StartElement:
			name := tok.Name.Local
			switch {
			case skip > 0 || slices.Contains(svgDropped, name):
				skip++
				continue
			case !root && name != "svg" || root && len(open) == 0:
				return nil, fmt.Errorf("%w: <%s> outside the root <svg>", ErrSVGElement, name)
			case name == "a":
				open = append(open, "")
				continue
			case tok.Name.Space != "" && tok.Name.Space != "http://www.w3.org/2000/svg" || !slices.Contains(svgElements, name):
				return nil, fmt.Errorf("%w: <%s>", ErrSVGElement, name)
			}
			root = true
			open = append(open, name)
			out.WriteString("<" + name)
			for _, a := range tok.Attr {
				if a.Name.Space == "" && slices.Contains(svgAttributes, a.Name.Local) {
					out.WriteString(" " + a.Name.Local + `="` + html.EscapeString(a.Value) + `"`)
				}
			}
			out.WriteString(">")
		case xml.EndElement:
			if skip > 0 {
				skip--
				continue
			}
			name := open[len(open)-1]
			open = open[:len(open)-1]
			if name != "" {
				out.WriteString("</" + name + ">")
			}
		case xml.CharData:
			if skip == 0 && len(open) > 0 {
				out.WriteString(html.EscapeString(string(tok)))
			}
		}
	}
	if !root {
		return nil, fmt.Errorf("%w: no <svg>", ErrSVGElement)
	}
	return bytes.TrimSpace(out.Bytes()), nil
}
