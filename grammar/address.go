package grammar

import (
	"strings"
	"sync"
	"unicode/utf8"

	"github.com/alecthomas/participle/v2/lexer"

	"github.com/dagang/dagang/internal/scan"
)

// An address to the audience (conventions.md §1.3, §1.6) is recognised by
// its shape, not by a list of the addresses seen: a list of audiences
// (各位领导、同志们, 团员青年们，少先队员们，同志们, Ladies and gentlemen)
// whose first item names an audience. One grammar of it serves the
// salutation (a line that is an address and its mark, perhaps with a
// greeting: 亲爱的同学们，大家上午好！), the closing cue (a paragraph that
// opens with an address: 同学们，…) and, by what it is not, the speaker
// line of a transcript (同志们： addresses the hall, 康生同志讲话： names a
// speaker).
//
// An audience is any of:
//
//   - a phrase ending in a word for people addressed: a group (同志们,
//     同学们, 代表们), an honour word (领导, 代表, 来宾, 老师, 书记), or any
//     word ending in 们 that is no pronoun (团员青年们, 少先队员们), after
//     modifiers (2024级的新同学们, 全体同志们), or an occasion when 各位
//     stands in it (全县第十五次党代表大会各位代表同志们);
//   - 各位, 尊敬的 or 亲爱的, or 各, with a short noun phrase after it
//     (各位企业家, 各二级学院, 各单位), or 各位 alone;
//   - 大家.
//
// The items after the first are joined by 、 和 及 与 以及 or a space and
// may be any short noun phrase (各位市领导、书记院长), or by a comma, and
// then are audiences too: a comma after an address more often begins the
// speech (同志们，今天…).

// addressVocabulary holds the words of addresses and closing cues.
func addressVocabulary() *vocabulary {
	return newVocabulary(map[lexer.TokenType][]string{
		tRespected: {"尊敬的", "亲爱的"},
		tEach:      {"各位", "诸位"},
		tGroup: {"同志们", "朋友们", "同学们", "老师们", "女士们", "先生们", "代表们", "来宾们", "战友们",
			"同仁们", "伙伴们", "学员们", "青年朋友们", "委员们", "同事们"},
		tHonor: {"领导", "代表", "来宾", "嘉宾", "委员", "同志", "同事", "专家", "老师", "同学", "家长",
			"朋友", "书记", "主任", "校长", "院长", "部长", "市长", "省长", "县长", "局长", "主席",
			"会长", "总理", "女士", "先生", "战友", "同仁", "伙伴", "学员", "代表团"},
		tSumming: {"总之", "总而言之", "综上所述", "总的来说", "总的来看", "总体来说"},
		tLetUs:   {"让我们"},
		tAnd:     {"和", "及", "与", "以及"},
		tSeq:     {finalWord()},
	})
}

// addressLexer is the lexer of addresses and cues: a run of ordinary
// letters is one token.
var addressLexer = sync.OnceValue(func() *definition {
	d := newDefinition(addressVocabulary())
	d.mergeLetters = true
	return d
})

// addressTokens is the tokens of s for the address grammar.
func addressTokens(s string) []lexer.Token {
	d := addressLexer()
	return tokenize(s, d.vocab, d.mergeLetters)
}

// Bounds of an item of an address, in characters: an audience with its
// modifiers (2024级的新同学们), with an occasion or a 各位 in it (全县第十五次
// 党代表大会各位代表同志们), a short noun phrase after 各位 or 各, and an
// item after the first.
const (
	maxAudienceRunes  = 12
	maxOccasionRunes  = 24
	maxEachPhrase     = 6
	maxFollowingRunes = 10
)

// address is an address read at the start of a text.
type address struct {
	// next is the index of the first token after the address: its mark,
	// or len(tokens).
	next int
	// items is how many audiences it lists; respected, whether one opens
	// with 尊敬的 or 亲爱的; phrases, whether an item after the first is a
	// noun phrase of no audience's shape (书记院长).
	items     int
	respected bool
	phrases   bool
}

// readAddress reads an address from the first of toks. ok is false when
// the first item names no audience.
func readAddress(toks []lexer.Token) (a address, ok bool) {
	end, kind := addressItem(toks, 0)
	if kind != itemAudience {
		return address{}, false
	}
	a = address{next: end, items: 1, respected: toks[0].Type == tRespected}
	for a.next < len(toks) {
		k := a.next
		comma := false
		for k < len(toks) {
			switch toks[k].Type {
			case tDun, tAnd, tSpace:
				k++
				continue
			case tComma:
				if comma {
					return a, true // two commas: no list goes on so
				}
				comma = true
				k++
				continue
			}
			break
		}
		if k == a.next || k >= len(toks) {
			return a, true
		}
		end, kind := addressItem(toks, k)
		if kind == itemNone || comma && kind != itemAudience {
			return a, true // the address ends at its mark
		}
		a.next, a.items = end, a.items+1
		a.respected = a.respected || toks[k].Type == tRespected
		a.phrases = a.phrases || kind != itemAudience
	}
	return a, true
}

