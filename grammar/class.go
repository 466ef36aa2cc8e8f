package grammar

import (
	"unicode/utf8"

	"github.com/dagang/dagang/internal/scan"
)

// The marker helpers ask of every character of a line's head several
// questions at once — is it decoration, is it part of a marker, a number,
// can a marker start with it — each of the folded character. classOf
// answers them all with one table lookup: the characters that have any
// answer are few and sit in a few blocks (ASCII, the CJK symbols and
// enclosed numbers, the full-width forms), and among the ideographs a
// handful of numerals and words.

// The classes of a character, one bit each.
const (
	clsDecoration uint8 = 1 << iota // decoration(r): Markdown marks and white space before a marker
	clsHead                         // headRune of the folded character
	clsNumber                       // numberRune of the folded character: a numeral or a digit
	clsStart                        // markerStart of the folded character
	clsWordFirst                    // the folded character starts a chapter unit or sequence word
	clsSpace                        // the folded character is a space or a tab
)

// plainClass is the class of r from the predicates themselves.
func plainClass(r rune) uint8 {
	f := foldRune(r)
	var c uint8
	if decoration(r) {
		c |= clsDecoration
	}
	if headRune(f) {
		c |= clsHead
	}
	if numberRune(f) {
		c |= clsNumber
	}
	if markerStart(f) {
		c |= clsStart
	}
	if markerWordFirst(f) {
		c |= clsWordFirst
	}
	if f == ' ' || f == '\t' {
		c |= clsSpace
	}
	return c
}

// The tables of the blocks outside the ideographs that hold every
// character with a class: ASCII and Latin-1, general punctuation (•) and
// enclosed numbers (① ⑴ ⒈), the CJK symbols (U+3000 、 〇) and enclosed
// ideographs (㈠ ㉑ ㊱), and the full-width forms (（ １ ：). TestClassOf
// checks every character of Unicode.
var (
	latinClass = classTable[[0x100]uint8](0)
	punctClass = classTable[[0x500]uint8](0x2000)
	cjkClass   = classTable[[0x300]uint8](0x3000)
	wideClass  = classTable[[0xF0]uint8](0xFF00)
)

// classTable tables plainClass for the characters from lo on.
func classTable[T [0x100]uint8 | [0x500]uint8 | [0x300]uint8 | [0xF0]uint8](lo rune) *T {
	t := new(T)
	for k := range len(*t) {
		(*t)[k] = plainClass(lo + rune(k))
	}
	return t
}

// classOf is plainClass(r), looked up.
func classOf(r rune) uint8 {
	switch {
	case r < 0x100:
		return latinClass[r]
	case r >= 0x4E00 && r <= 0x9FFF:
		return hanClass(r)
	case r >= 0x2000 && r < 0x2500:
		return punctClass[r-0x2000]
	case r >= 0x3000 && r < 0x3300:
		return cjkClass[r-0x3000]
	case r >= 0xFF00 && r < 0xFFF0:
		return wideClass[r-0xFF00]
	}
	return 0
}

// hanClass is the class of an ideograph (U+4E00 to U+9FFF): most have
// none, which hanAny tells before the table is looked at.
func hanClass(r rune) uint8 {
	if !hanAny.Has(r) {
		return 0
	}
	return uint8(hanClasses.Get(r))
}

// hanAny holds every ideograph with a class — the numerals, 第, and the
// first characters of the words of markers (units and sequence words, 節
// as well as 节) — and hanClasses their classes, from the predicates.
var hanAny, hanClasses = func() (*scan.RuneSet, *scan.RuneTable) {
	set := new(scan.RuneSet)
	var m []scan.RuneValue
	for r := rune(0x4E00); r <= 0x9FFF; r++ {
		if c := plainClass(r); c != 0 {
			set.Add(r)
			m = append(m, scan.RuneValue{Rune: r, Value: uint16(c)})
		}
	}
	return set, scan.NewRuneTable(m)
}()

// classAt is the class, the character and the size of the character at
// s[i]: scan.DecodeRune and classOf in one call, with the characters of
// one and three bytes decoded inline.
func classAt(s string, i int) (cls uint8, r rune, size int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return latinClass[c], rune(c), 1
	}
	if scan.Is3(s, i) {
		r = scan.Rune3(s, i)
		return classOf(r), r, 3
	}
	r, size = scan.DecodeRune(s, i)
	return classOf(r), r, size
}
