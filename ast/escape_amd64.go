//go:build amd64 && !purego

package ast

import (
	"unsafe"

	"github.com/segmentio/asm/cpu"
	"github.com/segmentio/asm/cpu/x86"
)

// escapeAVX2 is in escape_amd64.s.
//
//go:noescape
func escapeAVX2(p *byte, n int) int

var hasAVX2 = cpu.X86.Has(x86.AVX2)

// escapeIndex is the index in s, valid UTF-8, of the first byte of what a
// JSON string cannot hold as it is (see escapeAt), or -1: 32 bytes at a
// time where the processor has AVX2.
func escapeIndex(s string) int {
	if !hasAVX2 || len(s) < 34 {
		return escapeIndexFrom(s, 0)
	}
	k := escapeAVX2(unsafe.StringData(s), len(s))
	if k >= 0 {
		return k
	}
	return escapeIndexFrom(s, ^k)
}
