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
