package report

import "testing"

func TestName(t *testing.T) {
	tests := map[string]string{
		"speech.txt":        "speech.txt",
		"讲话稿/讲话.txt":        "讲话稿/讲话.txt",
		"with space.txt":    "with space.txt",
		"a\nb.txt":          `"a\nb.txt"`,
		"\x1b[31mred.txt":   `"\033[31mred.txt"`,
		"tab\there":         `"tab\there"`,
		`quote".txt`:        `"quote\".txt"`,
		`back\slash`:        `"back\\slash"`,
		"bad\xffbyte":       `"bad\377byte"`,
		"c1\u0085line":      `"c1\302\205line"`,
		"rtl\u202eevil.txt": `"rtl\342\200\256evil.txt"`,
		"讲话\r\n.txt":        `"讲话\r\n.txt"`,
		"bell\a.txt":        `"bell\a.txt"`,
		"del\x7f":           `"del\177"`,
		"nul\x00":           `"nul\000"`,
	}
	for in, want := range tests {
		if got := Name(in); got != want {
			t.Errorf("Name(%q) = %s, want %s", in, got, want)
		}
	}
}
