package docjson

import (
	"bytes"
	"encoding/json"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/dagang/dagang/ast"
)

// plainWriter is a writer with no WriteString, so that the encoder copies
// long runs through its buffer; it remembers its largest write.
type plainWriter struct {
	max  int
	keep *bytes.Buffer // when set, what is written
}

func (w *plainWriter) Write(p []byte) (int, error) {
	w.max = max(w.max, len(p))
	if w.keep != nil {
		w.keep.Write(p)
	}
	return len(p), nil
}

// noiseDocument is a document whose whole text is one noise stretch of at
// least size bytes, made of line, as a licence notice that runs to the end
// of a file is.
func noiseDocument(line string, size int) *ast.Document {
	text := strings.Repeat(line, (size+len(line)-1)/len(line))
	return &ast.Document{
		Source: ast.Source{Name: "notice.txt", Encoding: "utf-8", Bytes: len(text)},
		Text:   text,
		Noise: []ast.Noise{{Text: text, Kind: ast.NoiseLicense,
			Span: ast.Span{Start: 0, End: len(text), Line: 1, EndLine: strings.Count(text, "\n") + 1}}},
	}
}

// TestLongNoiseMemory: a document with one 32 MB noise stretch is encoded
// in less than twice its input: what the encoding allocates (an upper bound
// of what it adds to the memory in use) stays under the input's size,
// whatever the stretch is made of — lines that need escapes, or one run
// that needs none — and whether the writer takes strings or only bytes,
// compact or pretty.
func TestLongNoiseMemory(t *testing.T) {
	const size = 32 << 20
	for _, shape := range []struct{ name, line string }{
		{"lines", "本文件受版权保护，未经许可，不得以任何形式转载、摘编或者利用其他方式使用。\"声明\"\\\n"},
		{"one run", "本文件受版权保护，未经许可不得转载。"},
	} {
		doc := noiseDocument(shape.line, size)
		input := len(doc.Text)
		for _, opt := range []Options{{}, {Indent: "  "}} {
			for _, w := range []io.Writer{io.Discard, &plainWriter{}} {
				name := fmt.Sprintf("%s, indent %q, %T", shape.name, opt.Indent, w)
				runtime.GC()
				var before, after runtime.MemStats
				runtime.ReadMemStats(&before)
				if err := Write(w, doc, opt); err != nil {
					t.Fatal(err)
				}
				runtime.ReadMemStats(&after)
				alloc := int(after.TotalAlloc - before.TotalAlloc)
				if peak := input + alloc; peak >= 2*input {
					t.Errorf("%s: the encoding allocated %d MB for an input of %d MB: %.2f× the input at its peak",
						name, alloc>>20, input>>20, float64(peak)/float64(input))
				}
			}
		}
	}
}

// stdString is s as encoding/json writes it, HTML escaping off.
func stdString(t *testing.T, s string) string {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(s); err != nil {
		t.Fatal(err)
	}
	return strings.TrimSuffix(b.String(), "\n")
}

// TestStreamedStrings: strings longer than the buffer, with what needs an
// escape (and invalid bytes) falling on and around the places where the
// buffer is cut, are written as encoding/json writes them, in writes no
// larger than the buffer and its slack.
func TestStreamedStrings(t *testing.T) {
	for _, special := range []string{"\n", "\"", "\u2028", "\xff", "“", ""} {
		for _, shift := range []int{0, 1, 2, 3, 5} {
			for _, long := range []int{flushSize - 40, flushSize, 3*flushSize + 7} {
				body := strings.Repeat("a", shift) + strings.Repeat("字", long/3)
				s := body + special + body + special + "尾"
				doc := &ast.Document{Noise: []ast.Noise{{Text: s, Kind: ast.NoiseOther}}}
				var want bytes.Buffer
				want.WriteString(`{"version":1,"source":{"name":"","encoding":"","bytes":0},"title":null,"title_span":null,"speeches":[],"noise":[{"text":`)
				want.WriteString(stdString(t, s))
				want.WriteString(`,"kind":"other","span":{"start":0,"end":0,"line":0,"end_line":0}}],"diagnostics":[]}`)
				var got bytes.Buffer
				w := &plainWriter{keep: &got}
				if err := Write(w, doc, Options{}); err != nil {
					t.Fatal(err)
				}
				if got.String() != want.String() {
					t.Fatalf("special %q, shift %d, %d bytes: the streamed string differs from encoding/json's", special, shift, len(s))
				}
				if w.max > flushSize+slack {
					t.Errorf("special %q, shift %d, %d bytes: a write of %d bytes", special, shift, len(s), w.max)
				}
			}
		}
	}
}

