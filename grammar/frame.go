package grammar

import (
	"strings"
	"sync"

	"github.com/alecthomas/participle/v2"
	"github.com/alecthomas/participle/v2/lexer"
	"github.com/dagang/dagang/internal/scan"
)

// The frame of a speech: the salutation that opens it, the cue that opens
// its closing remarks, the formula that ends it. These are short fixed
// phrases with open slots (各位领导、同志们; 以上发言不妥之处，请同志们批评
// 指正), so the lexer knows their keywords and the grammar their order.

// formulaVocabulary holds the keywords of closing formulas; everything
// between them (同志们, 各位领导, 我的发言) is a free slot.
func formulaVocabulary() *vocabulary {
	return newVocabulary(map[lexer.TokenType][]string{
		tSummary: {"以上"},
		tFlaw:    {"不足", "不妥", "不当", "不到", "不对", "不周", "错误", "疏漏", "欠妥", "谬误", "偏颇"},
		tPlace:   {"之处", "的地方"},
		tPlease:  {"请", "敬请", "还请", "恳请", "望", "希望", "欢迎"},
		tCritic:  {"批评指正", "批评帮助", "批评指导", "指正", "斧正", "赐教", "指教", "监督", "帮助", "审议", "审阅"},
		tThank:   {"谢谢", "感谢", "多谢", "Thank you", "thank you", "THANK YOU", "Thanks", "thanks"},
		tDone: {"讲这些", "讲这么多", "讲到这里", "讲到这儿", "说这些", "说到这里", "谈这些", "谈到这里",
			"表态这些", "汇报这些", "汇报到这里", "交流这些", "完了", "完毕", "结束"},
		// The sign-offs of notices and proclamations: 特此通知, 特此公告,
		// 切切。此布。, 此令.
		tSignOff: {"特此", "此布", "此令", "此复", "切切"},
		// Words that open a sign-off as speech: 好了，我就说这些！
		tDiscourse: {"好了", "好吧", "行了", "那么"},
	})
}

type frameParsers struct {
	formula *participle.Parser[formulaNode]
}

// frame is built once; the parser is immutable and safe for concurrent
// use. Its lexer merges runs of ordinary letters into one token.
var frame = sync.OnceValue(func() frameParsers {
	formula := newDefinition(formulaVocabulary())
	formula.mergeLetters = true
	return frameParsers{
		formula: participle.MustBuild[formulaNode](participle.Lexer(formula), participle.UseLookahead(3)),
	}
})

// Closing formulas: 以上发言不妥之处，请同志们批评指正，谢谢大家！ / 谢谢大家！ /
// 我就讲这些。 / 我的发言完了，谢谢！ / 请同志们批评帮助。

type formulaNode struct {
	Opener  string        `parser:"( @Discourse ( Comma | Space )+ )?"`
	Clauses []*clauseNode `parser:"@@ ( ( Comma | Dun | Colon | Semi | Space )* @@ )*"`
	Tail    []string      `parser:"@( Comma | End | Space | Dot | Other )*"`
}

type clauseNode struct {
	Pos     lexer.Position
	Pre     []string     `parser:"@( Han | Space | Discourse )*"`
	Summary *summaryNode `parser:"(  @@"`
	Flaw    *flawNode    `parser:"| @@"`
	Request *requestNode `parser:"| @@"`
	Thanks  *thanksNode  `parser:"| @@"`
	SignOff *signOffNode `parser:"| @@"`
	Done    string       `parser:"| @Done )"`
	EndPos  lexer.Position
}

// signOffNode is a notice's sign-off: 特此通知, 此布, 切切.
type signOffNode struct {
	Word string   `parser:"@SignOff"`
	Tail []string `parser:"@( Han | Space )*"`
}

type summaryNode struct {
	Word string   `parser:"@Summary"`
	Tail []string `parser:"@( Han | Space )*"`
}

type flawNode struct {
	Word  string `parser:"@Flaw"`
	Place string `parser:"@Place?"`
}

// requestNode asks the audience for criticism (请同志们批评指正, 批评指正),
// or hands the floor on (请李局长讲话: a request with no word of
// criticism, whose Who ends with what the next speaker is to do).
type requestNode struct {
	Please string   `parser:"(  @Please"`
	Who    []string `parser:"   @( Han | Space )*"`
	Asked  []string `parser:"   @Critic*"`
	Critic []string `parser:"| @Critic+ )"`
}

type thanksNode struct {
	Word string   `parser:"@Thank"`
	Tail []string `parser:"@( Han | Space )*"`
}

// maxFormulaRunes bounds one formula sentence.
const maxFormulaRunes = 60

// maxFormulaSentences bounds the sentences a formula is made of (我就讲这些。
// 谢谢大家！ is two): a paragraph of thousands of 谢谢！ must not cost a
// grammar parse for each.
const maxFormulaSentences = 8

