// Package workers holds the goroutines of dagang's work in parallel, each
// bounded and each raising a worker's panic on its caller's goroutine:
// Each calls a function on the numbers 0 to n-1 (the stretches of a large
// document, the pieces of an input checked at once), Run on a stream of
// items whose results it hands on one at a time, in the items' order or
// as they finish (the command line's runs over many inputs).
//
// The workers serve themselves. Each takes its next item from the source
// and, once it has the result, writes the results whose turn has come if
// no other worker is writing; there is no dispatcher and no collector to
// hand items and results to. With one goroutine handing items on and one
// taking results, as conc/stream has it, every input costs two hand-offs
// between goroutines, which a run over many small files feels
// (docs/performance.md, the batch).
package workers

import (
	"fmt"
	"iter"
	"runtime"
	"runtime/debug"
	"sync"
	"sync/atomic"
)

// Each calls fn(i) for i = 0 … n-1 on at most workers goroutines, the
// caller's among them, each taking the next i when done with one; with
// one worker or one call, on the caller's alone. A panic in fn stops the
// calls not yet begun and is raised again on the caller's goroutine once
// the others have returned.
func Each(workers, n int, fn func(i int)) {
	if workers <= 1 || n <= 1 {
		for i := range n {
			fn(i)
		}
		return
	}
	var next atomic.Int64
	var panicked atomic.Pointer[Panic]
	work := func() {
		defer func() {
			if v := recover(); v != nil {
				panicked.CompareAndSwap(nil, &Panic{Value: v, Stack: debug.Stack()})
				next.Store(int64(n)) // no more calls
			}
		}()
		for {
			i := int(next.Add(1) - 1)
			if i >= n {
				return
			}
			fn(i)
		}
	}
	var wg sync.WaitGroup
	for range min(workers, n) - 1 {
		wg.Go(work)
	}
	work()
	wg.Wait()
	if p := panicked.Load(); p != nil {
		panic(p)
	}
}

// Options says how Run runs.
type Options struct {
	// Workers is how many goroutines process items; 1 processes them on
	// the caller's goroutine, one after another.
	Workers int
	// Window bounds the items taken from the source and not yet handed
	// on: a slow item holds the source back rather than letting later
	// results pile up. It is at least Workers.
	Window int
	// Unordered hands results on as they finish rather than in the
	// items' order.
	Unordered bool
}

// Run calls a process function on every item of source and emit on each
// result, one call of emit at a time. A process function from newProcess
// is used by one goroutine at a time, and at most Workers are made, when
// a worker takes its first item: what it keeps from item to item is its
// own. The first error of emit stops the source (emit is not called
// again) and is returned once every worker has ended; a panic in the
// source, process or emit stops the source too and is raised again on the
// caller's goroutine.
func Run[In, Out any](opt Options, source iter.Seq[In], newProcess func() func(In) Out, emit func(Out) error) error {
	if opt.Workers <= 1 {
		process := newProcess()
		for item := range source {
			if err := emit(process(item)); err != nil {
				return err
			}
		}
		return nil
	}
	window := max(opt.Window, opt.Workers)
	next, stop := iter.Pull(source)
	defer stop()
	r := &run[In, Out]{
		next: next, emit: emit, unordered: opt.Unordered,
		room:  make(chan struct{}, window),
		slots: make([]slot[Out], window),
	}
	var wg sync.WaitGroup
	for range opt.Workers {
		wg.Go(func() { r.work(newProcess) })
	}
	wg.Wait()
	if p := r.panicked.Load(); p != nil {
		panic(p)
	}
	return r.emitErr
}

