//go:build amd64 && !purego

package grammar

import (
	"testing"

	"github.com/segmentio/asm/cpu"
	"github.com/segmentio/asm/cpu/x86"
)

// TestKernelsInUse: the marks after which a clause starts and the units
// of an announced count are the sets package scan's kernels are built
// for, so that a processor with AVX2 finds them 32 bytes at a time. A
// change to either set that leaves this failing leaves them to the walk,
// correct but slower: the kernel must change with it.
func TestKernelsInUse(t *testing.T) {
	if !cpu.X86.Has(x86.AVX2) {
		t.Skip("the processor has no AVX2")
	}
	if !ClauseMarks.Kernel() {
		t.Errorf("the clause marks %q have no kernel", marksOf(ClauseEnd))
	}
	if !unitChars.Kernel() {
		t.Error("the units of an announced count have no kernel")
	}
}
