package parser

import "testing"

func TestTitleHelpers(t *testing.T) {
	likes := map[string]bool{
		"关于发扬斗争精神的交流发言":              true,
		"在专题学习会上的发言:筑牢根基担使命,聚力笃行启新程": true,
		"党组书记在党组理论学习中心组上的讲话1":        true,
		"同志们：":        false,
		"一、提高政治站位":    false,
		"这是一个句子。还有一句": false,
		"大会的主题是：":     false,
		"总书记强调，":      false,
		"a":           false,
	}
	for s, want := range likes {
		if got := titleLike(s, &markerInfo{heading: s == "一、提高政治站位"}); got != want {
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
	if !isVenueLine("1957年6月26日在第一届全国人民代表大会第四次会议上") || isVenueLine("在全市上下的共同努力下，取得了成绩。") {
		t.Error("isVenueLine")
	}
	if !isPositionLine("国务院总理　") || isPositionLine("各位代表") {
		t.Error("isPositionLine")
	}
}

func TestSeparatorLine(t *testing.T) {
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
	}
	for _, tt := range tests {
		n, ok := separatorLine(tt.line)
		if !ok {
			n = -1
		}
		if n != tt.n {
			t.Errorf("separatorLine(%q) = %d, want %d", tt.line, n, tt.n)
		}
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
