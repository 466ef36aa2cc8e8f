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

// TestNextClause: the clause scan finds the first clause mark after every
// offset, as a plain search over the characters does.
func TestNextClause(t *testing.T) {
	marks := "，。；：！？,;:!?"
	texts := append(fixtureLines(t), "一是加强学习，提高站位。二是:压实责任;三是！落实？\u3000“首先”，最后：abc,def!x?\n第一，𠀀字，é，")
	// Each mark, and look-alikes that are none (、 （ ＿ 《 ｢, ASCII . and
	// a letter), at every place of texts on both sides of the 32-byte
	// blocks looked at a time.
	body := strings.Repeat("加强学习提高站位压实责任", 12)
	for _, mark := range []string{"，", "。", "！", "？", "；", "：", ",", ";", ":", "!", "?", "、", "（", "＿", "《", "｢", ".", "a"} {
		for _, n := range []int{30, 33, 34, 35, 36, 63, 66, 96, 99, 129} {
			base := body[:n/3*3]
			for at := 0; at <= len(base); at += 3 {
				texts = append(texts, base[:at]+mark+base[at:])
			}
		}
	}
	for _, text := range texts {
		for i := 0; i <= len(text); i++ {
			if i < len(text) && text[i]&0xC0 == 0x80 {
				continue // not a character boundary: the scan is never started there
			}
			want := -1
			for j, r := range text[i:] {
				if strings.ContainsRune(marks, r) {
					want = i + j + len(string(r))
					break
				}
			}
			if got := nextClause(text, i); got != want {
				t.Fatalf("nextClause(%q, %d) = %d, want %d", text, i, got, want)
			}
			if j := indexClauseMarkFrom(text, i); (j < 0) != (want < 0) || j >= 0 && clauseMarkEnd(text, j) != want {
				t.Fatalf("indexClauseMarkFrom(%q, %d) = %d, want the mark ending at %d", text, i, j, want)
			}
		}
		// The table of marks, filled a block at a time (32 bytes at a time
		// where the processor can), holds the marks the walk finds, with
		// the text cut into blocks anywhere; every word is written, over
		// whatever the table held.
		table := make([]uint32, (len(text)+31)/32)
		for i := range len(text) {
			if text[i]&0xC0 != 0x80 && clauseMarkEnd(text, i) > 0 {
				table[i/32] |= 1 << (i % 32) // a mark starts at this character
			}
		}
		for _, step := range []int{len(text) + 1, 1, 5, 31, 32, 33, 64, 100} {
			for _, fill := range []func(text string, from, to int, bits []uint32){
				markClauses,
				func(text string, from, to int, bits []uint32) {
					markClausesFrom(text, from, (from+31)/32, (to+31)/32, bits)
				},
			} {
				bits := make([]uint32, len(table))
				for k := range bits {
					bits[k] = ^uint32(0)
				}
				for from := 0; from < len(text); {
					to := min(from+step, len(text))
					for to < len(text) && text[to]&0xC0 == 0x80 {
						to++ // blocks start at a character
					}
					fill(text, from, to, bits)
					from = to
				}
				if !slices.Equal(bits, table) {
					t.Fatalf("the clause table of %q in blocks of %d = %x, want %x", text, step, bits, table)
				}
			}
		}
		for i := 0; i <= len(text); i++ {
			if i < len(text) && text[i]&0xC0 == 0x80 {
				continue
			}
			for _, end := range []int{len(text), i + 1, i + 4, i + 40} {
				for end = min(end, len(text)); end < len(text) && text[end]&0xC0 == 0x80; end++ {
					// a paragraph ends at a character
				}
				want := indexClauseMarkFrom(text[:end], i)
				if i == len(text) {
					want = -1
				}
				// As the point scan of a paragraph ending at end reads it.
				got := nextMark(table[:(end+31)/32], i)
				if got >= end {
					got = -1
				}
				if got != want {
					t.Fatalf("nextMark(%q, %d) before %d = %d, want %d", text, i, end, got, want)
				}
			}
		}
	}
}

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

// TestLineBits: the line feeds and # signs found 32 bytes at a time are
// those found a byte at a time, wherever they fall in the blocks.
func TestLineBits(t *testing.T) {
	body := strings.Repeat("加强学习提高站位", 10)
	for _, c := range []string{"\n", "#", "\n#", "##", "a"} {
		for n := 0; n <= 100; n += 7 {
			base := body[:n/3*3]
			for at := 0; at <= len(base); at++ {
				s := base[:at] + c + base[at:]
				words := (len(s) + 31) / 32
				nl, hash := make([]uint32, words), make([]uint32, words)
				wantNL, wantHash := make([]uint32, words), make([]uint32, words)
				lineBits(s, nl, hash)
				lineBitsFrom(s, 0, wantNL, wantHash)
				if !slices.Equal(nl, wantNL) || !slices.Equal(hash, wantHash) {
					t.Fatalf("lineBits(%q) = %x %x, want %x %x", s, nl, hash, wantNL, wantHash)
				}
			}
		}
	}
}

// TestHashIn: setBits lists the bits of a table, and hashIn, asked of
// ranges mostly in order and sometimes before the last, answers as a look
// at every bit does.
func TestHashIn(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	for range 2000 {
		words := make([]uint32, 1+rng.IntN(4))
		for k := range words {
			for range rng.IntN(3) {
				words[k] |= 1 << rng.IntN(32)
			}
		}
		base := rng.IntN(100)
		p := &parser{hashAt: setBits(words, base, nil), hashKnown: true}
		if !slices.IsSorted(p.hashAt) {
			t.Fatalf("setBits(%x) = %v, not in order", words, p.hashAt)
		}
		from := base
		for range 20 {
			if rng.IntN(4) == 0 {
				from = base + rng.IntN(len(words)*32) // back, or anywhere
			}
			to := from + rng.IntN(40)
			want := false
			for i := max(from, base); i < to && i < base+len(words)*32; i++ {
				if words[(i-base)/32]&(1<<((i-base)%32)) != 0 {
					want = true
				}
			}
			if got := p.hashIn(from, to); got != want {
				t.Fatalf("hashIn(%d, %d) with # at %v = %v, want %v", from, to, p.hashAt, got, want)
			}
			from = to + rng.IntN(3)
		}
	}
}
