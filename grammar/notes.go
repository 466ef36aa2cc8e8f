package grammar

import (
	"strings"

	"github.com/dagang/dagang/internal/scan"
)

// The editor's apparatus (conventions.md §1.8, §6 notes): what an editor
// adds to a speech before or after it — a notes heading (注释, 注　　释,
// 注：), footnotes (〔1〕…, [1]…, （1）…, ①…), a single note (注：本文…), a
// source (来源：…, 选自《…》, （根据录音整理，未经本人审阅）), a book citation
// (（《…选集》第五卷，人民出版社1977年版，第330页）, …联络站编《…》), and the
// editor's lead-in before the title (编者按：…). Each is a fixed form of
// the language, recognised here on one line; whether a line that looks
// like one is one — it stands after the text, under a notes heading — is
// the noise stage's.

// Apparatus is the form of a line of the editor's apparatus that the
// noise stage looks for on every line (see MayBeApparatus): the forms
// that open a stretch of apparatus, or stand for themselves.
type Apparatus uint8

const (
	NoApparatus  Apparatus = iota
	NotesHeading           // 注释, 注　　释, 注：, 附注, 参考文献, Notes — alone on its line
	NoteLine               // 注：本文根据…整理。, 注1：…, 附注：…, 译者注：…
	SourceLabel            // 来源：…, 来源： alone, 资料来源：…, 出处：…, 选自《…》, 摘自…
	EditorLead             // 编者按：…, 【编者按】…, 编者的话：…, 编前语：…
	TocHeading             // 目录, 目　录, Contents — alone on its line (toc.go)
	TocLine                // an entry of a table of contents: 一、总体要求……3 (TocEntry)
)

// notesHeadings are the words a notes heading is made of, alone on its
// line: the simplified forms (foldRune maps 註釋 to 注释).
var notesHeadings = [...]string{"注释", "注解", "附注", "脚注", "尾注", "注", "参考文献"}

// englishNotesHeadings are the same in English, matched in any case.
var englishNotesHeadings = [...]string{"notes", "note", "footnotes", "references"}

// noteLabels open a single note: the label, perhaps a number, then a colon.
var noteLabels = [...]string{"注", "附注", "原注", "译者注", "作者注", "编注"}

// sourceLabels open a source line with a colon after them (来源：…, or
// 来源： alone over the lines that give it).
var sourceLabels = [...]string{"资料来源", "来源", "出处", "原文出处", "文章出处"}

// sourceVerbs open a source line with the source right after them (选自
// 《…》, 摘自…, 原载…).
var sourceVerbs = [...]string{"选自", "摘自", "转引自", "转载自", "原载", "原文载", "录自", "引自", "载于", "刊于"}

// maxSourceRunes bounds a source line that names no book: 摘自本书第二卷,
// 原载某某日报.
const maxSourceRunes = 40

// editorLabels open an editor's lead-in: the label, then a colon or the
// bracket it stands in.
var editorLabels = [...]string{"编者按", "编者的话", "编前语", "编者注", "编辑按", "编者附言"}

// apparatusFirsts are the characters a line of these forms opens with
// after any decoration and brackets: the first letters of their words, as
// written.
var apparatusFirsts = func() *scan.RuneSet {
	s := new(scan.RuneSet)
	add := func(words []string) {
		for _, w := range words {
			first := firstRune(w)
			s.Add(first)
			for t, simple := range traditional {
				if simple == first {
					s.Add(t)
				}
			}
		}
	}
	add(notesHeadings[:])
	add(noteLabels[:])
	add(sourceLabels[:])
	add(sourceVerbs[:])
	add(editorLabels[:])
	add(tocHeadings[:])
	for _, w := range append(englishNotesHeadings[:], "contents", "table") {
		s.Add(rune(w[0]))
		s.Add(rune(w[0]) - 'a' + 'A')
	}
	return s
}()

// apparatusOpeners are the decoration and the brackets a line of these
// forms may open with before its first letter: ## 注释, **注释**, 【编者按】.
var apparatusOpeners = scan.NewRuneSet("#*>_ \t\u3000【[（(〔")

// maxApparatusOpeners bounds the bytes of decoration and brackets the
// prefilter passes over.
const maxApparatusOpeners = 12

