package docjson

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"
	"time"

	"github.com/dagang/dagang/ast"
)

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

func TestEncodeWorkers(t *testing.T) {
	for _, tt := range []struct {
		doc     *ast.Document
		workers int
		want    int
	}{
		{collection(10, encodeSplitMin), 4, 4},
		{collection(10, encodeSplitMin-3), 4, 1}, // too small to share out
		{collection(1, encodeSplitMin), 4, 1},    // one speech
		{collection(10, encodeSplitMin), 1, 1},
		{collection(2, 3*encodeSpeechMax), 4, 1}, // a speech too large for a buffer
	} {
		if got := encodeWorkers(tt.doc, tt.workers); got != tt.want {
			t.Errorf("%d speeches over %d bytes, %d workers: encoded on %d goroutines, want %d",
				len(tt.doc.Speeches), len(tt.doc.Text), tt.workers, got, tt.want)
		}
	}
}

// TestSpeechesOn: speeches encoded on several goroutines, more of them than
// there are buffers, give the bytes of the encoding on one.
func TestSpeechesOn(t *testing.T) {
	doc := collection(500, encodeSplitMin)
	var want bytes.Buffer
	if err := Write(&want, doc, Options{Workers: 1}); err != nil {
		t.Fatal(err)
	}
	for _, n := range []int{2, 3, 8} {
		var got bytes.Buffer
		if err := Write(&got, doc, Options{Workers: n}); err != nil {
			t.Fatal(err)
		}
		if !bytes.Equal(got.Bytes(), want.Bytes()) {
			t.Errorf("%d workers: other bytes than one", n)
		}
	}
}

type failingWriter struct{ left int }

var errFull = errors.New("disk full")

func (w *failingWriter) Write(p []byte) (int, error) {
	if len(p) > w.left {
		n := w.left
		w.left = 0
		return n, errFull
	}
	w.left -= len(p)
	return len(p), nil
}

// TestSpeechesOnWriteError: a write that fails half way through is
// reported, and the goroutines end.
func TestSpeechesOnWriteError(t *testing.T) {
	doc := collection(500, encodeSplitMin)
	err := Write(&failingWriter{left: 100 << 10}, doc, Options{Workers: 3})
	if !errors.Is(err, errFull) {
		t.Errorf("Write to a writer that fails = %v, want %v", err, errFull)
	}
}

// TestSpeechesOnPanic: a panic while encoding a speech on another goroutine
// (here a nil section) reaches the caller's goroutine, as it does when the
// caller encodes alone, and the encoding neither hangs nor crashes.
func TestSpeechesOnPanic(t *testing.T) {
	for _, workers := range []int{1, 3} {
		doc := collection(500, encodeSplitMin)
		doc.Speeches[321].Sections = append(doc.Speeches[321].Sections, nil)
		result := make(chan any, 1)
		go func() {
			defer func() { result <- recover() }()
			_ = Write(io.Discard, doc, Options{Workers: workers})
		}()
		select {
		case r := <-result:
			if r == nil {
				t.Errorf("%d workers: no panic for a nil section", workers)
			}
		case <-time.After(30 * time.Second):
			t.Fatalf("%d workers: Write hangs after a panic", workers)
		}
	}
}
