//go:build !amd64 || purego

package parser

// markClauses sets the words of the document's table of clause marks
// (see clauseTable) that the bytes of text[from:to] start in, less one
// that a byte before from starts in: the words from from to to, each
// rounded up to a multiple of 32; from is a character boundary.
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
