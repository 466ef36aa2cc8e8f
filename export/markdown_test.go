package export_test

import (
	"bytes"
	"fmt"
	"html"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	mdast "github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/export"
)

// markdownOutline is what a Markdown document shows as an outline: one line
// per heading or list item ("depth text", list items continuing the depth
// below ######) and per paragraph outside lists ("P text").
type markdownOutline []string

// readMarkdown parses source with goldmark (CommonMark with the GFM tables,
// strikethrough and task lists an escape must also defuse; bare URLs may
// well become links, which changes no structure) and reads back the text of every heading, list item and
// top-level paragraph as goldmark renders it, HTML entities resolved. Any
// markup the text turned into (emphasis, code, links) stays in as tags, so
// that it cannot pass for the plain text.
func readMarkdown(t *testing.T, source []byte) markdownOutline {
	t.Helper()
	md := goldmark.New(goldmark.WithExtensions(extension.Table, extension.Strikethrough, extension.TaskList))
	doc := md.Parser().Parse(text.NewReader(source))
	var out markdownOutline
	inline := func(block mdast.Node) string {
		var b bytes.Buffer
		for c := block.FirstChild(); c != nil; c = c.NextSibling() {
			if err := md.Renderer().Render(&b, source, c); err != nil {
				t.Fatal(err)
			}
		}
		return html.UnescapeString(b.String())
	}
	var list func(l mdast.Node, depth int)
	list = func(l mdast.Node, depth int) {
		for item := l.FirstChild(); item != nil; item = item.NextSibling() {
			for c := item.FirstChild(); c != nil; c = c.NextSibling() {
				switch c.Kind() {
				case mdast.KindTextBlock, mdast.KindParagraph:
					out = append(out, fmt.Sprintf("%d %s", depth, inline(c)))
				case mdast.KindList:
					list(c, depth+1)
				default:
					out = append(out, fmt.Sprintf("%d unexpected %s in a list item", depth, c.Kind()))
				}
			}
		}
	}
	for n := doc.FirstChild(); n != nil; n = n.NextSibling() {
		switch n := n.(type) {
		case *mdast.Heading:
			out = append(out, fmt.Sprintf("%d %s", n.Level, inline(n)))
		case *mdast.List:
			list(n, 7)
		case *mdast.Paragraph:
			out = append(out, "P "+inline(n))
		default:
			out = append(out, "unexpected "+n.Kind().String())
		}
	}
	return out
}

// wantMarkdown is the outline the markdown format promises.
func wantMarkdown(doc *ast.Document) markdownOutline {
	var out markdownOutline
	depth := 1
	if wantCollection(doc) {
		out = append(out, "1 "+wantRootTitle(doc))
		depth = 2
	}
	var sections func([]*ast.Section, int)
	sections = func(secs []*ast.Section, depth int) {
		for _, sec := range secs {
			out = append(out, fmt.Sprintf("%d %s", depth, wantLabel(sec)))
			sections(sec.Children, depth+1)
		}
	}
	for _, sp := range doc.Speeches {
		out = append(out, fmt.Sprintf("%d %s", depth, wantSpeechTitle(sp)))
		sections(sp.Sections, depth+1)
		if sp.Closing != nil && sp.Closing.Formula != nil {
			out = append(out, "P "+strings.TrimSpace(sp.Closing.Formula.Text))
		}
	}
	return out
}

// TestMarkdownRoundTrip parses the Markdown of every document with a real
// Markdown parser and checks that it gives back the same headings in the
// same order and depth, the levels below ###### as nested list items, and
// the closing formulas as paragraphs.
func TestMarkdownRoundTrip(t *testing.T) {
	for _, d := range docs(t) {
		t.Run(d.path, func(t *testing.T) {
			out := exportString(t, "markdown", d.doc, export.Options{})
			got := strings.Join(readMarkdown(t, []byte(out)), "\n")
			want := strings.Join(wantMarkdown(d.doc), "\n")
			if got != want {
				t.Errorf("Markdown reads back differently\n got:\n%s\nwant:\n%s\nsource:\n%s", got, want, out)
			}
		})
	}
}

// TestMarkdownEscapes puts texts that would be Markdown structure through
// the exporter and checks they read back as the same plain text.
func TestMarkdownEscapes(t *testing.T) {
	texts := []string{
		"*强调* 与 **加粗** 和 _下划线_",
		"`代码` 与 ``双重``",
		"[链接](http://example.com) 与 ![图](x.png)",
		"<b>标签</b> 与 <!-- 注释 --> 与 &amp; 与 &#35;",
		"标题以 # 结尾 #",
		"~~删除~~ 与 a | b | c",
		"$x^2$ 与 $$y$$",
		`反斜杠 \ 与 \* 与 \\`,
		"- 像列表",
		"+ 像列表",
		"1. 像有序列表",
		"2) 像有序列表",
		"=== 像标题下划线",
		"> 像引用",
		"    前导空格",
		"---",
	}
	for _, s := range texts {
		t.Run(s, func(t *testing.T) {
			// The text as a speech title, a deep heading (a list item) and
			// a closing formula.
			sec := &ast.Section{Marker: s, Level: 1}
			for i := 0; i < 6; i++ {
				sec = &ast.Section{Marker: "一、", Title: "层", Level: 1, Children: []*ast.Section{sec}}
			}
			doc := &ast.Document{Speeches: []*ast.Speech{{
				Title: s, TitleSpan: &ast.Span{Line: 1, EndLine: 1},
				Sections: []*ast.Section{sec},
				Closing:  &ast.Closing{Formula: &ast.Para{Text: s}},
			}}}
			out := exportString(t, "markdown", doc, export.Options{})
			got := readMarkdown(t, []byte(out))
			want := strings.TrimSpace(s)
			if got[0] != "1 "+want || got[7] != "8 "+want || got[len(got)-1] != "P "+want {
				t.Errorf("%q reads back as %q\nsource:\n%s", s, got, out)
			}
		})
	}
}