// MayBeApparatus is the prefilter of ApparatusOf, small enough to ask of
// every line: false when the first letter of s, after any decoration and
// brackets, is none a line of the apparatus opens with, as for most lines
// (（一）… and ## 一、… open with a numeral).
func MayBeApparatus(s string) bool {
	for i := 0; i < len(s) && i <= maxApparatusOpeners; {
		r, size := scan.DecodeRune(s, i)
		if !apparatusOpeners.Has(r) {
			return apparatusFirsts.Has(r)
		}
		i += size
	}
	return false
}

// maxApparatusHeadRunes bounds a notes heading or a label's line when it
// stands alone: 注　　释 with its spaces, 【编者按】.
const maxApparatusHeadRunes = 16

// ApparatusOf is the form of the whole line s, if it is one of Apparatus
// but TocLine (TocEntry reads those).
func ApparatusOf(s string) Apparatus {
	s = strings.TrimRightFunc(s, scan.IsBlank)
	i := skipDecoration(s, len(s))
	s = strings.TrimRight(s[i:], "*_ \t")
	if s == "" {
		return NoApparatus
	}
	if isNotesHeading(s) {
		return NotesHeading
	}
	if isTocHeading(s) {
		return TocHeading
	}
	if n := labelAt(s, noteLabels[:]); n > 0 {
		if rest, ok := afterNoteNumber(s[n:]); ok && hasLetter(rest) {
			return NoteLine
		}
	}
	if editorLabelAt(s) {
		return EditorLead
	}
	if n := labelAt(s, sourceLabels[:]); n > 0 && n < len(s) {
		if r, _ := scan.DecodeRune(s, n); MarkOf(r) == Colon {
			return SourceLabel
		}
	}
	// 选自《…》, 摘自本书第二卷: a book, or a short line; a paragraph that
	// opens with 引自 is a sentence.
	if n := labelAt(s, sourceVerbs[:]); n > 0 && hasLetter(s[n:]) &&
		(strings.Contains(s, "《") || scan.RuneCount(s) <= maxSourceRunes) {
		return SourceLabel
	}
	return NoApparatus
}

// isNotesHeading: s, decoration removed, is a notes word alone — its
// letters perhaps spaced out (注　　释), perhaps in brackets or followed by
// a colon.
func isNotesHeading(s string) bool {
	if len(s) > maxApparatusHeadRunes*4 || scan.RuneCount(s) > maxApparatusHeadRunes {
		return false
	}
	s = trimBrackets(strings.TrimRightFunc(trimColon(s), scan.IsBlank))
	for _, w := range notesHeadings {
		if n := spacedPrefix(s, w); n == len(s) && n > 0 {
			return true
		}
	}
	low := strings.ToLower(s)
	for _, w := range englishNotesHeadings {
		if low == w {
			return true
		}
	}
	return false
}

// trimColon removes one colon at the end of s.
func trimColon(s string) string {
	if r := scan.LastRune(s); MarkOf(r) == Colon {
		return s[:len(s)-len(string(r))]
	}
	return s
}

// trimBrackets removes one pair of brackets around s: 【注释】, [注].
func trimBrackets(s string) string {
	for k, o := range separatorOpens {
		if strings.HasPrefix(s, o) && strings.HasSuffix(s, separatorCloses[k]) && len(s) > len(o)+len(separatorCloses[k]) {
			return strings.TrimFunc(s[len(o):len(s)-len(separatorCloses[k])], scan.IsBlank)
		}
	}
	if strings.HasPrefix(s, "〔") && strings.HasSuffix(s, "〕") && len(s) > len("〔〕") {
		return s[len("〔") : len(s)-len("〕")]
	}
	return s
}

// spacedPrefix is the length of the prefix of s that folds to w with any
// white space between its letters (注　　释 is 注释), or 0.
func spacedPrefix(s, w string) int {
	i := 0
	for k, want := range w {
		if k > 0 {
			for i < len(s) {
				r, size := scan.DecodeRune(s, i)
				if !scan.IsBlank(r) {
					break
				}
				i += size
			}
		}
		if i >= len(s) {
			return 0
		}
		r, size := scan.DecodeRune(s, i)
		if foldRune(r) != want {
			return 0
		}
		i += size
	}
	return i
}

