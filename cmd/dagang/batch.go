package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"os"
	"runtime"
	"runtime/debug"
	"slices"
	"sync"

	"github.com/spf13/cobra"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/internal/i18n"
)

// batchOptions are the flags of the commands that take many inputs.
type batchOptions struct {
	commonOptions
	include   []string
	unordered bool
}

// addBatchFlags registers the flags of a command that takes many inputs;
// ordered says whether the command's output follows the inputs (parse,
// outline), so that --unordered means something.
func (a *app) addBatchFlags(cmd *cobra.Command, opts *batchOptions, ordered bool) {
	flags := cmd.Flags()
	flags.StringArrayVar(&opts.include, "include", defaultIncludes(), a.p.T("flag.include"))
	if ordered {
		flags.BoolVar(&opts.unordered, "unordered", false, a.p.T("flag.unordered"))
	}
}

// pool is how a batch runs: workers goroutines, and results handed on in
// the order of the items unless unordered.
type pool struct {
	workers   int
	unordered bool
}

// window is how many items may be between the source and emit at once:
// a few per worker keeps every worker busy while memory stays bounded
// whatever the corpus size. With two per worker, a worker three files
// ahead of the one whose turn it is waited for it whenever that one met a
// long file, was descheduled or helped the collector: at -j 2 the 5,000
// files took 3% longer than with four (21 runs each; --unordered, which
// waits for no turn, was 2% faster than four in order), and eight or
// sixteen gave no more than four.
func (p pool) window() int { return 4 * p.workers }

// runPool calls a process function on every item of source on p.workers
// goroutines (one worker: on the calling goroutine, item after item) and
// emit on each result, one call at a time. Each goroutine gets its own
// process function from newProcess, once: what it keeps from item to item
// (a dagang.Parser) is its own. At most p.window() items are taken from
// source and not yet emitted: a slow item holds the source back rather
// than letting later results pile up while they wait their turn. The
// first error of emit stops the source; runPool returns once every
// goroutine it started has ended.
//
// There is no goroutine of its own for the source or for emit: a worker
// takes its next item itself, and a worker that finishes an item when no
// other is emitting emits the finished ones whose turn has come (see
// sink). An item then costs
// no hand-over between goroutines, where a dispatcher, the workers and a
// collector passing items on through channels made three, and took 4% of
// the time of items of 55 µs (BenchmarkPool).
func runPool[In, Out any](p pool, source iter.Seq[In], newProcess func() func(In) Out, emit func(Out) error) error {
	if p.workers == 1 {
		// One worker: the items one after another on this goroutine, with
		// no other goroutine to wake and no lock to take.
		process := newProcess()
		for item := range source {
			if err := emit(process(item)); err != nil {
				return err
			}
		}
		return nil
	}
	next, stop := iter.Pull(source)
	defer stop()
	f := &feed[In]{next: next}
	s := newSink(p, emit)
	var workers sync.WaitGroup
	for range p.workers {
		workers.Go(func() {
			process := newProcess()
			for s.acquire() {
				index, item, ok := f.take()
				if !ok {
					s.release()
					return
				}
				s.put(index, process(item))
				// When the garbage collector has started, its mark worker
				// needs a processor, and with every core parsing it gets
				// one only when a worker yields or is preempted (after
				// 10 ms), while the workers must help it mark as they
				// allocate and a stop of the world waits for each to be
				// preempted. A yield after each item lets it in at once:
				// 5,000 files at -j 2 took 8% longer without (2% with the
				// collector off).
				runtime.Gosched()
			}
		})
	}
	workers.Wait()
	return s.err
}

// feed hands out the items of a source, numbered, to whichever worker
// asks. It has a lock of its own, not the sink's: a source that waits
// for its next item (standard input, in a pipeline that sends a record
// and waits for its answer) must not keep a finished result from being
// written.
type feed[In any] struct {
	mu    sync.Mutex
	next  func() (In, bool)
	taken int
}

// take returns the next item and its index, or false once the source is
// at its end.
func (f *feed[In]) take() (index int, item In, ok bool) {
	f.mu.Lock()
	defer f.mu.Unlock()
	if item, ok = f.next(); ok {
		index = f.taken
		f.taken++
	}
	return index, item, ok
}

