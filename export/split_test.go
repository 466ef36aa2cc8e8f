package export

import (
	"bytes"
	"encoding/json"
	"fmt"
	"reflect"
	"strings"
	"testing"

	"github.com/dagang/dagang/ast"
)

func TestSplitAfter(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"", nil},
		{"没有句号", []string{"没有句号"}},
		{"第一句。第二句！第三句？", []string{"第一句。", "第二句！", "第三句？"}},
		{"他说：“好。”然后走了。", []string{"他说：“好。”", "然后走了。"}},
		{"真的吗？！是的。", []string{"真的吗？！", "是的。"}},
		{"（见附件。）下文", []string{"（见附件。）", "下文"}},
		{"Yes! No? 好", []string{"Yes!", " No?", " 好"}},
		{"末尾没有句号。尾巴", []string{"末尾没有句号。", "尾巴"}},
	}
	for _, tt := range tests {
		got := splitAfter(tt.text, sentenceEnds)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("splitAfter(%q) = %q, want %q", tt.text, got, tt.want)
		}
		if strings.Join(got, "") != tt.text {
			t.Errorf("splitAfter(%q) lost text", tt.text)
		}
	}
}

func TestCutToFit(t *testing.T) {
	tests := []struct {
		text  string
		limit int
		want  []string
	}{
		{"短句。", 5, []string{"短句。"}},
		{"第一句。第二句。", 5, []string{"第一句。", "第二句。"}},
		{"一二，三四；五六七八九十。好。", 5, []string{"一二，", "三四；", "五六七八九", "十。", "好。"}},
		{"“引号，里面。”外面", 6, []string{"“引号，", "里面。”", "外面"}},
		{"没有任何标点的很长一句话", 4, []string{"没有任何", "标点的很", "长一句话"}},
	}
	for _, tt := range tests {
		got := cutToFit(tt.text, tt.limit, sentenceEnds, clauseEnds)
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("cutToFit(%q, %d) = %q, want %q", tt.text, tt.limit, got, tt.want)
		}
	}
}

func TestSplitRunes(t *testing.T) {
	tests := []struct {
		text  string
		limit int
		want  []string
	}{
		{"", 3, []string{""}},
		{"一二三", 3, []string{"一二三"}},
		{"一二三四五六七", 3, []string{"一二三", "四五六", "七"}},
		{"a一b二", 1, []string{"a", "一", "b", "二"}},
	}
	for _, tt := range tests {
		if got := splitRunes(tt.text, tt.limit); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("splitRunes(%q, %d) = %q, want %q", tt.text, tt.limit, got, tt.want)
		}
	}
}

// TestChunkPieces checks how a body is packed and where the pieces' spans
// fall, on a made-up document whose offsets are easy to count.
func TestChunkPieces(t *testing.T) {
	//            0         1         2
	//            0123456789012345678901234567
	text := "1.H\nab。cd。\nef\nghijklmn\n"
	line := func(start, end, n int) ast.Span { return ast.Span{Start: start, End: end, Line: n, EndLine: n} }
	sec := &ast.Section{
		Marker: "1.", Style: ast.StyleArabicDot, Number: 1, Level: 1, Title: "H", Span: line(0, 3, 1),
		Body: []*ast.Para{
			{Text: "ab。cd。", Span: line(4, 14, 2)},
			{Text: "ef", Span: line(15, 17, 3)},
			{Text: "ghijklmn", Span: line(18, 26, 4)},
		},
	}
	doc := &ast.Document{Text: text, Source: ast.Source{Name: "t"}, Speeches: []*ast.Speech{{Sections: []*ast.Section{sec}}}}
	tests := []struct {
		max  int
		want []string // text and span of each piece
	}{
		{0, []string{"ab。cd。\nef\nghijklmn 0-26 1-4"}},
		{20, []string{"ab。cd。\nef\nghijklmn 0-26 1-4"}},
		{9, []string{"ab。cd。\nef 0-17 1-3", "ghijklmn 18-26 4-4"}},
		{4, []string{"ab。 0-9 1-2", "cd。 9-14 2-2", "ef 15-17 3-3", "ghij 18-22 4-4", "klmn 22-26 4-4"}},
		{3, []string{"ab。 0-9 1-2", "cd。 9-14 2-2", "ef 15-17 3-3", "ghi 18-21 4-4", "jkl 21-24 4-4", "mn 24-26 4-4"}},
	}
	for _, tt := range tests {
		var out bytes.Buffer
		if err := (chunksExporter{}).Export(&out, doc, Options{MaxChars: tt.max}); err != nil {
			t.Fatal(err)
		}
		var got []string
		dec := json.NewDecoder(&out)
		for dec.More() {
			var rec chunkRecord
			if err := dec.Decode(&rec); err != nil {
				t.Fatal(err)
			}
			got = append(got, rec.Text+" "+spanString(rec.Span))
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("max %d:\n got %q\nwant %q", tt.max, got, tt.want)
		}
	}
}

func spanString(s ast.Span) string {
	return fmt.Sprintf("%d-%d %d-%d", s.Start, s.End, s.Line, s.EndLine)
}
