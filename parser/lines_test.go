package parser

import (
	"math/rand/v2"
	"regexp"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/internal/scan"
)

func TestOnlyDecoration(t *testing.T) {
	for _, s := range []string{"", " ", "\t**__\u3000 ", "\u3000", "文", " 文", "**加强", "\u3001", "\u3000\u3001", "_ *x", "\xe3\x80", "\xe3"} {
		if got, want := onlyDecoration(s), strings.TrimLeft(s, " \t\u3000*_") == ""; got != want {
			t.Errorf("onlyDecoration(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestLineIndex: the line of an offset is the line sort.Search finds,
// whatever the order of the lookups.
func TestLineIndex(t *testing.T) {
	text := "一\n\n二三\r\n" + strings.Repeat("第四行\n", 200) + "末"
	_, x := splitLines(text)
	want := func(off int) int {
		return sort.Search(len(x.starts), func(k int) bool { return x.starts[k] > off })
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var offs []int
	for off := 0; off <= len(text); off++ {
		offs = append(offs, off) // forwards
	}
	for off := len(text); off >= 0; off-- {
		offs = append(offs, off) // backwards
	}
	for range 5000 {
		offs = append(offs, rng.IntN(len(text)+1)) // anywhere
	}
	for _, off := range offs {
		if got := x.line(off); got != want(off) {
			t.Fatalf("line(%d) = %d, want %d", off, got, want(off))
		}
	}
	// A span's lines are those of its first and last byte.
	for k, off := range offs {
		end := min(len(text), off+k%40)
		wantEnd := want(off)
		if end > off {
			wantEnd = want(end - 1)
		}
		if got := x.span(off, end); got != (ast.Span{Start: off, End: end, Line: want(off), EndLine: wantEnd}) {
			t.Fatalf("span(%d, %d) = %+v, want lines %d–%d", off, end, got, want(off), wantEnd)
		}
	}
}

// TestSplitLines against the plain definition: the text cut at every \r\n,
// \r and \n, each line trimmed, for texts of every mix of line ends.
func TestSplitLines(t *testing.T) {
	parts := []string{"一", " 二 ", "\n", "\r", "\r\n", "\n\r", "", "\u3000"}
	var texts []string
	var build func(prefix string, depth int)
	build = func(prefix string, depth int) {
		texts = append(texts, prefix)
		if depth == 0 {
			return
		}
		for _, p := range parts {
			build(prefix+p, depth-1)
		}
	}
	build("", 5)
	for _, text := range texts {
		var want []line
		var wantStarts []int
		pos := 0
		for _, raw := range regexp.MustCompile("\r\n|\r|\n").Split(text, -1) {
			s, e := scan.TrimSpace(text, pos, pos+len(raw))
			want = append(want, line{start: s, end: e})
			wantStarts = append(wantStarts, pos)
			pos += len(raw)
			if pos < len(text) && strings.HasPrefix(text[pos:], "\r\n") {
				pos += 2
			} else if pos < len(text) {
				pos++
			}
		}
		lines, x := splitLines(text)
		if !slices.Equal(lines, want) || !slices.Equal(x.starts, wantStarts) {
			t.Fatalf("splitLines(%q) = %v %v, want %v %v", text, lines, x.starts, want, wantStarts)
		}
	}
}
