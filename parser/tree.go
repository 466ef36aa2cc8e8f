package parser

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/grammar"
	"github.com/dagang/dagang/internal/scan"
)

// The tree builder places each heading by the rules of conventions.md §2:
//
//   - Among ranked styles (chapter … circled) order of first appearance
//     decides: a style that is not open nests under the current section; a
//     style that is open closes back to its level.
//   - Lead, ordinal and sequence items never hold ranked children: they nest
//     under the deepest open section, and a ranked heading closes them.
//   - A marker continues its open list when its number is greater; a jump is
//     a gap, an equal number a duplicate, a smaller one out of order.
//   - Restart: an item numbered 1 whose style is open under the same parent
//     implies a lost parent of the parent's style.
//   - Fragment: an item numbered n > 1 whose style is not open, after a list
//     that does not run 1…n-1, wraps that list in an implied parent n-1;
//     after a list that does, it is a sibling of mixed style.

// frame is an open section on the builder's stack; the bottom frame is the
// speech itself.
type frame struct {
	sec      *ast.Section // nil for the speech
	key      listID
	isRanked bool // sec's style is ranked
	children *[]*ast.Section
	body     *[]*ast.Para
}

func (f *frame) ranked() bool { return f.isRanked }

type tree struct {
	p      *parser
	speech *ast.Speech
	stack  []frame
	forms  []listForm // how each list's first marker is written
	// confirmed holds, for every position of the body's lines that starts
	// with a lead, ordinal or sequence marker, whether the marker heads a
	// section; numbers the number of a heading that the tree gives it, by
	// line: a sequence item's place in its chain, the last item of a list
	// of numbered parts (最后一点，) one more than the item before it.
	confirmed []bool
	numbers   map[int]int
	keys      map[*ast.Section]listID // the list of every unranked section
	// last is the last heading placed, and lastBody the number of its body
	// paragraphs that came from its own line.
	last     *ast.Section
	lastBody int
	// article is the last article placed (第三条): the articles of a 章程
	// run on across its chapters.
	article *ast.Section
	// heads are the headings the speech's lines will have, in text order
	// (see confirmCompany), and pos the position of the line being placed.
	heads []headAt
	pos   int
	// shapes are the shapes of the speech's lists read so far (broken.go).
	shapes []listShapeOf
	// open is the depth of the innermost section open when a ranked
	// heading came, before the unranked ones were closed.
	open int
	// hopes is the position of a closing cue that announces the items
	// after it (同志们，…提三点希望：), whose items are closing paragraphs;
	// len(ls) when there is none.
	hopes int
}

// headAt is a heading of the speech, known before it is placed: its
// position among the body's lines, its list and number, and whether it is
// ranked.
type headAt struct {
	at     int
	list   listID
	number int
	ranked bool
}

// listForm is the way a list's markers are written.
type listForm struct {
	id   listID
	form grammar.Form
}

func newTree(p *parser, sp *ast.Speech) *tree {
	root := frame{children: &sp.Sections, body: &sp.Preamble}
	// The stack of the speech built before is reused: speeches are built
	// one after another on a parser.
	t := &tree{p: p, speech: sp, stack: append(p.scratch.stack[:0], root), forms: p.scratch.forms[:0], keys: p.scratch.keys,
		heads: p.scratch.heads[:0], shapes: p.scratch.shapes[:0]}
	clear(t.keys)
	return t
}

// done hands the tree's tables back to the parser for the next speech.
func (t *tree) done() {
	clear(t.stack) // no section stays reachable from the parser
	clear(t.keys)
	t.p.scratch.stack = t.stack[:0]
	t.p.scratch.confirmed = t.confirmed[:0]
	t.p.scratch.forms = t.forms[:0]
	t.p.scratch.keys = t.keys
	t.p.scratch.heads = t.heads[:0]
	t.p.scratch.shapes = t.shapes[:0]
}

// form is how the markers of list id are written.
func (t *tree) form(id listID) grammar.Form {
	for _, f := range t.forms {
		if f.id == id {
			return f.form
		}
	}
	return grammar.Form{}
}

func (t *tree) top() *frame { return &t.stack[len(t.stack)-1] }

