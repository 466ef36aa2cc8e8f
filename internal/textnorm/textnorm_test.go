package textnorm

import "testing"

func TestLetters(t *testing.T) {
	for in, want := range map[string]string{
		"一、提高站位，锤炼品格。": "一提高站位锤炼品格",
		"１．Ａ ｂ":        "1Ab",
		"②　①":          "21",
		"":             "",
	} {
		if got := Letters(in); got != want {
			t.Errorf("Letters(%q) = %q, want %q", in, got, want)
		}
	}
}