// itemKind is what an item of an address is.
type itemKind uint8

const (
	itemNone     itemKind = iota // no item: a mark, or words that name no one
	itemPhrase                   // a short noun phrase
	itemAudience                 // an audience by its shape
)

// addressItem reads the item that starts at toks[k]: the tokens up to a
// separator or a mark. It returns where the item ends and what it is.
func addressItem(toks []lexer.Token, k int) (end int, kind itemKind) {
	runes := 0
	each, respected := false, false
tokens:
	for end = k; end < len(toks); end++ {
		t := toks[end]
		switch t.Type {
		case tEach:
			each = true
		case tRespected:
			respected = true
		case tGroup, tHonor, tHan, tNumeral, tDigits, tDi:
		default:
			break tokens
		}
		runes += scan.RuneCount(t.Value)
	}
	if end == k {
		return k, itemNone
	}
	first, last := toks[k], toks[end-1]
	switch {
	case endsWithAudience(toks[k:end]) && (runes <= maxAudienceRunes || (each || respected) && runes <= maxOccasionRunes):
		return end, itemAudience
	case (first.Type == tEach || first.Type == tRespected || first.Type == tHan && strings.HasPrefix(first.Value, "各")) &&
		runes <= maxEachPhrase && nounPhrase(toks[k:end]):
		return end, itemAudience
	case end-k == 1 && last.Value == "大家":
		return end, itemAudience
	case runes <= maxFollowingRunes:
		return end, itemPhrase
	}
	return end, itemNone
}

// clauseWords are the characters that make a sentence of what follows 各
// (各部门要对照…, 各级政府都…): modal verbs and adverbs, which no name of a
// body of people holds.
const clauseWords = "要应须必能可将把对都也就还已正是"

// nounPhrase: no letter of the item is one of clauseWords.
func nounPhrase(item []lexer.Token) bool {
	for _, t := range item {
		if t.Type == tHan && strings.ContainsAny(t.Value, clauseWords) {
			return false
		}
	}
	return true
}

// endsWithAudience: the last word of the item names people addressed: a
// group, an honour word (perhaps with 们), or a word ending in 们 that is no
// pronoun (我们, 他们 name no audience).
func endsWithAudience(item []lexer.Token) bool {
	last := item[len(item)-1]
	switch last.Type {
	case tGroup, tHonor:
		return true
	case tHan:
		v := last.Value
		if !strings.HasSuffix(v, "们") {
			return false
		}
		before, _ := utf8.DecodeLastRuneInString(strings.TrimSuffix(v, "们"))
		if before == utf8.RuneError {
			return len(item) > 1 && item[len(item)-2].Type == tHonor // 领导们
		}
		return !strings.ContainsRune("我你您他她它咱人", before)
	}
	return false
}

// englishAudience are the words of an English address (Ladies and
// gentlemen, Dear colleagues), and englishJoin the words that may stand
// between or before them.
var (
	englishAudience = []string{"ladies", "gentlemen", "friends", "colleagues", "everyone", "everybody",
		"students", "teachers", "comrades", "delegates", "guests", "members", "graduates", "parents"}
	englishJoin = []string{"and", "dear", "my", "our", "distinguished", "honored", "honoured", "respected",
		"fellow", "all", "the", "of", "young", "esteemed"}
)

// maxEnglishWords bounds an English address.
const maxEnglishWords = 8

// englishAddress reads an English address at the start of s: the byte
// offset where it ends (before its mark). ok is false when s opens with
// no such address.
func englishAddress(s string) (end int, ok bool) {
	audience, words := false, 0
	i := 0
	for i < len(s) {
		j := i
		for j < len(s) && (s[j]|0x20 >= 'a' && s[j]|0x20 <= 'z') {
			j++
		}
		if j == i {
			break
		}
		w := strings.ToLower(s[i:j])
		switch {
		case containsWord(englishAudience, w):
			audience = true
		case containsWord(englishJoin, w):
		default:
			return 0, false
		}
		if words++; words > maxEnglishWords {
			return 0, false
		}
		end = j
		for j < len(s) && s[j] == ' ' {
			j++
		}
		i = j
	}
	return end, audience
}

func containsWord(list []string, w string) bool {
	for _, x := range list {
		if x == w {
			return true
		}
	}
	return false
}