// listID names the list a marker belongs to: its style, and for lead
// and chapter markers the word (一是 and 一要, 第一章 and 第一点 are
// different lists), packed in a number that the builder compares often:
// the style's place in ast.Styles (from 1) above the word's last
// character (a lead marker's word is one; 个问题 is told from 个阶段). The
// zero listID is no list's.
type listID uint32

func listKey(m *grammar.Marker) listID {
	id := listID(styleIndex(m.Style)) << styleShift
	switch m.Style {
	case ast.StyleLead, ast.StyleChapter:
		r := utf8.RuneError // as utf8.DecodeRuneInString reads ""
		if m.Word != "" {
			r = scan.LastRune(m.Word)
		}
		id |= listID(r)
	}
	return id
}

// styleIndex is the place of a style in ast.Styles, from 1 (0 for a style
// that is none of them).
func styleIndex(s ast.Style) int {
	switch s {
	case ast.StyleChapter:
		return 1
	case ast.StyleArticle:
		return 2
	case ast.StyleHanDun:
		return 3
	case ast.StyleHanParen:
		return 4
	case ast.StyleArabicDot:
		return 5
	case ast.StyleArabicParen:
		return 6
	case ast.StyleCircled:
		return 7
	case ast.StyleLead:
		return 8
	case ast.StyleOrdinal:
		return 9
	case ast.StyleSequence:
		return 10
	}
	return 0
}

// build places the lines of a speech's body. lastEnd, when not -1, is where
// the last line ends (a closing formula takes its rest).
func (t *tree) build(ls []int, lastEnd int) {
	p := t.p
	t.confirmCompany(ls)
	t.closingItems(ls)
	t.listHeads(ls)
	for k := 0; k < len(ls); k++ {
		i := ls[k]
		l := &p.lines[i]
		t.pos = k
		end := l.end
		if k == len(ls)-1 && lastEnd >= 0 {
			end = lastEnd
		}
		if end <= l.start {
			continue
		}
		if m := l.marker; m != nil && t.accepts(k, i, m) {
			titleLine := i
			if m.Setting != grammar.Alone && t.markerOnly(l, m, end) && k+1 < len(ls) && !p.isHeading(ls[k+1]) && !(k+1 == len(ls)-1 && lastEnd >= 0) {
				titleLine = ls[k+1]
			}
			sec, rest, used := t.heading(ls, k, m, titleLine, end, lastEnd >= 0)
			if t.place(sec, m, i) {
				k += used
				t.last, t.lastBody = sec, 0
				if rest != nil {
					sec.Body = append(sec.Body, rest)
					t.lastBody = 1
				}
				continue
			}
		}
		t.addPara(p.trimmedPara(i, l.start, end)) // the line's content, perhaps less a formula
	}
}

func (t *tree) addPara(para *ast.Para) {
	f := t.top()
	*f.body = append(*f.body, para)
}

// markerOnly reports whether a line holds nothing but its marker (and
// Markdown decoration): 一是 on a line of its own, its text on the next.
func (t *tree) markerOnly(l *line, m *grammar.Marker, end int) bool {
	return onlyDecoration(t.p.text[l.start+m.End : end])
}

// onlyDecoration is strings.TrimLeft(s, " \t\u3000*_") == "", answered at
// the first character that is none of them (most often the first).
func onlyDecoration(s string) bool {
	for i := 0; i < len(s); {
		switch {
		case s[i] == ' ' || s[i] == '\t' || s[i] == '*' || s[i] == '_':
			i++
		case strings.HasPrefix(s[i:], "\u3000"):
			i += len("\u3000")
		default:
			return false
		}
	}
	return true
}

// accepts decides, from the line alone and the lists around it, whether a
// marker heads a section.
func (t *tree) accepts(k, i int, m *grammar.Marker) bool {
	p := t.p
	l := &p.lines[i]
	at := l.start + m.Start
	mtext := p.text[at : l.start+m.End]
	if m.Trap != "" {
		p.diag(ast.CodeNotAHeading, at, l.start+m.End, "trap", mtext, m.Trap)
		return false
	}
	if m.Doubtful != "" && !t.continuesOpenList(m) {
		p.diag(ast.CodeNotAHeading, at, l.start+m.End, "trap", mtext, m.Doubtful)
		return false
	}
	if m.Company {
		ok := t.confirmed[k]
		if !ok && knownListWord(m) && k <= t.hopes {
			p.diag(ast.CodeNotAHeading, at, l.start+m.End, "alone", mtext)
		}
		return ok
	}
	return true
}

