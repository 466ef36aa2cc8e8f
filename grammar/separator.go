package grammar

import (
	"strings"

	"github.com/dagang/dagang/internal/scan"
)

// A separator (conventions.md §7) is the line, or the head of the line,
// that opens each speech of a collection: 【篇一】, 篇二, 范文三, 第一篇,
// 【第1篇】. It is a separator word and a number (篇一, 范文三), or 第, a
// number and 篇 (第一篇), perhaps in brackets. What follows it on its line
// is the speech's title: after white space or a colon, or at once after
// brackets.

// separatorWords are the words a separator writes before its number,
// matched folded (範文 is 范文).
var separatorWords = [...]string{collectionUnit, "范文", "材料", "文章"}

// collectionUnit counts the speeches of a collection (…讲话稿集聚5篇) and
// writes a separator (篇一, 第一篇).
const collectionUnit = "篇"

// separatorOpens and separatorCloses are the brackets a separator may
// stand in, any of the one around any of the other.
var (
	separatorOpens  = [...]string{"【", "[", "（", "("}
	separatorCloses = [...]string{"】", "]", "）", ")"}
)

// separatorFirst holds the characters a separator starts with: its
// brackets, 第, and the first characters of the separator words as
// written (範 as well as 范).
var separatorFirst = func() string {
	var b strings.Builder
	for _, o := range separatorOpens {
		b.WriteString(o)
	}
	for _, w := range separatorWords {
		first := firstRune(w)
		b.WriteRune(first)
		for t, s := range traditional {
			if s == first {
				b.WriteRune(t)
			}
		}
	}
	b.WriteString("第")
	return b.String()
}()

// separatorStarts has the bit of each character of separatorFirst.
var separatorStarts = scan.NewRuneSet(separatorFirst)

// MaySeparate is the prefilter of Separator, small enough to inline
// where every line is asked: false when s cannot open with a character of
// separatorFirst, which is most lines.
func MaySeparate(s string) bool {
	// The first characters but [ and ( are three bytes long: they are
	// looked up by the character the first three bytes would make.
	if len(s) >= 3 && separatorStarts.Has(scan.Rune3(s, 0)) {
		return true
	}
	return s != "" && (s[0] == '[' || s[0] == '(')
}

// Separator reads the separator s opens with: its length (the whole of s,
// or up to and with a colon after which a title follows, or up to the
// white space before a title).
func Separator(s string) (int, bool) {
	if s == "" {
		return 0, false
	}
	if r, _ := scan.DecodeRune(s, 0); !strings.ContainsRune(separatorFirst, r) {
		return 0, false // most lines start otherwise
	}
	i := 0
	open := false
	for _, b := range separatorOpens {
		if strings.HasPrefix(s, b) {
			i += len(b)
			open = true
			break
		}
	}
	j := i
	num := func() bool {
		k := j
		for k < len(s) {
			r, size := scan.DecodeRune(s, k)
			if !(r >= '0' && r <= '9' || r >= '０' && r <= '９' || IsHanNumeral(r)) {
				break
			}
			k += size
		}
		if k == j {
			return false
		}
		j = k
		return true
	}
	word := func(w string) bool {
		if n := foldedPrefix(s[j:], w); n > 0 {
			j += n
			return true
		}
		return false
	}
	ok := false
	switch {
	case separatorWordAt(s[j:], &j):
		ok = num()
	case word("第"):
		ok = num() && word(collectionUnit)
	}
	if !ok {
		return 0, false
	}
	if open {
		closed := false
		for _, b := range separatorCloses {
			if strings.HasPrefix(s[j:], b) {
				j += len(b)
				closed = true
				break
			}
		}
		if !closed {
			return 0, false
		}
	}
	rest := strings.TrimLeftFunc(s[j:], scan.IsBlank)
	if rest == "" {
		return len(s), true
	}
	if r, size := scan.DecodeRune(rest, 0); MarkOf(r) == Colon {
		return len(s) - len(rest) + size, true
	}
	if !open && j < len(s) {
		// 篇一 followed by a title on the same line: the separator is the
		// part before white space.
		if r, _ := scan.DecodeRune(s, j); scan.IsBlank(r) {
			return j, true
		}
		return 0, false
	}
	return j, true
}

// separatorWordAt moves *j past the separator word s starts with.
func separatorWordAt(s string, j *int) bool {
	if s == "" {
		return false
	}
	r, _ := scan.DecodeRune(s, 0)
	f := foldRune(r)
	for k, w := range separatorWords {
		if separatorWordFirsts[k] != f {
			continue // most lines: one decoding tells
		}
		if n := foldedPrefix(s, w); n > 0 {
			*j += n
			return true
		}
	}
	return false
}

// separatorWordFirsts are the first characters of separatorWords.
var separatorWordFirsts = func() (t [len(separatorWords)]rune) {
	for k, w := range separatorWords {
		t[k] = firstRune(w)
	}
	return t
}()
