package parser

import (
	"strings"
	"testing"

	"github.com/dagang/dagang/ast"
)

// region is the region of the first occurrence of s in text.
func region(text, s string, kind ast.NoiseKind) ast.Region {
	i := strings.Index(text, s)
	if i < 0 {
		panic("no " + s)
	}
	return ast.Region{Start: i, End: i + len(s), Kind: kind}
}

func noiseOf(doc *ast.Document, kind ast.NoiseKind) []string {
	var out []string
	for _, n := range doc.Noise {
		if n.Kind == kind {
			out = append(out, n.Text)
		}
	}
	return out
}

func sectionTitles(doc *ast.Document) []string {
	var out []string
	for _, sp := range doc.Speeches {
		_ = ast.Walk(sp, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if s, ok := n.(*ast.Section); ok && entering {
				out = append(out, s.Marker+s.Title)
			}
			return ast.WalkContinue, nil
		})
	}
	return out
}

const pageText = "首页\n新闻中心\n一、通知公告\n在全区工作会议上的讲话\n同志们：\n一、统一思想\n要把思想统一到部署上来。\n二、狠抓落实\n各单位要抓好落实。\n版权所有\n"

// TestRegions: the lines a region covers are one noise entry of its kind,
// and no part of a speech, whatever they hold (a menu entry 一、通知公告
// is no heading).
func TestRegions(t *testing.T) {
	text := pageText
	regions := []ast.Region{
		region(text, "首页\n新闻中心\n一、通知公告", ast.NoiseNavigation),
		region(text, "版权所有", ast.NoiseNavigation),
	}
	doc := NewMemo().ParseRegions(text, ast.Source{Name: "x"}, regions)
	nav := noiseOf(doc, ast.NoiseNavigation)
	if len(nav) != 2 || nav[0] != "首页\n新闻中心\n一、通知公告" || nav[1] != "版权所有" {
		t.Errorf("navigation noise %q", nav)
	}
	if got := strings.Join(sectionTitles(doc), "|"); got != "一、统一思想|二、狠抓落实" {
		t.Errorf("sections %q", got)
	}
	if len(doc.Speeches) != 1 || doc.Speeches[0].Title != "在全区工作会议上的讲话" {
		t.Errorf("speeches %+v", doc.Speeches)
	}
	// The same text without regions reads the menu as part of the text.
	plain := Parse(text, ast.Source{Name: "x"})
	if len(noiseOf(plain, ast.NoiseNavigation)) != 0 {
		t.Error("navigation without regions")
	}
}

// TestRegionsCleaned: regions out of the text, off character boundaries,
// empty, overlapping or out of order are made usable, never a panic.
func TestRegionsCleaned(t *testing.T) {
	text := pageText
	first := region(text, "首页\n新闻中心", ast.NoiseNavigation)
	for _, tc := range []struct {
		name    string
		regions []ast.Region
		want    []string // navigation noise
	}{
		{"out of the text", []ast.Region{{Start: -5, End: first.End, Kind: ast.NoiseNavigation}, {Start: len(text) - 1, End: len(text) + 9, Kind: ast.NoiseNavigation}},
			[]string{"首页\n新闻中心"}},
		{"inside a character", []ast.Region{{Start: first.Start + 1, End: first.End, Kind: ast.NoiseNavigation}},
			[]string{"新闻中心"}},
		{"empty and reversed", []ast.Region{{Start: 5, End: 5, Kind: ast.NoiseNavigation}, {Start: 9, End: 3, Kind: ast.NoiseNavigation}}, nil},
		{"overlapping, out of order", []ast.Region{region(text, "新闻中心", ast.NoiseNavigation), first},
			[]string{"首页\n新闻中心"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := NewMemo().ParseRegions(text, ast.Source{Name: "x"}, tc.regions)
			if got := noiseOf(doc, ast.NoiseNavigation); strings.Join(got, "|") != strings.Join(tc.want, "|") {
				t.Errorf("navigation %q, want %q", got, tc.want)
			}
		})
	}
	doc := NewMemo().ParseRegions(text, ast.Source{Name: "x"}, []ast.Region{{Start: first.Start, End: first.End, Kind: "chrome"}})
	if got := noiseOf(doc, ast.NoiseOther); len(got) != 1 || got[0] != "首页\n新闻中心" {
		t.Errorf("a region of an unknown kind: %q", got)
	}
}

// TestRegionInsideLine: a region that covers part of a line cuts that
// part out of it.
func TestRegionInsideLine(t *testing.T) {
	text := "讲话\n同志们：\n一、统一思想【打印】\n要统一思想。\n"
	doc := NewMemo().ParseRegions(text, ast.Source{Name: "x"}, []ast.Region{region(text, "【打印】", ast.NoiseNavigation)})
	if got := strings.Join(sectionTitles(doc), "|"); got != "一、统一思想" {
		t.Errorf("sections %q", got)
	}
	if nav := noiseOf(doc, ast.NoiseNavigation); len(nav) != 1 || nav[0] != "【打印】" {
		t.Errorf("navigation %q", nav)
	}
}
