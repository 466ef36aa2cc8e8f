package parser

import (
	"testing"

	"github.com/dagang/dagang/grammar"
)

func TestTitleHelpers(t *testing.T) {
	likes := map[string]bool{
		"关于发扬斗争精神的交流发言":              true,
		"在专题学习会上的发言:筑牢根基担使命,聚力笃行启新程": true,
		"党组书记在党组理论学习中心组上的讲话1":        true,
		"同志们：":        false,
		"这是一个句子。还有一句": false,
		"大会的主题是：":     false,
		"总书记强调，":      false,
		"a":           false,
	}
	for s, want := range likes {
		if got := titleLike(s, grammar.NewPhrases()); got != want {
			t.Errorf("titleLike(%q) = %v", s, got)
		}
	}
	dates := map[string]bool{"（2022年10月16日）": true, "2024年3月": true, "(二〇二二年十月十六日)": true, "2022年10月16日在大会上": false, "十月": false}
	for s, want := range dates {
		if got := isDateLine(s); got != want {
			t.Errorf("isDateLine(%q) = %v", s, got)
		}
	}
	names := map[string]bool{"习　近　平": true, "周恩来": true, "李强": true, "张": false, "一二三": false, "政府工作报告": false}
	for s, want := range names {
		if got := isNameLine(s); got != want {
			t.Errorf("isNameLine(%q) = %v", s, got)
		}
	}
	if !isSubtitle("——在中国共产党第二十次全国代表大会上的报告") || isSubtitle("在大会上") {
		t.Error("isSubtitle")
	}
	if !isVenueLine("1957年6月26日在第一届全国人民代表大会第四次会议上") || !isVenueLine("在全市经济工作会议上的讲话") ||
		isVenueLine("在全市上下的共同努力下，取得了成绩。") {
		t.Error("isVenueLine")
	}
	if !isPositionLine("国务院总理　") || isPositionLine("各位代表") {
		t.Error("isPositionLine")
	}
}

func TestCollectionTitle(t *testing.T) {
	for s, want := range map[string]bool{
		"党组书记在党组理论学习中心组上的讲话稿集聚5篇":  true,
		"在学习贯彻主题教育动员大会上的讲话、发言-20篇": true,
		"2024年主题教育专题党课讲稿范文3篇":      true,
		"优秀党课讲稿汇编":                 true,
		"研讨发言材料（精选六篇）":             true,
		"关于发扬斗争精神的交流发言":            false,
		"第一篇": false,
	} {
		if got := collectionTitle(s); got != want {
			t.Errorf("collectionTitle(%q) = %v", s, got)
		}
	}
	if got := collectionStem("党组书记在党组理论学习中心组上的讲话稿集聚5篇"); got != "党组书记在党组理论学习中心组上的讲话稿" {
		t.Errorf("collectionStem = %q", got)
	}
}

func TestFindAnnouncement(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		text string
	}{
		{"如何解决好以上问题，我们必须从以下三个方面着力。", 3, "三个方面"},
		{"下面，我从以下三个方面讲几点意见。", 3, "三个方面"},
		{"借此机会，我谈两点体会。", 2, "两点"},
		{"报告分六个部分：一、…", 6, "六个部分"},
		{"围绕 4 条主线展开。", 0, ""},
		{"要围绕4条主线展开。", 4, "4条"},
		{"这一点非常重要。", 0, ""},
		{"主要存在三个方面的问题。", 0, ""},
		{"我们的重点有三点。", 0, ""},
	}
	for _, tt := range tests {
		an, ok := findAnnouncement(tt.s)
		if !ok {
			an = announcement{}
		}
		got := ""
		if ok {
			got = tt.s[an.start:an.end]
		}
		if an.n != tt.n || got != tt.text {
			t.Errorf("findAnnouncement(%q) = %d %q, want %d %q", tt.s, an.n, got, tt.n, tt.text)
		}
	}
}

// TestIsBreadcrumb: every separator a site uses, and the lines that only
// look like a trail.
func TestIsBreadcrumb(t *testing.T) {
	tests := []struct {
		s    string
		want bool
	}{
		{"首页 > 范文大全 > 讲话稿 > 正文", true},
		{"首页＞范文大全＞讲话稿", true},
		{"首页 » 范文 » 讲话稿", true},
		{"首页 › 范文 › 讲话稿", true},
		{"首页 > 讲话稿", false},
		{"要坚持 > 标准，做到 > 要求 > 底线。", false},
		{"首页 范文大全 讲话稿", false},
		{"", false},
	}
	for _, tt := range tests {
		if got := isBreadcrumb(tt.s); got != tt.want {
			t.Errorf("isBreadcrumb(%q) = %v, want %v", tt.s, got, tt.want)
		}
	}
}
