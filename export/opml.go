package export

import (
	"encoding/xml"
	"io"
	"strconv"

	"github.com/dagang/dagang/ast"
)

// opmlExporter writes OPML 2.0 (http://opml.org/spec2.opml), which XMind,
// OmniOutliner, Workflowy and Logseq import: head/title is the document's
// title, the body holds one outline per speech and the sections nest under
// it. Every outline's text is what a reader sees ("一、 标题"); the
// attributes OPML leaves to applications carry the marker, number, style,
// line and, for a section the numbering implied, implied="true".
type opmlExporter struct{}

func (opmlExporter) Name() string { return "opml" }

func (opmlExporter) Summary() string { return "OPML 2.0 for outliners and mind-map tools" }

func (opmlExporter) Export(w io.Writer, doc *ast.Document, opt Options) error {
	if _, err := io.WriteString(w, xml.Header); err != nil {
		return err
	}
	enc := xml.NewEncoder(w)
	enc.Indent("", "  ")
	x := &xmlWriter{enc: enc, opt: opt}
	x.start("opml", attr("version", "2.0"))
	x.start("head")
	x.element("title", rootTitle(doc, opt))
	x.end("head")
	x.start("body")
	if len(doc.Speeches) == 0 {
		// OPML wants at least one outline in a body.
		x.element("outline", "", attr("text", opt.untitled()))
	}
	for _, sp := range doc.Speeches {
		x.start("outline", speechOutlineAttrs(sp, opt)...)
		opmlSections(x, sp.Sections)
		x.end("outline")
	}
	x.end("body")
	x.end("opml")
	if err := x.close(); err != nil {
		return err
	}
	_, err := io.WriteString(w, "\n")
	return err
}

func speechOutlineAttrs(sp *ast.Speech, opt Options) []xml.Attr {
	attrs := []xml.Attr{attr("text", speechTitle(sp, opt))}
	if sp.TitleSpan != nil {
		attrs = append(attrs, attr("line", strconv.Itoa(sp.TitleSpan.Line)))
	}
	return attrs
}

func opmlSections(x *xmlWriter, secs []*ast.Section) {
	for _, sec := range secs {
		attrs := []xml.Attr{attr("text", headingLabel(sec))}
		for _, f := range sectionFacts(sec) {
			attrs = append(attrs, attr(f[0], f[1]))
		}
		x.start("outline", attrs...)
		opmlSections(x, sec.Children)
		x.end("outline")
	}
}