// TestShortStringsLikeEncodingJSON: strings of every length up to the
// long-string path, with each character that needs an escape at every
// place, as encoding/json writes them.
func TestShortStringsLikeEncodingJSON(t *testing.T) {
	specials := []string{"\"", "\\", "\n", "\x00", "\x1f", "\u2028", "\u2029", "\xff", "\xe2\x80", "“", "a", "字"}
	for n := range 34 {
		base := strings.Repeat("a", n)
		for _, sp := range specials {
			for at := 0; at <= n; at++ {
				s := base[:at] + sp + base[at:]
				e := &encoder{}
				e.str(s)
				if got, want := string(e.buf), stdString(t, s); got != want {
					t.Fatalf("str(%q) = %s, encoding/json writes %s", s, got, want)
				}
			}
		}
	}
}

// TestIndentStreams: the pretty form written through the indenter in
// pieces of any size — cut inside strings, after a backslash, between an
// opening bracket and its closing one — is json.Indent's.
func TestIndentStreams(t *testing.T) {
	doc := sampleDocument()
	doc.Speeches = append(doc.Speeches, &ast.Speech{Preamble: []*ast.Para{{Text: `{"不是":[对象]}, \"引\\号\" ：`}}})
	doc.Noise = append(doc.Noise, ast.Noise{Text: "\\", Kind: ast.NoiseOther}, ast.Noise{Text: `"`, Kind: ast.NoiseOther})
	compact, err := Marshal(doc)
	if err != nil {
		t.Fatal(err)
	}
	for _, indent := range []string{"  ", "\t", "    "} {
		var want bytes.Buffer
		if err := json.Indent(&want, compact, "", indent); err != nil {
			t.Fatal(err)
		}
		for piece := 1; piece <= 17; piece++ {
			var got bytes.Buffer
			d := &indenter{w: &got, indent: indent}
			for p := compact; len(p) > 0; {
				k := min(piece, len(p))
				if _, err := d.Write(p[:k]); err != nil {
					t.Fatal(err)
				}
				p = p[k:]
			}
			if err := d.flush(); err != nil {
				t.Fatal(err)
			}
			if got.String() != want.String() {
				t.Fatalf("indent %q in pieces of %d: differs from json.Indent:\n%s\nwant\n%s", indent, piece, got.String(), want.String())
			}
		}
	}
}

// collection is a document of n speeches over a text of at least size bytes, each
// speech with a section and a paragraph of its own.
func collection(n, size int) *ast.Document {
	d := &ast.Document{Text: strings.Repeat("字", (size+2)/3)} // at least size bytes
	per := len(d.Text) / n
	for k := range n {
		start := k * per
		sp := ast.Span{Start: start, End: start + per, Line: k + 1, EndLine: k + 1}
		d.Speeches = append(d.Speeches, &ast.Speech{
			Title: fmt.Sprintf("第%d篇", k+1), TitleSpan: &sp, Span: sp,
			Preamble: []*ast.Para{{Text: strings.Repeat("序言", k%7), Span: sp}},
			Sections: []*ast.Section{{Marker: "一、", Style: ast.StyleHanDun, Number: 1, Level: 1,
				Title: fmt.Sprintf("标题\"%d\"", k), Span: sp, Body: []*ast.Para{}, Children: []*ast.Section{}}},
		})
	}
	return d
}

// TestIndentLarge: a collection of many speeches and a long noise stretch
// come out pretty as json.Indent prints them.
func TestIndentLarge(t *testing.T) {
	for _, doc := range []*ast.Document{collection(300, 1<<20), noiseDocument("声明：\"版权\"\\所有。\n", 3*flushSize)} {
		compact, err := Marshal(doc)
		if err != nil {
			t.Fatal(err)
		}
		var want, got bytes.Buffer
		if err := json.Indent(&want, compact, "", "  "); err != nil {
			t.Fatal(err)
		}
		if err := Write(&got, doc, Options{Indent: "  "}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%d speeches, %d noise bytes: pretty output differs from json.Indent", len(doc.Speeches), len(doc.Text))
		}
	}
}