// sink emits the results of a pool, in index order unless unordered, and
// bounds how many items are taken but not yet emitted: a worker takes a
// token of room before it takes an item, and the token is given back
// once the item's result is emitted.
//
// A worker that puts a result leaves it in its slot and goes back to
// work, unless no worker is emitting: it then emits every result whose
// turn has come, the lock let go while it writes, until the next in turn
// is not ready. A worker never waits for another's writing: with the lock
// held through the writing, a worker done with its file while the other
// wrote a run of lines slept on the lock, and 5,000 files at -j 2 took
// about 2.5% longer in input order than in the order they were done (41
// pairs); now they take no longer.
type sink[Out any] struct {
	room      chan struct{}
	failed    chan struct{} // closed when emit fails
	unordered bool
	emit      func(Out) error

	mu       sync.Mutex
	pending  []slot[Out] // results not yet emitted, at index % window
	next     int         // the index whose turn it is
	arrived  int         // results put so far: the index of one unordered
	emitting bool        // a worker is emitting: emit is called by it alone
	err      error       // the first error of emit
}

type slot[Out any] struct {
	out   Out
	ready bool
}

func newSink[Out any](p pool, emit func(Out) error) *sink[Out] {
	return &sink[Out]{
		room:      make(chan struct{}, p.window()),
		failed:    make(chan struct{}),
		unordered: p.unordered,
		emit:      emit,
		pending:   make([]slot[Out], p.window()),
	}
}

// acquire waits for room for one more item in flight; false once emit has
// failed, when no more items are to be taken.
func (s *sink[Out]) acquire() bool {
	select {
	case s.room <- struct{}{}:
	case <-s.failed:
		return false
	}
	select {
	case <-s.failed:
		return false
	default:
		return true
	}
}

// release gives back the room of an item that was never taken.
func (s *sink[Out]) release() { <-s.room }

// put hands in the result of item index and, unless another worker is
// emitting, emits every result whose turn has come. Unordered, a result's
// turn is the order it came in. The tokens keep index within a window of
// s.next, so that each waiting result has a slot of its own.
func (s *sink[Out]) put(index int, out Out) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.err != nil {
		return
	}
	if s.unordered {
		index = s.arrived
	}
	s.arrived++
	s.pending[index%len(s.pending)] = slot[Out]{out, true}
	if s.emitting {
		return // the emitting worker will find it
	}
	s.emitting = true
	defer func() { s.emitting = false }()
	for s.err == nil {
		at := &s.pending[s.next%len(s.pending)]
		if !at.ready {
			return
		}
		out := at.out
		*at = slot[Out]{}
		s.next++
		if err := s.emitUnlocked(out); err != nil {
			s.err = err
			close(s.failed)
		}
	}
}

// emitUnlocked emits a result with s.mu let go, and gives its room back.
func (s *sink[Out]) emitUnlocked(out Out) error {
	s.mu.Unlock()
	defer s.mu.Lock()
	err := s.emit(out)
	<-s.room
	return err
}

// Garbage collection in a batch. The documents in flight are few and
// small, so the live heap is a few MB, and a file's parse allocates about
// two KB (its document is built in the memory of the worker's last, its
// parse in the tables of the last). Letting the heap grow to three times
// the live data between collections runs the collector once over 5,000
// files at -j 2 where Go's default (GOGC=100) runs it 5 times, each
// taking processor time from the workers (the default took about 5% more
// time at -j 2, 15 runs each); more room (400) runs it no more and holds
// 19 MB where this holds 16. The soft limit keeps a batch that meets one
// huge document from holding three times its data.
const (
	batchGCPercent   = 200
	batchMemoryLimit = 512 << 20
)

// batchGC sets the collector for a batch unless the environment sets it
// (GOGC, GOMEMLIMIT), and returns what puts it back.
func batchGC() (restore func()) {
	if os.Getenv("GOGC") != "" {
		return func() {}
	}
	percent := debug.SetGCPercent(batchGCPercent)
	if os.Getenv("GOMEMLIMIT") != "" {
		return func() { debug.SetGCPercent(percent) }
	}
	limit := debug.SetMemoryLimit(batchMemoryLimit)
	return func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(limit)
	}
}

