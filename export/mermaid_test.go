package export_test

import (
	"regexp"
	"strconv"
	"strings"
	"testing"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/export"
)

// mermaidNode is the one shape of line the mermaid format writes under
// `mindmap`: indentation, an id and the text in ["…"].
var mermaidNode = regexp.MustCompile(`^((?:  )+)(n[0-9]+)\["([^"]+)"\]$`)

// mermaidEntity is an entity code as Mermaid reads it inside a label.
var mermaidEntity = regexp.MustCompile(`#([a-z]+|[0-9]+);`)

var namedEntities = map[string]string{"quot": `"`, "amp": "&", "lt": "<", "gt": ">"}

func unescapeMermaid(t *testing.T, s string) string {
	return mermaidEntity.ReplaceAllStringFunc(s, func(code string) string {
		name := code[1 : len(code)-1]
		if r, ok := namedEntities[name]; ok {
			return r
		}
		n, err := strconv.Atoi(name)
		if err != nil {
			t.Errorf("unknown entity %s", code)
			return code
		}
		return string(rune(n))
	})
}

// mermaidUnsafe are the characters that must not stand for themselves in a
// label: they would end the label or be read as Markdown, HTML, entity
// codes, directives or style lines.
const mermaidUnsafe = "\"`*_~\\[]<>&$%:"

// readMermaid reads a mindmap back into its one root topic, checking each
// line's shape, that ids are unique and that the labels hold no unsafe
// character.
func readMermaid(t *testing.T, out string) topic {
	t.Helper()
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if lines[0] != "mindmap" {
		t.Fatalf("first line %q", lines[0])
	}
	type open struct {
		depth int
		tp    *topic
	}
	var root topic
	var stack []open
	ids := map[string]bool{}
	for i, line := range lines[1:] {
		m := mermaidNode.FindStringSubmatch(line)
		if m == nil {
			t.Fatalf("line %d %q is not a node", i+2, line)
		}
		depth, id, label := len(m[1])/2, m[2], m[3]
		if ids[id] {
			t.Errorf("id %s twice", id)
		}
		ids[id] = true
		if strings.ContainsAny(mermaidEntity.ReplaceAllString(label, ""), mermaidUnsafe+"#") {
			t.Errorf("line %d: unsafe character left in %q", i+2, label)
		}
		tp := topic{text: unescapeMermaid(t, label)}
		if i == 0 {
			if depth != 1 {
				t.Fatalf("root at depth %d", depth)
			}
			root = tp
			stack = []open{{1, &root}}
			continue
		}
		for len(stack) > 0 && stack[len(stack)-1].depth >= depth {
			stack = stack[:len(stack)-1]
		}
		if len(stack) == 0 || stack[len(stack)-1].depth != depth-1 {
			t.Fatalf("line %d %q: no parent at depth %d", i+2, line, depth-1)
		}
		parent := stack[len(stack)-1].tp
		parent.children = append(parent.children, tp)
		stack = append(stack, open{depth, &parent.children[len(parent.children)-1]})
	}
	return root
}

// TestMermaidNesting reads the mindmap of every document back and checks
// that its nodes nest exactly as the tree does, with every label escaped
// and unescaping to the heading. (.ci/mermaid-check.sh runs Mermaid's own
// parser on the same outputs.)
func TestMermaidNesting(t *testing.T) {
	for _, d := range docs(t) {
		t.Run(d.path, func(t *testing.T) {
			out := exportString(t, "mermaid", d.doc, export.Options{})
			got := render([]topic{readMermaid(t, out)})
			want := render([]topic{wantMap(d.doc, false)})
			if got != want {
				t.Errorf("nodes differ from the tree\n got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// TestMermaidEscapes checks labels that would otherwise break the diagram
// or render as something else.
func TestMermaidEscapes(t *testing.T) {
	tests := []struct{ title, label string }{
		{`他说"好"`, `他说#quot;好#quot;`},
		{"#标签# 与 #35; 与 #quot;", "#35;标签#35; 与 #35;35; 与 #35;quot;"},
		{"`代码` 开头", "#96;代码#96; 开头"},
		{"<b>粗</b> & 符号", "#lt;b#gt;粗#lt;/b#gt; #amp; 符号"},
		{"*强调* _下划线_ ~删除~ $x$", "#42;强调#42; #95;下划线#95; #126;删除#126; #36;x#36;"},
		{`[方括号] \ 反斜杠`, `#91;方括号#93; #92; 反斜杠`},
		{"%%{init: {}}%% ::icon(fa) :::cls", "#37;#37;{init#58; {}}#37;#37; #58;#58;icon(fa) #58;#58;#58;cls"},
		{"（全角）【括号】{花括号}((圆))[[", "（全角）【括号】{花括号}((圆))#91;#91;"},
		{"换\n行\t制表", "换 行 制表"},
		{"  ", "(untitled)"},
	}
	for _, tt := range tests {
		t.Run(tt.title, func(t *testing.T) {
			doc := &ast.Document{Speeches: []*ast.Speech{{Title: tt.title, TitleSpan: &ast.Span{Line: 1, EndLine: 1}}}}
			out := exportString(t, "mermaid", doc, export.Options{})
			want := "mindmap\n  n0[\"" + tt.label + "\"]\n"
			if out != want {
				t.Errorf("got %q, want %q", out, want)
			}
		})
	}
}

// TestHostileFixtureCoversSyntax keeps testdata/docs/hostile-titles.txt
// doing its job: between them, its speech title and headings hold every
// character that is syntax in one of the formats. (`;` is not among them:
// it ends a heading's title.)
func TestHostileFixtureCoversSyntax(t *testing.T) {
	doc, err := parseFile("../testdata/docs/hostile-titles.txt")
	if err != nil {
		t.Fatal(err)
	}
	var titles strings.Builder
	for _, sp := range doc.Speeches {
		titles.WriteString(sp.Title)
		_ = ast.Walk(sp, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if sec, ok := n.(*ast.Section); ok && entering {
				titles.WriteString(sec.Title)
			}
			return ast.WalkContinue, nil
		})
	}
	for _, syntax := range []string{"(", ")", "[", "]", `"`, "：", "（", "）", "【", "】", "{", "}", "#",
		"-->", "`", "*", "_", "<", ">", "&", "%%", "$", "~", `\`, "|", "((", "))", "{{", "}}", ":::", "::icon("} {
		if !strings.Contains(titles.String(), syntax) {
			t.Errorf("no title holds %q", syntax)
		}
	}
}
