package grammar

import (
	"slices"
	"strings"

	"github.com/dagang/dagang/internal/scan"
)

// The vocabulary the recognisers share: the sequence words, the chapter
// units, the counting units, the lead words, the marks that end sentences
// and clauses. Each is written here once; the lexer, the marker and point
// grammars, the frame and the scanners of this package, and the tree
// builder, ask for them here. (The traditional characters the grammar
// folds are in fold.go; the words of addresses in address.go, of closing
// cues in cue.go and of closing formulas in frame.go, each the only
// grammar that reads them.)

// sequenceWord is a word that numbers a list by order rather than by
// numeral (conventions.md §2, sequence).
type sequenceWord struct {
	word string
	// number is the word's place in the usual order; 然后 shares its
	// place with 再次. The tree builder renumbers a list of them by order
	// of appearance.
	number int
	// inText: the word opens a point inside running text too. 然后 does
	// not: in running text it is the conjunction "then" far more often
	// than an item of a list.
	inText bool
}

// sequenceWords, in their usual order.
var sequenceWords = [...]sequenceWord{
	{"首先", 1, true},
	{"其次", 2, true},
	{"再次", 3, true},
	{"然后", 3, false},
	{"最后", 4, true},
}

// sequenceWordList is the words of sequenceWords, for the lexer.
func sequenceWordList() []string {
	out := make([]string, len(sequenceWords))
	for k, w := range sequenceWords {
		out[k] = w.word
	}
	return out
}

// sequenceNumber numbers the sequence words in their usual order, 0 for a
// word that is none.
func sequenceNumber(w string) int {
	for _, s := range sequenceWords {
		if s.word == w {
			return s.number
		}
	}
	return 0
}

// SequenceWord is the sequence word that writes number n: the first word
// of that place (首先 for 1, 再次 for 3), the last word for any number
// past the last place, "" for a number below 1.
func SequenceWord(n int) string {
	if n < 1 {
		return ""
	}
	last := ""
	for _, s := range sequenceWords {
		if s.number == n {
			return s.word
		}
		last = s.word
	}
	return last
}

// finalWord is the sequence word of the last place (最后): it also opens a
// speech's closing remarks (最后，祝大家…).
func finalWord() string { return sequenceWords[len(sequenceWords)-1].word }

// chapterUnits are the units of a chapter marker that make one by
// themselves, with no mark after them (第一部分, 第二章, 第三节).
var chapterUnits = func() []string { return unitWords(unitChapter) }()

// partUnits are the classifiers of a numbered part (第一点， 第六件
// 第二小时：), which a mark or white space must follow; nounUnits are the
// ones that take a noun before it (第二个问题：).
var (
	partUnits = func() []string { return unitWords(unitPart) }()
	nounUnits = func() []string { return unitWords(unitNoun) }()
	// articleUnits are the units of an article (第一条).
	articleUnits = func() []string { return unitWords(unitArticle) }()
)

// unitRole is what a counting unit (a measure word) does in a marker, one
// bit each.
type unitRole uint8

const (
	// unitQuantity: right after a numeral and white space the unit makes
	// the numeral a quantity broken by a space (一 年多来, 三 级联动), not a
	// heading written 一　标题.
	unitQuantity unitRole = 1 << iota
	// unitAnnounced: the unit of an announced count (从以下三个方面, 谈两点
	// 体会, 报告分六个部分, announce.go).
	unitAnnounced
	// unitCounted: the unit may take 个 between it and its count (三个方面,
	// 六个部分, where 两点 and 四条 do not).
	unitCounted
	// unitChapter: a chapter marker's unit, which needs no mark after it
	// (第一部分, 第二章, 第三节).
	unitChapter
	// unitPart: the classifier of a numbered part (第一点， 第六件　 第一小时：),
	// a chapter marker that a mark or white space must follow and that
	// counts only in company.
	unitPart
	// unitNoun: a classifier that takes a short noun before the mark
	// (第二个问题： 第一个阶段，); alone (第二个就是…) it makes no marker.
	unitNoun
	// unitArticle: the unit of an article (第一条), a style of its own
	// below the chapters of a 章程 or 条例.
	unitArticle
)

// countingUnit is a measure word of the language and the roles it plays.
type countingUnit struct {
	word  string
	roles unitRole
}

