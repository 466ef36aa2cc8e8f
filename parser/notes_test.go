package parser

import (
	"slices"
	"strings"
	"testing"

	"github.com/dagang/dagang/ast"
)

// lineKinds is the noise kind of each line of text (from 1) in doc, ""
// for a line no noise entry holds whole.
func lineKinds(doc *ast.Document, text string) []ast.NoiseKind {
	lines := strings.Split(text, "\n")
	kinds := make([]ast.NoiseKind, len(lines)+1)
	for _, n := range doc.Noise {
		for ln := n.Span.Line; ln <= n.Span.EndLine && ln < len(kinds); ln++ {
			if strings.TrimSpace(lines[ln-1]) != "" && strings.Contains(n.Text, strings.TrimSpace(lines[ln-1])) {
				kinds[ln] = n.Kind
			}
		}
	}
	return kinds
}

// TestNotes places the editor's apparatus (conventions.md §1.8): the
// lines listed in notes are `notes`, one entry for each run of them, and
// no other line is.
func TestNotes(t *testing.T) {
	tests := []struct {
		name    string
		lines   []string
		notes   []int // the lines (from 1) that are notes
		entries int   // how many notes entries
	}{
		{"heading-footnotes", []string{
			"一、水利是农业的命脉",
			"兴修水利，要坚持小型为主〔1〕。",
			"二、要依靠群众办水利",
			"群众的积极性调动起来了〔2〕。",
			"------------------",
			"注　　释",
			"〔1〕 这是当时水利建设的基本方针。",
			"〔2〕 参见本卷另一篇讲话。",
		}, []int{5, 6, 7, 8}, 1},
		{"footnote-paragraphs", []string{
			"同志们：",
			"今天讲两个问题。",
			"注释",
			"[1]指当时的三项规定，要点如下：",
			"第一项是关于粮食收购的规定。",
			"[2]见本书第二卷。",
		}, []int{3, 4, 5, 6}, 1},
		{"paren-footnotes-and-citation", []string{
			"一、要抓紧生产（1）。",
			"合作社办起来以后，生产一定要搞上去，分配一定要搞公平，干部一定要带头，社员的劲头才能鼓起来，集体经济才能一年比一年壮大。",
			"二、要搞好分配（2）。",
			"总之，要把合作社办好。",
			"注释",
			"（1）合作社，指当时的农业生产合作社。",
			"（2）分配，指年终的收益分配。",
			"（《农村工作文集》第二卷，农业出版社1980年版，第45-52页）",
		}, []int{5, 6, 7, 8}, 1},
		{"circled-under-colon", []string{
			"让我们团结起来，为实现目标而奋斗！",
			"注：",
			"① 某某：《某文》，《某某全集》第2卷，第30页。",
			"② 同上，第31页。",
		}, []int{2, 3, 4}, 1},
		{"source-at-end", []string{
			"一、机械化要分步走",
			"合作社办起来以后，生产一定要搞上去，分配一定要搞公平，干部一定要带头，社员的劲头才能鼓起来，集体经济才能一年比一年壮大。",
			"先易后难。",
			"同志们，这件事要一抓到底。",
			"（根据录音整理，未经本人审阅）",
			"来源：",
			"《农业机械化文献选编》，农业出版社1985年版",
		}, []int{5, 6, 7}, 1},
		{"single-note-at-end", []string{
			"一、平凡中的坚守",
			"合作社办起来以后，生产一定要搞上去，分配一定要搞公平，干部一定要带头，社员的劲头才能鼓起来，集体经济才能一年比一年壮大。",
			"孙少平没有放下书本。",
			"注：本文根据作者在读书会上的发言整理。",
		}, []int{4}, 1},
		{"footnotes-under-rule", []string{
			"我们要学习辩证法①。",
			"这是我们的根本方法②。",
			"----------",
			"① 见某书第一卷。",
			"② 见某书第二卷。",
		}, []int{3, 4, 5}, 1},
		{"blocks-of-two-articles", []string{
			"第一篇讲话",
			"今天讲一个问题〔1〕。",
			"注　释",
			"〔1〕见本卷第一篇。",
			"第二篇讲话",
			"今天再讲一个问题。",
		}, []int{3, 4}, 1},
		// Negatives: the speech's own lines stay.
		{"paren-items-in-body", []string{
			"一、工作安排",
			"（1）抓好春耕。",
			"（2）抓好水利。",
			"二、保障措施",
			"各单位要落实责任。",
		}, nil, 0},
		{"heading-without-notes", []string{
			"注释",
			"注释是阅读古书的钥匙，今天就讲讲怎样读注释。",
			"一、先读正文",
			"二、再读注释",
		}, nil, 0},
		{"note-in-the-middle", []string{
			"关于报名的通知",
			"一、报名时间",
			"注：逾期不再受理。",
			"二、报名地点",
			"学校体育馆。",
		}, nil, 0},
		{"speech-date-at-end", []string{
			"同志们：",
			"今天的会议很重要。",
			"（2024年1月8日）",
		}, nil, 0},
		{"stage-note-at-end", []string{
			"谢谢大家！",
			"（热烈鼓掌）",
		}, nil, 0},
		{"only-a-note", []string{
			"注：本文根据作者在读书会上的发言整理。",
		}, nil, 0},
		{"footnotes-not-from-one", []string{
			"一、工作回顾",
			"----------",
			"（2）抓好水利。",
			"（3）抓好春耕。",
		}, nil, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := strings.Join(tt.lines, "\n")
			doc := Parse(text, ast.Source{})
			kinds := lineKinds(doc, text)
			for ln := 1; ln <= len(tt.lines); ln++ {
				want := slices.Contains(tt.notes, ln)
				if got := kinds[ln] == ast.NoiseNotes; got != want {
					t.Errorf("line %d %q: notes %v, want %v (kind %q)", ln, tt.lines[ln-1], got, want, kinds[ln])
				}
			}
			entries := 0
			for _, n := range doc.Noise {
				if n.Kind == ast.NoiseNotes {
					entries++
				}
			}
			if entries != tt.entries {
				t.Errorf("%d notes entries, want %d", entries, tt.entries)
			}
			for _, d := range doc.Diagnostics {
				if d.Code == ast.CodeContentInNoise {
					t.Errorf("guard: %s", d.Message)
				}
			}
		})
	}
}

