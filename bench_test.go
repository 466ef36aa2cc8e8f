package dagang_test

import (
	"bytes"
	"io"
	"runtime"
	"testing"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/docjson"
	"github.com/dagang/dagang/testkit/speechgen"
)

// generated builds a corpus of about size bytes from the fixtures: a
// collection of speeches, or one long speech.
func generated(b testing.TB, size int, oneSpeech bool) []byte {
	b.Helper()
	var buf bytes.Buffer
	g := speechgen.New(material(b), 1)
	var err error
	if oneSpeech {
		err = g.WriteSpeech(&buf, size)
	} else {
		err = g.WriteCollection(&buf, size)
	}
	if err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// material is what the generator builds speeches from: the fixtures.
func material(b testing.TB) *speechgen.Material {
	b.Helper()
	m, err := speechgen.HarvestDir(".")
	if err != nil {
		b.Fatal(err)
	}
	return m
}

func benchParse(b *testing.B, raw []byte, encode bool) {
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		doc, err := dagang.Parse("bench.txt", raw, nil)
		if err != nil {
			b.Fatal(err)
		}
		if encode {
			if err := docjson.Write(io.Discard, doc, docjson.Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}

// BenchmarkParse: the library on a generated collection of speeches.
func BenchmarkParse(b *testing.B) { benchParse(b, generated(b, 8<<20, false), false) }

// BenchmarkParseLongSpeech: one speech of 8 MB.
func BenchmarkParseLongSpeech(b *testing.B) { benchParse(b, generated(b, 8<<20, true), false) }

// BenchmarkParseJSON: parse and encode, as `dagang parse` does.
func BenchmarkParseJSON(b *testing.B) { benchParse(b, generated(b, 8<<20, false), true) }

// BenchmarkParseSmall: one speech of 8 KB, the size of most inputs.
func BenchmarkParseSmall(b *testing.B) { benchParse(b, generated(b, 8<<10, true), false) }

// BenchmarkManySmall parses 500 different speeches of 8 KB, the shape of
// a batch run, with a fresh Parser for each, with one Parser for all, with
// one Parser that builds each document in the memory of the last (what
// each worker of dagang's batch mode keeps), and through the package's
// Parse (which lends one of its pool's Parsers to each call).
func BenchmarkManySmall(b *testing.B) {
	m := material(b)
	docs := make([][]byte, 500)
	total := 0
	for k := range docs {
		var buf bytes.Buffer
		if err := speechgen.New(m, uint64(k+1)).WriteSpeech(&buf, 8<<10); err != nil {
			b.Fatal(err)
		}
		docs[k] = buf.Bytes()
		total += buf.Len()
	}
	run := func(b *testing.B, parser func() *dagang.Parser, recycle bool) {
		b.SetBytes(int64(total))
		b.ReportAllocs()
		for b.Loop() {
			p := parser()
			for _, raw := range docs {
				doc, err := p.Parse("bench.txt", raw)
				if err != nil {
					b.Fatal(err)
				}
				if recycle {
					p.Recycle(doc)
				}
				p = parser()
			}
		}
	}
	b.Run("fresh", func(b *testing.B) { run(b, func() *dagang.Parser { return dagang.NewParser(nil) }, false) })
	shared := dagang.NewParser(nil)
	b.Run("reused", func(b *testing.B) { run(b, func() *dagang.Parser { return shared }, false) })
	recycling := dagang.NewParser(nil)
	b.Run("recycle", func(b *testing.B) { run(b, func() *dagang.Parser { return recycling }, true) })
	b.Run("package", func(b *testing.B) {
		b.SetBytes(int64(total))
		b.ReportAllocs()
		for b.Loop() {
			for _, raw := range docs {
				if _, err := dagang.Parse("bench.txt", raw, nil); err != nil {
					b.Fatal(err)
				}
			}
		}
	})
	// With the collector run twice between two calls, as a program's
	// other work may run it, which a sync.Pool does not outlive: the
	// package's functions against one kept Parser. The collections are
	// not timed.
	collected := func(b *testing.B, parse func([]byte) error) {
		b.SetBytes(int64(total))
		for b.Loop() {
			for _, raw := range docs {
				b.StopTimer()
				runtime.GC()
				runtime.GC()
				b.StartTimer()
				if err := parse(raw); err != nil {
					b.Fatal(err)
				}
			}
		}
	}
	b.Run("packageCollected", func(b *testing.B) {
		collected(b, func(raw []byte) error { _, err := dagang.Parse("bench.txt", raw, nil); return err })
	})
	b.Run("reusedCollected", func(b *testing.B) {
		collected(b, func(raw []byte) error { _, err := shared.Parse("bench.txt", raw); return err })
	})
}
