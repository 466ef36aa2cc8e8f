package scan

// LineBits sets in nl the bit of every line feed of s, and in hash that
// of every #, in bit tables of s (see Table) that are all zero: 32 bytes
// at a time where the processor has AVX2 (TestLineBits).
func LineBits(s string, nl, hash []uint32) {
	from := 0
	if hasAVX2 {
		from = lineBitsKernel(s, nl, hash)
	}
	lineBitsFrom(s, from, nl, hash)
}

// lineBitsFrom is LineBits for the bytes of s from from on (a multiple of
// 32), a byte at a time.
func lineBitsFrom(s string, from int, nl, hash []uint32) {
	for i := from; i < len(s); i++ {
		switch s[i] {
		case '\n':
			nl[i/32] |= 1 << (i % 32)
		case '#':
			hash[i/32] |= 1 << (i % 32)
		}
	}
}
