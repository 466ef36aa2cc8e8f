package export

import (
	"bufio"
	"io"
	"strconv"
	"strings"

	"github.com/dagang/dagang/ast"
)

// mermaidExporter writes a Mermaid mindmap: the root is the speech title
// (for a collection, the collection title or "(untitled)", with a child
// per speech) and every section a node below its parent, indented two
// spaces per level.
//
// Every node is written id["text"] (n0, n1 … in document order). Inside
// the quotes Mermaid's lexer takes any character but the double quote, so
// brackets, parentheses and arrows in a title cannot end the node; what
// would still be read as something else is written as Mermaid's entity
// codes (#quot;, #35; …), which it turns back into the characters when it
// renders: the quote itself, `#` and `;`-ended codes, a backtick that would
// open a Markdown string, the HTML and Markdown that node labels are
// rendered through, `%` (directives) and `:` (style lines).
type mermaidExporter struct{}

func (mermaidExporter) Name() string { return "mermaid" }

func (mermaidExporter) Summary() string { return "Mermaid mindmap diagram" }

func (mermaidExporter) Export(w io.Writer, doc *ast.Document, opt Options) error {
	m := &mermaidWriter{w: bufio.NewWriter(w), opt: opt}
	m.w.WriteString("mindmap\n")
	if isCollection(doc) {
		m.node(1, rootTitle(doc, opt))
		for _, sp := range doc.Speeches {
			m.speech(sp, 2)
		}
	} else {
		m.speech(doc.Speeches[0], 1)
	}
	return m.w.Flush()
}

type mermaidWriter struct {
	opt  Options
	w    *bufio.Writer
	next int // the number of the next node's id
}

func (m *mermaidWriter) speech(sp *ast.Speech, depth int) {
	m.node(depth, speechTitle(sp, m.opt))
	m.sections(sp.Sections, depth+1)
}

func (m *mermaidWriter) sections(secs []*ast.Section, depth int) {
	for _, sec := range secs {
		m.node(depth, headingLabel(sec))
		m.sections(sec.Children, depth+1)
	}
}

// node writes one node; errors stay in w until it is flushed.
func (m *mermaidWriter) node(depth int, text string) {
	m.w.WriteString(strings.Repeat("  ", depth))
	m.w.WriteByte('n')
	m.w.WriteString(strconv.Itoa(m.next))
	m.next++
	m.w.WriteString(`["`)
	m.w.WriteString(escapeMermaid(text, m.opt))
	m.w.WriteString("\"]\n")
}

// mermaidEntities maps the characters written as entity codes to their
// codes.
var mermaidEntities = strings.NewReplacer(
	`"`, "#quot;",
	"#", "#35;",
	"&", "#amp;",
	"<", "#lt;",
	">", "#gt;",
	"`", "#96;",
	"*", "#42;",
	"_", "#95;",
	"~", "#126;",
	`\`, "#92;",
	"[", "#91;",
	"]", "#93;",
	"$", "#36;",
	"%", "#37;",
	":", "#58;",
)

// escapeMermaid makes text safe inside a quoted node. An empty label
// would not parse, so it becomes "(untitled)".
func escapeMermaid(text string, opt Options) string {
	text = strings.TrimSpace(oneLine(text))
	if text == "" {
		text = opt.untitled()
	}
	return mermaidEntities.Replace(text)
}
