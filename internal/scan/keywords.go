package scan

import "strings"

// Keywords finds every occurrence of a fixed set of words in a line, in one
// pass over its characters: a lexicon of hundreds of words (the parser's
// of boilerplate) and the brand names of a document cost a table lookup
// per character rather than a substring search per word.
//
// Words are found by their first two characters. At each character the
// scan packs the bytes of that character and the next into one number and
// looks its hash up in a bit table; only where the bit is set (where a
// word may start, which in the text of a speech is rare) are the words
// with those two first characters compared. Words of one
// character have a table of their own. The text must be valid UTF-8, as
// decoded text is: a word can then start only where a character does.
type Keywords struct {
	words []string
	// pairs lists, for the first two characters of words (packed by
	// pairKey), the words that start with them; pairBits has the bit of
	// every such key's hash set.
	pairs    pairTable
	pairBits *KeywordBits
	// singles lists the words of one character, grouped by the word.
	singles [][]int32
}

// keyBits is the size of the bit tables (8 KB each): large enough that a
// character pair that starts no word rarely shares its bit with one that
// does, small enough to stay in cache.
const keyBits = 16

// KeywordBits is the bit table of a Keywords, which a Keywords made for
// each document may take over from the last (NewKeywordsOn).
type KeywordBits [1 << keyBits / 64]uint64

// NewKeywords is the finder of words.
func NewKeywords(words []string) *Keywords {
	return NewKeywordsOn(words, new(KeywordBits))
}

// NewKeywordsOn is NewKeywords with bits, cleared, as its bit table: a
// table made for each document (its brand names) reuses the last one's.
func NewKeywordsOn(words []string, bits *KeywordBits) *Keywords {
	clear(bits[:])
	k := &Keywords{words: words, pairBits: bits}
	lists := map[uint64][]int32{}
	for i, w := range words {
		if w == "" {
			continue
		}
		n0 := charLen(w, 0)
		if n0 >= len(w) {
			k.addSingle(i)
			continue
		}
		n1 := charLen(w, n0)
		key := packBytes(w, 0, n0+n1)
		lists[key] = append(lists[key], int32(i))
		h := keyHash(key)
		k.pairBits[h/64] |= 1 << (h % 64)
	}
	k.pairs = newPairTable(lists)
	return k
}

// pairTable finds the words of a pair key by the key's hash, with no map
// lookup at each hit of the bit table: the slots are open-addressed by the
// hash, at least twice as many as the keys.
type pairTable struct {
	slots []pairSlot
	mask  uint64
}

type pairSlot struct {
	key   uint64
	words []int32 // nil for an empty slot
}

func newPairTable(lists map[uint64][]int32) pairTable {
	n := 1
	for n < 2*len(lists) {
		n *= 2
	}
	t := pairTable{slots: make([]pairSlot, n), mask: uint64(n - 1)}
	for key, words := range lists {
		i := keyHash(key) & t.mask
		for t.slots[i].words != nil {
			i = (i + 1) & t.mask
		}
		t.slots[i] = pairSlot{key, words}
	}
	return t
}

// find is the words of key, whose hash is h, or nil.
func (t *pairTable) find(key, h uint64) []int32 {
	for i := h & t.mask; ; i = (i + 1) & t.mask {
		s := &t.slots[i]
		if s.words == nil || s.key == key {
			return s.words
		}
	}
}

// addSingle files word i, of one character, with the same words before it.
func (k *Keywords) addSingle(i int) {
	for g, list := range k.singles {
		if k.words[list[0]] == k.words[i] {
			k.singles[g] = append(list, int32(i))
			return
		}
	}
	k.singles = append(k.singles, []int32{int32(i)})
}

// charLen is the length of the character that s[i] starts, by its first
// byte (1 for a byte that starts none), cut at the end of s.
func charLen(s string, i int) int {
	return min(int(utf8Len[s[i]]), len(s)-i)
}

// utf8Len is the length of a UTF-8 sequence by its first byte.
var utf8Len = func() (t [256]uint8) {
	for c := range t {
		switch {
		case c >= 0xF0 && c < 0xF8:
			t[c] = 4
		case c >= 0xE0 && c < 0xF0:
			t[c] = 3
		case c >= 0xC0 && c < 0xE0:
			t[c] = 2
		default:
			t[c] = 1
		}
	}
	return t
}()

