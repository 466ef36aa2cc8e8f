package parser

import (
	"strings"
	"unicode/utf8"

	"github.com/dagang/dagang/grammar"
	"github.com/dagang/dagang/internal/scan"
)

// A heading broken over two lines (conventions.md §2, H6 of docs
// /rules.md) is one heading: when a heading's line ends without a
// sentence mark and the next content line is no heading and continues it,
// the title runs on, to that line's first sentence mark, and the rest of
// that line is the section's body. The next line continues the heading
// when:
//
//  1. a boilerplate line stands between them (<!--more-->) and the heading
//     line ends with no mark at all — a cut in the middle of a word;
//  2. both are Markdown headings of one depth and the next has no marker
//     and opens with a dash (## 第四件… / ## ——打倒都团);
//  3. the other headings of its list run their titles into a paragraph
//     (（一）标题。正文…), at least two of them and two thirds, and the next
//     line's first sentence ends soon (（二）坚持不懈用 / … / 新时代…凝心铸魂。);
//  4. a word processor wrapped it: the heading is long, at least as long
//     as any of its list, and the next line is a short fragment with no
//     mark, followed by body text.
//
// A short complete heading followed by its first paragraph (一、总体要求 /
// 坚持…。), or by a short line that another heading follows (一、活动主题 /
// 书香润校园 / 二、…), is not broken.

// Bounds of the rule, in characters: how soon the next line's first
// sentence ends (3), how short a wrapped fragment is and how long the line
// a word processor wrapped (4).
const (
	maxRunOnRunes    = 40
	maxFragmentRunes = 8
	minWrappedRunes  = 15
)

// listShape is what the headings of one list of a speech look like: how
// many there are, how many run their title into a paragraph, and the
// longest title.
type listShape struct {
	headings, runIn, longest int
}

// continuation is the position in ls of the line that continues the
// heading on ls[k], whose title, read from its own line, is text[ts:te]
// and ends the line with no sentence mark; -1 when it does not go on.
// last says the line after the heading is the speech's last, which a
// closing formula may end. Most headings end so (一、总体要求): the cheap
// tests of the next line come first, the shape of the heading's list is
// read once a speech.
func (t *tree) continuation(ls []int, k int, list listID, ts, te int, last bool) int {
	p := t.p
	if k+1 >= len(ls) || last {
		return -1
	}
	i, next := ls[k], ls[k+1]
	if p.isHeading(next) {
		return -1
	}
	s := p.content(&p.lines[next])
	found := false
	switch {
	case noiseBetween(p, i, next) && endsWithoutMark(p.text[ts:te]):
		found = true
	case markdownRunOn(p.content(&p.lines[i]), s):
		found = true
	case sentenceEndsSoon(s):
		shape := t.shapeOf(ls, list)
		others := shape.headings - 1 // the heading itself runs no title in
		found = others >= 2 && shape.runIn >= 2 && 3*shape.runIn >= 2*others
	case k+2 < len(ls) && !p.isHeading(ls[k+2]) && fragment(s):
		if n := scan.RuneCount(p.text[ts:te]); n >= minWrappedRunes {
			found = n >= t.shapeOf(ls, list).longest
		}
	}
	if !found || p.phrases.ClosingCue(s) || p.phrases.IsSalutation(s) {
		return -1
	}
	return k + 1
}

// listShapeOf is the shape of a list, read once a speech.
type listShapeOf struct {
	list  listID
	shape listShape
}

// shapeOf is the shape of list among the speech's headings.
func (t *tree) shapeOf(ls []int, list listID) listShape {
	for _, s := range t.shapes {
		if s.list == list {
			return s.shape
		}
	}
	var s listShape
	p := t.p
	for _, h := range t.heads {
		if h.list != list {
			continue
		}
		l := &p.lines[ls[h.at]]
		ts, te, he := grammar.TitleBounds(p.text, l.start+l.marker.End, l.end)
		s.headings++
		if strings.TrimFunc(p.text[he:l.end], scan.IsBlank) != "" {
			s.runIn++
		}
		s.longest = max(s.longest, scan.RuneCount(p.text[ts:te]))
	}
	t.shapes = append(t.shapes, listShapeOf{list, s})
	return s
}

// noiseBetween: a boilerplate line stands between lines i and j.
func noiseBetween(p *parser, i, j int) bool {
	for k := i + 1; k < j; k++ {
		if p.lines[k].noise != 0 {
			return true
		}
	}
	return false
}

// endsWithoutMark: the title ends with a letter or a digit, no mark,
// bracket or quote.
func endsWithoutMark(title string) bool {
	r, _ := utf8.DecodeLastRuneInString(strings.TrimRight(title, " \t*_"))
	return r != utf8.RuneError && grammar.MarkOf(r) == 0 && !strings.ContainsRune("”’》）)】」』〕]", r)
}

// markdownRunOn: the heading line and the next are Markdown headings of
// one depth, and the next opens with a dash (## ——打倒都团).
func markdownRunOn(heading, next string) bool {
	depth := func(s string) int {
		n := 0
		for n < len(s) && s[n] == '#' {
			n++
		}
		return n
	}
	d := depth(heading)
	if d == 0 || depth(next) != d {
		return false
	}
	rest := strings.TrimLeftFunc(next[d:], scan.IsBlank)
	return strings.HasPrefix(rest, "—") || strings.HasPrefix(rest, "－－") || strings.HasPrefix(rest, "--")
}

// sentenceEndsSoon: the first sentence of s ends within maxRunOnRunes
// characters.
func sentenceEndsSoon(s string) bool {
	n := 0
	for _, r := range s {
		if grammar.MarkOf(r)&(grammar.SentenceEnd|grammar.Semicolon) != 0 {
			return n > 0
		}
		if n++; n > maxRunOnRunes {
			return false
		}
	}
	return false
}

// fragment: s is a short piece of a line with no mark at all (践行活动).
func fragment(s string) bool {
	s = strings.TrimFunc(s, scan.IsBlank)
	return s != "" && scan.RuneCount(s) <= maxFragmentRunes && !grammar.HasMark(s, ^grammar.Mark(0))
}

// joinTitle joins the two parts of a broken title: with no space between
// Chinese text (信息化管 / 理), with one between words of other scripts.
func joinTitle(a, b string) string {
	if a == "" || b == "" {
		return a + b
	}
	ra, _ := utf8.DecodeLastRuneInString(a)
	rb, _ := utf8.DecodeRuneInString(b)
	if ra < utf8.RuneSelf && rb < utf8.RuneSelf {
		return a + " " + b
	}
	return a + b
}
