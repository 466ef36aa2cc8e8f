package grammar

import (
	"strings"
	"testing"
)

func TestTocEntry(t *testing.T) {
	tests := []struct {
		line string
		page int
		text string
		ok   bool
	}{
		{"一、总体要求…………………………3", 3, "一、总体要求", true},
		{"第二章　组织机构......12", 12, "第二章　组织机构", true},
		{"（一）建设日间照料中心 · · · · 5", 5, "（一）建设日间照料中心", true},
		{"一、总则\t1", 1, "一、总则", true},
		{"Introduction .......... 1", 1, "Introduction", true},
		{"保障措施……………………１２", 12, "保障措施", true},
		// Not entries.
		{"一、到2025年", 0, "", false},
		{"联系电话：0571-86001234", 0, "", false},
		{"第3页", 0, "", false},
		{"……3", 0, "", false},
		{"增长了3.5", 0, "", false},
		{"2023年3月16日—2023年3月29日", 0, "", false},
	}
	for _, tt := range tests {
		if tt.ok && !MayEndTocEntry(tt.line) {
			t.Errorf("MayEndTocEntry(%q) = false", tt.line)
		}
		e, ok := TocEntry(tt.line)
		if ok != tt.ok || e.Page != tt.page || ok && tt.line[:e.TextEnd] != tt.text {
			t.Errorf("TocEntry(%q) = %+v, %v; want %d, %q, %v", tt.line, e, ok, tt.page, tt.text, tt.ok)
		}
		if ok && e.Dotted == strings.Contains(tt.line, "\t") {
			t.Errorf("TocEntry(%q): dotted %v", tt.line, e.Dotted)
		}
	}
}

func TestTocHeading(t *testing.T) {
	for _, s := range []string{"目录", "目　录", "目 录", "【目录】", "目錄", "Contents", "TABLE OF CONTENTS", "## 目录"} {
		if ApparatusOf(s) != TocHeading || !MayBeApparatus(s) {
			t.Errorf("ApparatusOf(%q) = %d, want a toc heading", s, ApparatusOf(s))
		}
	}
	for _, s := range []string{"目录管理办法", "目的", "目录：见附件"} {
		if ApparatusOf(s) == TocHeading {
			t.Errorf("ApparatusOf(%q) is a toc heading", s)
		}
	}
}
