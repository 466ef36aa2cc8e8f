package grammar

import (
	"testing"
	"unicode/utf8"
)

// plainFindAnnouncement is findAnnouncement with the units marked by a
// walk over the characters.
func plainFindAnnouncement(s string) (Announcement, bool) {
	bits := make([]uint32, (len(s)+31)/32)
	for i, r := range s {
		for _, u := range announcedUnits {
			if r == firstRune(u.word) {
				bits[i/32] |= 1 << (i % 32)
			}
		}
	}
	return announcementAtUnits(s, bits)
}

// TestFindAnnouncementAgainstPlain: on every tail of every line of the
// fixtures, and on announcements built from counts, units and words.
func TestFindAnnouncementAgainstPlain(t *testing.T) {
	texts := fixtureLines(t)
	for _, count := range []string{"三", "两", "十二", "3", "一"} {
		for _, unit := range []string{"点", "条", "方面", "个方面", "部分", "个部分", "方", "部", "点条"} {
			for _, lead := range []string{"下面我讲", "从以下", "谈", "。", "围绕这个"} {
				texts = append(texts, lead+count+unit, "我们"+lead+count+unit+"意见。"+lead+"两点", count+unit)
			}
		}
	}
	for _, s := range texts {
		for from := 0; from < len(s); from++ {
			if !utf8.RuneStart(s[from]) {
				continue
			}
			got, gok := findAnnouncement(s[from:])
			want, wok := plainFindAnnouncement(s[from:])
			if got != want || gok != wok {
				t.Fatalf("findAnnouncement(%q) = %+v %v, plain %+v %v", s[from:], got, gok, want, wok)
			}
			if !wok {
				break // none in the tails either
			}
		}
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
			an = Announcement{}
		}
		got := ""
		if ok {
			got = tt.s[an.Start:an.End]
		}
		if an.N != tt.n || got != tt.text {
			t.Errorf("findAnnouncement(%q) = %d %q, want %d %q", tt.s, an.N, got, tt.n, tt.text)
		}
	}
}
