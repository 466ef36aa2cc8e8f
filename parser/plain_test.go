package parser

import (
	"math/rand/v2"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/grammar"
	"github.com/dagang/dagang/internal/textnorm"
)

// Plain definitions of the parser's fast helpers, as they read most
// simply, and the tests that hold the fast ones to them.

// fixtureLines is every line of the fixtures (and of ../shared when it is
// there), with every suffix of the first lines, and texts built from the
// characters the helpers look at.
func fixtureLines(t *testing.T) []string {
	t.Helper()
	var lines []string
	for _, pattern := range []string{"../testdata/*/*.txt", "../../shared/seeds/*.txt", "../../shared/corpus/*.txt"} {
		for _, raw := range readTexts(t, pattern) {
			lines = append(lines, strings.Split(raw, "\n")...)
		}
	}
	parts := []string{"一", "。", "！", "？", "!", "?", "；", ";", "…", "“", "”", "（", "）", "(", ")", "【", "】",
		"《", "》", " ", "\u3000", "\t", "\v", "*", "_", "a", "\u00a0", "\ufeff"}
	var build func(prefix string, depth int)
	build = func(prefix string, depth int) {
		lines = append(lines, prefix)
		if depth == 0 {
			return
		}
		for _, p := range parts {
			build(prefix+p, depth-1)
		}
	}
	build("", 3)
	return lines
}

// TestTrimPointTitleAgainstPlain: on every line of the fixtures with the
// marks around it.
func TestTrimPointTitleAgainstPlain(t *testing.T) {
	marks := []string{"", "，", ",", "：", ":", "、", " ", "；", ";", "，、 ：", "。"}
	for _, line := range fixtureLines(t) {
		for _, a := range marks {
			for _, b := range marks {
				s := a + line + b
				want := strings.TrimRight(strings.TrimLeft(s, "，,：:、 "), "，,、；;：: ")
				if got := trimPointTitle(s); got != want {
					t.Fatalf("trimPointTitle(%q) = %q, want %q", s, got, want)
				}
			}
		}
	}
}

// TestListKey: lists are told apart by style and, for lead markers, by
// their word, and no list is the zero listID of the speech's own frame.
func TestListKey(t *testing.T) {
	seen := map[listID]string{}
	for k, s := range ast.Styles() {
		if styleIndex(s) != k+1 {
			t.Fatalf("styleIndex(%s) = %d, want %d", s, styleIndex(s), k+1)
		}
		for _, w := range []string{"", "是", "要", "靠", "𠀀"} {
			m := &grammar.Marker{Style: s, Word: w}
			id, name := listKey(m), string(s)
			if s == ast.StyleLead {
				name += ":" + w
			}
			if id == 0 {
				t.Fatalf("listKey(%s, %q) is zero", s, w)
			}
			if other, ok := seen[id]; ok && other != name {
				t.Fatalf("listKey(%s) = listKey(%s)", name, other)
			}
			seen[id] = name
		}
	}
}

// plainRepeatsTitle is repeatsTitle as first written: the longest run the
// line's letters share with the title's, by the table of common suffixes.
func plainRepeatsTitle(titleLetters, s string) bool {
	if len(s) > 4*len(titleLetters)+16 {
		return false
	}
	l := []rune(textnorm.Letters(s))
	if len(l) < 2 {
		return false
	}
	if strings.Contains(titleLetters, string(l)) {
		return true
	}
	if len(l)-2 > utf8.RuneCountInString(titleLetters) {
		return false
	}
	a := []rune(titleLetters)
	best := 0
	prev, cur := make([]int, len(l)+1), make([]int, len(l)+1)
	for i := 1; i <= len(a); i++ {
		for j := 1; j <= len(l); j++ {
			if a[i-1] == l[j-1] {
				cur[j] = prev[j-1] + 1
				best = max(best, cur[j])
			} else {
				cur[j] = 0
			}
		}
		prev, cur = cur, prev
	}
	return len(l) >= 6 && best >= len(l)-2
}

// TestRepeatsTitleAgainstPlain: the short lines of the fixtures against
// titles made of them, and lines made of a title with letters taken out,
// put in and changed at each end and in the middle.
func TestRepeatsTitleAgainstPlain(t *testing.T) {
	var short []string
	for _, line := range fixtureLines(t) {
		if n := utf8.RuneCountInString(line); n >= 2 && n <= 40 {
			short = append(short, line)
		}
	}
	rng := rand.New(rand.NewPCG(5, 6))
	check := func(title, s string) {
		t.Helper()
		letters := textnorm.Letters(title)
		if got, want := repeatsTitle(letters, s), plainRepeatsTitle(letters, s); got != want {
			t.Fatalf("repeatsTitle(%q, %q) = %v, want %v", letters, s, got, want)
		}
	}
	edits := []func([]rune) []rune{
		func(r []rune) []rune { return r },
		func(r []rune) []rune { return r[1:] },
		func(r []rune) []rune { return r[:len(r)-1] },
		func(r []rune) []rune { return append([]rune{'为'}, r...) },
		func(r []rune) []rune { return append(slices.Clone(r), '的', '讲') },
		func(r []rune) []rune {
			return append(append(slices.Clone(r[:len(r)/2]), '和', '，'), r[len(r)/2:]...)
		},
		func(r []rune) []rune { c := slices.Clone(r); c[len(c)/2] = '甲'; return c },
		func(r []rune) []rune { return append([]rune{'新', '的'}, r[2:]...) },
		func(r []rune) []rune { return append(append([]rune{'新'}, r[:len(r)-2]...), '甲', '乙') },
		func(r []rune) []rune { return append(append([]rune{'甲', '乙'}, r[2:]...), '丙') },
	}
	found := 0
	for range 20000 {
		title := short[rng.IntN(len(short))]
		r := []rune(title)
		if len(r) < 3 {
			continue
		}
		for _, edit := range edits {
			s := string(edit(slices.Clone(r)))
			check(title, s)
			if repeatsTitle(textnorm.Letters(title), s) {
				found++
			}
		}
		check(title, short[rng.IntN(len(short))])
	}
	if found == 0 {
		t.Fatal("no line repeated its title: the test checks nothing")
	}
}

// TestOpenerByte: every character skipOpeners steps over starts with a
// byte of openerByte, over the Basic Multilingual Plane and ASCII.
func TestOpenerByte(t *testing.T) {
	for r := rune(0); r < 0x10000; r++ {
		if !utf8.ValidRune(r) {
			continue
		}
		if s := string(r) + "一"; skipOpeners(s, 0) > 0 && !openerByte[s[0]] {
			t.Fatalf("skipOpeners steps over %q, whose first byte %#x openerByte lacks", r, s[0])
		}
	}
}

// TestSearchFrom: the galloping search is slices.BinarySearch of the rest
// of the list, for every start and target over lists of every gap.
func TestSearchFrom(t *testing.T) {
	for _, gap := range []int{1, 2, 3, 7, 40} {
		var lines []int // increasing, with gaps of 1 to gap
		for k, v := 0, 0; k < 150; k++ {
			v += 1 + k%gap
			lines = append(lines, v)
		}
		for from := 0; from <= len(lines); from++ {
			for target := -1; target <= 150*gap+3; target++ {
				wk, wf := slices.BinarySearch(lines[from:], target)
				if k, f := searchFrom(lines, from, target); k != from+wk || f != wf {
					t.Fatalf("gap %d: searchFrom(%d, %d) = %d %v, want %d %v", gap, from, target, k, f, from+wk, wf)
				}
			}
		}
	}
}
