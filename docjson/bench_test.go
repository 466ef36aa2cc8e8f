package docjson_test

import (
	"bytes"
	"io"
	"strings"
	"testing"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/docjson"
	"github.com/dagang/dagang/testkit/speechgen"
)

// generatedDocument parses a collection of about size bytes composed from
// the fixtures.
func generatedDocument(b *testing.B, size int) *ast.Document {
	b.Helper()
	m, err := speechgen.HarvestDir("..")
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if err := speechgen.New(m, 1).WriteCollection(&buf, size); err != nil {
		b.Fatal(err)
	}
	doc, err := dagang.Parse("bench.txt", buf.Bytes(), nil)
	if err != nil {
		b.Fatal(err)
	}
	return doc
}

// BenchmarkWrite: the JSON of a generated collection, on one goroutine and
// on every core, compact and pretty, and of a document that is one long
// noise stretch of lines, as a licence notice that runs to the end of a
// file is. The speed is the decoded text's bytes a second.
func BenchmarkWrite(b *testing.B) {
	collection := generatedDocument(b, 8<<20)
	notice := strings.Repeat("本文件受版权保护，未经许可不得以任何形式转载、摘编或者利用其他方式使用。\n", (8<<20)/112)
	noise := &ast.Document{Text: notice, Noise: []ast.Noise{{Text: notice, Kind: ast.NoiseLicense}}}
	for _, bc := range []struct {
		name string
		doc  *ast.Document
		opt  docjson.Options
	}{
		{"collection", collection, docjson.Options{}},
		{"collection/pretty", collection, docjson.Options{Indent: "  "}},
		{"noise", noise, docjson.Options{}},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.doc.Text)))
			b.ReportAllocs()
			for b.Loop() {
				if err := docjson.Write(io.Discard, bc.doc, bc.opt); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