// knownListWord: the unranked markers worth a diagnostic when they stand
// alone (一把手 is not worth one; a lone 一是 is).
func knownListWord(m *grammar.Marker) bool {
	switch m.Style {
	case ast.StyleOrdinal:
		return true
	case ast.StyleLead:
		return grammar.IsLeadWord(scan.LastRune(m.Word)) // the word is one letter
	}
	return false
}

// continuesOpenList: an open list of the marker's style ends at n-1.
func (t *tree) continuesOpenList(m *grammar.Marker) bool {
	key := listKey(m)
	for i := len(t.stack) - 1; i >= 1; i-- {
		if f := t.stack[i]; f.key == key && f.sec.Number == m.Number-1 {
			return true
		}
	}
	return false
}

// confirmCompany decides which markers that need company head sections
// (grammar.Marker.Company: every lead, ordinal and sequence marker, and a
// ranked one written without its mark), by the rule of company
// (company.go): the marker stands in a run of its list — 一是 with a 二是
// after it, 一　标题 with 二　标题 — and a sequence word in a chain of them,
// numbered by its place in the chain. Numbered 1, a lead or ordinal item
// may also have a following heading numbered 2 of another style for
// company (一是 … 二、, mixed style). That is what "numeral + the same word
// each time" means, and it keeps 一把手, 一要素, 一些 and 一 年多来 as text.
func (t *tree) confirmCompany(ls []int) {
	p := t.p
	t.confirmed = append(p.scratch.confirmed[:0], make([]bool, len(ls))...)
	// Most speeches have no such marker at all.
	need := false
	for _, i := range ls {
		if m := p.lines[i].marker; m != nil && m.Trap == "" && m.Company {
			need = true
			break
		}
	}
	if !need {
		return
	}
	items := p.scratch.runItems[:0]
	for k, i := range ls {
		m := p.lines[i].marker
		if m == nil || m.Trap != "" || !m.Company {
			continue
		}
		key, n := companyKey(m), m.Number
		if m.Last && n == 0 {
			// 最后一点，: one more than the item of its list before it.
			for j := len(items) - 1; j >= 0; j-- {
				if items[j].list == key {
					n = items[j].number + 1
					t.number(i, n)
					break
				}
			}
		}
		items = append(items, runItem[listID]{list: key, number: n, at: k})
	}
	p.scratch.runOrder = companyRuns(items, needsPair, p.scratch.runOrder, func(j, place int) {
		k := items[j].at
		t.confirmed[k] = true
		if m := p.lines[ls[k]].marker; m.Style == ast.StyleSequence {
			t.number(ls[k], place)
		}
	})
	p.scratch.runItems = items
	// For the mixed-style case (一是 … 二、): the next ranked heading after
	// each position, and the ranked styles seen before it. A 二、 whose
	// style is already open continues its own list and confirms nothing.
	next := append(p.scratch.next[:0], make([]rankedAt, len(ls)+1)...)
	p.scratch.next = next
	for k := len(ls) - 1; k >= 0; k-- {
		next[k] = next[k+1]
		if m := p.lines[ls[k]].marker; m != nil && m.Trap == "" && m.Style.Ranked() && (!m.Company || t.confirmed[k]) {
			next[k] = rankedAt{m.Number, m.Style}
		}
	}
	var seenStyle [8]bool // by Style.Rank, 1 to 7
	for k, i := range ls {
		m := p.lines[i].marker
		if m == nil || m.Trap != "" {
			continue
		}
		if m.Style.Ranked() {
			if !m.Company || t.confirmed[k] {
				seenStyle[m.Style.Rank()] = true
			}
			continue
		}
		if n := next[k+1]; !t.confirmed[k] && m.Number == 1 && knownListWord(m) && n.number == 2 && !seenStyle[n.style.Rank()] {
			t.confirmed[k] = p.nextMarkerNumber(ls[k+1:]) == 2
		}
		if !t.confirmed[k] && m.Style == ast.StyleSequence && m.Number == 1 {
			// 首先， then 第二， 第三，: the sequence word opens the
			// ordinal list (mixed style), though alone it is a point.
			t.confirmed[k] = t.opensOrdinals(ls, k)
		}
	}
}

