//go:build !amd64 || purego

package parser

// markClauses fills the words of a text's table of clause marks (see
// clauseTable) whose first byte lies in text[from:to] (words from/32 to
// to/32, each rounded up) with the marks that start in them; from is a
// character boundary.
func markClauses(text string, from, to int, bits []uint32) {
	markClausesFrom(text, from, (from+31)/32, (to+31)/32, bits)
}

// unitMarks sets the bit of every byte of s that starts a unit of an
// announced count (方 部 点 条) in bits, which has a word for every 32
// bytes of s and is all zero.
func unitMarks(s string, bits []uint32) { unitMarksFrom(s, 0, bits) }

// hasNoiseMark reports whether s holds a mark of boilerplate (see
// noiseMarkAt).
func hasNoiseMark(s string, digits bool) bool { return hasNoiseMarkSWAR(s, digits) }

// lineBits sets in nl the bit of every line feed of s, and in hash that of
// every #, each a word for every 32 bytes of s.
func lineBits(s string, nl, hash []uint32) { lineBitsFrom(s, 0, nl, hash) }
