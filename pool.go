package dagang

import (
	"runtime"
	"sync"
)

// parsers lends the package's functions a Parser that has read other
// documents, as encoding/json lends its encoders and fmt its printers: a
// program that calls Parse for document after document then asks the
// grammar about the heads and phrases it has seen before once, not once
// a document, and reuses the working tables (BenchmarkManySmall compares a
// fresh Parser with a kept one; docs/performance.md). The outline never
// depends on what a Parser read before (TestPooledParsers).
var parsers parserPool

// A parserPool keeps up to GOMAXPROCS Parsers across garbage collections,
// and any more in a sync.Pool. A sync.Pool alone lets what it holds go by
// the second collection: a program whose other work runs the collector
// between two calls (a server between requests, a pipeline that encodes
// or embeds what it parsed) would get a new Parser for nearly every call
// (BenchmarkManySmall/packageCollected). What a kept Parser holds is
// bounded and holds no document's text: its grammar caches start over
// when full, it keeps no large working table (parser.Memo), and the pool
// lets go of its last document (TestParserPoolHoldsLittle). More
// goroutines than GOMAXPROCS parsing at once take their Parsers from the
// sync.Pool, which lets them go as it always has.
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
