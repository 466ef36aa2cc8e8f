package grammar

import (
	"strings"
	"unicode"

	"github.com/dagang/dagang/internal/scan"
)

// The speaker (conventions.md §1.2) is named under a speech's title, by
// name (习　近　平), by office and then name on the next line (国务院总理　/
// 李　强), or by office and name on one line (县长　王建国, 局党组书记、局长
// 王建国, （县长　王建国）).

// offices are the words an office ends with (国务院总理, 县委书记, 常务副市
// 长, 市委常委): the language's names of posts, as simplified and
// traditional text write them.
var offices = [...]string{"总理", "書記", "书记", "主席", "部长", "部長", "省长", "省長", "市长", "市長",
	"县长", "縣長", "区长", "區長", "镇长", "乡长", "局长", "局長", "主任", "委员", "委員", "院长", "院長",
	"校长", "校長", "厅长", "处长", "科长", "所长", "司长", "署长", "会长", "會長", "社长", "行长", "馆长",
	"站长", "队长", "组长", "理事长", "董事长", "秘书长", "总经理", "经理", "总裁", "常委", "发言人",
	"主编", "总监", "总师", "政委", "司令员", "参谋长", "大使", "教授"}

// IsOfficeLine: a short line naming an office, which the speaker's name
// follows (国务院总理　/ 李　强).
func IsOfficeLine(s string) bool {
	t := strings.TrimRightFunc(s, scan.IsBlank)
	return scan.RuneCount(t) <= 16 && endsWithOffice(t)
}

// IsNameLine: 习　近　平, 周恩来, 李强 — two to four Chinese characters,
// often spaced, nothing else.
func IsNameLine(s string) bool {
	n := 0
	for _, r := range s {
		switch {
		case r == ' ' || r == '\u3000' || r == '·' || r == '•':
		case unicode.Is(unicode.Han, r) && !IsHanNumeral(r):
			n++
		default:
			return false
		}
	}
	return n >= 2 && n <= 4
}

// maxOfficeRunes bounds one office of a speaker line (市委常委、常务副市长
// is two).
const maxOfficeRunes = 14

// notInNames are the characters that make what follows an office a
// sentence or a genre rather than a name (县长　讲话, 书记　要带头).
const notInNames = "要应须必能可将把对都也就还已正是的了在讲话致辞发言报告"

// IsSpeakerLine: a line of its own that names the speaker by office and
// name (T2 of docs/rules.md): perhaps brackets; one or more offices joined
// by 、, each a short phrase ending in an office word; white space; a name
// of two to four letters, perhaps spaced, no numeral. Nothing else: 县长
// 讲话 names a genre, 张　伟：负责… a duty.
func IsSpeakerLine(s string) bool {
	s = strings.TrimFunc(s, scan.IsBlank)
	for _, pair := range dateBrackets {
		if strings.HasPrefix(s, pair[0]) && strings.HasSuffix(s, pair[1]) {
			s = strings.TrimFunc(s[len(pair[0]):len(s)-len(pair[1])], scan.IsBlank)
			break
		}
	}
	sp := strings.IndexFunc(s, func(r rune) bool { return r == ' ' || r == '\u3000' || r == '\t' })
	if sp <= 0 {
		return false
	}
	posts, name := s[:sp], strings.TrimFunc(s[sp:], scan.IsBlank)
	for _, post := range strings.Split(posts, "、") {
		if post == "" || scan.RuneCount(post) > maxOfficeRunes || !endsWithOffice(post) || HasMark(post, ^Mark(0)) {
			return false
		}
	}
	return IsNameLine(name) && !strings.ContainsAny(name, notInNames)
}

// endsWithOffice: s ends with an office word.
func endsWithOffice(s string) bool {
	for _, w := range offices {
		if strings.HasSuffix(s, w) {
			return true
		}
	}
	return false
}
