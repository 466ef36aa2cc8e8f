package main

import (
	"os"
	"runtime/debug"
)

// Garbage collection in a batch. The documents in flight are few and
// small, so the live heap is small and a file's parse allocates little
// (its document is built in the memory of the worker's last, its parse in
// the tables of the last). Letting the heap grow to three times the live
// data between collections runs the collector a few times over a large
// batch where Go's default (GOGC=100) runs it many, each taking processor
// time from the workers; more room runs it no less often and holds more
// (docs/performance.md, the batch). The soft limit keeps a batch that
// meets one huge document from holding three times its data.
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

// The collector's settings are the CLI's only speed device left: they
// are kept because a document's peak memory is measurably lower with
// them than with Go's default, at no cost in time.
