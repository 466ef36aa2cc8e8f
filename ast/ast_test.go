package ast

import (
	"reflect"
	"strings"
	"testing"
)

func sampleDocument() *Document {
	sp := Span{Start: 0, End: 6, Line: 1, EndLine: 1}
	return &Document{
		Source: Source{Name: "a.txt", Encoding: "utf-8", Bytes: 42},
		Speeches: []*Speech{
			{ // untitled, no closing: nulls
				Span:     sp,
				Preamble: []*Para{{Text: "前言", Span: sp}},
			},
			{
				Title: `标题 "引号" \ 反斜杠`, TitleSpan: &sp,
				Salutation: &Para{Text: "同志们：", Span: sp},
				Sections: []*Section{{
					Marker: "一、", Style: StyleHanDun, Number: 1, Level: 1, Title: "控制\x01字符\t与\u2028分隔", Span: sp,
					Body: []*Para{{Text: "正文", Span: sp, Points: []Point{{Marker: "一是", Number: 1, Title: "要点", Offset: 3}}}},
					Children: []*Section{{
						Marker: "（一）", Style: StyleHanParen, Number: 1, Level: 2, Implied: true, Span: Span{Start: 3, End: 3, Line: 1, EndLine: 1},
					}},
				}},
				Closing: &Closing{Formula: &Para{Text: "谢谢大家！", Span: sp}},
			},
		},
		Noise:       []Noise{{Text: "##paidend##", Kind: NoisePaywall, Span: sp}},
		Diagnostics: []Diagnostic{{Severity: SeverityWarning, Code: CodeMixedStyle, Message: "编号样式混用", Line: 1, Column: 1, Span: sp}},
	}
}

func TestWalkOrder(t *testing.T) {
	doc := sampleDocument()
	var got []string
	err := Walk(doc, func(n Node, entering bool) (WalkStatus, error) {
		if !entering {
			return WalkContinue, nil
		}
		switch n := n.(type) {
		case *Document:
			got = append(got, "doc")
		case *Speech:
			got = append(got, "speech")
		case *Section:
			got = append(got, "section "+n.Marker)
		case *Closing:
			got = append(got, "closing")
		case *Para:
			got = append(got, "para "+n.Text)
		}
		return WalkContinue, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"doc", "speech", "para 前言", "speech", "para 同志们：", "section 一、", "para 正文",
		"section （一）", "closing", "para 谢谢大家！"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("walk order\n got %v\nwant %v", got, want)
	}
	// WalkSkipChildren and WalkStop.
	var seen []string
	_ = Walk(doc, func(n Node, entering bool) (WalkStatus, error) {
		if !entering {
			return WalkContinue, nil
		}
		if s, ok := n.(*Section); ok {
			seen = append(seen, s.Marker)
			return WalkSkipChildren, nil
		}
		if _, ok := n.(*Closing); ok {
			return WalkStop, nil
		}
		return WalkContinue, nil
	})
	if !reflect.DeepEqual(seen, []string{"一、"}) {
		t.Errorf("skip children: saw %v", seen)
	}
}

func TestStyleRanks(t *testing.T) {
	prev := 0
	for _, s := range Styles()[:7] {
		if !s.Ranked() || s.Rank() <= prev {
			t.Errorf("%s: rank %d after %d", s, s.Rank(), prev)
		}
		prev = s.Rank()
	}
	for _, s := range []Style{StyleLead, StyleOrdinal, StyleSequence, "", "c", "chapters", "han", "arabic"} {
		if s.Ranked() {
			t.Errorf("%q is ranked", s)
		}
	}
	want := map[Style]int{StyleChapter: 1, StyleArticle: 2, StyleHanDun: 3, StyleHanParen: 4, StyleArabicDot: 5, StyleArabicParen: 6, StyleCircled: 7}
	for _, s := range Styles() {
		if s.Rank() != want[s] {
			t.Errorf("%s: rank %d, want %d", s, s.Rank(), want[s])
		}
	}
}

func TestSortDiagnostics(t *testing.T) {
	ds := []Diagnostic{{Line: 3, Column: 1, Code: "b"}, {Line: 1, Column: 5, Code: "a"}, {Line: 1, Column: 2, Code: "c"}, {Line: 3, Column: 1, Code: "a"}}
	SortDiagnostics(ds)
	var got []string
	for _, d := range ds {
		got = append(got, string(d.Code))
	}
	if strings.Join(got, ",") != "c,a,a,b" {
		t.Errorf("order %v", got)
	}
}