// opensOrdinals reports whether the first heading after position k is a
// line-start ordinal numbered 2 that heads a section (第二，…), with no
// sequence word between (首先，我提议： far before 首先，… 第二，… opens
// nothing).
func (t *tree) opensOrdinals(ls []int, k int) bool {
	for j := k + 1; j < len(ls); j++ {
		m := t.p.lines[ls[j]].marker
		if m == nil || m.Trap != "" || m.Company && !t.confirmed[j] && m.Style != ast.StyleSequence {
			continue
		}
		return m.Style == ast.StyleOrdinal && m.Number == 2 && t.confirmed[j]
	}
	return false
}

// listHeads records the headings the lines will have (heads), for the
// rules that look ahead or at a heading's siblings: consecutive unranked
// lists (goesOn), broken headings (shapeOf).
func (t *tree) listHeads(ls []int) {
	for k, i := range ls {
		m := t.p.lines[i].marker
		if m == nil || m.Trap != "" || m.Company && !t.confirmed[k] {
			continue
		}
		n := m.Number
		if r, ok := t.numbers[i]; ok {
			n = r
		}
		t.heads = append(t.heads, headAt{at: k, list: listKey(m), number: n, ranked: m.Style.Ranked()})
	}
}

// goesOn reports whether the unranked list of an item numbered n goes on
// after the line being placed: its item n+1 heads a later line before any
// ranked heading closes the list.
func (t *tree) goesOn(list listID, n int) bool {
	k, _ := slices.BinarySearchFunc(t.heads, t.pos+1, func(h headAt, at int) int { return cmp.Compare(h.at, at) })
	for _, h := range t.heads[k:] {
		if h.ranked {
			return false
		}
		if h.list == list && h.number == n+1 {
			return true
		}
	}
	return false
}

// number gives the heading on line i the number n.
func (t *tree) number(i, n int) {
	if t.numbers == nil {
		t.numbers = map[int]int{}
	}
	t.numbers[i] = n
}

// companyKey names the list a marker needs company in: its list, and for
// a numeral with no word, how it is set off (grammar.Setting). A numeral
// set off by white space never borrows company from a list written 一、
// 二、: 三 级… after them is no third item. A numbered part's list is its
// classifier's, however each is set off (第一件　… 最后一件，…).
func companyKey(m *grammar.Marker) listID {
	switch m.Style {
	case ast.StyleHanDun, ast.StyleOrdinal:
		return listKey(m) | listID(m.Setting)<<settingShift
	}
	return listKey(m)
}

// settingShift places a marker's setting in a companyKey, above the
// style's place in a listID.
const settingShift = 26

// needsPair: a run of the list needs two items numbered n and n+1 side by
// side. A chain of sequence words does not (首先 → 最后): its words are
// numbered by their places in the usual order, not one by one.
func needsPair(id listID) bool {
	return id&styleMask != listID(styleIndex(ast.StyleSequence))<<styleShift
}

// styleShift and styleMask place the style in a listID.
const (
	styleShift        = 21
	styleMask  listID = 0x1F << styleShift
)

// rankedAt is the number and style of a ranked heading.
type rankedAt struct {
	number int
	style  ast.Style
}

// nextMarkerNumber is the number of the first heading marker among ls.
func (p *parser) nextMarkerNumber(ls []int) int {
	for _, i := range ls {
		if m := p.lines[i].marker; m != nil && m.Trap == "" {
			return m.Number
		}
	}
	return 0
}