// run is the state of one Run.
type run[In, Out any] struct {
	emit      func(Out) error
	unordered bool
	// room holds a token for each item taken and not yet handed on: a
	// worker puts one in before it takes an item.
	room chan struct{}

	take   sync.Mutex // guards next, taken and ended
	next   func() (In, bool)
	taken  int
	ended  bool
	failed atomic.Bool // emit failed or a call panicked: take no more

	out     sync.Mutex // guards the fields below
	slots   []slot[Out]
	emitted int   // in order: the number of the next result to hand on
	queue   []Out // unordered: the results finished and not handed on
	writing bool  // a worker is handing results on
	emitErr error

	panicked atomic.Pointer[Panic]
}

// slot holds the result of item number k where k%len(slots) is its index.
type slot[Out any] struct {
	out   Out
	ready bool
}

// work takes items until the source ends or the run fails.
func (r *run[In, Out]) work(newProcess func() func(In) Out) {
	var process func(In) Out
	for {
		r.room <- struct{}{}
		item, k, ok := r.takeItem()
		if !ok {
			<-r.room
			return
		}
		var out Out
		r.guard(func() {
			if process == nil {
				process = newProcess()
			}
			out = process(item)
		})
		r.finish(k, out)
		// The collector's mark worker needs a processor when every core
		// is processing: a yield between items gives it one at once.
		runtime.Gosched()
	}
}

// takeItem takes the next item and its number, or reports that there is
// none to take.
func (r *run[In, Out]) takeItem() (item In, k int, ok bool) {
	r.take.Lock()
	defer r.take.Unlock()
	if r.ended || r.failed.Load() {
		return item, 0, false
	}
	// A panic of the source is the run's, as one in process is.
	r.guard(func() { item, ok = r.next() })
	if !ok {
		r.ended = true
		return item, 0, false
	}
	k = r.taken
	r.taken++
	return item, k, true
}

// finish leaves item k's result, and hands on the results whose turn has
// come unless another worker is doing so; that worker finds this result
// before it stops. The lock is let go while emit runs.
func (r *run[In, Out]) finish(k int, out Out) {
	r.out.Lock()
	if r.unordered {
		r.queue = append(r.queue, out)
	} else {
		r.slots[k%len(r.slots)] = slot[Out]{out: out, ready: true}
	}
	if r.writing {
		r.out.Unlock()
		return
	}
	r.writing = true
	for {
		out, ok := r.nextResult()
		if !ok {
			break
		}
		r.out.Unlock()
		if !r.failed.Load() {
			r.guard(func() {
				if err := r.emit(out); err != nil {
					r.emitErr = err // only the writing worker writes it
					r.failed.Store(true)
				}
			})
		}
		<-r.room
		r.out.Lock()
	}
	r.writing = false
	r.out.Unlock()
}

// nextResult takes the next result to hand on, if it has finished. The
// caller holds r.out.
func (r *run[In, Out]) nextResult() (Out, bool) {
	var zero Out
	if r.unordered {
		if len(r.queue) == 0 {
			return zero, false
		}
		out := r.queue[0]
		r.queue[0] = zero
		r.queue = r.queue[1:]
		return out, true
	}
	s := &r.slots[r.emitted%len(r.slots)]
	if !s.ready {
		return zero, false
	}
	out := s.out
	*s = slot[Out]{}
	r.emitted++
	return out, true
}

// guard calls f; a panic in it fails the run, and the first is kept to be
// raised again on Run's caller.
func (r *run[In, Out]) guard(f func()) {
	defer func() {
		if v := recover(); v != nil {
			r.panicked.CompareAndSwap(nil, &Panic{Value: v, Stack: debug.Stack()})
			r.failed.Store(true)
		}
	}()
	f()
}

// Panic is a panic in a worker, raised again on Run's caller with the
// stack of the goroutine it was raised on.
type Panic struct {
	Value any
	Stack []byte
}

func (p *Panic) Error() string { return fmt.Sprintf("panic in a worker: %v\n\n%s", p.Value, p.Stack) }

// Unwrap returns the value panicked with, if it is an error.
func (p *Panic) Unwrap() error {
	err, _ := p.Value.(error)
	return err
}
