package scan

import "math/bits"

// A bit table of a text has a bit for every byte, a uint32 for every 32
// bytes: bit k of word w stands for byte 32*w+k. The kernels fill such
// tables 32 bytes at a time, and a reader steps from one set bit to the
// next.

// Table is a bit table for a text of n bytes, old itself when it has
// room (its words are left as they are: a filling writes every word).
func Table(old []uint32, n int) []uint32 {
	words := (n + 31) / 32
	if cap(old) >= words {
		return old[:words]
	}
	return make([]uint32, words)
}

// NextBit is the first byte at or after i that t has set, or -1.
func NextBit(t []uint32, i int) int {
	// Unsigned, so that i/32 and i%32 are a shift and a mask (i is never
	// negative).
	u, n := uint(i), uint(len(t))
	k := u / 32
	if k >= n {
		return -1
	}
	w := t[k] >> (u % 32) << (u % 32)
	for w == 0 {
		if k++; k >= n {
			return -1
		}
		w = t[k]
	}
	return int(k*32) + bits.TrailingZeros32(w)
}