// heading builds the section of the heading line ls[k]: marker, title up
// to the first sentence mark, and the rest of the line as a first body
// paragraph. When the marker stands alone, its title is on titleLine; when
// the heading is broken over two lines (broken.go), its title runs on on
// the next. used is how many lines after the heading's it took; lastEnds
// says a closing formula ends the speech's last line.
func (t *tree) heading(ls []int, k int, m *grammar.Marker, titleLine, end int, lastEnds bool) (sec *ast.Section, rest *ast.Para, used int) {
	p := t.p
	i := ls[k]
	l := &p.lines[i]
	sec = p.sectionSlab.New()
	*sec = ast.Section{
		Marker: p.text[l.start+m.Start : l.start+m.End],
		Style:  m.Style, Number: m.Number,
		Body: p.bodySlab.List(2), Children: []*ast.Section{},
	}
	if n, ok := t.numbers[i]; ok {
		sec.Number = n
	}
	from, lineEnd := l.start+m.End, end
	if titleLine != i {
		from, lineEnd = p.lines[titleLine].start, p.lines[titleLine].end
		used = 1
	}
	ts, te, he := grammar.TitleBounds(p.text, from, lineEnd)
	sec.Title = dropEmphasis(trimEmphasisRight(p.cleanTextIn(titleLine, ts, te)), p.text[from:ts])
	if titleLine == i && he == lineEnd && te == lineEnd && sec.Title != "" {
		last := k+1 == len(ls)-1 && lastEnds
		if c := t.continuation(ls, k, listKey(m), ts, te, last); c >= 0 {
			// The title runs on on the next line, to its first sentence
			// mark (H6).
			titleLine, used = ls[c], c-k
			nl := &p.lines[titleLine]
			from, lineEnd = nl.start+skipHashes(p.text[nl.start:nl.end]), nl.end
			ts, te, he = grammar.TitleBounds(p.text, from, lineEnd)
			sec.Title = joinTitle(sec.Title, dropEmphasis(trimEmphasisRight(p.cleanTextIn(titleLine, ts, te)), p.text[from:ts]))
		}
	}
	sec.Span = p.idx.spanIn(i, l.start, he)
	if sec.Title == "" {
		p.diag(ast.CodeEmptyTitle, l.start+m.Start, l.start+m.End, fmt.Sprintf("「%s」后没有标题文字", sec.Marker))
	}
	rs := he
	for rs < lineEnd {
		r, size := scan.DecodeRune(p.text[:lineEnd], rs)
		if !scan.IsBlank(r) {
			break
		}
		rs += size
	}
	if rs < lineEnd {
		return sec, p.trimmedPara(titleLine, rs, lineEnd), used // rs is no white space, and lineEnd ends the line's content
	}
	return sec, nil, used
}

// skipHashes is the length of the Markdown heading marks and white space
// a line opens with.
func skipHashes(s string) int {
	t := strings.TrimLeft(s, "#")
	if len(t) == len(s) {
		return 0
	}
	return len(s) - len(strings.TrimLeftFunc(t, scan.IsBlank))
}

// dropEmphasis is s without the Markdown strong emphasis inside it
// (1. **耐心倾听**：… has the title 耐心倾听：…, H7): pairs of ** are
// decoration wherever they stand, the first of a pair perhaps in before,
// the text s was cut from; a lone * (a footnote star, a product) is text.
func dropEmphasis(s, before string) string {
	if strings.IndexByte(s, '*') < 0 {
		return s // most titles
	}
	n := strings.Count(s, "**")
	if n == 0 {
		return s
	}
	if strings.Count(before, "**")%2 == 1 {
		n++
	}
	if n%2 != 0 {
		return s
	}
	return strings.ReplaceAll(s, "**", "")
}

// trimEmphasisRight is s without the Markdown emphasis and white space it
// ends with: strings.TrimRightFunc(s, …) for * _ # and scan.IsBlank.
func trimEmphasisRight(s string) string {
	for s != "" {
		switch c := s[len(s)-1]; {
		case c == '*' || c == '_' || c == '#' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f':
			s = s[:len(s)-1]
		case c < utf8.RuneSelf:
			return s
		default:
			r := scan.LastRune(s)
			if !scan.IsBlank(r) {
				return s
			}
			s = s[:len(s)-utf8.RuneLen(r)]
		}
	}
	return s
}

