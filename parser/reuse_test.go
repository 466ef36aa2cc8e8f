package parser

import (
	"bytes"
	"slices"
	"strings"
	"testing"
	"unsafe"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/docjson"
)

// reuseTexts are the fixtures, longest first, then back again, and a
// document of more sections and paragraphs than one chunk of a slab holds:
// each document is parsed after one larger and one smaller than itself.
func reuseTexts(t *testing.T) []string {
	texts := fixtureTexts(t)
	var big strings.Builder
	for i := range 3 * 1024 { // three times the largest chunk of a scan.Slab
		big.WriteString("一、部分" + strings.Repeat("甲", i%7) + "\n（一）要点。\n第一，抓落实；第二，见成效。\n段落。\n")
	}
	texts = append(texts, big.String(), "", "谢谢大家！\n")
	slices.SortFunc(texts, func(a, b string) int { return len(b) - len(a) })
	back := slices.Clone(texts)
	slices.Reverse(back)
	return append(texts, back...)
}

func documentJSON(doc *ast.Document) []byte { return docjson.Append(nil, doc, docjson.Options{}) }

// TestReuseDocument: a Memo that builds each document in the memory of the
// one before gives every document as a fresh Memo does, whatever came
// before it, and does build it there: paragraphs of the next document lie
// in the memory the last one left. On four goroutines too, with every
// document counted as large, so that the speeches of a collection are
// built by other goroutines in memory of their own.
func TestReuseDocument(t *testing.T) {
	texts := reuseTexts(t)
	for _, workers := range []int{1, 4} {
		m := NewMemo()
		m.SetWorkers(workers)
		if workers > 1 {
			m.splitMin, m.titlesMin = 0, 0
		}
		reused := 0
		for i, text := range texts {
			m.ReuseLastDocument()
			kept := m.nodes.paras
			doc := m.Parse(text, ast.Source{})
			fresh := NewMemo()
			fresh.SetWorkers(1)
			if got, want := documentJSON(doc), documentJSON(fresh.Parse(text, ast.Source{})); !bytes.Equal(got, want) {
				t.Fatalf("%d goroutines: document %d (%d bytes) differs from a fresh parse", workers, i, len(text))
			}
			if inChunk(doc, kept) {
				reused++
			}
		}
		if reused == 0 {
			t.Errorf("%d goroutines: no document was built in the memory of the one before", workers)
		}
	}
}

// inChunk says whether a paragraph of the document lies in chunk's memory.
func inChunk(doc *ast.Document, chunk []ast.Para) bool {
	if cap(chunk) == 0 {
		return false
	}
	base := uintptr(unsafe.Pointer(unsafe.SliceData(chunk)))
	size := uintptr(cap(chunk)) * unsafe.Sizeof(ast.Para{})
	found := false
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if p, ok := n.(*ast.Para); ok && entering {
			at := uintptr(unsafe.Pointer(p))
			found = found || (at >= base && at < base+size)
		}
		return ast.WalkContinue, nil
	})
	return found
}

// TestDocumentsKeptByDefault: a Memo not told to reuse its last
// document's memory never writes into a document it gave: one parsed
// before others reads as it did; being told once reuses one document.
func TestDocumentsKeptByDefault(t *testing.T) {
	m := NewMemo()
	m.SetWorkers(1)
	texts := reuseTexts(t)
	docs := make([]*ast.Document, len(texts))
	want := make([][]byte, len(texts))
	for i, text := range texts {
		docs[i] = m.Parse(text, ast.Source{})
		want[i] = documentJSON(docs[i])
	}
	for i, doc := range docs {
		if !bytes.Equal(documentJSON(doc), want[i]) {
			t.Fatalf("document %d changed once others were parsed", i)
		}
	}
	m.ReuseLastDocument()
	m.Parse(texts[0], ast.Source{})
	last := m.Parse(texts[1], ast.Source{})
	m.Parse(texts[2], ast.Source{})
	if !bytes.Equal(documentJSON(last), want[1]) {
		t.Error("a Memo told to reuse one document wrote into the next it gave")
	}
}