// countingUnits are the measure words the grammar asks for: the language's
// own, not a list of strings seen in some text. One vocabulary serves the
// forms that count (see unitRole).
var countingUnits = [...]countingUnit{
	// The units of chapters and parts.
	{"部分", unitChapter | unitAnnounced | unitCounted}, {"章", unitChapter | unitQuantity}, {"节", unitChapter | unitQuantity},
	{"篇", unitPart | unitQuantity}, {"点", unitPart | unitQuantity | unitAnnounced}, {"件", unitPart | unitQuantity},
	{"项", unitPart | unitQuantity}, {"讲", unitPart}, {"课", unitPart | unitQuantity}, {"单元", unitPart | unitQuantity},
	{"阶段", unitPart | unitQuantity}, {"方面", unitPart | unitQuantity | unitAnnounced | unitCounted},
	{"小时", unitPart | unitQuantity}, {"天", unitPart | unitQuantity}, {"步", unitPart | unitQuantity},
	{"个", unitNoun | unitQuantity},
	// Units of time, people, things and amounts.
	{"年", unitQuantity}, {"月", unitQuantity}, {"日", unitQuantity}, {"周", unitQuantity},
	{"岁", unitQuantity}, {"代", unitQuantity}, {"届", unitQuantity}, {"期", unitQuantity},
	{"轮", unitQuantity}, {"季", unitQuantity}, {"位", unitQuantity}, {"名", unitQuantity},
	{"人", unitQuantity}, {"家", unitQuantity}, {"户", unitQuantity}, {"所", unitQuantity},
	{"座", unitQuantity}, {"级", unitQuantity}, {"层", unitQuantity}, {"种", unitQuantity},
	{"类", unitQuantity}, {"批", unitQuantity}, {"次", unitQuantity}, {"回", unitQuantity},
	{"遍", unitQuantity}, {"条", unitArticle | unitQuantity | unitAnnounced}, {"些", unitQuantity}, {"倍", unitQuantity},
	{"成", unitQuantity}, {"份", unitQuantity}, {"张", unitQuantity}, {"本", unitQuantity},
	{"场", unitQuantity}, {"句", unitQuantity}, {"段", unitQuantity}, {"块", unitQuantity},
	{"元", unitQuantity}, {"万", unitQuantity}, {"千", unitQuantity}, {"亿", unitQuantity},
	{"米", unitQuantity}, {"里", unitQuantity}, {"吨", unitQuantity}, {"亩", unitQuantity},
}

// unitWords is the words of the counting units that play role r.
func unitWords(r unitRole) []string {
	var out []string
	for _, u := range unitsWith(r) {
		out = append(out, u.word)
	}
	return out
}

// unitRoles is the roles of the counting unit w (folded), 0 for a word
// that is none.
func unitRoles(w string) unitRole {
	for _, u := range countingUnits {
		if u.word == w {
			return u.roles
		}
	}
	return 0
}

// unitAt is the roles of the counting unit s starts with (folded: 個 is
// 个), and its length in bytes; 0, 0 when s starts with none.
func unitAt(s string) (unitRole, int) {
	if s == "" {
		return 0, 0
	}
	if first, _ := scan.DecodeRune(s, 0); !countingFirsts.Has(foldRune(first)) {
		return 0, 0
	}
	for _, u := range countingUnits {
		if n := foldedPrefix(s, u.word); n > 0 {
			return u.roles, n
		}
	}
	return 0, 0
}

// unitsWith is the counting units that play role r, in the table's order.
func unitsWith(r unitRole) []countingUnit {
	var out []countingUnit
	for _, u := range countingUnits {
		if u.roles&r != 0 {
			out = append(out, u)
		}
	}
	return out
}

// countingFirsts are the first characters of the counting units.
var countingFirsts = func() *scan.RuneSet {
	set := new(scan.RuneSet)
	for _, u := range countingUnits {
		set.Add(firstRune(u.word))
	}
	return set
}()

// markerWords are the words a line-head marker may hold: the units of
// chapters and parts and the sequence words, the longest first where one
// starts another.
var markerWords = func() []string {
	var out []string
	for _, ws := range [][]string{chapterUnits, partUnits, nounUnits, articleUnits, sequenceWordList()} {
		out = append(out, ws...)
	}
	slices.SortStableFunc(out, func(a, b string) int { return len(b) - len(a) })
	return out
}()

