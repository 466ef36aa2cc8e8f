package dagang_test

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"testing"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/internal/speechgen"
)

// generated builds a corpus of about size bytes from the fixtures: a
// collection of speeches, or one long speech.
func generated(b *testing.B, size int, oneSpeech bool) []byte {
	b.Helper()
	files, err := filepath.Glob("testdata/docs/*.txt")
	if err != nil {
		b.Fatal(err)
	}
	src := map[string][]byte{}
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		src[f] = raw
	}
	m, err := speechgen.Harvest(src)
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	g := speechgen.New(m, 1)
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

func benchParse(b *testing.B, raw []byte, encode bool) {
	b.SetBytes(int64(len(raw)))
	b.ReportAllocs()
	b.ResetTimer()
	for i := 0; i < b.N; i++ {
		doc, err := dagang.ParseBytes(raw, "bench.txt")
		if err != nil {
			b.Fatal(err)
		}
		if encode {
			if err := ast.WriteJSON(io.Discard, doc, ast.EncodeOptions{}); err != nil {
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
