// The marker at the head of a line (conventions.md §2): 一、 （一） 1.
// （1） ① 一是 第一， 第一部分 其次， with the Markdown decoration before it.
package grammar

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/internal/scan"
)

// Marker is a numbering marker at the head of a line.
type Marker struct {
	Style  ast.Style
	Number int
	// Word is the lead word of a lead marker (是 in 一是) or the unit of a
	// chapter marker (部分, 章, 节), folded.
	Word string
	// Start and End delimit the marker in the line, exactly as written
	// (Markdown decoration before Start is not part of it).
	Start, End int
	// Open and Close are the brackets as written ("（", ")"), for the
	// bracketed styles; Punct is the mark written after the marker ("、",
	// ".", "，", or "" for none).
	Open, Close, Punct string
	// Trap, when set, names why the marker is not a heading whatever its
	// context (1.5亿元, 十、百、千, 一是一): one of the Trap* reasons.
	Trap string
	// Doubtful, when set, names why the marker is a heading only if its
	// number fits a list already open (二、三年 reads as "two or three years"
	// unless 一、 came before): one of the Trap* reasons.
	Doubtful string
	// Last: the marker names the last item of its list (最后一点，): its
	// Number is the one written after it (最后一点，第八点：) or, 0, the
	// previous item's number plus one, which the tree builder gives it.
	Last bool
	// Setting is how the marker is set off from its title.
	Setting Setting
	// Company: the marker heads a section only in company, with another
	// item of its list in order (conventions.md §2): every lead, ordinal
	// and sequence marker, and a ranked one written without its mark
	// (一　标题, a numeral alone on its line). The tree builder decides.
	Company bool
}

// Setting is how a marker is set off from the title after it.
type Setting uint8

const (
	// ByMark: a mark, a bracket or a word ends the marker (一、 （一） 1.
	// 一是 第一部分): the way every style is written.
	ByMark Setting = iota
	// BySpace: white space alone (一　标题, 第一　标题), as older texts
	// print their headings.
	BySpace
	// Alone: the marker is all its line holds, but for Markdown decoration
	// (一, ## 一, **二**): a heading with no title of its own.
	Alone
)

// Text is the marker as written in line.
func (m Marker) Text(line string) string { return line[m.Start:m.End] }

// headMaxBytes bounds the part of a line the marker grammar sees: the
// longest marker with Markdown decoration ("### **（二十三）、") is well
// under it.
const headMaxBytes = 64

// markerHead cuts line to the part the marker grammar needs: Markdown
// decoration, then the characters a marker is made of (numerals, digits,
// brackets, 第, marks, the words of chapter and sequence markers), then one
// more character (the word of a lead marker: 是 in 一是). Markers repeat
// (一、, （一）党…), so the head is also what a cache of parses is keyed on.
//
// The key returned with it is the head less that last character, except
// after a numeral or a digit (and spaces), where the character may be part
// of the marker (一是, 第1是, 第一 是): a marker's parse depends on nothing
// else, so （一）党 and （一）要 share one parse.
func markerHead(line string) (head, key string) {
	i := skipDecoration(line, headMaxBytes)
	// afterNumber: the characters before i are a numeral or a digit and
	// perhaps spaces, after which the next character may be part of the
	// marker (一是, 第1是, 第一 是).
	afterNumber := false
	for i < len(line) && i < headMaxBytes {
		cls, _, size := classAt(line, i)
		if cls&clsHead != 0 {
			i += size
			afterNumber = cls&clsNumber != 0 || afterNumber && cls&clsSpace != 0
			continue
		}
		if cls&clsWordFirst != 0 {
			if n, w := markerWordIndex(line[i:]); n > 0 {
				i += n
				afterNumber = false
				if nounAfter[w] {
					// 第二个问题：, 最后一篇文章，: the noun is part of the marker.
					i += nounAt(line, i)
				}
				continue
			}
		}
		if afterNumber {
			return line[:i+size], line[:i+size]
		}
		return line[:i+size], line[:i]
	}
	head = cutHead(line, headMaxBytes)
	return head, head
}

// maxNounRunes bounds the noun of a numbered part after its classifier
// (第二个问题：, 最后一篇文章，).
const maxNounRunes = 4