// documentGC sets the collector for one document of size bytes in lines
// lines, unless the environment sets it: it runs only as the heap nears a
// soft memory limit of 2.5 times the input (plus the runtime's own few
// MB), so that a large input is parsed and written in under three times
// its size, and with no collection at all when it fits, where Go's default
// would collect every time the heap doubled and let it reach twice the
// live data. The limit is never below what the document's nodes
// need (nodeBytesPerLine a line): under the live data a limit would have
// the collector run back to back and double the time of a text of many
// short lines. Small inputs keep the default. It returns what puts the
// setting back.
func documentGC(size, lines int) (restore func()) {
	const small = 8 << 20
	if size < small || os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	limit := max(int64(size)*5/2, int64(size)+int64(lines)*nodeBytesPerLine) + 16<<20
	before := debug.SetMemoryLimit(limit)
	// Under the limit the collector need not run at all: the document is
	// parsed once and written out, and most of what it allocates lives to
	// the end.
	percent := debug.SetGCPercent(-1)
	return func() {
		debug.SetGCPercent(percent)
		debug.SetMemoryLimit(before)
	}
}

// nodeBytesPerLine is about what a line costs in the parsed document: its
// line record, its paragraph or section node and their place in the tree
// (a 34 MB text of a million short lines peaks at about 220 MB).
const nodeBytesPerLine = 200

// finishLines flushes the output of a run over many inputs and ends it
// with exit status 1 when any input failed (each was reported as it came).
func finishLines(w *bufio.Writer, failed int) error {
	if err := w.Flush(); err != nil {
		return err
	}
	if failed > 0 {
		return errSilent{exitInput}
	}
	return nil
}

// fileResult is what became of one input.
type fileResult[T any] struct {
	source ast.Source // the input; its encoding is empty when it failed
	value  T          // what the command made of the document
	err    error      // why the input failed, without its name
}

// batchRun is a run of a command over many inputs.
type batchRun struct {
	a      *app
	stderr io.Writer
	opts   batchOptions
}

func (a *app) newBatchRun(cmd *cobra.Command, opts batchOptions) batchRun {
	return batchRun{a: a, stderr: cmd.ErrOrStderr(), opts: opts}
}

// runFiles parses every input on the pool, turns each document into a
// value with render, and hands the results to emit in input order (unless
// --unordered). A failed input is reported on stderr as "FILE: reason"
// and handed to emit with its error; the run goes on. It returns how
// many inputs failed.
//
// When owned is true, render's values share no memory with the document
// (they are copies, as JSON or an export is): a worker then reads each
// input into the buffer of its previous one and builds each document in
// the memory of the last (Parser.Recycle), which keeps a batch's memory in
// the cores' caches rather than streaming fresh memory through them.
func runFiles[T any](b batchRun, inputs inputPlan, render func(*ast.Document) (T, error), owned bool,
	emit func(fileResult[T]) error) (failed int, err error) {
	defer batchGC()()
	bar := newProgress(b.a.p, b.stderr, b.a.quiet, inputs.count)
	messages := bar.writer(b.stderr)
	process := func() func(input) fileResult[T] {
		parser := batchParser(b.opts.jobs)
		var scratch *[]byte
		if owned {
			scratch = new([]byte)
		}
		return func(in input) fileResult[T] { return processFile(b, parser, scratch, owned, in, render) }
	}
	err = runPool(pool{b.opts.jobs, b.opts.unordered}, inputs.inputs(), process, func(r fileResult[T]) error {
		bar.add(r.source.Bytes)
		if r.err != nil {
			failed++
			b.a.reportFailure(messages, r.source.Name, r.err)
		}
		return emit(r)
	})
	bar.stop()
	return failed, err
}

// batchParser is the Parser of one worker of a pool of jobs workers. With
// more than one, the inputs are already shared out over the cores: each
// document is parsed on its worker's goroutine alone.
func batchParser(jobs int) *dagang.Parser {
	opts := &dagang.Options{}
	if jobs > 1 {
		opts.Workers = 1
	}
	return dagang.NewParser(opts)
}