// place puts a section into the tree. It returns false when the marker,
// in its context, is not a heading after all (the line is then text).
func (t *tree) place(sec *ast.Section, m *grammar.Marker, i int) bool {
	key := listKey(m)
	if !t.hasForm(key) {
		t.forms = append(t.forms, listForm{key, grammar.FormOf(m, sec.Marker)})
	}
	var ok bool
	if m.Style.Ranked() {
		ok = t.placeRanked(sec, m, key)
	} else {
		ok = t.placeUnranked(sec, m, key)
	}
	if ok {
		t.lint(sec, m)
		if sec.Style == ast.StyleArticle {
			t.article = sec
		}
	}
	return ok
}

// hasForm reports whether a marker of list id has been placed.
func (t *tree) hasForm(id listID) bool {
	for _, f := range t.forms {
		if f.id == id {
			return true
		}
	}
	return false
}

func (t *tree) push(sec *ast.Section, key listID) {
	if !sec.Style.Ranked() {
		if t.keys == nil {
			t.keys = map[*ast.Section]listID{}
		}
		t.keys[sec] = key // placeUnranked looks up the lists of unranked sections only
	}
	t.stack = append(t.stack, frame{sec: sec, key: key, isRanked: sec.Style.Ranked(), children: &sec.Children, body: &sec.Body})
}

// attach adds sec as the last child of the frame at depth d, closing
// everything above it, and opens sec.
func (t *tree) attach(d int, sec *ast.Section, key listID) {
	t.stack = t.stack[:d+1]
	f := t.stack[d]
	if cap(*f.children) == 0 {
		*f.children = t.p.childSlab.List(4)
	}
	*f.children = append(*f.children, sec)
	t.push(sec, key)
}

func (t *tree) popUnranked() {
	for len(t.stack) > 1 && !t.top().ranked() {
		t.stack = t.stack[:len(t.stack)-1]
	}
}

func (t *tree) placeRanked(sec *ast.Section, m *grammar.Marker, key listID) bool {
	t.open = len(t.stack) - 1
	t.popUnranked()
	// An open list that the number continues, innermost first; one written
	// as Markdown headings of the same depth first (### 3. goes on from
	// ### 2., not from a plain 2. under it, L4).
	cont := -1
	for d := len(t.stack) - 1; d >= 1; d-- {
		if f := t.stack[d]; f.key == key && sec.Number == f.sec.Number+1 {
			if t.sameDepth(f.sec, sec) {
				cont = d
				break
			}
			if cont < 0 {
				cont = d
			}
		}
	}
	if cont >= 1 {
		t.attach(cont-1, sec, key)
		return true
	}
	for d := len(t.stack) - 1; d >= 1; d-- {
		if f := t.stack[d]; f.key == key {
			t.openList(d, sec, key)
			return true
		}
	}
	return t.newList(sec, m, key)
}

// sameDepth reports whether two headings are written alike as Markdown
// headings: both of one depth (## 一、), or neither one.
func (t *tree) sameDepth(a, b *ast.Section) bool {
	ta, tb := t.p.text[a.Span.Start:], t.p.text[b.Span.Start:]
	if ta == "" || tb == "" || ta[0] != '#' && tb[0] != '#' {
		return true // most headings
	}
	return headingDepth(ta) == headingDepth(tb)
}

// openList places sec in the open list at depth d whose number it does not
// continue: a restart, a duplicate, a gap or a step back.
func (t *tree) openList(d int, sec *ast.Section, key listID) {
	f := t.stack[d]
	prev := f.sec
	switch {
	case sec.Number == 1:
		t.restart(d, sec, key)
		return
	case prev.Implied && sec.Number <= prev.Number:
		// The implied heading was inferred from a restart, and this real
		// heading contradicts the inference (a sub-list written in its
		// parent's style, a second 一是 list in one section): the numbers
		// are the writer's, the slip is the guess's. The restart already
		// has its implied-parent warning.
	case !sec.Style.Ranked() && t.resumesInline(sec):
		// 二是 on a new line continuing …。一是… in the paragraph just
		// before: a new enumeration, not a slip in the open list.
	case sec.Number == prev.Number:
		t.p.diagAt(ast.CodeNumberingDuplicate, sec, sec.Marker, prev.Marker)
	case sec.Number > prev.Number:
		t.p.diagAt(ast.CodeNumberingGap, sec, prev.Marker, sec.Marker, strconv.Itoa(sec.Number-prev.Number-1))
	default:
		t.p.diagAt(ast.CodeNumberingOrder, sec, sec.Marker, prev.Marker)
	}
	t.attach(d-1, sec, key)
}

