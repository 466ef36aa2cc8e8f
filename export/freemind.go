package export

import (
	"encoding/xml"
	"io"
	"strconv"

	"github.com/dagang/dagang/ast"
)

// freemindExporter writes a FreeMind map (.mm, version 1.0.1), which
// FreeMind and Freeplane open: one root node (the speech, or the
// collection with its speeches under it) and a node per section, whose
// marker, number, style and line are node attributes.
type freemindExporter struct{}

func (freemindExporter) Name() string { return "freemind" }

func (freemindExporter) Summary() string { return "FreeMind/Freeplane mind map (.mm)" }

func (freemindExporter) Export(w io.Writer, doc *ast.Document, opt Options) error {
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	x := &xmlWriter{enc: enc, opt: opt}
	x.start("map", attr("version", "1.0.1"))
	if isCollection(doc) {
		x.start("node", attr("TEXT", rootTitle(doc, opt)))
		for _, sp := range doc.Speeches {
			freemindSpeech(x, sp)
		}
		x.end("node")
	} else {
		freemindSpeech(x, doc.Speeches[0])
	}
	x.end("map")
	if err := x.close(); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func freemindSpeech(x *xmlWriter, sp *ast.Speech) {
	x.start("node", attr("TEXT", speechTitle(sp, x.opt)))
	if sp.TitleSpan != nil {
		freemindAttribute(x, "line", strconv.Itoa(sp.TitleSpan.Line))
	}
	freemindSections(x, sp.Sections)
	x.end("node")
}

func freemindSections(x *xmlWriter, secs []*ast.Section) {
	for _, sec := range secs {
		x.start("node", attr("TEXT", headingLabel(sec)))
		for _, f := range sectionFacts(sec) {
			freemindAttribute(x, f[0], f[1])
		}
		freemindSections(x, sec.Children)
		x.end("node")
	}
}

func freemindAttribute(x *xmlWriter, name, value string) {
	x.element("attribute", "", attr("NAME", name), attr("VALUE", value))
}
