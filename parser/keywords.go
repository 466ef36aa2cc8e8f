package parser

// keywords is a byte-level Aho–Corasick automaton: it finds every
// occurrence of a fixed set of words in one pass over a line, so that the
// boilerplate lexicon (dozens of words) costs one table lookup per byte
// instead of one substring search per word.
type keywords struct {
	next  [][256]int32 // goto/fail function folded into one dense table
	out   [][]int32    // for each state, the words ending there
	words []string
}

func newKeywords(words []string) *keywords {
	k := &keywords{words: words}
	k.next = append(k.next, [256]int32{})
	k.out = append(k.out, nil)
	for i, w := range words {
		s := int32(0)
		for j := 0; j < len(w); j++ {
			c := w[j]
			if k.next[s][c] == 0 {
				k.next = append(k.next, [256]int32{})
				k.out = append(k.out, nil)
				k.next[s][c] = int32(len(k.next) - 1)
			}
			s = k.next[s][c]
		}
		k.out[s] = append(k.out[s], int32(i))
	}
	// Breadth-first: fail links, then fill missing transitions from them.
	fail := make([]int32, len(k.next))
	queue := make([]int32, 0, len(k.next))
	for c := 0; c < 256; c++ {
		if t := k.next[0][c]; t != 0 {
			queue = append(queue, t)
		}
	}
	for len(queue) > 0 {
		s := queue[0]
		queue = queue[1:]
		k.out[s] = append(k.out[s], k.out[fail[s]]...)
		for c := 0; c < 256; c++ {
			t := k.next[s][c]
			if t == 0 {
				k.next[s][c] = k.next[fail[s]][c]
				continue
			}
			fail[t] = k.next[fail[s]][c]
			queue = append(queue, t)
		}
	}
	return k
}

// scan calls fn for every occurrence of a word in s, with the word's index
// and the byte offset where it ends.
func (k *keywords) scan(s string, fn func(word int, end int)) {
	state := int32(0)
	for i := 0; i < len(s); i++ {
		state = k.next[state][s[i]]
		for _, w := range k.out[state] {
			fn(int(w), i+1)
		}
	}
}
