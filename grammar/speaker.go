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

// A transcript (conventions.md §7) names each speaker taking the floor on
// a line of its own: a person, then 讲话 or 发言 (的讲话, 的发言) and perhaps
// a colon, or a colon alone (周总理讲话：, 康生同志讲话, 陈主任：, 江青同志：).
// A person is a name with an honour word (康生同志, 王刚先生) or with an
// office (周总理, 王局长, 李建国书记). A bare name and a colon (赵刚：…,
// 张　伟：负责…) is a reply or a duty inside a speech, and an address
// (同志们：, 各位同志：) no speaker. A name with an honour word or an
// office and a colon may have the first words of the turn after it on its
// line (陈伯达同志：谈一下…).

// honours are the words of respect after a name (康生同志).
var honours = [...]string{"同志", "先生", "女士", "老师", "教授"}

// takingFloor are the words of a speaker taking the floor after the
// person's name.
var takingFloor = [...]string{"的讲话", "的发言", "讲话", "发言", "講話", "發言"}

// maxTurnRunes bounds a speaker line, and maxPersonRunes the name before
// its honour word or office.
const (
	maxTurnRunes   = 16
	maxPersonRunes = 4
)

// MaxTurnBytes bounds the part of a line a speaker line is looked for in:
// maxTurnRunes characters of three bytes and a colon. A longer line is one
// only when a colon ends its speaker's part (陈伯达同志：谈一下…).
const MaxTurnBytes = 3*maxTurnRunes + 3

// SpeakerTurn reads a line that names a speaker taking the floor: n is
// the length of the speaker's part, up to and with its colon; the rest of
// the line (after white space) is the turn's first words, if any. Every
// line of a file is asked: most have no colon and no 讲话 near their
// start, and are answered by a few byte searches.
func SpeakerTurn(line string) (n int, ok bool) {
	if line == "" || line[0] < 0xE0 {
		return 0, false // a Chinese name opens it: most lines open otherwise
	}
	head := cutHead(line, MaxTurnBytes)
	if strings.IndexByte(head, ':') < 0 && !strings.Contains(head, "：") && !endsTakingFloor(line) {
		return 0, false // no colon near its start, no 讲话 at its end: most lines
	}
	// Where the person's words end: at 讲话 or 发言 (的讲话 …), or a colon.
	end, floor := -1, 0
	for _, w := range takingFloor {
		if i := strings.Index(head, w); i > 0 && (end < 0 || i < end) {
			end, floor = i, len(w)
		}
	}
	for _, c := range [...]string{"：", ":"} {
		if i := strings.Index(head, c); i > 0 && (end < 0 || i < end) {
			end, floor = i, 0
		}
	}
	if end <= 0 || !namesPerson(line[:end]) {
		return 0, false
	}
	j := end + floor
	colon := 0
	if j < len(line) {
		if r, size := scan.DecodeRune(line, j); MarkOf(r) == Colon {
			colon = size
		}
	}
	rest := strings.TrimFunc(line[j+colon:], scan.IsBlank)
	switch {
	case rest == "" && (floor > 0 || colon > 0):
		// The whole line: 周总理讲话：, 康生同志讲话, 陈主任：.
	case rest != "" && colon > 0 && floor == 0:
		// 陈伯达同志：谈一下… opens the turn on its own line.
	default:
		return 0, false
	}
	if addressesAll(line[:j+colon]) {
		return 0, false
	}
	return j + colon, true
}

// endsTakingFloor: the line ends with 讲话 or 发言, as a speaker line with
// no colon does (康生同志讲话).
func endsTakingFloor(line string) bool {
	line = strings.TrimRightFunc(line, scan.IsBlank)
	for _, w := range takingFloor {
		if strings.HasSuffix(line, w) {
			return true
		}
	}
	return false
}

// namesPerson: s is a name of one to four letters and an honour word or
// an office after it (康生同志, 周总理, 李建国书记).
func namesPerson(s string) bool {
	name := ""
	for _, ws := range [...][]string{honours[:], offices[:]} {
		for _, w := range ws {
			if strings.HasSuffix(s, w) && len(s) > len(w) {
				name = s[:len(s)-len(w)]
				break
			}
		}
		if name != "" {
			break
		}
	}
	if name == "" || scan.RuneCount(name) > maxPersonRunes {
		return false
	}
	for _, r := range name {
		if !unicode.Is(unicode.Han, r) || IsHanNumeral(r) || strings.ContainsRune(notInNames, r) {
			return false
		}
	}
	return true
}