// labelAt is the length of the longest of labels that s opens with,
// folded, or 0.
func labelAt(s string, labels []string) int {
	best := 0
	for _, w := range labels {
		if n := foldedPrefix(s, w); n > best {
			best = n
		}
	}
	return best
}

// afterNoteNumber reads what may follow a note's label: a number (注1,
// 注①, 注〔1〕) and the colon, and returns the rest.
func afterNoteNumber(s string) (string, bool) {
	if n, _, ok := footnoteNumber(s); ok {
		s = s[n:]
	} else {
		for s != "" && (s[0] >= '0' && s[0] <= '9') {
			s = s[1:]
		}
	}
	s = strings.TrimLeftFunc(s, scan.IsBlank)
	r, size := firstRuneAndSize(s)
	if MarkOf(r) != Colon {
		return "", false
	}
	return s[size:], true
}

// editorLabelAt reports whether s opens with an editor's label: 编者按：…,
// 【编者按】…, 编者按 alone.
func editorLabelAt(s string) bool {
	open := ""
	for _, o := range [...]string{"【", "[", "（", "(", "〔"} {
		if strings.HasPrefix(s, o) {
			open = o
			break
		}
	}
	t := s[len(open):]
	n := labelAt(t, editorLabels[:])
	if n == 0 {
		return false
	}
	rest := strings.TrimLeftFunc(t[n:], scan.IsBlank)
	r, _ := firstRuneAndSize(rest)
	if open != "" {
		return bracketOf(r) == closing // 【编者按】, with or without the text after it
	}
	return rest == "" || MarkOf(r) == Colon
}

// EditorLabelAlone reports whether the line s is an editor's label with
// no text after it (编者按, 【编者按】, 编者按：): the lead-in is the next
// paragraph.
func EditorLabelAlone(s string) bool {
	s = strings.TrimRightFunc(s, scan.IsBlank)
	s = strings.TrimRight(s[skipDecoration(s, len(s)):], "*_ \t")
	return editorLabelAt(s) && scan.RuneCount(trimBrackets(trimColon(s))) <= 6
}

// hasLetter reports whether s holds a letter or a digit.
func hasLetter(s string) bool {
	for i := 0; i < len(s); {
		r, size := scan.DecodeRune(s, i)
		if scan.IsIdeograph(r) || r < 0x80 && (r|0x20 >= 'a' && r|0x20 <= 'z' || r >= '0' && r <= '9') {
			return true
		}
		i += size
	}
	return false
}

// Footnote reads a footnote's number at the start of s — 〔1〕, [1], ［1］,
// （1）, (1), ①, ⑴ — followed by the note's text: the number, and where
// the text starts.
func Footnote(s string) (n, textStart int, ok bool) {
	end, n, ok := footnoteNumber(s)
	if !ok {
		return 0, 0, false
	}
	rest := strings.TrimLeftFunc(s[end:], scan.IsBlank)
	if !hasLetter(rest) {
		return 0, 0, false
	}
	return n, len(s) - len(rest), true
}

// maxFootnote bounds a footnote's number: a long work has a few hundred.
const maxFootnote = 999

// footnoteNumber reads a bracketed or circled number at the start of s:
// its length and its value.
func footnoteNumber(s string) (end, n int, ok bool) {
	r, size := firstRuneAndSize(s)
	if v := circledValue(r); v > 0 {
		return size, v, true
	}
	var closeB rune
	switch foldRune(r) {
	case '〔':
		closeB = '〕'
	case '[':
		closeB = ']'
	case '(':
		closeB = ')'
	default:
		return 0, 0, false
	}
	i := size
	digits := 0
	for i < len(s) {
		d, dsize := scan.DecodeRune(s, i)
		f := foldRune(d)
		if f < '0' || f > '9' {
			break
		}
		n = n*10 + int(f-'0')
		digits++
		i += dsize
	}
	if digits == 0 || digits > 3 || n == 0 || n > maxFootnote || i >= len(s) {
		return 0, 0, false
	}
	c, csize := scan.DecodeRune(s, i)
	if foldRune(c) != closeB {
		return 0, 0, false
	}
	return i + csize, n, true
}

