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

// markClauses fills the words of a text's table of clause marks (see
// clauseTable) whose first byte lies in text[from:to] (words from/32 to
// to/32, each rounded up) with the marks that start in them. Blocks that
// follow one another so fill every word once, each the block that holds
// its first byte; from is a character boundary. Where the processor has
// AVX2, 32 bytes are looked at a time: a mark is told by its bytes alone,
// since in valid UTF-8 its first byte (E3, EF or ASCII) always starts a
// character.
func markClauses(text string, from, to int, bits []uint32) {
	w0, w1 := (from+31)/32, (to+31)/32
	if !hasAVX2 || w0 >= w1 {
		markClausesFrom(text, from, w0, w1, bits)
		return
	}
	// The two bytes after the last word are read too, for a mark that
	// starts in it and ends after it.
	s := text[32*w0 : min(32*w1+2, len(text))]
	done := 0
	if len(s) >= 34 {
		done = clauseMarkBitsAVX2(unsafe.StringData(s), len(s), &bits[w0])
	}
	if done >= 32*(w1-w0) {
		return
	}
	// The last bytes of the text (fewer than 34), from a buffer padded with
	// zeros, which no mark holds.
	var tail [34 + 34]byte
	n := copy(tail[:], s[done:])
	var tailBits [2]uint32
	clauseMarkBitsAVX2(&tail[0], n+34, &tailBits[0])
	for k, word := range tailBits {
		if w := w0 + done/32 + k; w < w1 {
			bits[w] = word
		}
	}
}

// unitBitsAVX2 is in clause_amd64.s.
//
//go:noescape
func unitBitsAVX2(p *byte, n int, bits *uint32) int

// unitMarks sets the bit of every byte of s that starts a unit of an
// announced count (方 部 点 条) in bits, which has a word for every 32
// bytes of s and is all zero: 32 bytes at a time where the processor has
// AVX2.
func unitMarks(s string, bits []uint32) {
	if !hasAVX2 || len(s) == 0 {
		unitMarksFrom(s, 0, bits)
		return
	}
	from := 0
	if len(s) >= 34 {
		from = unitBitsAVX2(unsafe.StringData(s), len(s), &bits[0])
	}
	if from == len(s) {
		return
	}
	// The last bytes (fewer than 34, from a multiple of 32), from a buffer
	// padded with zeros, which no unit holds.
	var tail [34 + 34]byte
	n := copy(tail[:], s[from:])
	var tailBits [2]uint32
	unitBitsAVX2(&tail[0], n+34, &tailBits[0])
	for k := range (n + 31) / 32 {
		bits[from/32+k] |= tailBits[k]
	}
}

// noiseMarkAVX2 is in clause_amd64.s.
//
//go:noescape
func noiseMarkAVX2(p *byte, n int, digits int) int

// hasNoiseMark reports whether s holds a mark of boilerplate (see
// noiseMarkAt): 32 bytes at a time where the processor has AVX2, and the
// last bytes the same way from a buffer padded with zeros.
func hasNoiseMark(s string, digits bool) bool {
	if !hasAVX2 {
		return hasNoiseMarkSWAR(s, digits)
	}
	d := 0
	if digits {
		d = 1
	}
	from := 0
	if len(s) >= 34 {
		k := noiseMarkAVX2(unsafe.StringData(s), len(s), d)
		if k >= 0 {
			return true
		}
		from = ^k
	}
	if from == len(s) {
		return false
	}
	// A mark that straddles the cut (【 starting in the last two bytes
	// before it) was looked at in full before it.
	var tail [34 + 34]byte
	n := copy(tail[:], s[from:])
	return noiseMarkAVX2(&tail[0], n+34, d) >= 0
}

// lineBitsAVX2 is in clause_amd64.s.
//
//go:noescape
func lineBitsAVX2(p *byte, n int, nl, hash *uint32) int

// lineBits sets in nl the bit of every line feed of s, and in hash that of
// every #, each a word for every 32 bytes of s: 32 bytes at a time where
// the processor has AVX2.
func lineBits(s string, nl, hash []uint32) {
	from := 0
	if hasAVX2 && len(s) >= 32 {
		from = lineBitsAVX2(unsafe.StringData(s), len(s), &nl[0], &hash[0])
	}
	lineBitsFrom(s, from, nl, hash)
}
