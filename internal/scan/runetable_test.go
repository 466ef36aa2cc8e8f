package scan

import (
	"testing"
	"unicode/utf8"
)

// TestRuneTable: a table answers for every character of Unicode, and for
// values that are none, as the list it is made from does, for lists of
// neighbouring characters, of characters far apart, and of the largest
// and smallest values.
func TestRuneTable(t *testing.T) {
	lists := [][]RuneValue{
		nil,
		{{'a', 1}},
		{{0, 3}, {utf8.MaxRune, 4}, {'\uFFFD', 5}},
	}
	var near, far []RuneValue
	for k := range rune(40) {
		near = append(near, RuneValue{0x3000 + k, uint16(k + 1)})
		far = append(far, RuneValue{k*0x1111 + 7, uint16(65535 - k)})
	}
	lists = append(lists, near, far)
	for _, list := range lists {
		tb := NewRuneTable(list)
		want := map[rune]uint16{}
		for _, rv := range list {
			want[rv.Rune] = rv.Value
		}
		for r := rune(-2); r <= utf8.MaxRune+2; r++ {
			if got := tb.Get(r); got != want[r] {
				t.Fatalf("a table of %d characters: Get(%U) = %d, want %d", len(list), r, got, want[r])
			}
		}
	}
}

// TestRuneSet: a set holds the characters it is made of, and nothing
// else, over the whole of Unicode and past it.
func TestRuneSet(t *testing.T) {
	const chars = "第首其再最另〇零一二三四五六七八九十百\u0000A\uFFFF"
	s := NewRuneSet(chars + "𠀀") // a character above U+FFFF is left out
	for r := rune(-2); r <= utf8.MaxRune+2; r++ {
		want := false
		for _, c := range chars {
			want = want || c == r
		}
		if got := s.Has(r); got != want {
			t.Fatalf("Has(%U) = %v, want %v", r, got, want)
		}
	}
}