// reportFailure says on stderr which input failed and why, on one line.
func (a *app) reportFailure(w io.Writer, name string, err error) {
	fmt.Fprintln(w, "dagang: "+a.inputName(name)+": "+oneLine(a.describe(err)))
}

// processFile reads, decodes and parses one input and renders its
// document. With a scratch buffer, the input is read into it, and it is
// kept for the next input once the document is rendered: render's value
// must not share memory with the document. (The Parser keeps nothing of
// a document's text: its caches copy their keys, TestScratchReuse.)
func processFile[T any](b batchRun, parser *dagang.Parser, scratch *[]byte, owned bool, in input,
	render func(*ast.Document) (T, error)) fileResult[T] {
	r := fileResult[T]{source: ast.Source{Name: in.path}, err: in.err}
	if r.err != nil {
		return r
	}
	var buf []byte
	if scratch != nil {
		buf = *scratch
	}
	raw, err := b.a.readPath(in.path, buf, b.opts.maxInput)
	r.source.Bytes = len(raw)
	if err != nil {
		r.err = err
		return r
	}
	// raw is this input's alone and is not touched again while the
	// document lives: the document may keep it as its text rather than a
	// copy.
	doc, err := guard(func() (*ast.Document, error) {
		t, err := decodeInput(in.path, raw, b.opts.encoding, true)
		if err != nil {
			return nil, err
		}
		return parser.Parse(in.path, t)
	})
	if err != nil {
		r.err = err
		return r
	}
	r.source = doc.Source
	r.value, r.err = render(doc)
	if owned {
		parser.Recycle(doc)
	}
	keepBuffer(scratch, raw)
	return r
}

// keptBufferMax is the largest buffer a batch keeps for reuse: a worker
// that met one huge file does not hold its size for the rest of the run.
const keptBufferMax = 1 << 20

// keepBuffer keeps b in *scratch for reuse, if there is a scratch and b
// is not too large to keep.
func keepBuffer(scratch *[]byte, b []byte) {
	switch {
	case scratch == nil:
	case cap(b) <= keptBufferMax:
		*scratch = b[:0]
	default:
		*scratch = nil
	}
}

// guard turns a panic of parse into the input's error: in a run over
// thousands of files, one the parser cannot cope with must not cost the
// others their results.
func guard[T any](parse func() (T, error)) (value T, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error: %v", p)
		}
	}()
	return parse()
}

// appendDocumentLine appends the document's line of JSON Lines to b: the
// compact document and a newline.
func appendDocumentLine(b []byte, doc *ast.Document) []byte {
	// A document's JSON runs to about one and a half times its input: room
	// for twice that saves growing the buffer step by step.
	line := ast.AppendJSON(slices.Grow(b, 2*doc.Source.Bytes+1<<10), doc, ast.EncodeOptions{})
	return append(line, '\n')
}

// lineBuffers hands out the buffers that the lines of a run over many
// inputs are encoded into, and takes them back once written: a run
// reuses a few buffers (as many as lines in flight) instead of a new one
// for every input.
type lineBuffers struct{ free sync.Pool }

// encode returns the document's line of JSON Lines, in a buffer from b.
func (b *lineBuffers) encode(doc *ast.Document) ([]byte, error) {
	var buf []byte
	if p, ok := b.free.Get().(*[]byte); ok {
		buf = (*p)[:0]
	}
	return appendDocumentLine(buf, doc), nil
}

// release takes back a line once it is written.
func (b *lineBuffers) release(line []byte) {
	if line == nil || cap(line) > keptBufferMax {
		return
	}
	b.free.Put(&line)
}

// errorLine is the JSON Lines record of an input that failed.
type errorLine struct {
	Source ast.Source `json:"source"`
	Error  string     `json:"error"`
}

// writeErrorLine writes {"source": {...}, "error": "..."} and a newline.
// The error is in English whatever the language of the messages: it is
// data, which programs match.
func writeErrorLine(w io.Writer, source ast.Source, cause error) error {
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	return enc.Encode(errorLine{Source: source, Error: oneLine(describe(englishPrinter, cause))})
}

// englishPrinter writes the messages that are data.
var englishPrinter = i18n.New(i18n.English)
