//go:build amd64 && !purego

package scan

import (
	"unsafe"

	"github.com/segmentio/asm/cpu"
	"github.com/segmentio/asm/cpu/x86"
)

// hasAVX2: the processor runs the kernels of this package.
var hasAVX2 = cpu.X86.Has(x86.AVX2)

func stringData(s string) *byte { return unsafe.StringData(s) }

// kernelFor is the kernel of c's set, or noKernel.
func kernelFor(c *Chars) kernel {
	switch {
	case !hasAVX2:
		return noKernel
	case c.sameSet(clauseKernelSet):
		return clauseKernel
	case c.sameSet(unitKernelSet):
		return unitKernel
	}
	return noKernel
}

// runKernel runs kernel k (called directly, so that the table it fills
// does not escape).
func runKernel(k kernel, p *byte, n int, bits *uint32) int {
	if k == clauseKernel {
		return clauseBitsAVX2(p, n, bits)
	}
	return unitBitsAVX2(p, n, bits)
}

// clauseBitsAVX2 and unitBitsAVX2 are in chars_amd64.s.
//
//go:noescape
func clauseBitsAVX2(p *byte, n int, bits *uint32) int

//go:noescape
func unitBitsAVX2(p *byte, n int, bits *uint32) int

// indexLatinAVX2 is in latin_amd64.s.
//
//go:noescape
func indexLatinAVX2(p *byte, n int, digits int) int

// hasLatinAVX2 is HasLatin 32 bytes at a time, the last bytes the same
// way from a buffer padded with zeros.
func hasLatinAVX2(s string, digits bool) bool {
	d := 0
	if digits {
		d = 1
	}
	from := 0
	if len(s) >= 34 {
		k := indexLatinAVX2(unsafe.StringData(s), len(s), d)
		if k >= 0 {
			return true
		}
		from = ^k
	}
	if from == len(s) {
		return false
	}
	// A 【 that straddles the cut (starting in the last two bytes before
	// it) was looked at in full before it.
	var tail [34 + 34]byte
	n := copy(tail[:], s[from:])
	return indexLatinAVX2(&tail[0], n+34, d) >= 0
}
