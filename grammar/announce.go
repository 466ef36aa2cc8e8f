package grammar

import (
	"strings"
	"unicode/utf8"

	"github.com/dagang/dagang/internal/scan"
)

// An announcement (conventions.md §1.4) is the count a transition sentence
// gives of what follows: 我们必须从以下三个方面着力, 下面我谈两点体会, 报告分
// 六个部分. It is a count of two or more (in numerals, digits or 两) before
// a unit, with a word of announcing a little before it in the same
// sentence. The tree builder compares it with the sections that follow.

// announcedUnits are the units of an announced count, from the counting
// units of the vocabulary; counter says the unit may take 个 between it and
// the count (三个方面, 六个部分), where 两点 and 四条 do not.
var announcedUnits = func() (out []struct {
	word    string
	counter bool
}) {
	for _, u := range unitsWith(unitAnnounced) {
		out = append(out, struct {
			word    string
			counter bool
		}{u.word, u.roles&unitCounted != 0})
	}
	return out
}()

// countWord is the measure word that may stand between a count and its
// unit.
const countWord = "个"

// countTwo writes two in a count (两点), where a marker writes 二.
const countTwo = '两'

// announcingWords are the words that announce a count: one of them stands
// at most announceWindow characters before it, in the same sentence.
var announcingWords = [...]string{"以下", "如下", "下面", "围绕", "从", "分", "讲", "谈", "说", "汇报", "提", "交流"}

const announceWindow = 12

// announceTail is how far from a paragraph's end an announcement is looked
// for, in bytes (about a hundred characters): it is the paragraph's last
// sentence or two.
const announceTail = 300

// unitFirsts are the first characters of the units, and unitChars finds
// them in a text, 32 bytes at a time where the processor can.
var (
	unitFirsts = func() (t []rune) {
		for _, u := range announcedUnits {
			t = append(t, firstRune(u.word))
		}
		return t
	}()
	unitChars = scan.NewChars(string(unitFirsts))
)

// Announcement is a count announced in a paragraph: N, and the bytes of
// the count and its unit.
type Announcement struct {
	N          int
	Start, End int
}

// FindAnnouncement finds the last announcement near the end of para.
func FindAnnouncement(para string) (Announcement, bool) {
	tail := max(0, len(para)-announceTail)
	for tail > 0 && !utf8.RuneStart(para[tail]) {
		tail++
	}
	an, ok := findAnnouncement(para[tail:])
	an.Start += tail
	an.End += tail
	return an, ok
}

// findAnnouncement finds the last announcement in s.
func findAnnouncement(s string) (Announcement, bool) {
	var buf [(announceTail + 64) / 32]uint32
	bits := buf[:]
	if n := (len(s) + 31) / 32; n > len(bits) {
		bits = make([]uint32, n)
	} else {
		bits = bits[:n]
	}
	unitChars.Fill(s, 0, len(s), bits)
	return announcementAtUnits(s, bits)
}

// announcementAtUnits is findAnnouncement once the first characters of
// the units of s are marked in bits. They are taken in text order.
func announcementAtUnits(s string, bits []uint32) (Announcement, bool) {
	var best Announcement
	found := false
	consider := func(unitStart, end int) {
		n, start := countEndingAt(s, unitStart)
		if n < 2 || !announcedBefore(s[:start]) {
			return
		}
		if !found || start > best.Start {
			best, found = Announcement{n, start, end}, true
		}
	}
	for at := scan.NextBit(bits, 0); at >= 0; at = scan.NextBit(bits, at+3) {
		first := scan.Rune3(s, at) // the units start with three-byte characters
		for k, u := range announcedUnits {
			if first != unitFirsts[k] || !strings.HasPrefix(s[at:], u.word) {
				continue
			}
			end := at + len(u.word)
			if u.counter && strings.HasSuffix(s[:at], countWord) {
				consider(at-len(countWord), end)
			}
			consider(at, end)
		}
	}
	return best, found
}

// countEndingAt reads the numeral or digits that end s[:at], and returns
// its value and where it starts.
func countEndingAt(s string, at int) (int, int) {
	start := at
	for start > 0 {
		r, size := utf8.DecodeLastRuneInString(s[:start])
		if !(IsHanNumeral(r) || r == countTwo || r >= '0' && r <= '9') || at-start >= 9 {
			break
		}
		start -= size
	}
	if start == at {
		return 0, at // no count: the usual case (重点, 条件, 各方面)
	}
	word := strings.ReplaceAll(s[start:at], string(countTwo), "二")
	if n, ok := HanValue(word); ok {
		return n, start
	}
	n, _ := ArabicValue(word)
	return n, start
}

// announcedBefore reports whether one of the announcing words stands in the
// last announceWindow characters of s, within its last sentence. (Only
// the full-width marks end that sentence here.)
func announcedBefore(s string) bool {
	from := len(s)
	for k := 0; k < announceWindow && from > 0; k++ {
		r, size := utf8.DecodeLastRuneInString(s[:from])
		if MarkOf(r)&(SentenceEnd|Semicolon) != 0 && r >= utf8.RuneSelf {
			break
		}
		from -= size
	}
	window := s[from:]
	for _, w := range announcingWords {
		if strings.Contains(window, w) {
			return true
		}
	}
	return false
}
