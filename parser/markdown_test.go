package parser

import (
	"strings"
	"testing"

	"github.com/dagang/dagang/ast"
)

const mirrorBody = "同志们：\n一、统一思想\n要把思想统一到部署上来。\n二、狠抓落实\n各单位要抓好落实。\n谢谢大家！\n"

// TestFrontMatter: a YAML or TOML block at the head of the text is
// front-matter noise, its title the speech's when the text has none;
// anything else that starts with --- is not front matter.
func TestFrontMatter(t *testing.T) {
	for _, tc := range []struct {
		name, text  string
		front       bool   // a front-matter block is found
		title       string // the speech's title ("*": not checked)
		frontAround string // the noise left around the title, joined by |
	}{
		{"yaml", "---\ntitle: 在全区工作会议上的讲话\ndate: 2023-01-02\ntags:\n- 讲话\n  - 会议\n---\n" + mirrorBody,
			true, "在全区工作会议上的讲话", "---|title:|date: 2023-01-02\ntags:\n- 讲话\n  - 会议\n---"},
		{"yaml quoted, blank line first", "\n---\ntitle: '在全区工作会议上的讲话'\n# a comment\nsidebar:\n    right: true\n...\n" + mirrorBody,
			true, "在全区工作会议上的讲话", "---|title: '|'|# a comment\nsidebar:\n    right: true\n..."},
		{"toml", "+++\ntitle = \"在全区工作会议上的讲话\"\n[params]\n  author = \"某某\"\n+++\n" + mirrorBody,
			true, "在全区工作会议上的讲话", "+++|title = \"|\"|[params]\n  author = \"某某\"\n+++"},
		{"site name around the title", "---\ntitle: 某某大学->在全区工作会议上的讲话 | example.edu.cn\n---\n" + mirrorBody,
			true, "在全区工作会议上的讲话", "---|title: 某某大学->|| example.edu.cn|---"},
		{"a title in the text wins", "---\ntitle: 某某网->别的标题\n---\n在全区工作会议上的讲话\n" + mirrorBody,
			true, "在全区工作会议上的讲话", "---|title: 某某网->别的标题|---"},
		{"no title key", "---\ndate: 2023-01-02\n---\n" + mirrorBody, true, "", "---\ndate: 2023-01-02\n---"},
		{"a rule, not front matter", "---\n同志们，今天开会。\n---\n" + mirrorBody, false, "", ""},
		{"never closed", "---\ntitle: 讲话\n" + mirrorBody, false, "*", ""},
		{"not at the head", "在全区工作会议上的讲话\n---\ntitle: x\n---\n" + mirrorBody, false, "在全区工作会议上的讲话", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := Parse(tc.text, ast.Source{Name: "x"})
			front := noiseOf(doc, ast.NoiseFrontMatter)
			if (len(front) > 0) != tc.front {
				t.Fatalf("front matter %q", front)
			}
			if tc.front && strings.Join(front, "|") != tc.frontAround {
				t.Errorf("front matter %q, want %q", strings.Join(front, "|"), tc.frontAround)
			}
			if len(doc.Speeches) != 1 || tc.title != "*" && doc.Speeches[0].Title != tc.title {
				t.Fatalf("title %q, want %q", doc.Speeches[0].Title, tc.title)
			}
			if got := strings.Join(sectionTitles(doc), "|"); got != "一、统一思想|二、狠抓落实" {
				t.Errorf("sections %q", got)
			}
		})
	}
}

// TestFrontTitleOverName: a speech whose text opens with the speaker's
// name takes its title from the front matter, and the name as speaker.
func TestFrontTitleOverName(t *testing.T) {
	doc := Parse("---\ntitle: 在全区工作会议上的讲话\n---\n王建国\n"+mirrorBody, ast.Source{Name: "x"})
	sp := doc.Speeches[0]
	if sp.Title != "在全区工作会议上的讲话" || sp.Speaker == nil || sp.Speaker.Text != "王建国" {
		t.Errorf("title %q speaker %+v", sp.Title, sp.Speaker)
	}
	if sp.Span.Start != strings.Index(doc.Text, "在全区") {
		t.Errorf("the speech starts at %d", sp.Span.Start)
	}
}

