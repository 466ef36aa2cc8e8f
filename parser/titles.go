package parser

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dagang/dagang/grammar"
	"github.com/dagang/dagang/internal/scan"
)

// maxTitleRunes bounds a title line. Real titles run long (在专题学习…研讨交流会
// 上的发言:筑牢根基担使命,聚力笃行启新程 is 62 characters), paragraphs longer.
const maxTitleRunes = 90

// titleLike reports whether s (a line less its boilerplate) reads as a
// title: short, no sentence inside it, not ending in a clause mark, not a
// numbered heading, not a salutation.
func titleLike(s string, phrases *grammar.Phrases) bool {
	n := scan.RuneCount(s)
	if n < 2 || n > maxTitleRunes {
		return false
	}
	if strings.IndexByte(s, ';') >= 0 || strings.Contains(s, "。") || strings.Contains(s, "；") {
		return false
	}
	last, _ := utf8.DecodeLastRuneInString(s)
	switch last {
	case '，', ',', '、', '：', ':', '！', '!', '？', '?', '…', '“', '‘', '《', '（', '(':
		return false
	}
	if phrases.IsSalutation(s) {
		return false
	}
	letters := 0
	for i := 0; i < len(s) && letters < 2; {
		r, size := scan.DecodeRune(s, i)
		if scan.IsIdeograph(r) || unicode.IsLetter(r) {
			letters++
		}
		i += size
	}
	return letters >= 2
}

// genreWord reports whether s names a kind of speech or document.
func genreWord(s string) bool {
	return noiseLexicon().scoreLine(s).genre()
}

// isSubtitle: ——在中国共产党第二十次全国代表大会上的报告.
func isSubtitle(s string) bool {
	for _, p := range []string{"——", "—", "──", "－－", "--", "─"} {
		if strings.HasPrefix(s, p) {
			return scan.RuneCount(s) <= maxTitleRunes
		}
	}
	return false
}

// isVenueLine: 1957年6月26日在第一届全国人民代表大会第四次会议上, 在全市经济
// 工作会议上的讲话 — the occasion, a subtitle without its dash.
func isVenueLine(s string) bool {
	if scan.RuneCount(s) > 60 || strings.ContainsAny(s, "。，,") {
		return false
	}
	if strings.HasPrefix(s, "在") && (strings.HasSuffix(s, "上") || endsWithGenre(s)) {
		return true
	}
	return dateAt(s) > 0 && strings.Contains(s, "在") && (strings.Contains(s, "会") || strings.HasSuffix(s, "上"))
}

// endsWithGenre: …上的讲话, …的发言, …的报告.
func endsWithGenre(s string) bool {
	for _, w := range []string{"讲话", "講話", "发言", "發言", "报告", "報告", "致辞", "致辭", "讲稿", "党课", "讲座", "演讲"} {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// isDateLine: （2022年10月16日）, 2022年10月16日, （二〇二二年十月十六日）.
func isDateLine(s string) bool {
	t := strings.TrimSpace(s)
	for _, pair := range [][2]string{{"（", "）"}, {"(", ")"}, {"【", "】"}, {"[", "]"}} {
		if strings.HasPrefix(t, pair[0]) && strings.HasSuffix(t, pair[1]) {
			t = strings.TrimSuffix(strings.TrimPrefix(t, pair[0]), pair[1])
			break
		}
	}
	n := dateAt(t)
	return n > 0 && strings.TrimSpace(t[n:]) == ""
}

// dateAt is the length of a date (年 and 月, optionally 日) at the start of
// s, in digits or Chinese numerals, or 0.
func dateAt(s string) int {
	i := 0
	digits := func() int {
		n := 0
		for i < len(s) {
			r, size := utf8.DecodeRuneInString(s[i:])
			if !(r >= '0' && r <= '9' || r >= '０' && r <= '９' || grammar.IsHanNumeral(r) || r == ' ' || r == '\u3000') {
				break
			}
			if r != ' ' && r != '\u3000' {
				n++
			}
			i += size
		}
		return n
	}
	word := func(w string) bool {
		if strings.HasPrefix(s[i:], w) {
			i += len(w)
			return true
		}
		return false
	}
	if digits() < 2 || !word("年") {
		return 0
	}
	if digits() < 1 || !word("月") {
		return 0
	}
	save := i
	if digits() >= 1 && word("日") {
		return i
	}
	i = save
	return i
}

// isPositionLine: a short line naming an office, which the speaker's name
// follows (国务院总理　/ 李　强).
func isPositionLine(s string) bool {
	t := strings.TrimRightFunc(s, scan.IsBlank)
	if scan.RuneCount(t) > 16 {
		return false
	}
	for _, w := range []string{"总理", "书记", "主席", "部长", "省长", "市长", "县长", "区长", "局长",
		"主任", "委员", "院长", "校长", "厅长", "处长", "理事长", "董事长", "总经理"} {
		if strings.HasSuffix(t, w) {
			return true
		}
	}
	return false
}

// isNameLine: 习　近　平, 周恩来, 李强 — two to four Chinese characters,
// often spaced, nothing else.
func isNameLine(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r == ' ' || r == '\u3000' || r == '·' || r == '•':
		case unicode.Is(unicode.Han, r) && !grammar.IsHanNumeral(r):
			n++
		default:
			return false
		}
	}
	return n >= 2 && n <= 4
}

// collectionTitle reports whether a title names a collection: …讲话稿集聚5篇,
// …发言-20篇, …汇编, …范文3篇, …（精选6篇）.
func collectionTitle(s string) bool {
	for _, w := range []string{"汇编", "彙編", "合集", "大全", "选编", "選編", "汇总", "彙總"} {
		if strings.Contains(s, w) {
			return true
		}
	}
	rs := []rune(s)
	for i, r := range rs {
		if r != '篇' || i == 0 {
			continue
		}
		k := i - 1
		for k >= 0 && (rs[k] >= '0' && rs[k] <= '9' || rs[k] >= '０' && rs[k] <= '９' || grammar.IsHanNumeral(rs[k])) {
			k--
		}
		if k == i-1 {
			continue
		}
		if k >= 0 && rs[k] == '第' {
			continue // 第一篇 is a separator, not a count
		}
		return true
	}
	return false
}

// commonPrefix is the number of leading characters a and b share.
func commonPrefix(a, b string) int {
	n := 0
	for a != "" && b != "" {
		ra, sa := utf8.DecodeRuneInString(a)
		rb, sb := utf8.DecodeRuneInString(b)
		if ra != rb {
			break
		}
		n++
		a, b = a[sa:], b[sb:]
	}
	return n
}

// collectionStem is a collection title without its count and decoration
// (党组书记在…讲话稿集聚5篇 → 党组书记在…讲话稿).
func collectionStem(s string) string {
	rs := []rune(s)
	for i, r := range rs {
		if r == '篇' && i > 0 && (unicode.IsDigit(rs[i-1]) || grammar.IsHanNumeral(rs[i-1])) {
			k := i - 1
			for k >= 0 && (unicode.IsDigit(rs[k]) || grammar.IsHanNumeral(rs[k]) || strings.ContainsRune("集聚精选范文-—（(【 ", rs[k])) {
				k--
			}
			return string(rs[:k+1])
		}
	}
	return s
}

// endsWithNumber: …讲话1, …讲话（二）, …发言之三.
func endsWithNumber(s string) bool {
	t := strings.TrimRight(s, ")）】] ")
	r, _ := utf8.DecodeLastRuneInString(t)
	return r >= '0' && r <= '9' || r >= '０' && r <= '９' || grammar.IsHanNumeral(r) && r != '〇'
}
