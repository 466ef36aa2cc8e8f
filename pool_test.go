package dagang

import (
	"bytes"
	"os"
	"path/filepath"
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
	if _, err := p.Parse("a.txt", []byte("一、总体要求\n要把握好方向。\n")); err != nil {
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

// TestParserPoolHoldsLittle: a Parser the pool keeps after a large
// document holds its grammar caches and small tables, not the document:
// what stays reachable after the collector has run is well under the
// text's size. (1.7 MB after the 16 MB corpus of the bench.)
func TestParserPoolHoldsLittle(t *testing.T) {
	if testing.Short() {
		t.Skip("parses 16 MB")
	}
	one, err := os.ReadFile(filepath.Join("testdata", "docs", "gbt-four-levels.txt"))
	if err != nil {
		t.Fatal(err)
	}
	raw := bytes.Repeat(append(one, '\n'), 16<<20/(len(one)+1))
	live := func() uint64 {
		runtime.GC()
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}
	var pp parserPool
	p := pp.get()
	p.opts.Workers = 2
	if _, err := p.Parse("big.txt", raw); err != nil {
		t.Fatal(err)
	}
	pp.put(p)
	p = nil
	raw = nil
	with := live()
	pp.kept = nil
	without := live()
	if held := int64(with) - int64(without); held > 4<<20 {
		t.Errorf("the kept Parser holds %d KB after a 16 MB document, want at most 4 MB", held>>10)
	} else {
		t.Logf("the kept Parser holds %d KB", held>>10)
	}
}