// maxNoteMatterRunes bounds a citation or a bracketed source line.
const maxNoteMatterRunes = 160

// IsNoteMatter reports whether the line s is of the apparatus by its
// shape alone, wherever it stands: a single note, a source line, an
// editor's label, a bracketed editor's remark (（根据录音整理，未经本人审阅）,
// （…联络总部，1967年1月14日）), a book citation. The noise stage asks it of
// the lines after a speech's text only: a sentence of the speech may look
// like one of these, the last lines of a document seldom do.
func IsNoteMatter(s string) bool {
	s = strings.TrimRightFunc(s, scan.IsBlank)
	if s == "" || scan.RuneCount(s) > maxNoteMatterRunes {
		return false
	}
	if MayBeApparatus(s) {
		if f := ApparatusOf(s); f == NoteLine || f == SourceLabel || f == EditorLead {
			return true
		}
	}
	return IsCitation(s) || isEditorRemark(s)
}

// IsCitation: a line that names a book (《…》) and where it was published
// — the publisher, a volume, an edition, a page, a date — or who compiled
// it (…联络站编《中央首长讲话（4）》).
func IsCitation(s string) bool {
	open := strings.Index(s, "《")
	if open < 0 || !strings.Contains(s[open:], "》") || scan.RuneCount(s) > maxNoteMatterRunes {
		return false
	}
	if strings.Contains(s, "编《") || strings.Contains(s, "编：《") || strings.Contains(s, "編《") {
		return true
	}
	for _, w := range [...]string{"出版社", "出版", "年版", "版，", "版,", "版）", "卷", "页", "頁"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	inner := strings.TrimFunc(s, func(r rune) bool { return bracketOf(r) != 0 || scan.IsBlank(r) })
	return endsWithDate(inner)
}

// editorWords are the words of an editor's remark on how a text was
// taken down or where it comes from, in a bracketed line of its own.
var editorWords = [...]string{"整理", "审阅", "审定", "审校", "仅供参考", "记录稿", "原载", "摘自", "选自",
	"转引", "载于", "刊于", "发表于"}

// isEditorRemark: a line in brackets, all of it, that is an editor's
// remark — it holds an editor's word, or names an issuer and a date
// (（全国…联络总部，1967年1月14日）): a bracketed date alone is a speech's
// date, not a remark.
func isEditorRemark(s string) bool {
	inner, ok := bracketed(s)
	if !ok || inner == "" {
		return false
	}
	for _, w := range editorWords {
		if strings.Contains(inner, w) {
			return true
		}
	}
	if !endsWithDate(inner) {
		return false
	}
	cut := strings.LastIndexAny(inner, "，, \u3000")
	return cut > 0 && hasLetter(inner[:cut])
}

// bracketed is the inside of s when s is one pair of round, square or
// tortoise-shell brackets around text.
func bracketed(s string) (string, bool) {
	pairs := [...][2]string{{"（", "）"}, {"(", ")"}, {"〔", "〕"}, {"【", "】"}, {"[", "]"}}
	for _, p := range pairs {
		if strings.HasPrefix(s, p[0]) && strings.HasSuffix(s, p[1]) && len(s) > len(p[0])+len(p[1]) {
			inner := s[len(p[0]) : len(s)-len(p[1])]
			// One pair around all of it: no closing bracket of the kind
			// before the end (（一）…（二） is two).
			if strings.Contains(inner, p[1]) && !strings.Contains(inner, p[0]) {
				return "", false
			}
			return strings.TrimFunc(inner, scan.IsBlank), true
		}
	}
	return "", false
}

// endsWithDate reports whether the last clause of s (after a comma, white
// space or a book's title) is a date: 1967年1月14日, 一九五五年三月.
func endsWithDate(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return scan.IsBlank(r) || MarkOf(r) == FullStop })
	cut := strings.LastIndexAny(s, "，, \u3000》")
	last := s
	if cut >= 0 {
		_, size := scan.DecodeRune(s, cut)
		last = s[cut+size:]
	}
	return IsDateLine(last)
}
