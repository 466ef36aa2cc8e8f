package decode

import (
	"unicode/utf8"
)

// The two double-byte encodings of Chinese overlap: almost every byte pair
// of a GB18030 (GBK, GB2312) text is a character in Big5 and the other way
// round, so a text read in the wrong one has few replacements, and reads
// as nonsense. Which one it is shows in what the reading holds: the right
// one is mostly common characters; the wrong one rare characters, Japanese
// kana, private-use code points and box-drawing signs. A reading is scored
// by those (plausibility), and the two are compared; when the scores are
// close — a text too short to tell, or one of rare characters — the
// choice is reported as a doubt rather than made silently.

// legacySample is how much of an input the choice is made on.
const legacySample = 256 << 10

// legacyDoubt is the difference of plausibility under which the choice
// between GB18030 and Big5 is in doubt.
const legacyDoubt = 0.25

// plausibility scores a reading: per character outside ASCII, +1 for a
// common character, -1 for a character no Chinese text is written in, -2
// for a replacement, so that a right reading scores about 0.8 and a wrong
// one about 0 or below. han counts the ideographs: a reading with none
// (white space and marks alone) says nothing of the text's script.
func plausibility(s string) (score float64, han int) {
	sum, n := 0, 0
	for _, r := range s {
		if r < utf8.RuneSelf {
			continue
		}
		n++
		if r >= 0x3400 && r <= 0x9FFF {
			han++
		}
		switch {
		case commonRune(r):
			sum++
		case r == utf8.RuneError:
			sum -= 2
		case foreignRune(r):
			sum--
		}
	}
	if n == 0 {
		return 0, 0
	}
	return float64(sum) / float64(n), han
}

// foreignRune reports whether r is a character a Chinese text (simplified
// or traditional) is not written in, though a misread one is full of it:
// Greek and Cyrillic letters, box drawing, kana and bopomofo, Hangul,
// private use, compatibility ideographs, half-width katakana.
func foreignRune(r rune) bool {
	switch {
	case r >= 0x0370 && r <= 0x052F:
		return true
	case r >= 0x2500 && r <= 0x257F:
		return true
	case r >= 0x3040 && r <= 0x312F:
		return true
	case r >= 0xAC00 && r <= 0xD7AF, r >= 0x1100 && r <= 0x11FF, r >= 0x3130 && r <= 0x318F:
		return true
	case r >= 0xE000 && r <= 0xF8FF, r >= 0xF900 && r <= 0xFAFF:
		return true
	case r >= 0xFF61 && r <= 0xFF9F:
		return true
	}
	return false
}

// chineseDoubleByte chooses between GB18030 and Big5 for raw, a text that
// is not UTF-8, which detection read as t (with err): the reading with
// the more plausible characters, and the other named as a doubt when the
// two are close.
func chineseDoubleByte(raw []byte, t Text, err error) (Text, error) {
	sample := raw[:min(len(raw), legacySample)]
	var g string
	if t.Encoding == GB18030 {
		// Detection's reading already is GB18030's: its start stands for
		// the sample (a character of two or four bytes is three in UTF-8).
		g = t.Text[:runeStartAtOrBefore(t.Text, min(len(t.Text), len(sample)*3/2))]
	} else {
		var gErr error
		if g, _, gErr = gb18030(sample); gErr != nil {
			return t, err
		}
	}
	b := big5Text(sample)
	gs, gHan := plausibility(g)
	bs, bHan := plausibility(b.Text)
	if bs > gs {
		big5 := big5Text(raw)
		if bs-gs < legacyDoubt {
			big5.Doubt = GB18030
		}
		return big5, checkReplaced(big5)
	}
	if t.Encoding == GB18030 && gHan+bHan > 0 && gs-bs < legacyDoubt {
		t.Doubt = Big5
	}
	return t, err
}

// runeStartAtOrBefore is the largest i <= n at which a character of s
// starts (or len(s)).
func runeStartAtOrBefore(s string, n int) int {
	for n > 0 && n < len(s) && !utf8.RuneStart(s[n]) {
		n--
	}
	return n
}
