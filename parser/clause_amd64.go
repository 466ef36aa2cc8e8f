//go:build amd64 && !purego

package parser

import (
	"unsafe"

	"github.com/segmentio/asm/cpu"
	"github.com/segmentio/asm/cpu/x86"
)

// clauseMarkBitsAVX2 is in clause_amd64.s.
//
//go:noescape
func clauseMarkBitsAVX2(p *byte, n int, bits *uint32) int

// hasAVX2: the processor runs clauseMarkBitsAVX2.
var hasAVX2 = cpu.X86.Has(x86.AVX2)

// clauseMarks sets the bit of every byte of s that starts a clause mark
// (see clauseMarkEnd) in bits, which has a word for every 32 bytes of s
// and is all zero. Where the processor has AVX2, 32 bytes are looked at a
// time: a mark is told by its bytes alone, since in valid UTF-8 its first
// byte (E3, EF or ASCII) always starts a character.
func clauseMarks(s string, bits []uint32) {
	if !hasAVX2 || len(s) == 0 {
		clauseMarksFrom(s, 0, bits)
		return
	}
	from := 0
	if len(s) >= 34 {
		from = clauseMarkBitsAVX2(unsafe.StringData(s), len(s), &bits[0])
	}
	if from == len(s) {
		return
	}
	// The last bytes (fewer than 34, from a multiple of 32) are looked at
	// the same way, copied to a buffer padded with zeros, which no mark
	// holds.
	var tail [34 + 34]byte
	n := copy(tail[:], s[from:])
	var tailBits [2]uint32
	clauseMarkBitsAVX2(&tail[0], n+34, &tailBits[0])
	for k := range (n + 31) / 32 {
		bits[from/32+k] |= tailBits[k]
	}
}