func TestPageTitle(t *testing.T) {
	for _, tc := range []struct{ in, want string }{
		{"南开大学->怀志士之心 践爱国之行——在开学典礼上的讲话 | nankai.info", "怀志士之心 践爱国之行——在开学典礼上的讲话"},
		{"在全区工作会议上的讲话_领导讲话_某某区人民政府", "在全区工作会议上的讲话"},
		{"在全区工作会议上的讲话 - 某某网", "在全区工作会议上的讲话"},
		{"学校->学院->在全区工作会议上的讲话", "在全区工作会议上的讲话"},
		{"不忘初心——在主题教育总结大会上的讲话", "不忘初心——在主题教育总结大会上的讲话"},
		{"一个很长很长的说明，它是一句话而不是站名->讲话", "一个很长很长的说明，它是一句话而不是站名->讲话"},
		{"讲话", "讲话"},
	} {
		a, b := pageTitle(tc.in)
		if got := strings.TrimSpace(tc.in[a:b]); got != tc.want {
			t.Errorf("pageTitle(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestMarkup: lines of markup are markup noise; markup inside a line is
// cut out of it; a tag inside a line of text is the text's.
func TestMarkup(t *testing.T) {
	for _, tc := range []struct {
		line string
		cuts []string // the markup found, in order
		all  bool     // the line is nothing else
	}{
		{"<!--more-->", []string{"<!--more-->"}, true},
		{"{{< figure src=\"a.jpg\" >}}", []string{"{{< figure src=\"a.jpg\" >}}"}, true},
		{"{{% notice %}}", []string{"{{% notice %}}"}, true},
		{"![图](http://example.cn/a.jpg)", []string{"![图](http://example.cn/a.jpg)"}, true},
		{"[![图](a.jpg)](http://example.cn)", []string{"[![图](a.jpg)](http://example.cn)"}, true},
		{"![a](1.jpg) ![b](2.jpg)", []string{"![a](1.jpg)", "![b](2.jpg)"}, true},
		{"<div align=\"center\"></div>", []string{"<div align=\"center\">", "</div>"}, true},
		{"<br/>", []string{"<br/>"}, true},
		{"一、统一思想<!--more-->要统一。", []string{"<!--more-->"}, false},
		{"加粗的<b>模板</b>文件", nil, false},
		{"<正文>不是标签", nil, false},
		{"a<b", nil, false},
		{"![没有结束", nil, false},
	} {
		cuts := markupCuts(tc.line, 0)
		var got []string
		for _, c := range cuts {
			got = append(got, tc.line[c.start:c.end])
		}
		if strings.Join(got, "|") != strings.Join(tc.cuts, "|") {
			t.Errorf("markupCuts(%q) = %q, want %q", tc.line, got, tc.cuts)
		}
		if all := len(cuts) > 0 && withoutCutsIn(tc.line, 0, cuts) == ""; all != tc.all {
			t.Errorf("%q is all markup: %v", tc.line, all)
		}
	}
}

// TestMarkupInText: in a parse, markup lines are markup noise, an image
// line is markup even with a site's address in it, and a heading with
// markup inside keeps its title without it.
func TestMarkupInText(t *testing.T) {
	text := "在全区工作会议上的讲话\n同志们：\n<!--more-->\n一、统一思想<!--more-->\n要统一。\n![图](http://www.example.com/a.jpg)\n二、狠抓落实\n要落实。\n"
	doc := Parse(text, ast.Source{Name: "x"})
	if got := strings.Join(noiseOf(doc, ast.NoiseMarkup), "|"); got != "<!--more-->|<!--more-->|![图](http://www.example.com/a.jpg)" {
		t.Errorf("markup %q", got)
	}
	if got := strings.Join(sectionTitles(doc), "|"); got != "一、统一思想|二、狠抓落实" {
		t.Errorf("sections %q", got)
	}
}

// TestFooterLinks: a link back to the page a text was taken from, after
// the text's end, is the site's chrome; a link inside the text, a source
// line and a text of nothing but a link are not.
func TestFooterLinks(t *testing.T) {
	body := "一、提高站位\n各单位要把这项工作摆上重要议程，主要负责同志亲自抓，分管负责同志具体抓，形成一级抓一级、层层抓落实的工作格局。\n二、狠抓落实\n"
	tests := []struct {
		name string
		tail string
		want []ast.NoiseKind // of the tail's lines
	}{
		{"markdown-link", "[阅读原文](https://example.org/news/2024/01.htm)", []ast.NoiseKind{ast.NoiseNavigation}},
		{"synchronized", "This page is synchronized from the post: ['某某讲话'](https://example.org/@someone/post)", []ast.NoiseKind{ast.NoiseNavigation}},
		{"bare-address", "原文链接：https://example.org/a/1.html", []ast.NoiseKind{ast.NoiseNavigation}},
		{"two-links", "[上一篇](https://example.org/1.htm)\n[下一篇](https://example.org/3.htm)", []ast.NoiseKind{ast.NoiseNavigation, ast.NoiseNavigation}},
		{"source", "来源：https://example.org/a/1.html", []ast.NoiseKind{ast.NoiseNotes}},
		{"sentence-with-link", "各单位要认真学习，学习材料可在学校网站 https://example.edu.cn/xxgk 下载，下载后请组织全体教职工逐条学习讨论，并于本月底前将学习情况报学校办公室，学校将适时组织检查。", []ast.NoiseKind{""}},
		{"link-then-text", "[阅读原文](https://example.org/news/2024/01.htm)\n同志们，让我们携手奋进！", []ast.NoiseKind{"", ""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := body + tt.tail
			doc := Parse(text, ast.Source{})
			kinds := lineKinds(doc, text)
			from := strings.Count(body, "\n") + 1
			for k, want := range tt.want {
				if got := kinds[from+k]; got != want {
					t.Errorf("line %d: kind %q, want %q", from+k, got, want)
				}
			}
		})
	}
	only := "[阅读原文](https://example.org/news/2024/01.htm)"
	if doc := Parse(only, ast.Source{}); len(doc.Noise) != 0 {
		t.Errorf("a text of one link lost it: %+v", doc.Noise)
	}
}
