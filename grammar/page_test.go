package grammar

import (
	"strings"
	"testing"
	"unicode/utf8"
)

// TestPageCounter: counters at the end of a line or as the whole line,
// and the page references of running text that are none.
func TestPageCounter(t *testing.T) {
	tests := []struct {
		line string
		want string // the counter, "" for none
	}{
		{"(第14/36页)", "(第14/36页)"},
		{"在学习贯彻主题教育动员大会上的讲话、发言-20篇(第14/36页)", "(第14/36页)"},
		{"第3页/共10页", "第3页/共10页"},
		{"第 3 页 共 10 页\u3000", "第 3 页 共 10 页"},
		{"【第２/５頁】", "【第２/５頁】"},
		{"第3页", "第3页"},
		{"- 3 -", "- 3 -"},
		{"—12—", "—12—"},
		{"－ ７ －", "－ ７ －"},
		{"详见报告第3页。", ""},
		{"详见报告第3页", ""},
		{"(第14/36页", "第14/36页"},
		{"第页", ""},
		{"--", ""},
		{"- 三 -", ""},
	}
	for _, tt := range tests {
		start, end, ok := PageCounter(tt.line)
		got := ""
		if ok {
			got = tt.line[start:end]
		}
		if got != tt.want {
			t.Errorf("PageCounter(%q) = %q, want %q", tt.line, got, tt.want)
		}
	}
}

// TestMayEndPage: the prefilter lets through every line PageCounter
// takes, and every line that ends with a character of pageEnds.
func TestMayEndPage(t *testing.T) {
	lines := fixtureLines(t)
	for _, end := range pageEnds {
		lines = append(lines, "第3"+string(end), "－3"+string(end), string(end))
	}
	for _, s := range lines {
		if _, _, ok := PageCounter(s); ok && !MayEndPage(s) {
			t.Fatalf("MayEndPage(%q) = false, but PageCounter takes it", s)
		}
		if r, _ := utf8.DecodeLastRuneInString(s); strings.ContainsRune(pageEnds, r) && !MayEndPage(s) {
			t.Fatalf("MayEndPage(%q) = false, but it ends with %q", s, r)
		}
	}
}
