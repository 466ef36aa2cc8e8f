package grammar

import (
	"io"
	"sort"
	"unicode"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"
)

// The lexer is written by hand: it runs on the head of every candidate line,
// folds width and traditional characters as it goes (foldRune), and knows the
// few multi-character words the grammars treat as keywords. Token values are
// the folded text; token positions are byte offsets into the input as
// written, so that a marker can be cut out of the line exactly as written.

// Token types. Structural tokens come first; the word tokens after them are
// produced only by lexers built with a vocabulary that holds them.
const (
	tNumeral    lexer.TokenType = iota + 1 // 一 二十三 一百零一
	tDigits                                // 12 １２
	tCircled                               // ① … ㊿
	tParenDigit                            // ⑴ … ⒇
	tDotDigit                              // ⒈ … ⒛
	tParenHan                              // ㈠ … ㈩
	tOpen                                  // （ (
	tClose                                 // ） )
	tDun                                   // Enumeration: 、
	tDot                                   // . ．
	tComma                                 // Comma: ， ,
	tColon                                 // Colon: ： :
	tSemi                                  // Semicolon: ； ;
	tEnd                                   // SentenceEnd and Ellipsis: 。！？!?…
	tDi                                    // 第
	tSpace                                 // spaces, tabs, U+3000
	tHash                                  // ### (Markdown heading)
	tStars                                 // ** __ (Markdown strong)
	tGt                                    // > (Markdown quote)
	tBullet                                // - + * (Markdown list item)
	tHan                                   // any other letter, one character a token
	tOther                                 // anything else, one character a token

	// Words (vocabulary tokens).
	tUnit      // chapterUnits
	tSeq       // sequenceWords
	tSummary   // 以上
	tFlaw      // 不足 不妥 不当 不到 错误 疏漏 欠妥
	tPlace     // 之处
	tPlease    // 请 敬请 还请 恳请 望
	tCritic    // 批评指正 批评帮助 指正 斧正 监督 帮助 审议
	tThank     // 谢谢 感谢 多谢
	tDone      // 讲这些 讲到这里 完了 完毕 …
	tSignOff   // 特此 此布 切切 此令
	tDiscourse // 好了 好吧 那么
	tRespected // 尊敬的 亲爱的
	tEach      // 各位
	tGroup     // 同志们 朋友们 同学们 …
	tHonor     // 领导 代表 来宾 嘉宾 同志 …
	tSumming   // 总之 总而言之 综上所述 总的来说
	tLetUs     // 让我们
	tAnd       // 和 及 与 以及
	tPart      // partUnits
	tCounter   // nounUnits
	tArticle   // articleUnits
)

// symbols names every token type for the grammars.
func symbols() map[string]lexer.TokenType {
	return map[string]lexer.TokenType{
		"EOF": lexer.EOF, "Numeral": tNumeral, "Digits": tDigits, "Circled": tCircled,
		"ParenDigit": tParenDigit, "DotDigit": tDotDigit, "ParenHan": tParenHan,
		"Open": tOpen, "Close": tClose, "Dun": tDun, "Dot": tDot, "Comma": tComma,
		"Colon": tColon, "Semi": tSemi, "End": tEnd, "Di": tDi, "Space": tSpace,
		"Hash": tHash, "Stars": tStars, "Gt": tGt, "Bullet": tBullet, "Han": tHan,
		"Other": tOther, "Unit": tUnit, "Seq": tSeq, "Summary": tSummary, "Flaw": tFlaw,
		"Place": tPlace, "Please": tPlease, "Critic": tCritic, "Thank": tThank,
		"Done": tDone, "SignOff": tSignOff, "Discourse": tDiscourse, "Respected": tRespected, "Each": tEach, "Group": tGroup,
		"Honor": tHonor, "Summing": tSumming, "LetUs": tLetUs, "And": tAnd,
		"Part": tPart, "Counter": tCounter, "Article": tArticle,
	}
}

// vocabulary maps folded words to token types, longest match first.
type vocabulary struct {
	byFirst map[rune][]word
}

type word struct {
	runes []rune
	typ   lexer.TokenType
}

func newVocabulary(words map[lexer.TokenType][]string) *vocabulary {
	v := &vocabulary{byFirst: map[rune][]word{}}
	for typ, list := range words {
		for _, w := range list {
			rs := []rune(w)
			v.byFirst[rs[0]] = append(v.byFirst[rs[0]], word{rs, typ})
		}
	}
	for _, ws := range v.byFirst {
		sort.Slice(ws, func(i, j int) bool {
			if len(ws[i].runes) != len(ws[j].runes) {
				return len(ws[i].runes) > len(ws[j].runes)
			}
			return string(ws[i].runes) < string(ws[j].runes)
		})
	}
	return v
}

// definition is a participle lexer.Definition over a vocabulary. With
// mergeLetters, a run of letters that are no vocabulary word is one token:
// the frame grammars only ever skip such runs (the free slots of 请同志们
// 批评指正), and fewer tokens make a parse cheaper.
type definition struct {
	vocab        *vocabulary
	syms         map[string]lexer.TokenType
	mergeLetters bool
}

func newDefinition(v *vocabulary) *definition {
	return &definition{vocab: v, syms: symbols()}
}

func (d *definition) Symbols() map[string]lexer.TokenType { return d.syms }

func (d *definition) Lex(filename string, r io.Reader) (lexer.Lexer, error) {
	b, err := io.ReadAll(r)
	if err != nil {
		return nil, err
	}
	return d.LexString(filename, string(b))
}

func (d *definition) LexString(_ string, s string) (lexer.Lexer, error) {
	return &tokens{list: tokenize(s, d.vocab, d.mergeLetters), end: len(s)}, nil
}