// nounAt is the length of the noun at line[i:] that a numbered part's
// classifier may take: one to maxNounRunes letters, no numeral among
// them, followed by a mark or white space; 0 when there is none (第一个五
// 年计划期间, 第二个就是要…).
func nounAt(line string, i int) int {
	j, n := i, 0
	for j < len(line) && n <= maxNounRunes {
		cls, r, size := classAt(line, j)
		if cls&clsHead != 0 {
			if n > 0 && cls&clsNumber == 0 && r != '第' && (cls&clsSpace != 0 || MarkOf(foldRune(r)) != 0) {
				return j - i
			}
			return 0
		}
		if !unicode.IsLetter(r) {
			return 0
		}
		j += size
		n++
	}
	return 0
}

// skipDecoration is the offset of the first character of line, among its
// first limit bytes, that is not Markdown decoration or white space.
func skipDecoration(line string, limit int) int {
	i := 0
	for i < len(line) && i < limit {
		cls, _, size := classAt(line, i)
		if cls&clsDecoration == 0 {
			break
		}
		i += size
	}
	return i
}

// decoration: the Markdown marks and white space a heading may open with.
func decoration(r rune) bool {
	switch r {
	case '#', '*', '>', '-', '+', '_', ' ', '\t', '\u3000', '•':
		return true
	}
	return false
}

// headRune: the characters a marker is made of, but for the words of
// chapter and sequence markers (folded: （ is (, １ is 1).
func headRune(f rune) bool {
	switch f {
	case '(', ')', '（', '）', '、', '.', ',', ':', '，', '：', '第', ' ', '\t':
		return true
	}
	return f >= '0' && f <= '9' || IsHanNumeral(f) || circledValue(f) > 0
}

// markerWordAt is the length of a unit or sequence word at the start of s
// (folded, so 最後 is 最后), or 0.
func markerWordAt(s string) int {
	n, _ := markerWordIndex(s)
	return n
}

// markerWordIndex is markerWordAt, with the word's index in markerWords.
func markerWordIndex(s string) (n, w int) {
	if s == "" {
		return 0, 0
	}
	if first, _ := scan.DecodeRune(s, 0); !markerWordFirst(foldRune(first)) {
		return 0, 0 // most characters start no such word
	}
	for k, word := range markerWords {
		if n := foldedPrefix(s, word); n > 0 {
			return n, k
		}
	}
	return 0, 0
}

// nounAfter says, for each word of markerWords, whether a noun may follow
// it in a marker: the classifiers of numbered parts (第二个问题：, and the
// last item, 最后一篇文章，).
var nounAfter = func() []bool {
	out := make([]bool, len(markerWords))
	for k, w := range markerWords {
		out[k] = unitRoles(w)&(unitPart|unitNoun) != 0
	}
	return out
}()

// markerWordFirst reports whether a marker word starts with r (folded).
func markerWordFirst(r rune) bool { return markerWordFirsts.Has(r) }

// sequenceFirst reports whether a sequence word starts with r (folded).
func sequenceFirst(r rune) bool { return sequenceFirsts.Has(r) }

// markerWordFirsts and sequenceFirsts are the first characters of the
// marker words and of the sequence words.
var markerWordFirsts, sequenceFirsts = func() (marker, sequence *scan.RuneSet) {
	marker, sequence = new(scan.RuneSet), new(scan.RuneSet)
	for _, w := range markerWords {
		marker.Add(firstRune(w))
	}
	for _, w := range sequenceWords {
		sequence.Add(firstRune(w.word))
	}
	return marker, sequence
}()

