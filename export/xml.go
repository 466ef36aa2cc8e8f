package export

import (
	"encoding/xml"
	"strconv"

	"github.com/dagang/dagang/ast"
)

// The XML formats (OPML, FreeMind) go through encoding/xml's Encoder, which
// escapes every attribute and text and replaces the characters XML 1.0
// cannot hold at all.

// xmlWriter writes elements token by token and keeps the first error.
type xmlWriter struct {
	opt Options // for the placeholder of a missing title
	enc *xml.Encoder
	err error
}

func (x *xmlWriter) token(t xml.Token) {
	if x.err == nil {
		x.err = x.enc.EncodeToken(t)
	}
}

func (x *xmlWriter) start(name string, attrs ...xml.Attr) {
	x.token(xml.StartElement{Name: xml.Name{Local: name}, Attr: attrs})
}

func (x *xmlWriter) end(name string) {
	x.token(xml.EndElement{Name: xml.Name{Local: name}})
}

// element writes <name attrs…>text</name>.
func (x *xmlWriter) element(name, text string, attrs ...xml.Attr) {
	x.start(name, attrs...)
	if text != "" {
		x.token(xml.CharData(text))
	}
	x.end(name)
}

// close flushes the encoder and returns the first error.
func (x *xmlWriter) close() error {
	if x.err != nil {
		return x.err
	}
	return x.enc.Close()
}

func attr(name, value string) xml.Attr {
	return xml.Attr{Name: xml.Name{Local: name}, Value: value}
}

// sectionFacts are the section's facts both XML formats carry beside its
// text: marker, number, style, the line of its heading, and whether the
// numbering implied it.
func sectionFacts(sec *ast.Section) [][2]string {
	facts := [][2]string{
		{"marker", sec.Marker},
		{"number", strconv.Itoa(sec.Number)},
		{"style", string(sec.Style)},
		{"line", strconv.Itoa(sec.Span.Line)},
	}
	if sec.Implied {
		facts = append(facts, [2]string{"implied", "true"})
	}
	return facts
}
