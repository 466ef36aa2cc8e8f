// Package scan holds the speed devices of dagang's reading of a text, each
// behind a small type or function that owns its tables and pinned by a
// test to a plain form of what it computes:
//
//	utf8.go      the one UTF-8 decoder (DecodeRune, Is3, Rune3, LastRune),
//	             character counts, and the check of a text (Valid: the AVX2
//	             kernel of github.com/segmentio/asm where the processor has
//	             it, eight bytes at a time elsewhere)
//	space.go     white space, trimmed fast, and runs of ideographs stepped
//	             over
//	runeset.go   a set of characters as a bit table (RuneSet)
//	runetable.go a few characters to small values by a perfect hash
//	             (RuneTable)
//	bits.go      bit tables of a text, a bit a byte (Table, NextBit)
//	chars.go     where the characters of a set stand in a text (Chars),
//	             32 bytes at a time with AVX2 for the sets its kernels are
//	             built for (chars_amd64.s)
//	latin.go     whether a line holds an ASCII letter, a digit or 【
//	             (HasLatin; latin_amd64.s)
//	keywords.go  many fixed words found in one pass over a line (Keywords)
//	slab.go      values and lists handed out a chunk at a time (Slab,
//	             ListSlab)
//
// None of it knows what the characters it looks for mean to a speech:
// package grammar says which marks end a clause, and its tests hold the
// sets of the kernels here to its vocabulary. The kernels run only on
// amd64 without the purego tag, and only where the processor has AVX2
// (github.com/segmentio/asm/cpu); everywhere else the portable forms run.
//
// It imports the standard library and github.com/segmentio/asm only.
package scan
