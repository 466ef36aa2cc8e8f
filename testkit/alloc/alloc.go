// Package alloc measures what a piece of code allocates, for the tests that
// bound memory by the size of the input (the fuzz targets among them):
// bytes allocated, not time, so that the bounds hold on a busy machine.
package alloc

import "runtime"

// Slack is the constant an allocation bound of a fuzz target allows
// besides its multiple of the input: the first tables of pools and caches,
// and the fuzzing engine's own bookkeeping, which lands in the same
// counter.
const Slack = 1 << 20

// Bytes is the number of bytes allocated while fn runs.
func Bytes(fn func()) uint64 {
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	fn()
	runtime.ReadMemStats(&after)
	return after.TotalAlloc - before.TotalAlloc
}
