package grammar

import (
	"strings"
	"unicode/utf8"

	"github.com/dagang/dagang/internal/scan"
)

// The title block (conventions.md §1.2) is what may follow a speech's
// title: the title's second line, a subtitle (——在…大会上的报告) or the
// occasion without its dash (在全市经济工作会议上的讲话), a date
// (（2022年10月16日）), the speaker (speaker.go). Whether a line is there at
// all — it follows the title, in the order the tree builder reads it — is
// context; what each line looks like is here.

// MaxTitleRunes bounds a title line. Real titles run long (在专题学习…研讨交
// 流会上的发言:筑牢根基担使命,聚力笃行启新程 is 62 characters), paragraphs
// longer.
const MaxTitleRunes = 90

// subtitleDashes are the dashes a subtitle opens with.
var subtitleDashes = [...]string{"——", "—", "──", "－－", "--", "─"}

// IsSubtitle: ——在中国共产党第二十次全国代表大会上的报告.
func IsSubtitle(s string) bool {
	for _, p := range subtitleDashes {
		if strings.HasPrefix(s, p) {
			return scan.RuneCount(s) <= MaxTitleRunes
		}
	}
	return false
}

// speechNouns are the names of a speech an occasion ends with (…上的讲话,
// …的发言), as simplified and traditional text write them.
var speechNouns = [...]string{"讲话", "講話", "发言", "發言", "报告", "報告", "致辞", "致辭", "讲稿", "党课", "讲座", "演讲"}

// IsVenueLine: 1957年6月26日在第一届全国人民代表大会第四次会议上, 在全市经济
// 工作会议上的讲话 — the occasion, a subtitle without its dash.
func IsVenueLine(s string) bool {
	if scan.RuneCount(s) > 60 || HasMark(s, FullStop|Comma) {
		return false
	}
	if strings.HasPrefix(s, "在") && (strings.HasSuffix(s, "上") || endsWithSpeechNoun(s)) {
		return true
	}
	return dateAt(s) > 0 && strings.Contains(s, "在") && (strings.Contains(s, "会") || strings.HasSuffix(s, "上"))
}

// endsWithSpeechNoun: …上的讲话, …的发言, …的报告.
func endsWithSpeechNoun(s string) bool {
	for _, w := range speechNouns {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}

// dateBrackets are the brackets a date line may stand in.
var dateBrackets = [...][2]string{{"（", "）"}, {"(", ")"}, {"【", "】"}, {"[", "]"}}

// IsDateLine: （2022年10月16日）, 2022年10月16日, （二〇二二年十月十六日）.
func IsDateLine(s string) bool {
	t := strings.TrimSpace(s)
	for _, pair := range dateBrackets {
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
			if !(r >= '0' && r <= '9' || r >= '０' && r <= '９' || IsHanNumeral(r) || r == ' ' || r == '\u3000') {
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

// titleContinuations are the words a title line cut before its end ends
// with (在全市…会议上的 / 讲话).
var titleContinuations = [...]string{"的", "在", "与", "和", "及", "暨", "关于", "——"}

// ContinuesTitle: title is a title line cut before its end, whose next
// line goes on with it.
func ContinuesTitle(title string) bool {
	for _, w := range titleContinuations {
		if strings.HasSuffix(title, w) {
			return true
		}
	}
	return false
}
