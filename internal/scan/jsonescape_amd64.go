//go:build amd64 && !purego

package scan

import (
	"unsafe"

	"github.com/segmentio/asm/cpu"
	"github.com/segmentio/asm/cpu/x86"
)

// jsonEscapeAVX2 is in jsonescape_amd64.s.
//
//go:noescape
func jsonEscapeAVX2(p *byte, n int) int

var jsonEscapeSIMD = cpu.X86.Has(x86.AVX2)

func indexJSONEscape(s string) int {
	if !jsonEscapeSIMD || len(s) < 34 {
		return jsonEscapeIndexSWAR(s, 0)
	}
	k := jsonEscapeAVX2(unsafe.StringData(s), len(s))
	if k >= 0 {
		return k
	}
	return jsonEscapeIndexSWAR(s, ^k)
}
