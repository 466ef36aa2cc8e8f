package speechgen

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/testkit/invariant"
)

// Fixtures loads the project's own fixtures, the material of every
// generated corpus.
func fixtures(t testing.TB) *Material {
	t.Helper()
	files, err := filepath.Glob("../../testdata/docs/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	src := map[string][]byte{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		src[filepath.Base(f)] = b
	}
	m, err := Harvest(src)
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestCollection(t *testing.T) {
	m := fixtures(t)
	var a, b bytes.Buffer
	if err := New(m, 7).WriteCollection(&a, 200_000); err != nil {
		t.Fatal(err)
	}
	if err := New(m, 7).WriteCollection(&b, 200_000); err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(a.Bytes(), b.Bytes()) {
		t.Error("the same seed gave different texts")
	}
	if a.Len() < 200_000 || a.Len() > 220_000 {
		t.Errorf("size %d, want about 200000", a.Len())
	}
	doc, err := dagang.Parse("gen.txt", a.Bytes(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if doc.TitleSpan == nil || len(doc.Speeches) < 10 {
		t.Fatalf("collection title %v, %d speeches", doc.TitleSpan, len(doc.Speeches))
	}
	for _, e := range invariant.Check(doc, 5) {
		t.Error(e)
	}
	for k, sp := range doc.Speeches {
		if len(sp.Sections) < 2 || sp.Closing == nil || sp.Closing.Formula == nil {
			t.Errorf("speech %d (%s): %d sections, closing %v", k+1, sp.Title, len(sp.Sections), sp.Closing)
		}
	}
	for _, d := range doc.Diagnostics {
		if d.Severity == ast.SeverityError {
			t.Errorf("generated text has a numbering error: %s %s (line %d)", d.Code, d.Message, d.Line)
		}
	}
}

func TestSpeechOfSize(t *testing.T) {
	var b bytes.Buffer
	if err := New(fixtures(t), 1).WriteSpeech(&b, 400_000); err != nil {
		t.Fatal(err)
	}
	doc, err := dagang.Parse("gen.txt", b.Bytes(), nil)
	if err != nil {
		t.Fatal(err)
	}
	if len(doc.Speeches) != 1 {
		t.Fatalf("%d speeches, want one", len(doc.Speeches))
	}
	sp := doc.Speeches[0]
	if len(sp.Sections) < 2 || sp.Sections[0].Style != ast.StyleChapter || len(sp.Sections[0].Children) != 99 {
		t.Errorf("parts: %d, first %s with %d sections", len(sp.Sections), sp.Sections[0].Marker, len(sp.Sections[0].Children))
	}
	for _, e := range invariant.Check(doc, 5) {
		t.Error(e)
	}
}
