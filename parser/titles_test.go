package parser

import (
	"testing"

	"github.com/dagang/dagang/grammar"
)

// TestTitleLike: a title is short, holds no sentence and ends with no mark.
func TestTitleLike(t *testing.T) {
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

// TestHoldsSentence: the byte searches answer as the vocabulary's marks
// do, on every line of the fixtures and on lines made of the marks.
func TestHoldsSentence(t *testing.T) {
	lines := fixtureLines(t)
	for _, r := range "。；;，！？!?：:、…." {
		lines = append(lines, string(r), "加强"+string(r)+"学习")
	}
	for _, s := range lines {
		if got, want := holdsSentence(s), grammar.HasMark(s, grammar.FullStop|grammar.Semicolon); got != want {
			t.Fatalf("holdsSentence(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestNamesGenre: the grammar's genre words are the lexicon's, which finds
// them as it scores a line.
func TestNamesGenre(t *testing.T) {
	lines := fixtureLines(t)
	for _, w := range grammar.GenreWords() {
		lines = append(lines, w, "在大会上的"+w, w[:3])
	}
	for _, s := range lines {
		if len(s) > scoreLimit {
			continue // the lexicon reads no longer line
		}
		if got, want := grammar.NamesGenre(s), noiseLexicon().scoreLine(s).genre(); got != want {
			t.Fatalf("NamesGenre(%q) = %v, the lexicon %v", s, got, want)
		}
	}
}