// FormulaStart finds a closing formula at the end of para: the byte offset
// where it starts (0 when the whole paragraph is the formula). A formula is
// one or more whole sentences (…新篇章！谢谢大家！ gives 谢谢大家！).
func FormulaStart(para string) (start int, ok bool) {
	return formulaStart(para, isFormulaSentence)
}

// formulaStart walks back over the last sentences of para while each is a
// formula sentence, and returns where the first of them starts. Tag
// questions at the very end (好不好？) go with the formula before them, and
// make none alone.
func formulaStart(para string, formula func(string) bool) (start int, ok bool) {
	bounds := sentenceStarts(para)
	start = -1
	for k := len(bounds) - 1; k >= 0 && k >= len(bounds)-maxFormulaSentences; k-- {
		end := len(para)
		if k+1 < len(bounds) {
			end = bounds[k+1]
		}
		sentence := para[bounds[k]:end]
		if !formula(sentence) {
			if start < 0 && isTagQuestion(sentence) {
				continue
			}
			break
		}
		start = bounds[k]
	}
	return start, start >= 0
}

// sentenceStarts lists the byte offsets where the sentences of s start: 0,
// and after every run of sentence-ending marks (and the closing quotes or
// brackets that follow them).
func sentenceStarts(s string) []int {
	starts := []int{0}
	inEnd := false
	for i, r := range s {
		if MarkOf(r)&(SentenceEnd|Semicolon|Ellipsis) != 0 {
			inEnd = true
			continue
		}
		if inEnd {
			switch r {
			case '”', '’', '」', '』', '）', ')', ' ', '\u3000':
				continue
			}
			starts = append(starts, i)
			inEnd = false
		}
	}
	return starts
}

func isFormulaSentence(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" || scan.RuneCount(s) > maxFormulaRunes {
		return false
	}
	if !mayBeFormula(s) {
		return false
	}
	node, err := frame().formula.ParseString("", s)
	if err != nil {
		return false
	}
	return formulaClausesOK(s, node.Clauses)
}

// formulaClausesOK checks what the grammar cannot count: the free slots of
// a formula are short, a summary (以上…) is followed by a request or names
// what it sums up (发言, 汇报 …), and a sentence that only says 结束 or 完了
// is about a speech.
func formulaClausesOK(s string, clauses []*clauseNode) bool {
	closes, done := false, false
	for i, c := range clauses {
		pre := runes(c.Pre)
		switch {
		case c.Summary != nil:
			if pre > 2 {
				return false
			}
			tail := strings.Join(c.Summary.Tail, "")
			followed := i+1 < len(clauses) && (clauses[i+1].Request != nil || clauses[i+1].Flaw != nil ||
				clauses[i+1].Thanks != nil || clauses[i+1].Done != "")
			if !followed && !namesSpeech(tail) {
				return false
			}
			if scan.RuneCount(tail) > 16 {
				return false
			}
			if !followed {
				closes = true
			}
		case c.Flaw != nil:
			if pre > 8 {
				return false
			}
		case c.Request != nil:
			r := c.Request
			if pre > 8 || runes(r.Who) > 12 {
				return false
			}
			if r.Please != "" && len(r.Asked) == 0 {
				// Handing the floor on closes a speech only after a "that
				// is all" (我就讲这些，请李局长讲话); 请大家讲话 alone is a
				// request of the body.
				if !done || !handsFloor(strings.Join(r.Who, "")) {
					return false
				}
				closes = true
				continue
			}
			// 监督, 帮助 and 审议 close a speech only when asked for
			// (请各位领导监督); 自觉接受监督 is a sentence of the body.
			if r.Please == "" && !critique(r.Critic) {
				return false
			}
			closes = true
		case c.Thanks != nil:
			if pre > 4 || thanksTail(c.Thanks.Tail) > 10 {
				return false
			}
			closes = true
		case c.SignOff != nil:
			// 特此通知, 切切, 此布: the sign-off and at most the one word
			// it signs off with.
			if pre > 2 || runes(c.SignOff.Tail) > 4 {
				return false
			}
			closes = true
		case c.Done != "":
			done = true
			text := strings.Join(c.Pre, "")
			switch c.Done {
			case "完了", "完毕", "结束":
				if !namesSpeech(text) || pre > 10 {
					return false
				}
			default:
				if pre > 5 {
					return false
				}
			}
			closes = true
		}
	}
	return closes
}

// formulaWords are the words one of which every closing formula holds:
// its thanks, its request, its "that is all", the 以上 of its summary, or
// a notice's sign-off.
var formulaWords = []string{"谢", "謝", "批评", "批評", "指正", "斧正", "赐教", "指教", "监督", "監督",
	"帮助", "幫助", "审议", "審議", "审阅", "審閱", "这些", "這些", "这么多", "這麼多", "到这", "到這",
	"完了", "完毕", "完畢", "结束", "結束", "以上", "特此", "此布", "此令", "此复", "此復", "切切",
	"Thank", "thank", "THANK"}

