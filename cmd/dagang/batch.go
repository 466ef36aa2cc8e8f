package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"iter"
	"os"
	"slices"
	"sync"

	"github.com/spf13/cobra"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/docjson"
	"github.com/dagang/dagang/internal/i18n"
	"github.com/dagang/dagang/internal/workers"
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
// four a worker, so that a worker that finished an item while an earlier
// one is still being processed goes on with the next rather than waiting
// for its turn to be written (docs/performance.md, the batch).
func (p pool) window() int { return 4 * p.workers }

// runPool calls a process function on every item of source on p.workers
// goroutines (one worker: on the calling goroutine, item after item) and
// emit on each result, one call at a time, in the items' order unless
// p.unordered; at most p.window() items are taken and not yet emitted
// (internal/workers says how).
func runPool[In, Out any](p pool, source iter.Seq[In], newProcess func() func(In) Out, emit func(Out) error) error {
	return workers.Run(workers.Options{Workers: p.workers, Window: p.window(), Unordered: p.unordered}, source, newProcess, emit)
}

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
	// One input (check or outline of one large file) is parsed on -j
	// cores, as parse parses it; many are shared out over -j workers,
	// each parsing its own on one core.
	workers := b.opts.jobs
	if inputs.single() {
		workers = 1
	}
	defer batchGC()()
	bar := newProgress(b.a.p, b.stderr, b.a.quiet, inputs.count)
	messages := bar.writer(b.stderr)
	process := func() func(input) fileResult[T] {
		parser := dagang.NewParser(parserOptions(inputs.single(), b.opts.jobs))
		var scratch *[]byte
		if owned {
			scratch = new([]byte)
		}
		return func(in input) fileResult[T] { return processFile(b, parser, scratch, owned, in, render) }
	}
	err = runPool(pool{workers, b.opts.unordered}, inputs.inputs(), process, func(r fileResult[T]) error {
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
	return dagang.NewParser(parserOptions(false, jobs))
}

// parserOptions are the options of a run's Parsers: one input is parsed
// on jobs cores, as dagang parse parses it; each of many on one core of
// its own when jobs workers share them out.
func parserOptions(single bool, jobs int) *dagang.Options {
	switch {
	case single:
		return &dagang.Options{Workers: jobs}
	case jobs > 1:
		return &dagang.Options{Workers: 1}
	}
	return &dagang.Options{}
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
		// A file refused unread (binary, too large) is still described by
		// its size, as a reader that reads it whole would describe it.
		if fi, serr := os.Stat(in.path); in.path != "-" && serr == nil && fi.Mode().IsRegular() {
			r.source.Bytes = int(fi.Size())
		}
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
	line := docjson.Append(slices.Grow(b, 2*doc.Source.Bytes+1<<10), doc, docjson.Options{})
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