// resumesInline reports whether a lead or ordinal heading continues an
// enumeration that began inside the paragraphs just before it.
func (t *tree) resumesInline(sec *ast.Section) bool {
	m, ok := t.p.markers.Parse(sec.Marker) // remembered: lists restart often
	return ok && t.inlineContinued(&m, t.top())
}

// restart handles an item numbered 1 in a list already open at depth d: a
// parent was lost (a hidden stretch, a page not copied), so an implied
// parent of the parent's style follows the parent. A list directly under
// the speech has no parent style to imply: see restartAtTop.
func (t *tree) restart(d int, sec *ast.Section, key listID) {
	if !t.sameDepth(sec, t.stack[d].sec) {
		// A plain list under a list of Markdown headings of its style is
		// the heading item's sub-list (L4, parts.go).
		t.attach(len(t.stack)-1, sec, key)
		return
	}
	parent := t.stack[d-1]
	if parent.sec == nil {
		t.restartAtTop(d, sec, key)
		return
	}
	imp := t.implied(parent.sec.Style, parent.sec.Number+1, t.form(parent.key), sec.Span)
	t.attach(d-2, imp, parent.key)
	t.attach(len(t.stack)-1, sec, key)
	t.p.diagAt(ast.CodeImpliedParent, sec, "restart", sec.Marker, imp.Marker)
}

// implied makes a section the numbering proves but the text lacks: no
// title, a zero-length span where its first child starts.
func (t *tree) implied(style ast.Style, n int, form grammar.Form, at ast.Span) *ast.Section {
	return &ast.Section{
		Marker: grammar.WriteMarker(style, n, form), Style: style, Number: n, Implied: true,
		Span: ast.Span{Start: at.Start, End: at.Start, Line: at.Line, EndLine: at.Line},
		Body: []*ast.Para{}, Children: []*ast.Section{},
	}
}

// newList places a section whose list is not open.
func (t *tree) newList(sec *ast.Section, m *grammar.Marker, key listID) bool {
	d := len(t.stack) - 1
	parent := t.top()
	if sec.Number == 1 {
		t.attach(d, sec, key)
		return true
	}
	if sec.Style == ast.StyleSequence {
		// A chain's words are numbered by their places in it: a later word
		// whose list is not open proves no lost parent.
		t.attach(d, sec, key)
		return true
	}
	if prev := t.article; sec.Style == ast.StyleArticle && prev != nil && sec.Number > prev.Number {
		// 第三条 opening 第二章: the articles run on from the chapter
		// before, not a list that starts late.
		t.attach(d, sec, key)
		if sec.Number > prev.Number+1 {
			t.p.diagAt(ast.CodeNumberingGap, sec, prev.Marker, sec.Marker, strconv.Itoa(sec.Number-prev.Number-1))
		}
		return true
	}
	prev := *parent.children
	if len(prev) == 0 {
		if t.inlineContinued(m, parent) {
			t.p.diagAt(ast.CodeNotAHeading, sec, "inline", sec.Marker)
			return false
		}
		t.attach(d, sec, key)
		t.p.diagAt(ast.CodeListStartsLate, sec, sec.Marker)
		return true
	}
	deeper := false
	for _, c := range prev {
		if sec.Style.Ranked() && c.Style.Ranked() && c.Style.Rank() > sec.Style.Rank() {
			deeper = true
		}
	}
	if !deeper && runsOneTo(prev, sec.Number-1) {
		t.attach(d, sec, key)
		t.p.diagAt(ast.CodeMixedStyle, sec, sec.Marker, prev[len(prev)-1].Marker)
		return true
	}
	// A fragment: what came before belongs to a parent numbered n-1.
	imp := t.implied(sec.Style, sec.Number-1, t.form(key), prev[0].Span)
	imp.Children = append(imp.Children, prev...)
	*parent.children = []*ast.Section{imp}
	t.attach(d, sec, key)
	t.p.diagAt(ast.CodeImpliedParent, sec, "missing", sec.Marker, imp.Marker, strconv.Itoa(len(prev)))
	return true
}

