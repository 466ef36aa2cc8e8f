package parser

import "unicode/utf8"

// keywords is a byte-level Aho–Corasick automaton: it finds every
// occurrence of a fixed set of words in one pass over a line, so that the
// boilerplate lexicon (hundreds of words) costs one table lookup per byte
// instead of one substring search per word.
//
// The table is kept small enough to stay in cache: bytes that occur in no
// word share one class, so a row has one column per distinct byte of the
// lexicon rather than 256, and states are 16-bit with the top bit marking
// a state where some word ends.
type keywords struct {
	class   [256]uint8
	classes int
	next    []uint16  // state*classes + class → next state, hasOut bit set
	out     [][]int32 // for each state, the words ending there
	words   []string
	// starts, when indexStarts has made it, has a bit for every character
	// of the Basic Multilingual Plane a word starts with; at the root the
	// scan steps over the others whole (see scan). anyStart is set when a
	// word starts outside the BMP.
	starts   []uint64
	anyStart bool
}

const hasOut = 1 << 15

func newKeywords(words []string) *keywords {
	k := &keywords{words: words, classes: 1}
	for _, w := range words {
		for i := 0; i < len(w); i++ {
			if k.class[w[i]] == 0 {
				k.class[w[i]] = uint8(k.classes)
				k.classes++
			}
		}
	}
	// The trie, with dense rows of int32 while building.
	rows := [][]int32{make([]int32, k.classes)}
	k.out = [][]int32{nil}
	for i, w := range words {
		s := int32(0)
		for j := 0; j < len(w); j++ {
			c := k.class[w[j]]
			if rows[s][c] == 0 {
				rows = append(rows, make([]int32, k.classes))
				k.out = append(k.out, nil)
				rows[s][c] = int32(len(rows) - 1)
			}
			s = rows[s][c]
		}
		k.out[s] = append(k.out[s], int32(i))
	}
	// Breadth-first: fail links, then missing transitions from them.
	fail := make([]int32, len(rows))
	var queue []int32
	for c := 1; c < k.classes; c++ {
		if t := rows[0][c]; t != 0 {
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		k.out[s] = append(k.out[s], k.out[fail[s]]...)
		for c := 0; c < k.classes; c++ {
			t := rows[s][c]
			if t == 0 {
				rows[s][c] = rows[fail[s]][c]
				continue
			}
			fail[t] = rows[fail[s]][c]
			queue = append(queue, t)
		}
	}
	if len(rows) >= hasOut {
		panic("parser: keyword automaton too large") // a build-time table, not input
	}
	k.next = make([]uint16, len(rows)*k.classes)
	for s, row := range rows {
		for c, t := range row {
			v := uint16(t)
			if len(k.out[t]) > 0 {
				v |= hasOut
			}
			k.next[s*k.classes+c] = v
		}
	}
	return k
}

// indexStarts makes the table of the characters words start with (8 KB):
// worth it for an automaton that reads most lines of every document, such
// as the boilerplate lexicon, not for one made for a few lines of one.
func (k *keywords) indexStarts() *keywords {
	k.starts = make([]uint64, 1<<16/64)
	for _, w := range k.words {
		if r, _ := utf8.DecodeRuneInString(w); r < 1<<16 {
			k.starts[r>>6] |= 1 << (r & 63)
		} else {
			k.anyStart = true
		}
	}
	return k
}

// scan calls fn for every occurrence of a word in s, with the word's index
// and the byte offset where it ends.
//
// At the root state, a character no word starts with leaves the automaton
// at the root (no word holds a suffix of a character: words are valid
// UTF-8), so the scan steps over it whole instead of byte by byte; most
// characters of a line are such characters.
func (k *keywords) scan(s string, fn func(word int, end int)) {
	state := 0
	next, class, classes, starts := k.next, &k.class, k.classes, k.starts
	skip := starts != nil && !k.anyStart
	for i := 0; i < len(s); {
		if state == 0 && skip {
			c := s[i]
			switch {
			case c < utf8.RuneSelf:
				if starts[c>>6]&(1<<(c&63)) == 0 {
					i++
					continue
				}
			case c >= 0xE0 && c < 0xF0 && i+2 < len(s):
				r := rune(c&0x0F)<<12 | rune(s[i+1]&0x3F)<<6 | rune(s[i+2]&0x3F)
				if starts[r>>6]&(1<<(r&63)) == 0 {
					i += 3
					continue
				}
			}
		}
		v := next[state*classes+int(class[s[i]])]
		state = int(v &^ hasOut)
		i++
		if v&hasOut != 0 {
			for _, w := range k.out[state] {
				fn(int(w), i)
			}
		}
	}
}
