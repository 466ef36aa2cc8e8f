package serve

import (
	"context"
	"errors"
	"sync/atomic"
	"time"
)

// errBusy: every parse slot is taken and the queue is full, or the wait
// for a slot ran out.
var errBusy = errors.New("the server is busy parsing other inputs; try again in a moment")

// slots bounds the parses running at once. A request that finds them all
// taken queues for one, up to a bounded number of waiters and for a
// bounded time, rather than being refused at once: a burst of a page's
// keystrokes or of a batch client is absorbed, and only a sustained
// overload is answered 503.
type slots struct {
	sem      chan struct{}
	waiting  atomic.Int64
	maxQueue int64
	wait     time.Duration
}

func newSlots(n, maxQueue int, wait time.Duration) *slots {
	return &slots{sem: make(chan struct{}, n), maxQueue: int64(maxQueue), wait: wait}
}

// acquire takes a slot; the caller must release it. It fails with errBusy,
// or with the context's error when the client went away.
func (s *slots) acquire(ctx context.Context) error {
	select {
	case s.sem <- struct{}{}:
		return nil
	default:
	}
	if s.waiting.Add(1) > s.maxQueue {
		s.waiting.Add(-1)
		return errBusy
	}
	defer s.waiting.Add(-1)
	timer := time.NewTimer(s.wait)
	defer timer.Stop()
	select {
	case s.sem <- struct{}{}:
		return nil
	case <-timer.C:
		return errBusy
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (s *slots) release() { <-s.sem }