// runsOneTo reports whether the sections are numbered 1, 2, … n.
func runsOneTo(ss []*ast.Section, n int) bool {
	if len(ss) != n {
		return false
	}
	for k, s := range ss {
		if s.Number != k+1 {
			return false
		}
	}
	return true
}

func (t *tree) placeUnranked(sec *ast.Section, m *grammar.Marker, key listID) bool {
	// An open list of the same kind among the unranked frames on top.
	for d := len(t.stack) - 1; d >= 1 && !t.stack[d].ranked(); d-- {
		if t.stack[d].key == key {
			t.openUnranked(d, sec, key)
			return true
		}
	}
	// A list of the same kind that a ranked heading closed (第一 (一)…(九)
	// 第二): the next item returns to its level.
	for d := len(t.stack) - 1; d >= 0; d-- {
		kids := *t.stack[d].children
		for k := len(kids) - 1; k >= 0; k-- {
			c := kids[k]
			if c.Style.Ranked() || t.keys[c] != key {
				continue
			}
			if sec.Number == c.Number+1 {
				t.attach(d, sec, key)
				return true
			}
			break
		}
	}
	// An unranked item holds the list that follows it only when its own
	// list goes on after that list (第一，/一是/二是/第二，), or when an item
	// of its list before it held one (…/第二，/一是/二是); a list that
	// follows the last item of another stands beside it (三抓/一是,
	// 三是/第一，, 首先/第二，).
	for len(t.stack) > 1 && !t.top().ranked() && !t.holds(len(t.stack)-1) {
		t.stack = t.stack[:len(t.stack)-1]
	}
	return t.newList(sec, m, key)
}

// holds reports whether the unranked item open at depth d holds the list
// that starts now: its own list goes on after it, or an earlier item of
// its list holds a list of its own.
func (t *tree) holds(d int) bool {
	f := t.stack[d]
	if t.goesOn(f.key, f.sec.Number) {
		return true
	}
	for _, c := range *t.stack[d-1].children {
		if c != f.sec && len(c.Children) > 0 && t.keys[c] == f.key {
			return true
		}
	}
	return false
}

func (t *tree) openUnranked(d int, sec *ast.Section, key listID) {
	prev := t.stack[d].sec
	if sec.Number == prev.Number+1 {
		t.attach(d-1, sec, key)
		return
	}
	if sec.Number == 1 {
		if d >= 2 && t.stack[d-1].ranked() {
			t.restart(d, sec, key)
		} else {
			t.attach(d-1, sec, key) // a new run of the same kind of list
		}
		return
	}
	t.openList(d, sec, key)
}

// inlineContinued reports whether the item before the marker's, n-1,
// opened a clause in a paragraph of the current section (继续实施积极的
// 财政政策。一是… and then 二是… on the next line): the list began inside
// running text, so its line-start items are text too.
func (t *tree) inlineContinued(m *grammar.Marker, f *frame) bool {
	want := grammar.PreviousMarkers(m)
	if len(want) == 0 {
		return false
	}
	paras := *f.body
	for k := len(paras) - 1; k >= 0 && k >= len(paras)-8; k-- {
		for _, w := range want {
			if grammar.ClauseStartIndex(paras[k].Text, w) >= 0 {
				return true
			}
		}
	}
	return false
}

// diagAt records a diagnostic about a section's marker.
func (p *parser) diagAt(code ast.Code, sec *ast.Section, args ...string) {
	start := sec.Span.Start
	end := start + len(sec.Marker)
	if i := strings.Index(p.text[sec.Span.Start:sec.Span.End], sec.Marker); i >= 0 && sec.Marker != "" {
		start = sec.Span.Start + i
		end = start + len(sec.Marker)
	}
	if end > len(p.text) {
		end = len(p.text)
	}
	p.diag(code, start, end, args...)
}