type tokens struct {
	list []lexer.Token
	i    int
	end  int // length of the input: the EOF token's offset
}

func (t *tokens) Next() (lexer.Token, error) {
	if t.i >= len(t.list) {
		return lexer.EOFToken(lexer.Position{Offset: t.end, Line: 1, Column: t.end + 1}), nil
	}
	tok := t.list[t.i]
	t.i++
	return tok, nil
}

// folded is one rune of the input with its place in the input.
type folded struct {
	r     rune // folded
	start int  // byte offset in the input as written
}

// tokenize splits s into tokens. Runs of numerals, digits, spaces and #
// become one token, as does a run of two or more * or _ (Markdown strong; a
// single * is a list bullet); vocabulary words are matched longest first on
// folded runes. Every token's Pos.Offset is its byte offset in s.
func tokenize(s string, v *vocabulary, mergeLetters bool) []lexer.Token {
	rs := make([]folded, 0, len(s)/2+1)
	for i, r := range s {
		rs = append(rs, folded{foldRune(r), i})
	}
	out := make([]lexer.Token, 0, len(rs))
	emit := func(typ lexer.TokenType, from, to int) {
		a, b := rs[from].start, len(s)
		if to < len(rs) {
			b = rs[to].start
		}
		val := s[a:b]
		for _, f := range rs[from:to] {
			if r, _ := utf8.DecodeRuneInString(s[f.start:]); r != f.r {
				// Folding changed a character: the value is the folded text.
				folded := make([]rune, 0, to-from)
				for _, g := range rs[from:to] {
					folded = append(folded, g.r)
				}
				val = string(folded)
				break
			}
		}
		out = append(out, lexer.Token{Type: typ, Value: val,
			Pos: lexer.Position{Offset: a, Line: 1, Column: a + 1}})
	}
	for i := 0; i < len(rs); {
		r := rs[i].r
		if v != nil {
			if n, typ := v.match(rs[i:]); n > 0 {
				emit(typ, i, i+n)
				i += n
				continue
			}
		}
		j := i + 1
		typ := classify(r)
		switch typ {
		case tNumeral, tDigits, tSpace, tHash, tStars:
			for j < len(rs) && classify(rs[j].r) == typ && (typ != tStars || rs[j].r == r) {
				j++
			}
		case tHan:
			for mergeLetters && j < len(rs) && isLetterClass(classify(rs[j].r)) && !v.startsAt(rs[j:]) {
				j++
			}
		}
		if typ == tStars && j == i+1 {
			typ = tOther
			if r == '*' {
				typ = tBullet
			}
		}
		emit(typ, i, j)
		i = j
	}
	return out
}

// isLetterClass: the token types a merged run of letters may hold (a
// numeral or digits inside 我的三点体会 are letters of the free slot).
func isLetterClass(t lexer.TokenType) bool {
	switch t {
	case tHan, tNumeral, tDigits, tDi, tCircled, tParenDigit, tDotDigit, tParenHan:
		return true
	}
	return false
}

// startsAt reports whether a vocabulary word starts at rs[0].
func (v *vocabulary) startsAt(rs []folded) bool {
	if v == nil {
		return false
	}
	n, _ := v.match(rs)
	return n > 0
}

func (v *vocabulary) match(rs []folded) (int, lexer.TokenType) {
	for _, w := range v.byFirst[rs[0].r] {
		if len(w.runes) > len(rs) {
			continue
		}
		ok := true
		for k, r := range w.runes {
			if rs[k].r != r {
				ok = false
				break
			}
		}
		if ok {
			return len(w.runes), w.typ
		}
	}
	return 0, 0
}

// classify gives the structural token type of a folded rune.
func classify(r rune) lexer.TokenType {
	switch {
	case IsHanNumeral(r):
		return tNumeral
	case r >= '0' && r <= '9':
		return tDigits
	case r >= '①' && r <= '⑳', r >= '㉑' && r <= '㉟', r >= '㊱' && r <= '㊿':
		return tCircled
	case r >= '⑴' && r <= '⒇':
		return tParenDigit
	case r >= '⒈' && r <= '⒛':
		return tDotDigit
	case r >= '㈠' && r <= '㈩':
		return tParenHan
	}
	switch MarkOf(r) {
	case Enumeration:
		return tDun
	case Comma:
		return tComma
	case Colon:
		return tColon
	case Semicolon:
		return tSemi
	case FullStop, Exclamation, Question, Ellipsis:
		return tEnd
	}
	switch r {
	case '(':
		return tOpen
	case ')':
		return tClose
	case '.':
		return tDot
	case '第':
		return tDi
	case ' ', '\t', '\u00a0':
		return tSpace
	case '#':
		return tHash
	case '*', '_':
		return tStars
	case '>':
		return tGt
	case '-', '+', '•', '·':
		return tBullet
	}
	if unicode.IsSpace(r) {
		return tSpace
	}
	if unicode.IsLetter(r) {
		return tHan
	}
	return tOther
}

// circledValue is the number a circled, parenthesized or full-stop digit
// stands for (① 1, ㉑ 21, ⑴ 1, ⒈ 1, ㈠ 1).
func circledValue(r rune) int {
	switch {
	case r >= '①' && r <= '⑳':
		return int(r-'①') + 1
	case r >= '㉑' && r <= '㉟':
		return int(r-'㉑') + 21
	case r >= '㊱' && r <= '㊿':
		return int(r-'㊱') + 36
	case r >= '⑴' && r <= '⒇':
		return int(r-'⑴') + 1
	case r >= '⒈' && r <= '⒛':
		return int(r-'⒈') + 1
	case r >= '㈠' && r <= '㈩':
		return int(r-'㈠') + 1
	}
	return 0
}
