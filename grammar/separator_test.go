package grammar

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestMaySeparate: the prefilter lets through every line separatorLine
// takes — the fixture lines, and separators of every first character with
// text after them — and the lines that open with a character of
// separatorFirst, whatever follows.
func TestMaySeparate(t *testing.T) {
	lines := fixtureLines(t)
	for _, first := range separatorFirst {
		for _, rest := range []string{"", "篇一】", "一篇", "文三", "1篇】", "料5", "章六：题目", "篇七)", "第九篇）"} {
			lines = append(lines, string(first)+rest)
		}
	}
	for _, s := range lines {
		if _, ok := Separator(s); ok && !MaySeparate(s) {
			t.Fatalf("MaySeparate(%q) = false, but Separator takes it", s)
		}
		if r, _ := utf8.DecodeRuneInString(s); strings.ContainsRune(separatorFirst, r) && !MaySeparate(s) {
			t.Fatalf("MaySeparate(%q) = false, but it opens with %q", s, r)
		}
	}
}

func TestSeparator(t *testing.T) {
	tests := []struct {
		line string
		n    int // length of the separator, -1 none
	}{
		{"【篇一】", len("【篇一】")},
		{"篇二", len("篇二")},
		{"范文三", len("范文三")},
		{"第一篇", len("第一篇")},
		{"【第2篇】", len("【第2篇】")},
		{"【篇一】在全市会议上的讲话", len("【篇一】")},
		{"第一篇：在全市会议上的讲话", len("第一篇：")},
		{"篇一 在全市会议上的讲话", len("篇一")},
		{"篇幅有限", -1},
		{"第一部分", -1},
		{"范文网", -1},
		{"【参考阅览】", -1},
		{"範文四", len("範文四")},
		{"材料5", len("材料5")},
		{"文章六：题目", len("文章六：")},
		{"(篇七)", len("(篇七)")},
		{"[篇八]", len("[篇八]")},
		{"（第九篇）", len("（第九篇）")},
		{"一、篇一", -1},
	}
	for _, tt := range tests {
		n, ok := Separator(tt.line)
		if !ok {
			n = -1
		}
		if n != tt.n {
			t.Errorf("Separator(%q) = %d, want %d", tt.line, n, tt.n)
		}
	}
}