// floorWords are what a speaker hands the floor on for: 请李局长讲话, 请王
// 书记作指示.
var floorWords = [...]string{"讲话", "發言", "发言", "讲", "講", "指示", "致辞", "作报告", "做报告", "总结"}

// handsFloor reports whether who, the words after 请, names what the next
// speaker is to do.
func handsFloor(who string) bool {
	for _, w := range floorWords {
		if strings.HasSuffix(who, w) {
			return true
		}
	}
	return false
}

// thanksTail is the length of the words after thanks (谢谢大家, Thank you
// all): its characters, or for Latin letters its words, which run longer.
func thanksTail(tail []string) int {
	n := 0
	for _, t := range tail {
		if t != "" && t[0] < 0x80 {
			n += len(strings.Fields(t))
			continue
		}
		n += scan.RuneCount(t)
	}
	return n
}

// tagQuestions are the questions a speaker may add after a sign-off
// (我就说这些！好不好？): a sentence of one of them is part of the formula
// before it, never a formula of its own.
var tagQuestions = [...]string{"好不好", "好吗", "行不行", "行吗", "对不对", "对吗", "是不是", "可以吗", "好不好啊"}

// isTagQuestion reports whether the sentence s is a tag question alone.
func isTagQuestion(s string) bool {
	s = strings.TrimRightFunc(s, func(r rune) bool { return scan.IsBlank(r) || MarkOf(r) != 0 })
	s = strings.TrimLeftFunc(s, scan.IsBlank)
	for _, w := range tagQuestions {
		if s == w {
			return true
		}
	}
	return false
}

// mayBeFormula is the prefilter of the formula grammar.
func mayBeFormula(s string) bool {
	for _, w := range formulaWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// critique reports whether the words ask for criticism (批评指正, 指正 …)
// rather than for supervision or help in general.
func critique(words []string) bool {
	for _, w := range words {
		switch w {
		case "监督", "帮助", "审议", "审阅":
		default:
			return true
		}
	}
	return false
}

// namesSpeech reports whether s speaks of a speech: 发言, 讲话, 汇报 ….
func namesSpeech(s string) bool {
	for _, w := range []string{"发言", "讲话", "汇报", "报告", "体会", "意见", "表态", "交流", "心得", "讲的", "说的", "谈的"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

func runes(parts []string) int {
	n := 0
	for _, p := range parts {
		n += scan.RuneCount(p)
	}
	return n
}

// Phrases answers the frame questions, remembering the answers: speeches
// repeat their salutations and formulas, within a collection and from one
// document to the next, and the grammar need parse each only once. One
// Phrases may serve many documents, one after another; it is not safe for
// concurrent use; make one per goroutine.
type Phrases struct {
	salutation map[string]bool
	cue        map[string]bool
	formula    map[string]bool
}

// maxCachedPhrases bounds each cache; a full cache starts over.
const maxCachedPhrases = 4096

// NewPhrases returns empty caches.
func NewPhrases() *Phrases {
	return &Phrases{salutation: map[string]bool{}, cue: map[string]bool{}, formula: map[string]bool{}}
}

func remember(cache map[string]bool, key string, compute func(string) bool) bool {
	if v, ok := cache[key]; ok {
		return v
	}
	v := compute(key)
	if len(cache) >= maxCachedPhrases {
		clear(cache)
	}
	cache[strings.Clone(key)] = v // the cache outlives the document key points into
	return v
}

// IsSalutation is the package's IsSalutation, remembered.
func (ph *Phrases) IsSalutation(line string) bool {
	// The prefilter first: most lines fail it, and need not be looked up.
	s := trimEmphasis(line)
	n := scan.RuneCount(s)
	if s == "" || n > maxSalutationRunes || !maySalute(s, n) {
		return false
	}
	return remember(ph.salutation, line, IsSalutation)
}

// ClosingCue is the package's ClosingCue, remembered by the paragraph's
// opening clause (the cue is all the grammar reads).
func (ph *Phrases) ClosingCue(para string) bool {
	head := cueClause(skipDecoration(para, len(para)), para)
	if head == "" {
		return false
	}
	return remember(ph.cue, head, closingCue)
}

// FormulaStart is the package's FormulaStart, with every sentence's answer
// remembered.
func (ph *Phrases) FormulaStart(para string) (start int, ok bool) {
	return formulaStart(para, func(sentence string) bool {
		sentence = strings.TrimSpace(sentence)
		if sentence == "" || scan.RuneCount(sentence) > maxFormulaRunes {
			return false
		}
		return remember(ph.formula, sentence, isFormulaSentence)
	})
}
