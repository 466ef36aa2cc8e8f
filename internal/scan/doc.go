// Package scan holds the speed devices of dagang's reading of a text:
// decoding UTF-8 and counting characters, character sets as bit tables,
// bit tables of where given bytes and characters stand, a matcher of many
// fixed words in one pass, and the kernels that fill such tables 32 bytes
// at a time with AVX2. Each device is pinned by a test to a plain form of
// what it computes; none knows what the characters it looks for mean to a
// speech (package grammar says which marks end a clause, and tests there
// hold the tables here to its vocabulary).
//
// It imports the standard library only, and github.com/segmentio/asm/cpu
// to tell whether the processor runs a kernel.
package scan
