package scan

import "strings"

// Chars finds the characters of a set in a text and fills bit tables of
// where they start. Where the processor has AVX2 and the set is one a
// kernel is built for (the marks after which a clause starts, the units of
// an announced count), 32 bytes are looked at a time; otherwise the text
// is walked a character at a time, over runs of ideographs at once when
// the set holds none. Both give the same tables (TestCharsKernels).
type Chars struct {
	set          *RuneSet
	chars        string
	noIdeographs bool   // no character of the set is an ideograph
	kernel       kernel // noKernel when the set has none, or the processor cannot run it
}

// kernel names the kernel of a set. A kernel fills, for each 32-byte
// block of p[0:n] that starts at k = 0, 32, 64, … while k+34 <= n (so that
// the two bytes after any byte of a block can be read), bits[k/32] with
// the mask of the block's bytes that start a character of its set (bit j
// for byte k+j), and returns the k where it stopped.
type kernel uint8

const (
	noKernel kernel = iota
	clauseKernel
	unitKernel
)

// The sets the Chars kernels are built for.
const (
	// clauseKernelSet: 。 (E3 80 82), the full-width ， ！ ？ ； ： (EF BC
	// 8C, 81, 9F, 9B, 9A) and the ASCII , ! ? ; :.
	clauseKernelSet = "。，！？；：,!?;:"
	// unitKernelSet: 方 (E6 96 B9), 部 (E9 83 A8), 点 (E7 82 B9) and 条
	// (E6 9D A1).
	unitKernelSet = "方部点条"
)

// NewChars is the finder of the characters of chars.
func NewChars(chars string) *Chars {
	c := &Chars{set: NewRuneSet(chars), chars: chars, noIdeographs: true}
	for _, r := range chars {
		if r >= 0x4000 && r <= 0x9FFF {
			c.noIdeographs = false
		}
	}
	c.kernel = kernelFor(c)
	return c
}

// Kernel reports whether c looks at 32 bytes at a time.
func (c *Chars) Kernel() bool { return c.kernel != noKernel }

// sameSet reports whether c's set is the characters of chars.
func (c *Chars) sameSet(chars string) bool {
	for _, r := range chars {
		if !c.set.Has(r) {
			return false
		}
	}
	for _, r := range c.chars {
		if !strings.ContainsRune(chars, r) {
			return false
		}
	}
	return true
}

// Has reports whether r is one of c's characters.
func (c *Chars) Has(r rune) bool { return c.set.Has(r) }

// Index is the offset of the first character of c's set in s at or
// after i (a character boundary), and the offset just after it; -1, -1
// for none.
func (c *Chars) Index(s string, i int) (start, end int) {
	for i < len(s) {
		if c.noIdeographs {
			if i = SkipIdeographs(s, i, len(s)); i >= len(s) {
				break
			}
		}
		r, size := DecodeRune(s, i)
		if c.set.Has(r) {
			return i, i + size
		}
		i += size
	}
	return -1, -1
}

// Fill fills the words of bits, a bit table of text (see Table), whose
// first byte lies in text[from:to] (words from/32 to to/32, each rounded
// up) with the characters of c's set that start in them. Blocks that
// follow one another so fill every word once, each the block that holds
// its first byte; from is a character boundary. Every word is written,
// whatever it held.
func (c *Chars) Fill(text string, from, to int, bits []uint32) {
	w0, w1 := (from+31)/32, (to+31)/32
	if w0 >= w1 {
		return
	}
	if c.kernel == noKernel {
		c.fillFrom(text, from, w0, w1, bits)
		return
	}
	// The two bytes after the last word are read too, for a character
	// that starts in it and ends after it.
	s := text[32*w0 : min(32*w1+2, len(text))]
	done := 0
	if len(s) >= 34 {
		done = runKernel(c.kernel, stringData(s), len(s), &bits[w0])
	}
	if done >= 32*(w1-w0) {
		return
	}
	// The last bytes of the text (fewer than 34), from a buffer padded
	// with zeros, which no character of a kernel's set holds.
	var tail [34 + 34]byte
	n := copy(tail[:], s[done:])
	var tailBits [2]uint32
	runKernel(c.kernel, &tail[0], n+34, &tailBits[0])
	for k, word := range tailBits {
		if w := w0 + done/32 + k; w < w1 {
			bits[w] = word
		}
	}
}

// fillFrom is Fill for words w0 to w1 by a walk over the characters from
// from on (a character boundary at most 32*w0).
func (c *Chars) fillFrom(text string, from, w0, w1 int, bits []uint32) {
	clear(bits[w0:w1])
	lo, hi := 32*w0, min(32*w1, len(text))
	// A character that starts before hi ends within three bytes after it.
	s := text[:min(hi+3, len(text))]
	for i, end := c.Index(s, from); i >= 0 && i < hi; i, end = c.Index(s, end) {
		if i >= lo {
			bits[i/32] |= 1 << (i % 32)
		}
	}
}
