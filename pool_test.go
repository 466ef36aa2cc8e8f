package dagang

import (
	"runtime"
	"testing"
)

// TestParserPoolOutlivesCollections: a Parser given back to the package's
// pool is lent again after the collector has run, where a sync.Pool alone
// would have let it go by the second collection; and the pool keeps no more
// than GOMAXPROCS of them, the rest going where the collector may take them.
func TestParserPoolOutlivesCollections(t *testing.T) {
	var pp parserPool
	p := pp.get()
	if _, err := p.ParseBytes([]byte("一、总体要求\n要把握好方向。\n"), "a.txt"); err != nil {
		t.Fatal(err)
	}
	pp.put(p)
	for range 3 {
		runtime.GC()
	}
	if got := pp.get(); got != p {
		t.Fatal("after three collections the pool lent a new Parser, not the one given back")
	}

	n := runtime.GOMAXPROCS(0)
	lent := make([]*Parser, n+3)
	for k := range lent {
		lent[k] = pp.get()
	}
	for _, q := range lent {
		pp.put(q)
	}
	if len(pp.kept) != n {
		t.Fatalf("the pool keeps %d Parsers across collections, want GOMAXPROCS = %d", len(pp.kept), n)
	}
	for k := range n {
		if got, want := pp.get(), lent[n-1-k]; got != want {
			t.Fatalf("get %d: not the kept Parser put back %d-th last", k, k)
		}
	}
}
