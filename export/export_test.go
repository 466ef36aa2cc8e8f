package export_test

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/export"
)

func TestRegistry(t *testing.T) {
	want := []string{"text", "markdown", "opml", "freemind", "mermaid", "chunks", "json"}
	if got := export.Names(); strings.Join(got, " ") != strings.Join(want, " ") {
		t.Errorf("Names() = %q, want %q", got, want)
	}
	if export.Names()[0] != export.Default {
		t.Errorf("the default %q is not listed first", export.Default)
	}
	for _, name := range want {
		e, err := export.Lookup(name)
		if err != nil || e.Name() != name || e.Summary() == "" {
			t.Errorf("Lookup(%q) = %v, %v", name, e, err)
		}
	}
	for _, name := range []string{"", "TEXT", "md", "xml"} {
		if _, err := export.Lookup(name); err == nil || !strings.Contains(err.Error(), "text, markdown") {
			t.Errorf("Lookup(%q) error %v, want one that lists the formats", name, err)
		}
	}
}

// TestTextOutline checks the text format of every document line by line:
// the root title, each speech, its headings two spaces deeper per level
// and its closing formula.
func TestTextOutline(t *testing.T) {
	for _, d := range docs(t) {
		t.Run(d.path, func(t *testing.T) {
			var want []string
			indent := ""
			if wantCollection(d.doc) {
				want = append(want, wantRootTitle(d.doc))
				indent = "  "
			}
			var sections func([]*ast.Section, string)
			sections = func(secs []*ast.Section, indent string) {
				for _, sec := range secs {
					want = append(want, indent+wantTextLabel(sec))
					sections(sec.Children, indent+"  ")
				}
			}
			for _, sp := range d.doc.Speeches {
				if indent != "" {
					want = append(want, "")
				}
				want = append(want, indent+wantSpeechTitle(sp))
				sections(sp.Sections, indent+"  ")
				if sp.Closing != nil && sp.Closing.Formula != nil {
					want = append(want, indent+"  "+sp.Closing.Formula.Text)
				}
			}
			got := exportString(t, "text", d.doc, export.Options{})
			if w := strings.Join(want, "\n") + "\n"; got != w {
				t.Errorf("got:\n%s\nwant:\n%s", got, w)
			}
		})
	}
}

// TestJSONIsTheDocument checks that the json format is the document as
// docjson.Write encodes it, on one line.
func TestJSONIsTheDocument(t *testing.T) {
	for _, d := range docs(t) {
		got := exportString(t, "json", d.doc, export.Options{})
		if want := string(documentJSON(t, d.doc)) + "\n"; got != want {
			t.Errorf("%s: json format differs from docjson.Write", d.path)
		}
	}
}

// TestExportLeavesTheDocumentAlone exports every document in every format
// and checks that its JSON has not changed.
func TestExportLeavesTheDocumentAlone(t *testing.T) {
	for _, d := range docs(t) {
		before := documentJSON(t, d.doc)
		for _, e := range export.All() {
			exportString(t, e.Name(), d.doc, export.Options{All: true, MaxChars: 50})
		}
		if !bytes.Equal(before, documentJSON(t, d.doc)) {
			t.Errorf("%s: exporting changed the document", d.path)
		}
	}
}

// failingWriter takes n bytes, then fails.
type failingWriter struct{ n int }

var errFull = errors.New("disk full")

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.n {
		k := w.n
		w.n = 0
		return k, errFull
	}
	w.n -= len(p)
	return len(p), nil
}

// TestExportReportsWriteErrors checks that every format returns the
// writer's error, whether the writer fails at once or part way.
func TestExportReportsWriteErrors(t *testing.T) {
	doc, err := parseFile("../testdata/docs/hostile-titles.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range export.All() {
		for _, n := range []int{0, 100} {
			if err := e.Export(&failingWriter{n: n}, doc, export.Options{}); !errors.Is(err, errFull) {
				t.Errorf("%s, failing after %d bytes: error %v", e.Name(), n, err)
			}
		}
	}
}

func TestChunksRejectsNegativeMaxChars(t *testing.T) {
	e, err := export.Lookup("chunks")
	if err != nil {
		t.Fatal(err)
	}
	var out bytes.Buffer
	if err := e.Export(&out, &ast.Document{}, export.Options{MaxChars: -1}); err == nil || out.Len() > 0 {
		t.Errorf("error %v, output %q", err, out.String())
	}
}
