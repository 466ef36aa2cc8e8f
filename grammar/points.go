package grammar

import (
	"strings"

	"github.com/dagang/dagang/internal/scan"
)

// Points are the markers that open a clause inside running text
// (conventions.md §4): …不严不实。一是不主动学习…二是…, 其次要…最后要…,
// 第一，…, 一方面…另一方面…. They are written in the styles of the
// unranked line-head markers, over the same vocabulary, and running text
// asks more of them than a line's head does, since it has far more
// numerals followed by a letter or a mark than it has lists:
//
//   - a point is written as its clause opens: no Markdown, no white space
//     inside, no digits;
//   - a lead point's word is one of the lead words (一是, not 一个), and
//     the point is not a saying such as 一是一，二是二;
//   - a sequence point's word is one that opens a point in running text
//     (not 然后), as written;
//   - a lead or ordinal point counts to twenty at most: larger numbers in
//     running text count things (二十一世纪), not items;
//   - the marks after an ordinal or sequence point are the comma, the
//     enumeration comma and the colon, full-width or ASCII, as written
//     (an ordinal point may end with 是 instead: 第一是).
//
// 一方面 and 另一方面 are points of their own. Whether a point is one — it
// needs another of its list nearby — is the tree builder's business.
//
// Points are read by the scanner below rather than by the participle
// grammar of line heads: a clause start is asked far more often than a
// line's head, and most clauses that open with a numeral or 第 hold no
// point (一九五六年, 第三次), whose every new shape would cost a parse.

// PointKind is the kind of list a point belongs to.
type PointKind uint8

const (
	NoPoint PointKind = iota
	LeadPoint
	OrdinalPoint
	AspectPoint // 一方面 … 另一方面
	SequencePoint
)

// Point is a point's marker at the start of a clause.
type Point struct {
	Kind PointKind
	// Word is the lead word of a lead point (是 in 一是): 一是 and 一要 are
	// different lists.
	Word   rune
	Number int
	// Len is the length of the marker in bytes, as written.
	Len int
}

// aspectWords are the points of the two sides of a matter, numbered.
var aspectWords = [...]struct {
	word   string
	number int
}{{"一方面", 1}, {"另一方面", 2}}

// aspectFirsts are the first characters of aspectWords.
var aspectFirsts = func() (t [len(aspectWords)]rune) {
	for k, w := range aspectWords {
		t[k] = firstRune(w.word)
	}
	return t
}()

// maxPointNumber is the largest number of a lead or ordinal point.
const maxPointNumber = 20

// pointMarks are the marks that may follow an ordinal or a sequence point
// and belong to its marker.
const pointMarks = "，、：,:"

// MayStartPoint reports whether a point can start with r: a Chinese
// numeral, 第, or the first character of a sequence or aspect word. It is
// asked at every clause start of a text, so it is a lookup in a table.
func MayStartPoint(r rune) bool { return pointStarts.Has(r) }

// pointStarts holds every character a point can start with.
var pointStarts = func() *scan.RuneSet {
	t := scan.NewRuneSet(hanNumerals + "第")
	for _, w := range sequenceWords {
		if w.inText {
			t.Add(firstRune(w.word))
		}
	}
	for _, w := range aspectWords {
		t.Add(firstRune(w.word))
	}
	return t
}()

func firstRune(s string) rune {
	r, _ := scan.DecodeRune(s, 0)
	return r
}

// PointAt reads the point at the start of s, the text of a paragraph from
// a clause's start on, whose first character MayStartPoint takes.
func PointAt(s string) (Point, bool) {
	first := scan.Rune3(s, 0)
	for k, w := range aspectWords {
		if first == aspectFirsts[k] && strings.HasPrefix(s, w.word) {
			return Point{Kind: AspectPoint, Number: w.number, Len: len(w.word)}, true
		}
	}
	switch {
	case first == '第':
		return ordinalPointAt(s)
	case IsHanNumeral(first):
		return leadPointAt(s)
	}
	return sequencePointAt(s)
}

// ordinalPointAt reads 第一， / 第二、 / 第三是 at the start of s.
func ordinalPointAt(s string) (Point, bool) {
	n, rest := leadingNumeral(s[len("第"):])
	if n == 0 || n > maxPointNumber || rest == "" {
		return Point{}, false
	}
	r, size := scan.DecodeRune(rest, 0)
	if r != '是' && !strings.ContainsRune(pointMarks, r) {
		return Point{}, false
	}
	return Point{Kind: OrdinalPoint, Number: n, Len: len(s) - len(rest) + size}, true
}

// sequencePointAt reads a sequence word that opens points in running text
// (其次, 最后 …) at the start of s, with
// the mark after it if there is one.
func sequencePointAt(s string) (Point, bool) {
	for _, w := range sequenceWords {
		if !w.inText || !strings.HasPrefix(s, w.word) {
			continue
		}
		n := len(w.word)
		if n < len(s) {
			if r, size := scan.DecodeRune(s, n); strings.ContainsRune(pointMarks, r) {
				n += size
			}
		}
		return Point{Kind: SequencePoint, Number: w.number, Len: n}, true
	}
	return Point{}, false
}

// leadPointAt reads 一是 / 二要 / 三靠 / 十一抓 at the start of s, which
// starts with a numeral. The word comes right after the numeral, and a
// point's numeral is one or two characters: the second character must be
// the word or a numeral, which sets aside a clause that opens with 一个
// or 三年 (most of those that open with a numeral) by that character alone.
func leadPointAt(s string) (Point, bool) {
	if len(s) < 6 || s[3]&0xF0 != 0xE0 {
		return Point{}, false
	}
	if second := scan.Rune3(s, 3); !IsLeadWord(second) && !IsHanNumeral(second) {
		return Point{}, false
	}
	n, rest := leadingNumeral(s)
	if n == 0 || n > maxPointNumber || rest == "" {
		return Point{}, false
	}
	r, size := scan.DecodeRune(rest, 0)
	if !IsLeadWord(r) {
		return Point{}, false
	}
	if again, _ := leadingNumeral(rest[size:]); again == n {
		return Point{}, false // 一是一，二是二
	}
	return Point{Kind: LeadPoint, Word: r, Number: n, Len: len(s) - len(rest) + size}, true
}

// leadingNumeral reads a Chinese numeral of one to three characters (a
// point's, at most 二十) at the start of s: its value, 0 for none, and the
// rest of s.
func leadingNumeral(s string) (int, string) {
	j := 0
	for k := 0; k < 3 && j < len(s); k++ {
		r, size := scan.DecodeRune(s, j)
		if !IsHanNumeral(r) {
			break
		}
		j += size
	}
	if j == 0 {
		return 0, s
	}
	n, ok := HanValue(s[:j])
	if !ok {
		return 0, s
	}
	return n, s[j:]
}
