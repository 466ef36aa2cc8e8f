package grammar

import "github.com/dagang/dagang/internal/scan"

// hanDigit is the value of a Chinese numeral character, or -1.
func hanDigit(r rune) int {
	switch r {
	case '〇', '零':
		return 0
	case '一':
		return 1
	case '二':
		return 2
	case '三':
		return 3
	case '四':
		return 4
	case '五':
		return 5
	case '六':
		return 6
	case '七':
		return 7
	case '八':
		return 8
	case '九':
		return 9
	case '十':
		return 10
	case '百':
		return 100
	}
	return -1
}

// hanNumerals are the characters Chinese numerals are written with.
const hanNumerals = "〇零一二三四五六七八九十百"

// IsHanNumeral reports whether r is one of the characters a Chinese numeral
// is written with (一 … 十, 百, 〇, 零).
func IsHanNumeral(r rune) bool { return hanDigit(r) >= 0 }

// HanValue is the value of a Chinese numeral as markers write it: 一 … 九十九,
// and on to 九百九十九 (一百零一, 一百一十). ok is false for anything that is
// not a well-formed numeral (一二, 十十, 零).
func HanValue(s string) (n int, ok bool) {
	// A numeral is one to seven characters, each three bytes long: a text
	// of any other length holds something else.
	if s == "" || len(s) > 7*3 || len(s)%3 != 0 {
		return 0, false
	}
	var ds [7]int
	for i := 0; i < len(s); i += 3 {
		if s[i]&0xF0 != 0xE0 || s[i+1]&0xC0 != 0x80 || s[i+2]&0xC0 != 0x80 {
			return 0, false
		}
		ds[i/3] = hanDigit(scan.Rune3(s, i))
	}
	return digitsValue(ds[:len(s)/3])
}

// digitsValue is the value of a numeral by the values of its characters
// (hanDigit: -1 for a character that is no numeral).
func digitsValue(ds []int) (n int, ok bool) {
	total, digit := 0, -1
	seenHundred, seenTen, seenZero := false, false, false
	for i, d := range ds {
		switch {
		case d < 0:
			return 0, false
		case d == 100:
			if seenHundred || seenTen || digit <= 0 {
				return 0, false
			}
			total += digit * 100
			digit, seenHundred = -1, true
		case d == 10:
			if seenTen {
				return 0, false
			}
			if digit == -1 {
				if seenHundred && !seenZero {
					return 0, false // 一百十 is written 一百一十
				}
				digit = 1
			} else if digit == 0 {
				return 0, false
			}
			total += digit * 10
			digit, seenTen = -1, true
		case d == 0:
			if !seenHundred || seenTen || seenZero || digit != -1 || i == len(ds)-1 {
				return 0, false
			}
			seenZero = true
		default:
			if digit != -1 {
				return 0, false
			}
			digit = d
		}
	}
	if digit > 0 {
		if seenHundred && !seenTen && !seenZero {
			return 0, false // 一百二 is a colloquial 120; markers do not write it
		}
		total += digit
	}
	if total == 0 {
		return 0, false
	}
	return total, true
}

// ArabicValue is the value of a run of ASCII or full-width digits.
func ArabicValue(s string) (n int, ok bool) {
	for _, r := range s {
		switch {
		case r >= '0' && r <= '9':
			n = n*10 + int(r-'0')
		case r >= '０' && r <= '９':
			n = n*10 + int(r-'０')
		default:
			return 0, false
		}
		if n > 1e6 {
			return 0, false
		}
	}
	return n, s != ""
}

// HanNumeral writes n (1 … 999) as a Chinese numeral: 12 → 十二, 105 → 一百零五.
func HanNumeral(n int) string {
	const digits = "〇一二三四五六七八九"
	d := []rune(digits)
	switch {
	case n <= 0 || n > 999:
		return ""
	case n < 10:
		return string(d[n])
	case n < 20:
		if n == 10 {
			return "十"
		}
		return "十" + string(d[n-10])
	case n < 100:
		s := string(d[n/10]) + "十"
		if n%10 != 0 {
			s += string(d[n%10])
		}
		return s
	}
	s := string(d[n/100]) + "百"
	rest := n % 100
	switch {
	case rest == 0:
	case rest < 10:
		s += "零" + string(d[rest])
	default:
		t := HanNumeral(rest)
		if rest < 20 {
			t = "一" + t
		}
		s += t
	}
	return s
}
