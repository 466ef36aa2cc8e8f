package grammar

import (
	"testing"
	"unicode/utf8"
)

// TestTitleBlockLines: the lines that may follow a title — a date, a
// subtitle or an occasion, the speaker's office and name — and lines that
// only look like them.
func TestTitleBlockLines(t *testing.T) {
	dates := map[string]bool{"（2022年10月16日）": true, "2024年3月": true, "(二〇二二年十月十六日)": true, "2022年10月16日在大会上": false, "十月": false}
	for s, want := range dates {
		if got := IsDateLine(s); got != want {
			t.Errorf("IsDateLine(%q) = %v", s, got)
		}
	}
	names := map[string]bool{"习　近　平": true, "周恩来": true, "李强": true, "张": false, "一二三": false, "政府工作报告": false}
	for s, want := range names {
		if got := IsNameLine(s); got != want {
			t.Errorf("IsNameLine(%q) = %v", s, got)
		}
	}
	if !IsSubtitle("——在中国共产党第二十次全国代表大会上的报告") || IsSubtitle("在大会上") {
		t.Error("IsSubtitle")
	}
	if !IsVenueLine("1957年6月26日在第一届全国人民代表大会第四次会议上") || !IsVenueLine("在全市经济工作会议上的讲话") ||
		IsVenueLine("在全市上下的共同努力下，取得了成绩。") {
		t.Error("IsVenueLine")
	}
	if !IsOfficeLine("国务院总理　") || IsOfficeLine("各位代表") {
		t.Error("IsOfficeLine")
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
		if got := IsCollectionTitle(s); got != want {
			t.Errorf("IsCollectionTitle(%q) = %v", s, got)
		}
	}
	if got := CollectionStem("党组书记在党组理论学习中心组上的讲话稿集聚5篇"); got != "党组书记在党组理论学习中心组上的讲话稿" {
		t.Errorf("CollectionStem = %q", got)
	}
}

// TestSpeakerLine: a speaker named by office and name on one line (T2),
// and lines that only look like one.
func TestSpeakerLine(t *testing.T) {
	for s, want := range map[string]bool{
		"县长　王建国":         true,
		"局党组书记、局长　王建国":   true,
		"（县委书记　张志远）":     true,
		"市委常委、常务副市长　李文华": true,
		"党委书记、校长 王　红":    true,
		"新闻发言人　刘明":       true,
		"县长　讲话":          false,
		"校长　致辞":          false,
		"书记　要带头":         false,
		"张　伟：负责会务":       false,
		"各位代表　同志们":       false,
		"县长王建国":          false,
		"县长　王建国同志在会上的讲话": false,
	} {
		if got := IsSpeakerLine(s); got != want {
			t.Errorf("IsSpeakerLine(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestSpeakerTurn: the lines of a transcript that name a speaker taking
// the floor (D3 of docs/rules.md), and what only looks like one.
func TestSpeakerTurn(t *testing.T) {
	tests := []struct {
		line string
		n    int // the speaker's part, in characters; -1 for none
	}{
		{"周总理讲话：", 6},
		{"康生同志讲话", 6},
		{"张春桥同志讲话：", 8},
		{"陈主任：", 4},
		{"江青同志：", 5},
		{"王市长讲话：", 6},
		{"刘明同志的发言：", 8},
		{"陈伯达同志：谈一下姚文元同志的文章。", 6},
		{"赵刚：三号水库的泄洪闸已经检修完毕。", -1},
		{"张　伟：负责项目督查，每周报送进度。", -1},
		{"戚本禹：蒯大富，听说你支持刘刚。", -1},
		{"同志们：", -1},
		{"各位同志：", -1},
		{"王刚同志讲话很好。", -1},
		{"周总理讲话：大家好。", -1},
		{"在全市防汛调度会上的讲话", -1},
		{"我同意周总理的讲话，根本的问题是打回老家。", -1},
	}
	for _, tt := range tests {
		n, ok := SpeakerTurn(tt.line)
		got := -1
		if ok {
			got = utf8.RuneCountInString(tt.line[:n])
		}
		if got != tt.n {
			t.Errorf("SpeakerTurn(%q) = %d, want %d", tt.line, got, tt.n)
		}
	}
}