// packBytes packs s[i:i+n] (n at most 8) into a number, first byte lowest.
func packBytes(s string, i, n int) uint64 {
	if i+8 <= len(s) {
		b := s[i : i+8]
		return (uint64(b[0]) | uint64(b[1])<<8 | uint64(b[2])<<16 | uint64(b[3])<<24 |
			uint64(b[4])<<32 | uint64(b[5])<<40 | uint64(b[6])<<48 | uint64(b[7])<<56) & lowBytes[n]
	}
	var v uint64
	for k := n - 1; k >= 0; k-- {
		v = v<<8 | uint64(s[i+k])
	}
	return v
}

// lowBytes[n] masks the n lowest bytes of a number.
var lowBytes = [9]uint64{0, 0xFF, 0xFFFF, 0xFFFFFF, 0xFFFFFFFF, 0xFF_FFFFFFFF, 0xFFFF_FFFFFFFF, 0xFFFFFF_FFFFFFFF, 0xFFFFFFFF_FFFFFFFF}

func keyHash(key uint64) uint64 { return key * 0x9E3779B97F4A7C15 >> (64 - keyBits) }

// Scan calls fn for every occurrence of a word in s, with the word's index
// and the byte offset where it ends.
func (k *Keywords) Scan(s string, fn func(word int, end int)) {
	for _, list := range k.singles {
		// Words of one character are few (the lexicon has ©): each is
		// looked for on its own, with a search that reads many bytes at a
		// time.
		// The search is for the word's first byte (C2 for ©, a byte that
		// Chinese text does not hold): IndexByte reads 32 bytes at a time
		// and costs little to call, where Index does not.
		w := k.words[list[0]]
		for i := 0; i < len(s); i++ {
			j := strings.IndexByte(s[i:], w[0])
			if j < 0 {
				break
			}
			if i += j; strings.HasPrefix(s[i:], w) {
				for _, x := range list {
					fn(int(x), i+len(w))
				}
			}
		}
	}
	bits := k.pairBits
	i := 0
	// Eight bytes are read at once; the first two characters of a word
	// are at most eight bytes long. Most characters are three bytes long,
	// and two of them are told by their bytes' top bits alone.
	for i+8 <= len(s) {
		w := load64(s, i)
		if w&0xC0C0F0C0C0F0 == 0x8080E08080E0 {
			// Two characters of three bytes, the most common case, told by
			// one test.
			key := w & 0xFFFF_FFFFFFFF
			if h := keyHash(key); bits[h/64]&(1<<(h%64)) != 0 {
				k.report(k.pairs.find(key, h), s, i, fn)
			}
			i += 3
			continue
		}
		var n0 int
		var key uint64
		if w&0xC0C0F0 == 0x8080E0 {
			n0 = 3
			if w&0xC0C0F0000000 == 0x8080E0000000 {
				key = w & 0xFFFF_FFFFFFFF
			} else {
				key = w & lowBytes[3+utf8Len[byte(w>>24)]]
			}
		} else {
			n0 = int(utf8Len[byte(w)])
			key = w & lowBytes[n0+int(utf8Len[byte(w>>(8*n0))])]
		}
		if h := keyHash(key); bits[h/64]&(1<<(h%64)) != 0 {
			k.report(k.pairs.find(key, h), s, i, fn)
		}
		i += n0
	}
	for n0 := 0; i < len(s); i += n0 {
		n0 = charLen(s, i)
		if i+n0 >= len(s) {
			break
		}
		n := n0 + charLen(s, i+n0)
		if key := packBytes(s, i, n); bits[keyHash(key)/64]&(1<<(keyHash(key)%64)) != 0 {
			k.report(k.pairs.find(key, keyHash(key)), s, i, fn)
		}
	}
}

// report calls fn for the words of list that s has at i.
func (k *Keywords) report(list []int32, s string, i int, fn func(word int, end int)) {
	for _, w := range list {
		if word := k.words[w]; strings.HasPrefix(s[i:], word) {
			fn(int(w), i+len(word))
		}
	}
}