// startsLatin reports whether s opens with an ASCII letter.
func startsLatin(s string) bool {
	return s != "" && s[0]|0x20 >= 'a' && s[0]|0x20 <= 'z'
}

// maxSalutationRunes bounds a salutation line: longer lines are speech.
const maxSalutationRunes = 48

// IsSalutation reports whether line, trimmed, is a salutation on a line of
// its own: an address and its mark (同志们：, 各位领导、同志们：, 尊敬的各位来
// 宾：, 各二级学院、各职能部门：, 团员青年们，少先队员们，同志们：), perhaps
// followed by a greeting (亲爱的同学们，大家上午好！), or a list of addresses
// with no mark (各位领导 同志们). Markdown emphasis around it is no part of
// it.
func IsSalutation(line string) bool {
	s := trimEmphasis(line)
	n := scan.RuneCount(s)
	if s == "" || n > maxSalutationRunes || !maySalute(s, n) {
		return false
	}
	if startsLatin(s) {
		end, ok := englishAddress(s)
		rest := strings.TrimSpace(s[end:])
		return ok && (rest == ":" || rest == "," || rest == "!")
	}
	toks := addressTokens(s)
	a, ok := readAddress(toks)
	if !ok {
		return false
	}
	if a.next == len(toks) {
		// A bare word with no mark after it (同志 on its own) is too weak,
		// and so is a list of no audiences' shape (县长　王建国 names the
		// speaker).
		return (a.items > 1 || a.respected) && !a.phrases
	}
	mark := toks[a.next]
	switch {
	case mark.Type == tColon || mark.Type == tComma || mark.Type == tEnd && isExclamation(mark.Value):
	default:
		return false
	}
	_, size := utf8.DecodeRuneInString(s[mark.Pos.Offset:]) // the mark as written
	rest := s[mark.Pos.Offset+size:]
	return onlyMarks(rest) || isGreeting(rest)
}

// isExclamation: the folded mark is an exclamation mark.
func isExclamation(v string) bool { return v == "!" || v == "！" }

// onlyMarks reports whether s holds nothing but white space and marks.
func onlyMarks(s string) bool {
	for _, r := range s {
		if !scan.IsBlank(r) && MarkOf(foldRune(r)) == 0 {
			return false
		}
	}
	return true
}

// greetingWho and greetingWhen are the words a greeting may open with
// (大家好, 下午好, 同学们上午好): who is greeted, and the time of day.
var (
	greetingWho  = []string{"大家", "你们", "您们", "各位"}
	greetingWhen = []string{"早上", "上午", "中午", "下午", "晚上", "早", "晚"}
)

// isGreeting reports whether s is a greeting after a salutation:
// 大家好！, 大家下午好！, 上午好。
func isGreeting(s string) bool {
	s = strings.TrimLeftFunc(s, scan.IsBlank)
	s = cutFoldedPrefix(s, greetingWho)
	s = cutFoldedPrefix(s, greetingWhen)
	n := foldedPrefix(s, "好")
	return n > 0 && onlyMarks(s[n:])
}

// cutFoldedPrefix is s less the first of words it opens with (folded).
func cutFoldedPrefix(s string, words []string) string {
	for _, w := range words {
		if n := foldedPrefix(s, w); n > 0 {
			return s[n:]
		}
	}
	return s
}

// trimEmphasis is s less white space and the Markdown emphasis (** __)
// around it.
func trimEmphasis(s string) string {
	s = strings.TrimFunc(s, scan.IsBlank)
	for {
		t := strings.TrimFunc(strings.Trim(s, "*_"), scan.IsBlank)
		if t == s {
			return s
		}
		s = t
	}
}

// maySalute is the prefilter of the salutation grammar, for line of n
// characters: a salutation ends with a colon, an exclamation mark or a
// comma, or is a few words with no mark (同志们), or it ends a greeting
// (…大家好！ ends with its mark too).
func maySalute(line string, n int) bool {
	last, _ := utf8.DecodeLastRuneInString(line)
	return n <= 8 || strings.ContainsRune("：:！!，,", last)
}

// addressesAll reports whether s opens with an address to a whole
// audience — a group (同志们), 各位 or 诸位, 尊敬的 or 亲爱的 — rather than a
// person named with an honour word or an office (陈主任, 江青同志), which a
// transcript's speaker line also writes (M3, by what a speaker is not).
func addressesAll(s string) bool {
	toks := addressTokens(s)
	a, ok := readAddress(toks)
	if !ok {
		return false
	}
	for _, t := range toks[:a.next] {
		switch t.Type {
		case tGroup, tEach, tRespected:
			return true
		}
	}
	return false
}
