package docx

import (
	"strconv"
	"strings"
)

// formatNumber writes n in a w:numFmt format as Word displays it. Formats
// it does not know, and numbers a format cannot write (㉑ has no place in
// decimalEnclosedCircle, Word writes 21), come out as decimals.
func formatNumber(n int, format string) string {
	switch format {
	case "chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
		"japaneseCounting":
		return hanCounting(n, hanDigits, hanUnits, true)
	case "chineseLegalSimplified":
		return hanCounting(n, legalSimplifiedDigits, legalUnits, false)
	case "ideographLegalTraditional", "japaneseLegal":
		return hanCounting(n, legalTraditionalDigits, legalUnits, false)
	case "ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand":
		return hanDigital(n)
	case "ideographTraditional":
		return cycle(n, "甲乙丙丁戊己庚辛壬癸")
	case "ideographZodiac":
		return cycle(n, "子丑寅卯辰巳午未申酉戌亥")
	case "decimalEnclosedCircle", "decimalEnclosedCircleChinese":
		return enclosed(n, '①', 20)
	case "ideographEnclosedCircle":
		return enclosed(n, '㊀', 10)
	case "decimalEnclosedParen":
		return enclosed(n, '⑴', 20)
	case "decimalEnclosedFullstop":
		return enclosed(n, '⒈', 20)
	case "decimalFullWidth", "decimalFullWidth2":
		return fullWidth(strconv.Itoa(n))
	case "decimalZero":
		if n >= 0 && n < 10 {
			return "0" + strconv.Itoa(n)
		}
	case "upperLetter":
		return letters(n, 'A')
	case "lowerLetter":
		return letters(n, 'a')
	case "upperRoman":
		return roman(n, false)
	case "lowerRoman":
		return roman(n, true)
	case "ordinal":
		return ordinal(n)
	case "none":
		return ""
	}
	return strconv.Itoa(n)
}

var (
	hanDigits              = []rune("〇一二三四五六七八九")
	legalSimplifiedDigits  = []rune("零壹贰叁肆伍陆柒捌玖")
	legalTraditionalDigits = []rune("零壹貳參肆伍陸柒捌玖")
	hanUnits               = []string{"", "十", "百", "千"}
	legalUnits             = []string{"", "拾", "佰", "仟"}
)

// hanCounting writes 1…9999 with unit characters: 十二, 一百零五, 一千零一十
// (壹拾贰 in the legal formats). shortTen writes 10…19 as 十… rather than
// 一十…. Zero is 〇 (零 in the legal formats); larger numbers are digits.
func hanCounting(n int, digits []rune, units []string, shortTen bool) string {
	if n == 0 {
		return string(digits[0])
	}
	if n < 0 || n > 9999 {
		return strconv.Itoa(n)
	}
	var b strings.Builder
	zero := false // a zero is pending between two written digits
	for unit := 3; unit >= 0; unit-- {
		d := n / pow10(unit) % 10
		if d == 0 {
			zero = b.Len() > 0
			continue
		}
		if zero {
			b.WriteString("零")
			zero = false
		}
		if !(shortTen && unit == 1 && d == 1 && b.Len() == 0) {
			b.WriteRune(digits[d])
		}
		b.WriteString(units[unit])
	}
	return b.String()
}

func pow10(k int) int {
	p := 1
	for ; k > 0; k-- {
		p *= 10
	}
	return p
}

// hanDigital writes n digit by digit: 一〇五.
func hanDigital(n int) string {
	if n < 0 {
		return strconv.Itoa(n)
	}
	var b strings.Builder
	for _, c := range strconv.Itoa(n) {
		b.WriteRune(hanDigits[c-'0'])
	}
	return b.String()
}

// cycle writes n as the n-th symbol of a cyclic series (甲乙丙…), starting
// over after the last.
func cycle(n int, series string) string {
	rs := []rune(series)
	if n <= 0 {
		return strconv.Itoa(n)
	}
	return string(rs[(n-1)%len(rs)])
}

// enclosed writes 1…max as one character of a run starting at first (①…⑳).
func enclosed(n int, first rune, max int) string {
	if n < 1 || n > max {
		return strconv.Itoa(n)
	}
	return string(first + rune(n-1))
}

func fullWidth(s string) string {
	var b strings.Builder
	for _, c := range s {
		if c >= '0' && c <= '9' {
			c += '０' - '0'
		}
		b.WriteRune(c)
	}
	return b.String()
}

// letters writes A…Z, then AA, BB … ZZ, AAA …, as Word does.
func letters(n int, a rune) string {
	if n <= 0 || n > 780 {
		return strconv.Itoa(n)
	}
	return strings.Repeat(string(a+rune((n-1)%26)), (n-1)/26+1)
}

func roman(n int, lower bool) string {
	if n <= 0 || n >= 4000 {
		return strconv.Itoa(n)
	}
	values := []int{1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1}
	symbols := []string{"M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"}
	var b strings.Builder
	for i, v := range values {
		for n >= v {
			b.WriteString(symbols[i])
			n -= v
		}
	}
	if lower {
		return strings.ToLower(b.String())
	}
	return b.String()
}

func ordinal(n int) string {
	suffix := "th"
	switch {
	case n%100 >= 11 && n%100 <= 13:
	case n%10 == 1:
		suffix = "st"
	case n%10 == 2:
		suffix = "nd"
	case n%10 == 3:
		suffix = "rd"
	}
	return strconv.Itoa(n) + suffix
}
