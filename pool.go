package dagang

import (
	"runtime"
	"sync"
)

// parsers lends the package's functions a Parser that has read other
// documents, as encoding/json lends its encoders and fmt its printers: a
// program that calls Parse for document after document then asks the
// grammar about the heads and phrases it has seen before once, not once
// a document, and reuses the working tables (BenchmarkManySmall: a fresh
// Parser for each 8 KB speech is several times slower than a kept one).
// The outline never depends on what a Parser read before
// (TestPooledParsers).
var parsers parserPool

// A parserPool keeps up to GOMAXPROCS Parsers across garbage collections,
// and any more in a sync.Pool. A sync.Pool alone lets what it holds go by
// the second collection: a program whose other work runs the collector
// between two calls (a server between requests, a pipeline that encodes
// or embeds what it parsed) would get a new Parser for nearly every call.
// With the collector run twice between calls, 500 speeches of 8 KB went
// at 41–42 MB/s through a sync.Pool alone, 78–85 MB/s with the kept
// Parsers, and 85–91 MB/s through one Parser the caller keeps
// (BenchmarkManySmall/packageCollected and reusedCollected, two runs
// each). What a kept Parser holds is bounded and holds no document's
// text: its grammar caches start over at 4,096 entries each, and no
// working table larger than 1 MB is kept (parser.Memo); after a 16 MB
// collection of speeches a Parser held 1.7 MB of heap, after small
// speeches some kilobytes. More goroutines than GOMAXPROCS parsing at
// once take their Parsers from the sync.Pool, which lets them go as it
// always has.
type parserPool struct {
	mu       sync.Mutex
	kept     []*Parser
	overflow sync.Pool
}

// get hands out a kept Parser, one from the overflow, or a new one.
func (pp *parserPool) get() *Parser {
	pp.mu.Lock()
	if n := len(pp.kept); n > 0 {
		p := pp.kept[n-1]
		pp.kept[n-1] = nil
		pp.kept = pp.kept[:n-1]
		pp.mu.Unlock()
		return p
	}
	pp.mu.Unlock()
	if p, ok := pp.overflow.Get().(*Parser); ok {
		return p
	}
	return NewParser(nil)
}

// put takes p back: into the kept ones while there are fewer than
// GOMAXPROCS, else into the overflow. It holds nothing of p's last
// document, which its next borrower may not recycle.
func (pp *parserPool) put(p *Parser) {
	p.last = nil
	p.memo.ForgetLastDocument()
	pp.mu.Lock()
	if len(pp.kept) < runtime.GOMAXPROCS(0) {
		pp.kept = append(pp.kept, p)
		pp.mu.Unlock()
		return
	}
	pp.mu.Unlock()
	pp.overflow.Put(p)
}
