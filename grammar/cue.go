package grammar

import (
	"strings"
	"unicode/utf8"

	"github.com/dagang/dagang/internal/scan"
)

// A closing cue (conventions.md §1.6) opens a speech's closing remarks:
//
//   - an address to the audience and its mark (同志们，… 同学们！…
//     2024级的新同学们，… Ladies and gentlemen, …; address.go);
//   - a word that sums up (总之，… 综上所述，…), 让我们…, or 最后，;
//   - a summary of what was said: a count of it (一共讲了十点。 总上十四件
//     事， 以上四点意见，), a restatement (让我再说一遍： 归纳起来，), or a
//     concluding label (结语：… 结束语 Conclusion:).
//
// The cue is in the paragraph's opening clause; nothing after it is read.

// ClosingCue reports whether a paragraph opens with a cue that starts a
// speech's closing remarks. Markdown decoration before it (## 结语：) is
// no part of it.
func ClosingCue(para string) bool {
	return closingCue(cueClause(skipDecoration(para, len(para)), para))
}

// closingCue is ClosingCue of a paragraph's opening clause.
func closingCue(head string) bool {
	if head == "" {
		return false
	}
	if startsLatin(head) {
		return englishCue(head)
	}
	if summaryCue(head) {
		return true
	}
	toks := addressTokens(head)
	switch first := toks[0]; first.Type {
	case tSumming, tLetUs:
		return true
	case tSeq:
		return len(toks) > 1 && (toks[1].Type == tComma || toks[1].Type == tColon || toks[1].Type == tDun)
	}
	a, ok := readAddress(toks)
	if !ok || a.next == len(toks) {
		return false
	}
	mark := toks[a.next]
	return mark.Type == tComma || mark.Type == tColon || mark.Type == tEnd && isExclamation(mark.Value)
}

// englishCue: an English address and its comma (Ladies and gentlemen,), or
// a concluding label (Conclusion:, In conclusion,).
func englishCue(head string) bool {
	if end, ok := englishAddress(head); ok {
		rest := strings.TrimLeft(head[end:], " ")
		return strings.HasPrefix(rest, ",") || strings.HasPrefix(rest, "!") || strings.HasPrefix(rest, ":")
	}
	lower := strings.ToLower(head)
	for _, label := range append([]string{"to conclude", "in closing", "in summary"}, englishLabels...) {
		if rest, ok := strings.CutPrefix(lower, label); ok {
			rest = strings.TrimLeft(rest, " ")
			return rest == "" || rest[0] == ':' || rest[0] == ','
		}
	}
	return false
}

// The words of a summary cue, each written once, folded (C2 of docs
// /rules.md): the labels that head a speech's conclusion, the words that
// restate, and the words that open a count of what was said.
var (
	concludingLabels = []string{"结语", "结束语", "结尾语"}
	restating        = []string{"归纳起来", "概括起来", "总结起来", "概括地说", "归结起来说"}
	restateVerbs     = []string{"重复", "强调", "重申", "说", "讲"}
	summingUp        = []string{"一共", "总共", "总上", "综上", "以上", "上述", "总计"}
	sayingWords      = []string{"讲了", "说了", "谈了", "讲的", "说的", "谈的", "讲过", "说过"}
	summedThings     = []string{"事情", "事", "意见", "问题", "内容"}
)

// summaryCue reports whether a clause opens with a summary of what was
// said: a concluding label and its mark (结语：), a restatement (让我再说一
// 遍, 归纳起来), or a count of what was said (一共讲了十点。, 总上十四件事，,
// 以上四点意见，): a word that sums up or says, a count and a counting
// unit, perhaps what was counted, then the clause's mark.
func summaryCue(head string) bool {
	if rest, ok := cutFolded(head, concludingLabels); ok {
		return rest == "" || markFirst(rest)
	}
	if rest, ok := cutFolded(head, restating); ok {
		return rest == "" || markFirst(rest)
	}
	if restatement(head) {
		return true
	}
	rest, summed := cutFolded(head, summingUp)
	rest, said := cutFolded(rest, sayingWords)
	if !summed && !said {
		return false
	}
	n := countAt(rest)
	if n == 0 {
		return false
	}
	roles, size := unitAt(rest[n:])
	if roles == 0 {
		return false
	}
	rest, _ = cutFolded(rest[n+size:], summedThings)
	return rest == "" || markFirst(rest)
}

// ConcludingLabel reports whether a paragraph opens with a label that
// heads a speech's conclusion (结语：, ## 結語：真正的核心, 结束语,
// Conclusion:): a closing cue however far from the speech's end it stands.
func ConcludingLabel(para string) bool {
	head := para[skipDecoration(para, len(para)):]
	if startsLatin(head) {
		lower := strings.ToLower(head[:min(len(head), 16)])
		for _, label := range englishLabels {
			if rest, ok := strings.CutPrefix(lower, label); ok && (rest == "" || rest[0] == ':') {
				return true
			}
		}
		return false
	}
	rest, ok := cutFolded(head, concludingLabels)
	return ok && (rest == "" || markFirst(rest))
}

// englishLabels are the labels of an English conclusion.
var englishLabels = []string{"conclusion", "in conclusion", "concluding remarks", "closing remarks"}

// restatement: (让)我再说一遍, 再重复一遍, 我再强调一下 — a restating verb
// after 再, then 一遍 or 一下.
func restatement(head string) bool {
	rest, _ := cutFolded(head, []string{"让我", "我"})
	rest, ok := cutFolded(rest, []string{"再"})
	if !ok {
		return false
	}
	if rest, ok = cutFolded(rest, restateVerbs); !ok {
		return false
	}
	_, ok = cutFolded(rest, []string{"一遍", "一下", "一次"})
	return ok
}

// countAt is the length of a count at the start of s: Chinese numerals,
// digits, 两 or 几.
func countAt(s string) int {
	i := 0
	for i < len(s) {
		r, size := scan.DecodeRune(s, i)
		f := foldRune(r)
		if !IsHanNumeral(f) && !(f >= '0' && f <= '9') && f != '两' && f != '几' && r != '兩' && r != '幾' {
			break
		}
		i += size
	}
	return i
}

// markFirst: s opens with a mark of punctuation.
func markFirst(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	return MarkOf(foldRune(r)) != 0
}

// cutFolded is s less the first of words it opens with, folded, and
// whether it opened with one.
func cutFolded(s string, words []string) (string, bool) {
	for _, w := range words {
		if n := foldedPrefix(s, w); n > 0 {
			return s[n:], true
		}
	}
	return s, false
}

// cueClause is para up to and including its first clause mark, at most 32
// characters, from start (para's opening less decoration).
func cueClause(start int, para string) string {
	n := 0
	for i, r := range para[start:] {
		if n++; n > 32 {
			return para[start : start+i]
		}
		// A question mark does not end the clause of a cue.
		if MarkOf(r)&(ClauseEnd&^Question) != 0 {
			return para[start : start+i+utf8.RuneLen(r)]
		}
	}
	return para[start:]
}