// foldedPrefix is the length of the prefix of s that folds to w, or 0.
func foldedPrefix(s, w string) int {
	i := 0
	for _, want := range w {
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

// Markers parses line heads, remembering the parses of heads it has seen.
// One Markers may serve many documents, one after another: the heads of
// speeches repeat from one to the next (一、 （一） 1.), and a parse depends
// on the head alone. A Markers is not safe for concurrent use; make one per
// goroutine.
type Markers struct {
	// exact holds the markers read from heads as written, number and all:
	// 一、 and （二） come back line after line.
	exact map[string]markerParse
	// shapes holds the grammar's reading of the heads' shapes (see Parse).
	shapes map[string]markerParse
}

type markerParse struct {
	m  *Marker // never changed once made: lines share it
	ok bool
}

// maxCachedHeads bounds each cache: when it is full it starts over, so
// that it keeps serving the heads of the documents being read now.
const maxCachedHeads = 4096

// NewMarkers returns an empty cache of marker parses.
func NewMarkers() *Markers {
	return &Markers{exact: map[string]markerParse{}, shapes: map[string]markerParse{}}
}

// Parse is ParseMarker, remembering what it parsed.
func (ms *Markers) Parse(line string) (Marker, bool) {
	base, trap, doubtful, ok := ms.read(line)
	if !ok {
		return Marker{}, false
	}
	m := *base
	m.Trap, m.Doubtful = trap, doubtful
	return m, true
}

// ParseShared is Parse for a caller that keeps the marker and never
// changes it: a marker without a trap comes back as the same *Marker for
// every line with the same head (一、 on line after line), not a copy.
func (ms *Markers) ParseShared(line string) (*Marker, bool) {
	base, trap, doubtful, ok := ms.read(line)
	if !ok {
		return nil, false
	}
	if trap == "" && doubtful == "" {
		return base, true
	}
	m := *base
	m.Trap, m.Doubtful = trap, doubtful
	return &m, true
}

// read finds the marker line starts with: the marker as its head reads,
// shared and never to be changed, and the traps its line sets.
func (ms *Markers) read(line string) (base *Marker, trap, doubtful string, ok bool) {
	if !MayStartMarker(line) {
		return nil, "", "", false
	}
	// A line that is nothing but a numeral is a marker by the whole line,
	// not by its head: 一　 is the key of 一　的 too, so it stays out of
	// the caches.
	if m, ok := bareNumeral(line); ok {
		trap, doubtful = traps(line, &m)
		bare := new(Marker) // made only here: m itself stays on the stack
		*bare = m
		return bare, trap, doubtful, true
	}
	head, key := markerHead(line)
	pr, seen := ms.exact[key]
	if !seen {
		pr = ms.readHead(line, head, key)
		// Heads that are no marker are remembered by their shape alone:
		// their numbers vary (第1行, 第2行 … on a million lines) where a
		// marker's run to the length of a list.
		if pr.ok {
			if len(ms.exact) >= maxCachedHeads {
				clear(ms.exact)
			}
			ms.exact[strings.Clone(key)] = pr // the key is part of a document's text
		}
	}
	if !pr.ok {
		return nil, "", "", false
	}
	trap, doubtful = traps(line, pr.m)
	return pr.m, trap, doubtful, true
}

// readHead reads the marker of a head not seen as written. The grammar's
// reading of the head's shape — its numerals and digits replaced by one of
// their kind, of the same width — is remembered, so that 第12行 and 第13行,
// 2023年 and 2024年 share one parse; the number itself is read from the
// line.
func (ms *Markers) readHead(line, head, key string) markerParse {
	var buf [2 * headMaxBytes]byte // a shape is as long as its head
	shape := appendNumeralShape(buf[:0], key)
	pr, seen := ms.shapes[string(shape)] // no copy is made for the lookup
	if !seen {
		m, ok := parseShape(numeralShape(head))
		pr = markerParse{&m, ok}
		if len(ms.shapes) >= maxCachedHeads {
			clear(ms.shapes)
		}
		ms.shapes[string(shape)] = pr
	}
	if !pr.ok {
		return pr
	}
	n, ok := numberAt(line, *pr.m)
	if !ok {
		return markerParse{}
	}
	m := *pr.m
	m.Number = n
	return markerParse{&m, true}
}

// numeralShape replaces every numeral and digit of s by a representative of
// its kind of the same byte length: 一 for Chinese numerals, 0 and ０ for
// digits, ① ⑴ ⒈ ㈠ for the enclosed forms. The grammar reads a shape as it
// reads any of its heads.
func numeralShape(s string) string { return string(appendNumeralShape(nil, s)) }

// appendNumeralShape appends the shape of s to b.
func appendNumeralShape(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		r, size := scan.DecodeRune(s, i)
		if rep, ok := numeralOfKind(r); ok {
			b = utf8.AppendRune(b, rep)
		} else {
			// Everything else as written, bytes that are not UTF-8
			// included: a shape is as long as what it is the shape of.
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return b
}

// numeralOfKind is the representative of r's kind of numeral or digit,
// one of the same width: 一 for a Chinese numeral, 0 and ０ for the digits,
// ① ⑴ ⒈ ㈠ for the enclosed numbers; false for any other character.
func numeralOfKind(r rune) (rune, bool) {
	switch {
	case IsHanNumeral(r):
		return '一', true
	case r >= '0' && r <= '9':
		return '0', true
	case r >= '０' && r <= '９':
		return '０', true
	case r >= '①' && r <= '⑳', r >= '㉑' && r <= '㉟', r >= '㊱' && r <= '㊿':
		return '①', true
	case r >= '⑴' && r <= '⒇':
		return '⑴', true
	case r >= '⒈' && r <= '⒛':
		return '⒈', true
	case r >= '㈠' && r <= '㈩':
		return '㈠', true
	}
	return r, false
}

// parseShape is the grammar's reading of a head's shape: whether it is a
// marker and of what style, where it ends, its marks; its number is not
// read (numberAt reads it from the line).
func parseShape(head string) (Marker, bool) {
	node, err := headParser().ParseString("", head, participle.AllowTrailing(true))
	if err != nil || node.Marker == nil {
		return Marker{}, false
	}
	m, _ := buildMarker(head, node.Marker)
	return m, m.Style != ""
}

// numberAt reads the number of a marker whose shape has been parsed from
// the line itself.
func numberAt(line string, m Marker) (int, bool) {
	if m.Style == ast.StyleSequence {
		return sequenceNumber(m.Word), true
	}
	text := line[m.Start:m.End]
	if m.Last {
		// 最后一点，第八点：: the number is the one after 第, if any.
		i := strings.Index(text, "第")
		if i < 0 {
			return 0, true
		}
		text = text[i:]
	}
	for i := 0; i < len(text); {
		cls, r, size := classAt(text, i)
		if v := circledValue(r); v > 0 {
			return v, true
		}
		if cls&clsNumber == 0 {
			i += size
			continue
		}
		j := i + size
		for j < len(text) {
			cls2, _, size2 := classAt(text, j)
			if cls2&clsNumber == 0 {
				break
			}
			j += size2
		}
		n, ok := numberOf(text[i:j])
		return n, ok && n > 0
	}
	return 0, false
}

// numberRune: a Chinese numeral or a digit (folded).
func numberRune(f rune) bool { return f >= '0' && f <= '9' || IsHanNumeral(f) }

// MayStartMarker is the prefilter: false when the first character of line
// (after Markdown decoration) cannot begin any marker, which is most lines.
func MayStartMarker(line string) bool {
	// skipDecoration(line, 12), keeping the class of the character found.
	for i := 0; i < len(line) && i < 12; {
		cls, _, size := classAt(line, i)
		if cls&clsDecoration == 0 {
			return cls&clsStart != 0
		}
		i += size
	}
	return false
}

func markerStart(r rune) bool {
	switch {
	case IsHanNumeral(r) && r != '〇' && r != '零' && r != '百':
		return true
	case r >= '0' && r <= '9':
		return true
	case circledValue(r) > 0:
		return true
	}
	return r == '(' || r == '第' || sequenceFirst(r)
}

// The grammar of a line head: Markdown decoration, then one marker.
type headNode struct {
	Deco   []string    `parser:"@( Space | Hash Space+ | Gt Space* | Bullet Space+ | Stars Space* )*"`
	Marker *markerNode `parser:"@@"`
}

type markerNode struct {
	Pos      lexer.Position
	Chapter  *chapterNode  `parser:"(  @@"`
	Article  *articleNode  `parser:"| @@"`
	Last     *lastNode     `parser:"| @@"`
	Ordinal  *ordinalNode  `parser:"| @@"`
	Paren    *parenNode    `parser:"| @@"`
	HanDun   *hanDunNode   `parser:"| @@"`
	Lead     *leadNode     `parser:"| @@"`
	Arabic   *arabicNode   `parser:"| @@"`
	Circled  *enclosed     `parser:"| @( Circled | ParenDigit | DotDigit | ParenHan )"`
	Sequence *sequenceNode `parser:"| @@ )"`
	EndPos   lexer.Position
}

// chapterNode reads 第一部分, 第二章 (a unit that makes a chapter by
// itself) and the numbered parts with a classifier, which a mark or white
// space must follow: 第一点， 第六件　 第二个问题： (个 takes a noun).
type chapterNode struct {
	Num     number   `parser:"Di Space? @( Numeral | Digits )"`
	Unit    string   `parser:"(  Space? @Unit"`
	Part    string   `parser:" | @Part"`
	Counter string   `parser:" | @Counter"`
	Noun    []string `parser:"   @( Han | Part | Unit )+ )"`
	Punct   string   `parser:"( @( Dun | Colon | Comma )"`
	Blank   string   `parser:"| @Space )?"`
}

// articleNode reads an article: 第一条 and white space, a mark or its
// text (第三条申请入会须具备下列条件).
type articleNode struct {
	Num   number `parser:"Di Space? @( Numeral | Digits ) Space? Article"`
	Punct string `parser:"( @( Dun | Colon | Comma )"`
	Blank string `parser:"| @Space )?"`
}

// lastNode reads the last item of a list of numbered parts: 最后一点，,
// 最后一篇文章，, 最后一点，第八点： (its number given again after it).
type lastNode struct {
	Seq     sequence     `parser:"@Seq"`
	One     number       `parser:"@Numeral"`
	Part    string       `parser:"(  @Part"`
	Article string       `parser:" | @Article"`
	Counter string       `parser:" | @Counter )"`
	Noun    []string     `parser:"@( Han | Part | Unit )*"`
	Punct   string       `parser:"( @( Dun | Colon | Comma )"`
	Blank   string       `parser:"| @Space )"`
	Again   *chapterNode `parser:"@@?"`
}

type ordinalNode struct {
	Num   number `parser:"Di @( Numeral | Digits )"`
	Punct string `parser:"( Space? @( Comma | Dun | Colon | Dot | '是' )"`
	Blank string `parser:"| @Space )"`
}

type parenNode struct {
	Open  string `parser:"@Open Space?"`
	Num   number `parser:"@( Numeral | Digits )"`
	Close string `parser:"Space? @Close"`
	Punct string `parser:"@( Dun | Dot | Comma | Colon )?"`
}

// hanDunNode also reads 一， (a comma where GB/T 15834 B.3 wants 、) so that
// the slip is reported and fixed rather than the heading lost; traps keep
// 一，二，三 and 一，二线 as text. A numeral with white space and no mark
// (一　标题) is the older form of the same heading.
type hanDunNode struct {
	Num   number `parser:"@Numeral"`
	Punct string `parser:"( Space? @( Dun | Dot | Comma )"`
	Blank string `parser:"| @Space )"`
}

// leadNode's word is one letter (一是, 一讲政治): a classifier of one
// letter is one too, the longer ones (一方面) are not.
type leadNode struct {
	Num  number `parser:"@Numeral"`
	Word string `parser:"@( Han | Part | Counter | Article )"`
}

type arabicNode struct {
	Num   number `parser:"@Digits"`
	Punct string `parser:"Space? @( Dot | Dun | Close )"`
}

type sequenceNode struct {
	Word  sequence `parser:"@Seq"`
	Punct string   `parser:"@( Comma | Dun | Colon )?"`
}

// number is a numeral or a run of digits as the grammar captures it: its
// value, 0 when the text is no well-formed number (the 一一 of a shape),
// and whether it is written in digits.
type number struct {
	value  int
	digits bool
}

func (n *number) Capture(values []string) error {
	if v, ok := ArabicValue(values[0]); ok {
		n.value, n.digits = v, true
		return nil
	}
	n.value, _ = HanValue(values[0])
	n.digits = false
	return nil
}

// enclosed is a number written as one enclosed character (① ⑴ ⒈ ㈠): its
// value, and the style its enclosure writes (⑴ is (1), ⒈ is 1., ㈠ is （一）).
type enclosed struct {
	value int
	style ast.Style
}

func (e *enclosed) Capture(values []string) error {
	r, _ := utf8.DecodeRuneInString(values[0])
	e.value = circledValue(r)
	switch {
	case r >= '⑴' && r <= '⒇':
		e.style = ast.StyleArabicParen
	case r >= '⒈' && r <= '⒛':
		e.style = ast.StyleArabicDot
	case r >= '㈠' && r <= '㈩':
		e.style = ast.StyleHanParen
	default:
		e.style = ast.StyleCircled
	}
	return nil
}

// sequence is a sequence word as the grammar captures it (folded: 最後 is
// 最后), with its number.
type sequence struct {
	word   string
	number int
}

func (s *sequence) Capture(values []string) error {
	s.word = values[0]
	s.number = sequenceNumber(s.word)
	return nil
}

// headVocabulary holds the words a marker can contain.
func headVocabulary() *vocabulary {
	return newVocabulary(map[lexer.TokenType][]string{
		tUnit:    chapterUnits,
		tPart:    partUnits,
		tCounter: nounUnits,
		tArticle: articleUnits,
		tSeq:     sequenceWordList(),
	})
}

// headParser is built once: a participle parser is immutable once built
// and safe for concurrent use.
var headParser = sync.OnceValue(func() *participle.Parser[headNode] {
	return participle.MustBuild[headNode](
		participle.Lexer(newDefinition(headVocabulary())),
		participle.UseLookahead(4),
	)
})

// ParseMarker parses the marker at the head of line, which must start at the
// line's first non-blank character. ok is false when the line does not
// start with a marker at all; a marker that is there but is a trap comes back
// with Trap set.
func ParseMarker(line string) (m Marker, ok bool) {
	return NewMarkers().Parse(line)
}

// ParseMarkerText reads a marker written on its own, as a section's
// marker is kept (一、, （二）, 第一 of 第一　标题): the whole of s must be
// the marker. A marker set off by white space is read as it stood, with
// white space after it.
func ParseMarkerText(s string) (Marker, bool) {
	m, ok := ParseMarker(s)
	if !ok || m.Start != 0 || m.End != len(s) {
		m, ok = ParseMarker(s + " ")
	}
	if !ok || m.Start != 0 || m.End != len(s) {
		return Marker{}, false
	}
	return m, true
}

// cutHead is the first n bytes of s, cut back to a rune boundary.
func cutHead(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

func buildMarker(line string, n *markerNode) (Marker, bool) {
	m := Marker{Start: n.Pos.Offset, End: n.EndPos.Offset}
	switch {
	case n.Chapter != nil:
		c := n.Chapter
		m.Style, m.Punct = ast.StyleChapter, c.Punct
		m.Number = c.Num.value
		switch {
		case c.Unit != "":
			m.Word = c.Unit
		case c.Punct == "" && c.Blank == "":
			return Marker{}, false // 第一点 with no mark: 第一点意见 is a phrase
		default:
			m.Word = c.Part + c.Counter + strings.Join(c.Noun, "")
			m.Company = true
			if c.Blank != "" {
				m.Setting = BySpace
			}
		}
		if c.Blank != "" {
			m.End = m.Start + len(trimRightBlank(line[m.Start:m.End]))
		}
	case n.Article != nil:
		c := n.Article
		m.Style, m.Punct, m.Company = ast.StyleArticle, c.Punct, true
		m.Number, m.Word = c.Num.value, articleUnits[0]
		if c.Blank != "" {
			m.Setting = BySpace
			m.End = m.Start + len(trimRightBlank(line[m.Start:m.End]))
		}
	case n.Last != nil:
		c := n.Last
		if c.Seq.word != finalWord() || c.One.value != 1 {
			return Marker{}, false
		}
		m.Style, m.Punct, m.Last, m.Company = ast.StyleChapter, c.Punct, true, true
		if c.Article != "" {
			m.Style = ast.StyleArticle
		}
		m.Word = c.Part + c.Counter + c.Article
		if c.Counter != "" {
			m.Word += strings.Join(c.Noun, "")
		}
		if a := c.Again; a != nil {
			if a.Part+a.Counter != c.Part+c.Counter+c.Article {
				return Marker{}, false // 最后一点，第八件: not the same list
			}
			m.Number, m.Punct = a.Num.value, a.Punct
		}
		if c.Blank != "" && c.Again == nil {
			m.Setting = BySpace
			m.End = m.Start + len(trimRightBlank(line[m.Start:m.End]))
		}
	case n.Ordinal != nil:
		m.Style, m.Punct = ast.StyleOrdinal, n.Ordinal.Punct
		m.Number = n.Ordinal.Num.value
		if n.Ordinal.Blank != "" {
			m.Setting = BySpace
		}
	case n.Paren != nil:
		p := n.Paren
		m.Style = ast.StyleHanParen
		if p.Num.digits {
			m.Style = ast.StyleArabicParen
		}
		m.Open, m.Close = brackets(line[m.Start:m.End])
		m.Punct = p.Punct
		m.Number = p.Num.value
	case n.HanDun != nil:
		m.Style, m.Punct = ast.StyleHanDun, n.HanDun.Punct
		m.Number = n.HanDun.Num.value
		if n.HanDun.Blank != "" {
			m.Setting = BySpace
		}
	case n.Lead != nil:
		if utf8.RuneCountInString(n.Lead.Word) != 1 {
			return Marker{}, false // 一方面, 一部分: a phrase
		}
		m.Style, m.Word = ast.StyleLead, n.Lead.Word
		m.Number = n.Lead.Num.value
	case n.Arabic != nil:
		m.Style, m.Punct = ast.StyleArabicDot, n.Arabic.Punct
		if m.Punct == ")" {
			m.Style, m.Punct = ast.StyleArabicParen, ""
			m.Close = line[m.End-len(lastRune(line[:m.End])) : m.End]
		}
		m.Number = n.Arabic.Num.value
	case n.Circled != nil:
		m.Style, m.Number = n.Circled.style, n.Circled.value
	case n.Sequence != nil:
		m.Style, m.Word, m.Punct = ast.StyleSequence, n.Sequence.Word.word, n.Sequence.Punct
		m.Number = n.Sequence.Word.number
	}
	m.Punct = asWritten(line, m.End, m.Punct)
	if m.Setting == BySpace {
		// The white space is no part of the marker: 一　标题 is 一.
		m.End = m.Start + len(trimRightBlank(line[m.Start:m.End]))
	}
	m.Company = m.Company || m.Setting != ByMark || !m.Style.Ranked()
	if m.Number <= 0 && !m.Last {
		if bm, bok := bareNumeral(line); bok {
			return bm, true
		}
		return m, false // the shape of a marker, with no valid number
	}
	return m, true
}

// asWritten returns the punctuation mark ending a marker as written in line
// (the grammar saw it folded).
func asWritten(line string, end int, folded string) string {
	if folded == "" {
		return ""
	}
	return lastRune(line[:end])
}

func lastRune(s string) string {
	_, size := utf8.DecodeLastRuneInString(s)
	return s[len(s)-size:]
}

// brackets returns the opening and closing bracket of a bracketed marker as
// written.
func brackets(marker string) (open, close string) {
	_, n := utf8.DecodeRuneInString(marker)
	open = marker[:n]
	for i := len(marker); i > 0; {
		r, size := utf8.DecodeLastRuneInString(marker[:i])
		if foldRune(r) == ')' {
			return open, marker[i-size : i]
		}
		i -= size
	}
	return open, ""
}

func numberOf(s string) (int, bool) {
	if n, ok := ArabicValue(s); ok {
		return n, true
	}
	return HanValue(s)
}

// bareNumeral recognises a line that is nothing but a Chinese numeral (a
// section number set on a line of its own, as old reports print them: 一,
// ## 一, **二**): a han-dun marker with no mark after it, and no title.
func bareNumeral(line string) (Marker, bool) {
	if len(line) > 48 {
		return Marker{}, false // three numerals, decoration and white space at most
	}
	start := skipDecoration(line, len(line))
	t := trimEmphasisRight(line[start:])
	if t == "" || scan.RuneCount(t) > 3 {
		return Marker{}, false
	}
	n, ok := HanValue(t)
	if !ok || n > 99 {
		return Marker{}, false
	}
	return Marker{Style: ast.StyleHanDun, Number: n, Start: start, End: start + len(t), Setting: Alone, Company: true}, true
}

// trimEmphasisRight is s less the white space and the Markdown emphasis
// (* _ #) it ends with.
func trimEmphasisRight(s string) string {
	for {
		t := trimRightBlank(s)
		t = strings.TrimRight(t, "*_#")
		if t == s {
			return s
		}
		s = t
	}
}

// trimLeftBlank is strings.TrimLeft(s, " \t\u3000").
func trimLeftBlank(s string) string {
	for len(s) > 0 {
		switch {
		case s[0] == ' ' || s[0] == '\t':
			s = s[1:]
		case strings.HasPrefix(s, "\u3000"):
			s = s[len("\u3000"):]
		default:
			return s
		}
	}
	return s
}

// trimRightBlank is strings.TrimRight(s, " \t\u3000").
func trimRightBlank(s string) string {
	for len(s) > 0 {
		switch {
		case s[len(s)-1] == ' ' || s[len(s)-1] == '\t':
			s = s[:len(s)-1]
		case strings.HasSuffix(s, "\u3000"):
			s = s[:len(s)-len("\u3000")]
		default:
			return s
		}
	}
	return s
}

// traps looks at what follows a marker on its line for the look-alikes of
// conventions.md §5.
func traps(line string, m *Marker) (trap, doubtful string) {
	if !hasTrapRules(m.Style) {
		return "", "" // （一）, ①, 第一章 …: what follows never makes them look-alikes
	}
	rest := trimLeftBlank(line[m.End:])
	r1, n1 := firstRuneAndSize(rest)
	return trapRules(line, m, rest, foldRune(r1), foldRune(firstRuneOf(rest[n1:])))
}

// hasTrapRules reports whether trapRules has rules for the style.
func hasTrapRules(s ast.Style) bool {
	switch s {
	case ast.StyleArabicDot, ast.StyleArabicParen, ast.StyleHanDun, ast.StyleLead:
		return true
	}
	return false
}

// The reasons a marker is a look-alike (Marker.Trap, Marker.Doubtful), by
// name: the catalogs of messages (internal/i18n, "reason.NAME") word them.
const (
	TrapLargeNumber   = "large-number"   // 2019、: a year or an amount
	TrapDecimal       = "decimal"        // 1.5亿, 1、2: a digit right after the mark
	TrapNumeralSeries = "numeral-series" // 十、百、千, 一，二，三
	TrapNumeralPair   = "numeral-pair"   // 一、二线城市, 二、三年
	TrapOneIsOne      = "one-is-one"     // 一是一，二是二
	TrapQuantity      = "quantity"       // 一 年多来, 二 十年: a number broken by a space
)

// trapRules are the look-alikes by what follows the marker: rest, the line
// after it less white space, and r1 and r2, its first two characters
// folded.
func trapRules(line string, m *Marker, rest string, r1, r2 rune) (trap, doubtful string) {
	switch m.Style {
	case ast.StyleArabicDot, ast.StyleArabicParen:
		if m.Number > 99 {
			return TrapLargeNumber, ""
		}
		if m.Punct != "" && r1 >= '0' && r1 <= '9' && rest == line[m.End:] && !startsWithDate(rest) {
			return TrapDecimal, ""
		}
	case ast.StyleHanDun:
		if m.Setting == BySpace {
			return spacedTrap(line[m.Start:m.End], rest, r1), ""
		}
		if IsHanNumeral(r1) && r1 != '〇' && r1 != '零' {
			if r2 == '、' || r2 == '.' {
				return TrapNumeralSeries, ""
			}
			if r2 == ',' {
				return TrapNumeralSeries, ""
			}
			if v := hanDigit(r1); v == m.Number+1 && !IsHanNumeral(r2) {
				if m.Number == 1 {
					return TrapNumeralPair, ""
				}
				return "", TrapNumeralPair
			}
		}
	case ast.StyleLead:
		if IsHanNumeral(r1) && !IsHanNumeral(r2) {
			if v, _ := HanValue(string(r1)); v == m.Number {
				return TrapOneIsOne, ""
			}
		}
	}
	return "", ""
}

// dateUnits are the words after which digits are a date or a time, not a
// decimal: 1、7月8日-7月14日, 2. 9:00 开幕.
const dateUnits = "年月日号时:"

// startsWithDate: s opens with digits that a date or a time unit follows
// (7月8日, 2024年, 9:00; not 1.5万, 2、3项).
func startsWithDate(s string) bool {
	i := 0
	for i < len(s) && (s[i] >= '0' && s[i] <= '9') {
		i++
	}
	if i == 0 {
		// Full-width digits fold to the ASCII ones the rule asked about.
		for i < len(s) {
			r, size := scan.DecodeRune(s, i)
			if f := foldRune(r); f < '0' || f > '9' {
				break
			}
			i += size
		}
	}
	if i == 0 || i == len(s) {
		return false
	}
	r, _ := scan.DecodeRune(s, i)
	return strings.ContainsRune(dateUnits, foldRune(r))
}

// spacedTrap is the look-alike of a numeral set off by white space (一　标题):
// a number or a quantity that a space happens to break — a counting unit
// right after the space (一 年多来, 三 级联动), or numerals that join the
// first into one number (二 十年; 一 一月 is no number, so a heading).
func spacedTrap(marker, rest string, r1 rune) string {
	if roles, _ := unitAt(rest); roles&unitQuantity != 0 {
		return TrapQuantity
	}
	if IsHanNumeral(r1) {
		var buf [8 * 3]byte
		joined := append(buf[:0], marker...)
		for i := 0; i < len(rest) && len(joined) < len(buf)-4; {
			r, size := scan.DecodeRune(rest, i)
			if !IsHanNumeral(foldRune(r)) {
				break
			}
			joined = append(joined, rest[i:i+size]...)
			i += size
		}
		if _, ok := HanValue(string(joined)); ok {
			return TrapQuantity
		}
	}
	return ""
}

func firstRuneOf(s string) rune {
	r, _ := firstRuneAndSize(s)
	return r
}

// firstRuneAndSize is utf8.DecodeRuneInString(s).
func firstRuneAndSize(s string) (rune, int) {
	if s == "" {
		return utf8.RuneError, 0
	}
	return scan.DecodeRune(s, 0)
}
