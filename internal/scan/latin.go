package scan

// HasLatin reports whether s holds an ASCII letter, an @ or the bracket
// 【, or, with digits, an ASCII digit: what the lines of a web page's
// boilerplate hold (QQ, www, a WeChat id, 【label】, 2025-08) and the
// paragraphs of a speech rarely do. Where the processor has AVX2 it looks
// at 32 bytes at a time, elsewhere 8 (TestHasLatin).
func HasLatin(s string, digits bool) bool {
	if !hasAVX2 {
		return hasLatinSWAR(s, digits)
	}
	return hasLatinAVX2(s, digits)
}

// hasLatinSWAR is HasLatin eight bytes at a time.
func hasLatinSWAR(s string, digits bool) bool {
	// A speech's paragraph is mostly bytes of 0x80 and above (the bytes of
	// its three-byte characters), and only a word holding an ASCII byte, or
	// the bytes 80 90 that end 【 (E3 80 90), needs a look byte by byte.
	i := 0
	var prev uint64 // the word before, for a pair that straddles two
	for ; i+8 <= len(s); i += 8 {
		w := load64(s, i)
		at80 := zeroBytes(w ^ 0x8080808080808080)
		at90 := zeroBytes(w ^ 0x9090909090909090)
		pair := (at80<<8|prev>>56)&at90 != 0
		prev = at80
		if w&highBits == highBits && !pair {
			continue
		}
		for j := max(i-1, 0); j < i+8; j++ {
			if latinAt(s, j, digits) {
				return true
			}
		}
	}
	for ; i < len(s); i++ {
		if latinAt(s, i, digits) {
			return true
		}
	}
	return false
}

// latinAt reports whether s[j] is what HasLatin looks for: an ASCII
// letter, an @, a digit (when digits count), or the last byte of 【 (in
// valid UTF-8, E3 80 90 is that character and nothing else).
func latinAt(s string, j int, digits bool) bool {
	c := s[j]
	if c < 0x80 {
		l := c | 0x20
		return l >= 'a' && l <= 'z' || c == '@' || digits && c >= '0' && c <= '9'
	}
	return c == 0x90 && j >= 2 && s[j-1] == 0x80 && s[j-2] == 0xE3
}

// zeroBytes has the top bit of every byte of w that is zero set, and
// perhaps of some others after a zero byte: a prefilter, whose every hit
// is checked.
func zeroBytes(w uint64) uint64 { return (w - lowBits) &^ w & highBits }

const (
	lowBits  = 0x0101010101010101
	highBits = 0x8080808080808080
)
