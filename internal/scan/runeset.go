package scan

// RuneSet is a set of characters of the Basic Multilingual Plane, a bit
// each: a test for membership is one load and a mask, where a switch over
// the characters is a chain of branches the processor often guesses wrong.
// The zero RuneSet is empty; characters above U+FFFF are never in it.
type RuneSet [1 << 16 / 64]uint64

// NewRuneSet is the set of the characters of chars.
func NewRuneSet(chars string) *RuneSet {
	s := new(RuneSet)
	for _, r := range chars {
		s.Add(r)
	}
	return s
}

// Add puts r in the set; a character above U+FFFF is left out.
func (s *RuneSet) Add(r rune) {
	if r >= 0 && r < 1<<16 {
		s[r>>6] |= 1 << (r & 63)
	}
}

// Has reports whether r is in the set.
func (s *RuneSet) Has(r rune) bool {
	return uint32(r) < 1<<16 && s[r>>6]&(1<<(r&63)) != 0
}
