package workers

import (
	"errors"
	"math/rand/v2"
	"slices"
	"sync/atomic"
	"testing"
	"time"
)

// TestRun: every item is processed once and its result handed on once,
// in the items' order or, unordered, in some order, whatever the number
// of workers and the window.
func TestRun(t *testing.T) {
	for _, opt := range []Options{
		{Workers: 1}, {Workers: 2}, {Workers: 2, Window: 8}, {Workers: 5, Window: 5},
		{Workers: 2, Unordered: true}, {Workers: 4, Window: 16, Unordered: true},
	} {
		const n = 3000
		var got []int
		newProcess := func() func(int) int {
			rnd := rand.New(rand.NewPCG(uint64(n), 1))
			return func(k int) int {
				if rnd.IntN(50) == 0 {
					time.Sleep(time.Duration(rnd.IntN(200)) * time.Microsecond)
				}
				return 2 * k
			}
		}
		var emitting atomic.Int32
		err := Run(opt, slices.Values(seq(n)), newProcess, func(v int) error {
			if emitting.Add(1) != 1 {
				t.Errorf("%+v: emit called twice at once", opt)
			}
			got = append(got, v)
			emitting.Add(-1)
			return nil
		})
		if err != nil {
			t.Fatalf("%+v: %v", opt, err)
		}
		if !opt.Unordered && !slices.IsSorted(got) {
			t.Errorf("%+v: results out of order", opt)
		}
		slices.Sort(got)
		want := seq(n)
		for i := range want {
			want[i] *= 2
		}
		if !slices.Equal(got, want) {
			t.Errorf("%+v: %d results, not each item's once", opt, len(got))
		}
	}
}

func seq(n int) []int {
	s := make([]int, n)
	for i := range s {
		s[i] = i
	}
	return s
}