// leadWords are the words of a lead marker (一是, 二要, 三靠, 四抓) that make
// one by themselves. At a line's head any letter after a numeral makes a
// lead marker, which its neighbours then confirm (一把手 stays text without
// 二把); in running text, which has far more numeral-and-letter pairs than
// lists (一个, 三年), only these words do, and only these are worth a
// diagnostic when their marker stands alone. The first is the one an
// implied lead heading is written with.
const leadWords = "是要靠抓"

// IsLeadWord reports whether r is one of the lead words.
func IsLeadWord(r rune) bool { return slices.Contains(leadWordRunes, r) }

var leadWordRunes = []rune(leadWords)

// Mark is the class of a punctuation mark that ends a sentence or a
// clause, one bit each, so that a rule can name the marks it stops at.
type Mark uint8

const (
	FullStop    Mark = 1 << iota // 。
	Exclamation                  // ！ !
	Question                     // ？ ?
	Semicolon                    // ； ;
	Colon                        // ： :
	Comma                        // ， ,
	Enumeration                  // 、 (the enumeration comma)
	Ellipsis                     // …
)

// SentenceEnd are the marks that end a sentence.
const SentenceEnd = FullStop | Exclamation | Question

// ClauseEnd are the marks after which a clause starts: a point may open
// there (…不严不实。一是…, …措施，二是…). The enumeration comma and the
// ellipsis are not among them: 一、二线城市 and …… run on.
const ClauseEnd = SentenceEnd | Semicolon | Colon | Comma

// MarkOf is the class of r, 0 for a character that is no such mark. The
// full-width and the ASCII form of a mark are one class; the ASCII full
// stop is none (it writes 1. and 1.5, not the end of a sentence).
func MarkOf(r rune) Mark { return Mark(punctuation.Get(r)) }

// marks are the marks by class.
var marks = map[rune]Mark{
	'。': FullStop,
	'！': Exclamation, '!': Exclamation,
	'？': Question, '?': Question,
	'；': Semicolon, ';': Semicolon,
	'：': Colon, ':': Colon,
	'，': Comma, ',': Comma,
	'、': Enumeration,
	'…': Ellipsis,
}

// The brackets and quotes: a title does not end at a mark inside them.
const (
	openingBrackets = "“‘《（(【「『〔["
	closingBrackets = "”’》）)】」』〕]"
)

// bracket is whether a character opens or closes brackets or quotes.
type bracket uint8

const (
	opening bracket = 1 + iota
	closing
)

// bracketOf is whether r opens or closes, 0 when it does neither.
func bracketOf(r rune) bracket { return bracket(punctuation.Get(r) >> 8) }

// punctuation is the marks and the brackets as a table that MarkOf and
// bracketOf, asked of every character of many passes, answer with one
// lookup: a mark's class in the low byte, a bracket's in the high one.
var punctuation = func() *scan.RuneTable {
	var m []scan.RuneValue
	for r, c := range marks {
		m = append(m, scan.RuneValue{Rune: r, Value: uint16(c)})
	}
	for _, r := range openingBrackets {
		m = append(m, scan.RuneValue{Rune: r, Value: uint16(opening) << 8})
	}
	for _, r := range closingBrackets {
		m = append(m, scan.RuneValue{Rune: r, Value: uint16(closing) << 8})
	}
	return scan.NewRuneTable(m)
}()

// ClauseMarks finds the marks after which a clause starts (ClauseEnd) in
// a text, 32 bytes at a time where the processor can.
var ClauseMarks = scan.NewChars(marksOf(ClauseEnd))

// marksOf is the marks of the classes in m.
func marksOf(m Mark) string {
	var rs []rune
	for r, c := range marks {
		if c&m != 0 {
			rs = append(rs, r)
		}
	}
	slices.Sort(rs)
	return string(rs)
}

// HasMark reports whether s holds a mark of one of the classes of m.
func HasMark(s string, m Mark) bool {
	return strings.IndexFunc(s, func(r rune) bool { return MarkOf(r)&m != 0 }) >= 0
}
