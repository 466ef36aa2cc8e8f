package docx_test

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/decode"
	"github.com/dagang/dagang/docx"
	"github.com/dagang/dagang/grammar"
	"github.com/dagang/dagang/testkit/invariant"
)

// TestSameOutlineAsText builds two .docx files from every fixture and every
// seed speech (../../shared/seeds, when it is there) and checks that each
// gives the outline the text gives: version A has the markers typed in the
// text; version B has the 一、, （一） and (一) markers as Word's
// automatic numbering (chineseCounting, "%1、", "（%2）" and "(%3)"), with
// list instances and start overrides where the text restarts its
// numbering, as Word makes them.
func TestSameOutlineAsText(t *testing.T) {
	var files []string
	for _, pattern := range []string{"../testdata/docs/*.txt", "../../shared/seeds/*.txt"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	for _, in := range files {
		t.Run(filepath.Base(in), func(t *testing.T) {
			raw, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			txt, err := dagang.Parse(in, raw, nil)
			if err != nil {
				t.Fatal(err)
			}
			want := outline(txt)
			lines := splitLines(txt.Text)
			typed, numbered, count := wordFiles(lines)
			for _, v := range []struct {
				name string
				file docx.WordFile
			}{{"typed markers", typed}, {"Word numbering", numbered}} {
				b, err := v.file.Bytes()
				if err != nil {
					t.Fatal(err)
				}
				doc, err := dagang.Parse(in, b, nil)
				if err != nil {
					t.Fatalf("%s: %v", v.name, err)
				}
				if doc.Source.Encoding != docx.Encoding || doc.Source.Bytes != len(b) {
					t.Errorf("%s: source %+v", v.name, doc.Source)
				}
				if got := outline(doc); got != want {
					t.Errorf("%s (%d numbered paragraphs): outline differs from the text's:\n%s", v.name, count, firstDiff(want, got))
				}
				for _, e := range invariant.Check(doc, 3) {
					t.Errorf("%s: %v", v.name, e)
				}
			}
		})
	}
}

func splitLines(s string) []string {
	s = strings.ReplaceAll(s, "\r\n", "\n")
	return strings.Split(strings.ReplaceAll(s, "\r", "\n"), "\n")
}

// numberedForms are the markers version B numbers, by list level.
var numberedForms = []*regexp.Regexp{
	regexp.MustCompile(`^[\s\x{3000}]*([一二三四五六七八九十]+)、`),
	regexp.MustCompile(`^[\s\x{3000}]*（([一二三四五六七八九十]+)）`),
	regexp.MustCompile(`^[\s\x{3000}]*\(([一二三四五六七八九十]+)\)`),
}

// wordFiles builds version A (every line a paragraph, as typed) and
// version B (the 一、, （一） and (一) markers as numbering) of a text, and says
// how many paragraphs B numbers.
func wordFiles(lines []string) (typed, numbered docx.WordFile, count int) {
	var a, b strings.Builder
	lists := newListMaker()
	for _, l := range lines {
		a.WriteString(docx.Para("", l))
		level, n, rest := numberedLine(l)
		if level < 0 {
			b.WriteString(docx.Para("", l))
			continue
		}
		count++
		b.WriteString(docx.Para(docx.NumPr(lists.number(level, n), level), rest))
	}
	typed = docx.WordFile{Body: a.String()}
	numbered = docx.WordFile{Body: b.String(), Numbering: lists.xml(), Styles: stylesXML}
	return typed, numbered, count
}

// numberedLine: a line starting with 一、 (level 0), （一） (level 1) or
// (一) (level 2) whose numeral Word's chineseCounting writes the same way; the number and
// the text after the marker. level is -1 for any other line.
func numberedLine(l string) (level, n int, rest string) {
	for lv, re := range numberedForms {
		m := re.FindStringSubmatchIndex(l)
		if m == nil {
			continue
		}
		numeral := l[m[2]:m[3]]
		v, ok := grammar.HanValue(numeral)
		if !ok || grammar.HanNumeral(v) != numeral || strings.ContainsAny(firstRune(l[m[1]:]), "、.．，,：:") {
			// （三）、 stays typed: Word's tab after （三） would split it.
			return -1, 0, ""
		}
		return lv, v, l[m[1]:]
	}
	return -1, 0, ""
}

func firstRune(s string) string {
	for _, r := range s {
		return string(r)
	}
	return ""
}

const stylesXML = `<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>`

// listMaker numbers paragraphs as Word would have to: one list definition
// (一、 at level 0 with nothing after it, （一） at level 1 with Word's
// default tab after it, (一) at level 2 with a space after it), one list instance as long as the counters give
// the wanted number, and a new instance with a start override where they
// do not (Word's "restart numbering" / "set numbering value"). It mirrors
// Word's counters: they run per list definition, a level restarts after
// an item of the level above, and an instance's start override takes
// effect where the instance is first used.
type listMaker struct {
	value     [3]int
	used      [3]bool
	overrides []map[int]int // per list instance (numId = index+1): level → start
}

func newListMaker() *listMaker { return &listMaker{overrides: []map[int]int{{}}} }

func (m *listMaker) number(level, n int) int {
	cur := len(m.overrides)
	next := 1
	if m.used[level] {
		next = m.value[level] + 1
	} else if s, ok := m.overrides[cur-1][level]; ok {
		next = s
	}
	if next != n {
		m.overrides = append(m.overrides, map[int]int{level: n})
		cur++
	}
	m.value[level], m.used[level] = n, true
	for deeper := level + 1; deeper < len(m.used); deeper++ {
		m.used[deeper] = false
	}
	return cur
}

func (m *listMaker) xml() string {
	var b strings.Builder
	b.WriteString(`<w:abstractNum w:abstractNumId="0"><w:multiLevelType w:val="multilevel"/>` +
		`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl>` +
		`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>` +
		`<w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="space"/><w:lvlText w:val="(%3)"/></w:lvl>` +
		`</w:abstractNum>`)
	for i, ov := range m.overrides {
		fmt.Fprintf(&b, `<w:num w:numId="%d"><w:abstractNumId w:val="0"/>`, i+1)
		for level, start := range ov {
			fmt.Fprintf(&b, `<w:lvlOverride w:ilvl="%d"><w:startOverride w:val="%d"/></w:lvlOverride>`, level, start)
		}
		b.WriteString(`</w:num>`)
	}
	return b.String()
}

// outline is what must not depend on how a speech was stored: the
// collection title, the speeches' titles and salutations, the section
// trees (marker, title, level, implied), the closings.
func outline(doc *ast.Document) string {
	var b strings.Builder
	b.WriteString("@" + doc.Title + "\n")
	for _, sp := range doc.Speeches {
		b.WriteString("# " + sp.Title + "\n")
		if sp.Salutation != nil {
			b.WriteString("~ " + sp.Salutation.Text + "\n")
		}
		_ = ast.Walk(sp, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if s, ok := n.(*ast.Section); ok && entering {
				fmt.Fprintf(&b, "%s%s %s implied=%v\n", strings.Repeat("  ", s.Level-1), s.Marker, s.Title, s.Implied)
			}
			return ast.WalkContinue, nil
		})
		if c := sp.Closing; c != nil {
			for _, p := range c.Paragraphs {
				b.WriteString("> " + p.Text + "\n")
			}
			if c.Formula != nil {
				b.WriteString("= " + c.Formula.Text + "\n")
			}
		}
	}
	return b.String()
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return fmt.Sprintf("line %d\nwant: %s\n got: %s", i+1, x, y)
		}
	}
	return ""
}

// TestParseReadsDocx: decode.Decode refuses a zip archive as binary, but
// Parse reads a .docx before it gets there.
func TestParseReadsDocx(t *testing.T) {
	b, err := docx.WordFile{Body: docx.Para("", "同志们：")}.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	if _, err := decode.Decode(b); err == nil {
		t.Fatal("decode.Decode accepts a zip archive")
	}
	doc, err := dagang.Parse("x.docx", b, nil)
	if err != nil || doc.Text != "同志们：" {
		t.Fatalf("Parse = %v, %v", doc, err)
	}
}
