package ast

import (
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/sourcegraph/conc"
)

// The speeches of a large collection are encoded on several goroutines,
// each into a buffer of its own, and written in their order: the bytes are
// those of the encoding on one goroutine. A fixed number of buffers bounds
// the memory, so that a collection is written in a little more than the
// size of a few speeches, however many it holds.

// encodeSplitMin is the smallest document text whose speeches are encoded
// on several goroutines, and encodeSpeechMax the largest speech that lets
// them: a buffer holds the whole encoding of a speech.
const (
	encodeSplitMin  = 1 << 20
	encodeSpeechMax = 4 << 20
)

// encodeWorkers is how many goroutines encode doc's speeches.
func encodeWorkers(doc *Document, workers int) int {
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

// speechesOn writes the speeches, comma-separated, encoded on workers
// goroutines: the caller's and workers-1 others. The caller writes the
// speeches in order and, while the next one to write is not ready, encodes
// one itself: a goroutine that only wrote would wait for a processor
// whenever the others hold them all, and hold up the others in turn. A
// panic on one of them (a nil node in a tree built by hand) stops the
// others and reaches the caller's goroutine, as it would if the encoding
// ran there alone.
func (e *encoder) speechesOn(ss []*Speech, workers int) {
	window := 4 * workers // buffers, so speeches encoded and not yet written
	free := make(chan []byte, window)
	for range window {
		free <- nil
	}
	done := make([]chan []byte, len(ss))
	for k := range done {
		done[k] = make(chan []byte, 1)
	}
	broken := make(chan struct{}) // closed when a worker panics
	var once sync.Once
	var next atomic.Int64
	// claim takes the next speech to encode, or -1 when all are taken.
	claim := func() int {
		if k := int(next.Add(1) - 1); k < len(ss) {
			return k
		}
		return -1
	}
	encode := func(sub *encoder, k int, buf []byte) {
		sub.buf = buf[:0]
		sub.speech(ss[k])
		done[k] <- sub.buf
	}
	var wg conc.WaitGroup
	defer wg.Wait() // re-panics on this goroutine
	for range workers - 1 {
		wg.Go(func() {
			defer func() {
				if r := recover(); r != nil {
					once.Do(func() { close(broken) })
					panic(r) // for wg.Wait
				}
			}()
			sub := &encoder{text: e.text} // no writer: its buffer holds the whole speech
			for {
				// A buffer first, then a speech: a speech once taken always
				// has a buffer, so the writer never waits for one that
				// cannot come.
				var buf []byte
				select {
				case buf = <-free:
				case <-broken:
					return
				}
				k := claim()
				if k < 0 {
					free <- buf
					return
				}
				encode(sub, k, buf)
			}
		})
	}
	defer func() {
		if r := recover(); r != nil {
			once.Do(func() { close(broken) })
			panic(r)
		}
	}()
	sub := &encoder{text: e.text}
	for k := range ss {
		var buf []byte
	wait:
		for {
			select {
			case buf = <-done[k]:
				break wait
			case <-broken:
				return
			default:
			}
			// Not ready: encode the next speech not taken, if a buffer is
			// free, or wait.
			select {
			case b := <-free:
				if j := claim(); j >= 0 {
					encode(sub, j, b)
					continue
				}
				free <- b
			default:
			}
			select {
			case buf = <-done[k]:
				break wait
			case <-broken:
				return
			}
		}
		if k > 0 {
			e.raw(",")
		}
		e.flush()
		if e.w == nil {
			e.buf = append(e.buf, buf...) // AppendJSON: the caller takes the buffer
		} else if e.err == nil {
			_, e.err = e.w.Write(buf)
		}
		free <- buf
	}
}