// TestWindow: while the first item is held, no more than Window items
// are taken from the source.
func TestWindow(t *testing.T) {
	for _, unordered := range []bool{false, true} {
		opt := Options{Workers: 3, Window: 6, Unordered: unordered}
		release := make(chan struct{})
		var taken atomic.Int32
		source := func(yield func(int) bool) {
			for k := range 100 {
				taken.Add(1)
				if !yield(k) {
					return
				}
			}
		}
		process := func(k int) int {
			if k == 0 {
				<-release
			}
			return k
		}
		done := make(chan error)
		go func() {
			done <- Run(opt, source, func() func(int) int { return process }, func(int) error { return nil })
		}()
		time.Sleep(50 * time.Millisecond)
		if n := taken.Load(); !unordered && n > int32(opt.Window) {
			t.Errorf("ordered: %d items taken while the first is held, window %d", n, opt.Window)
		} else if n < int32(opt.Workers) {
			t.Errorf("unordered %v: only %d items taken", unordered, n)
		}
		close(release)
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
}

// TestEmitError: the first error of emit is returned, emit is not called
// again, and the source stops soon after.
func TestEmitError(t *testing.T) {
	failure := errors.New("disk full")
	for _, opt := range []Options{{Workers: 1}, {Workers: 3, Window: 6}, {Workers: 3, Window: 6, Unordered: true}} {
		var taken, emitted atomic.Int32
		source := func(yield func(int) bool) {
			for k := range 10000 {
				taken.Add(1)
				if !yield(k) {
					return
				}
			}
		}
		err := Run(opt, source, func() func(int) int { return func(k int) int { return k } }, func(int) error {
			if emitted.Add(1) == 10 {
				return failure
			}
			return nil
		})
		if !errors.Is(err, failure) || emitted.Load() != 10 || taken.Load() > 10+int32(max(opt.Window, 1))+int32(opt.Workers) {
			t.Errorf("%+v: error %v, %d emitted, %d taken", opt, err, emitted.Load(), taken.Load())
		}
	}
}

// TestPanic: a panic in process or in emit stops the run and reaches the
// caller's goroutine as a *Panic with the value and the stack it was
// raised with.
func TestPanic(t *testing.T) {
	boom := errors.New("boom")
	for _, where := range []string{"process", "emit"} {
		for _, unordered := range []bool{false, true} {
			got := func() (p any) {
				defer func() { p = recover() }()
				_ = Run(Options{Workers: 3, Window: 6, Unordered: unordered}, slices.Values(seq(1000)), func() func(int) int {
					return func(k int) int {
						if where == "process" && k == 500 {
							panic(boom)
						}
						return k
					}
				}, func(k int) error {
					if where == "emit" && k == 500 {
						panic(boom)
					}
					return nil
				})
				return nil
			}()
			p, ok := got.(*Panic)
			if !ok || !errors.Is(p, boom) || len(p.Stack) == 0 {
				t.Errorf("panic in %s (unordered %v): recovered %v", where, unordered, got)
			}
		}
	}
}

// TestSourcePanic: a panic of the source reaches the caller as one in
// process does.
func TestSourcePanic(t *testing.T) {
	boom := errors.New("boom")
	source := func(yield func(int) bool) {
		for k := range 100 {
			if k == 50 {
				panic(boom)
			}
			if !yield(k) {
				return
			}
		}
	}
	got := func() (p any) {
		defer func() { p = recover() }()
		_ = Run(Options{Workers: 2, Window: 4}, source, func() func(int) int { return func(k int) int { return k } }, func(int) error { return nil })
		return nil
	}()
	if p, ok := got.(*Panic); !ok || !errors.Is(p, boom) {
		t.Errorf("recovered %v, want the *Panic of boom", got)
	}
}

// TestProcessPerWorker: at most Workers process functions are made, and
// each is used by one goroutine at a time.
func TestProcessPerWorker(t *testing.T) {
	var made atomic.Int32
	newProcess := func() func(int) int {
		made.Add(1)
		var running atomic.Int32
		return func(k int) int {
			if running.Add(1) != 1 {
				t.Error("a process function runs twice at once")
			}
			defer running.Add(-1)
			return k
		}
	}
	if err := Run(Options{Workers: 3}, slices.Values(seq(1000)), newProcess, func(int) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if n := made.Load(); n < 1 || n > 3 {
		t.Errorf("%d process functions for 3 workers", n)
	}
}

// BenchmarkRun is what Run costs on top of the work: items of about
// 50 µs, as a small speech takes, on two workers.
func BenchmarkRun(b *testing.B) {
	work := func(k int) int {
		deadline := time.Now().Add(50 * time.Microsecond)
		for time.Now().Before(deadline) {
			k++
		}
		return k
	}
	for b.Loop() {
		_ = Run(Options{Workers: 2, Window: 8}, slices.Values(seq(2000)), func() func(int) int { return work }, func(int) error { return nil })
	}
}

// TestEach: every number is called once, on no more goroutines than
// workers, and a panic reaches the caller after the other calls return.
func TestEach(t *testing.T) {
	for _, w := range []int{1, 2, 3, 8} {
		for _, n := range []int{0, 1, 2, 7, 1000} {
			calls := make([]atomic.Int32, n)
			var running, most atomic.Int32
			Each(w, n, func(i int) {
				r := running.Add(1)
				for m := most.Load(); r > m && !most.CompareAndSwap(m, r); m = most.Load() {
				}
				calls[i].Add(1)
				running.Add(-1)
			})
			for i := range calls {
				if c := calls[i].Load(); c != 1 {
					t.Fatalf("workers %d, n %d: %d called %d times", w, n, i, c)
				}
			}
			if most.Load() > int32(max(w, 1)) {
				t.Errorf("workers %d: %d calls at once", w, most.Load())
			}
		}
	}
	boom := errors.New("boom")
	var after atomic.Int32
	got := func() (p any) {
		defer func() { p = recover() }()
		Each(3, 100, func(i int) {
			if i == 10 {
				panic(boom)
			}
			after.Add(1)
		})
		return nil
	}()
	if p, ok := got.(*Panic); !ok || !errors.Is(p, boom) {
		t.Errorf("recovered %v, want the *Panic of boom", got)
	}
}