// TestEditorLeads: an editor's lead-in before a speech is metadata, and
// the title after it stays the title (conventions.md §1.2).
func TestEditorLeads(t *testing.T) {
	tests := []struct {
		name     string
		lines    []string
		metadata []int
		title    string
	}{
		{"label-and-text", []string{
			"编者按：近日，某县召开工作会议，现将讲话刊发，供参考。",
			"在全县工作会议上的讲话",
			"同志们：",
			"一、统一思想",
			"二、狠抓落实",
		}, []int{1}, "在全县工作会议上的讲话"},
		{"bracketed-label", []string{
			"【编者按】近日，某县召开工作会议，现将讲话刊发。",
			"在全县工作会议上的讲话",
			"一、统一思想",
			"二、狠抓落实",
		}, []int{1}, "在全县工作会议上的讲话"},
		{"label-alone", []string{
			"编者按",
			"近日，某县召开工作会议，现将讲话刊发，供参考。",
			"在全县工作会议上的讲话",
			"一、统一思想",
			"二、狠抓落实",
		}, []int{1, 2}, "在全县工作会议上的讲话"},
		{"editor-in-a-sentence", []string{
			"在全县工作会议上的讲话",
			"编者按照要求修改了稿件，今天印发给大家。",
			"一、统一思想",
			"二、狠抓落实",
		}, nil, "在全县工作会议上的讲话"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			text := strings.Join(tt.lines, "\n")
			doc := Parse(text, ast.Source{})
			kinds := lineKinds(doc, text)
			for ln := 1; ln <= len(tt.lines); ln++ {
				want := slices.Contains(tt.metadata, ln)
				if got := kinds[ln] == ast.NoiseMetadata; got != want {
					t.Errorf("line %d %q: metadata %v, want %v (kind %q)", ln, tt.lines[ln-1], got, want, kinds[ln])
				}
			}
			if got := doc.Speeches[0].Title; got != tt.title {
				t.Errorf("title %q, want %q", got, tt.title)
			}
		})
	}
}
