package textnorm

import (
	"strings"
	"testing"
	"unicode"

	"golang.org/x/text/unicode/norm"
)

func TestLetters(t *testing.T) {
	for in, want := range map[string]string{
		"一、提高站位，锤炼品格。": "一提高站位锤炼品格",
		"１．Ａ ｂ":        "1Ab",
		"②　①":          "21",
		"":             "",
		"“三个代表”…《纲要》【篇一】": "三个代表纲要篇一",
		"e\u0301": "é",
	} {
		if got := Letters(in); got != want {
			t.Errorf("Letters(%q) = %q, want %q", in, got, want)
		}
	}
}

// nfkcLetters is Letters by its definition: NFKC, then the letters and
// numbers.
func nfkcLetters(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsLetter(r) || unicode.IsNumber(r) {
			return r
		}
		return -1
	}, norm.NFKC.String(s))
}

// TestPlainLetters: where the quick path answers, its answer is the
// definition's, for every character of the Basic Multilingual Plane alone,
// after an ideograph and before a combining mark, and for texts mixing the
// characters it knows.
func TestPlainLetters(t *testing.T) {
	var texts []string
	for r := rune(1); r < 0x10000; r++ {
		if r >= 0xD800 && r <= 0xDFFF {
			continue
		}
		c := string(r)
		texts = append(texts, c, "一"+c, c+"\u0301", "a"+c+"b")
	}
	texts = append(texts, "在全市经济工作会议上的讲话（２０２４年）", "ＡＢ。Ｃ、ｄ…", "一\xff二", "\xe4\xb8")
	for _, s := range texts {
		got, ok := plainLetters(s)
		if !ok {
			continue
		}
		if want := nfkcLetters(s); got != want {
			t.Fatalf("plainLetters(%q) = %q, definition %q", s, got, want)
		}
	}
	if _, ok := plainLetters("一、提高站位，锤炼品格。ＡＢ１２"); !ok {
		t.Error("no quick answer for a plain Chinese line")
	}
}
