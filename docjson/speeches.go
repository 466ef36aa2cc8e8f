package docjson

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/sourcegraph/conc/stream"

	"github.com/dagang/dagang/ast"
)

// The speeches of a large collection are encoded on several goroutines,
// each into a buffer of its own, and written in their order by an ordered
// stream (conc/stream): the bytes are those of the encoding on one
// goroutine. The stream bounds the speeches encoded and not yet written,
// so that a collection is written in a little more than the size of a few
// speeches, however many it holds, and a panic on any goroutine (a nil
// node in a tree built by hand) reaches the caller's.

// encodeSplitMin is the smallest document text whose speeches are encoded
// on several goroutines, and encodeSpeechMax the largest speech that lets
// them: a buffer holds the whole encoding of a speech.
const (
	encodeSplitMin  = 1 << 20
	encodeSpeechMax = 4 << 20
)

// encodeWorkers is how many goroutines encode doc's speeches.
func encodeWorkers(doc *ast.Document, workers int) int {
	if workers == 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	if workers <= 1 || len(doc.Text) < encodeSplitMin || len(doc.Speeches) < 2 {
		return 1
	}
	for _, s := range doc.Speeches {
		if s.Span.End-s.Span.Start > encodeSpeechMax {
			return 1
		}
	}
	return workers
}

// speechBuffers lends the buffers a speech is encoded into, from one
// speech, and one document, to the next.
var speechBuffers = sync.Pool{New: func() any { return new([]byte) }}

// speechesOn writes the speeches, comma-separated, encoded on workers
// goroutines.
func (e *encoder) speechesOn(ss []*ast.Speech, workers int) {
	s := stream.New().WithMaxGoroutines(workers)
	var failed atomic.Bool // a write failed: encoding more is in vain
	for k, sp := range ss {
		if failed.Load() {
			break
		}
		s.Go(func() stream.Callback {
			buf := speechBuffers.Get().(*[]byte)
			sub := encoder{buf: (*buf)[:0]} // no writer: its buffer holds the whole speech
			sub.speech(sp)
			return func() {
				if k > 0 {
					e.raw(",")
				}
				if e.w == nil {
					e.buf = append(e.buf, sub.buf...) // Append: the caller takes the buffer
				} else {
					e.flush()
					if e.err == nil {
						_, e.err = e.w.Write(sub.buf)
					}
					failed.Store(e.err != nil)
				}
				*buf = sub.buf
				speechBuffers.Put(buf)
			}
		})
	}
	s.Wait()
}
