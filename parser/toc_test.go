package parser

import (
	"slices"
	"strings"
	"testing"

	"github.com/dagang/dagang/ast"
)

// TestToc places a manual table of contents (conventions.md §5): the
// lines listed are `toc`, in one entry, and the body's headings stay the
// outline.
func TestToc(t *testing.T) {
	body := []string{
		"一、总体要求",
		"以满足老年人多层次服务需求为导向，推进居家社区养老服务体系建设，让老年人就近就便享受服务。",
		"二、主要任务",
		"每个街道至少建成一个日间照料中心，为失能老人提供助餐、助洁等上门服务，逐步扩大服务范围。",
		"三、保障措施",
		"各街道要落实经费和场地，民政部门加强指导，定期开展督查，确保各项任务落到实处、取得实效。",
	}
	tests := []struct {
		name string
		head []string
		toc  []int // the lines (from 1) of the table
	}{
		{"heading-dots", []string{"目　录", "一、总体要求……………3", "二、主要任务……………5", "三、保障措施……………8"}, []int{1, 2, 3, 4}},
		{"heading-tabs", []string{"目录", "一、总体要求\t1", "二、主要任务\t2", "三、保障措施\t3"}, []int{1, 2, 3, 4}},
		{"dots-no-heading", []string{"一、总体要求..........3", "二、主要任务..........5", "三、保障措施..........8"}, []int{1, 2, 3}},
		{"two-without-heading", []string{"一、总体要求..........3", "二、主要任务..........5"}, nil},
		{"tab-rows", []string{"张三\t85", "李四\t90", "王五\t92"}, nil},
		{"falling-pages", []string{"一、总体要求..........8", "二、主要任务..........5", "三、保障措施..........3"}, nil},
		{"heading-alone", []string{"目录", "本方案分三个部分。"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lines := append(append([]string{}, tt.head...), body...)
			text := strings.Join(lines, "\n")
			doc := Parse(text, ast.Source{})
			kinds := lineKinds(doc, text)
			for ln := 1; ln <= len(lines); ln++ {
				want := slices.Contains(tt.toc, ln)
				if got := kinds[ln] == ast.NoiseTOC; got != want {
					t.Errorf("line %d %q: toc %v, want %v", ln, lines[ln-1], got, want)
				}
			}
			tocs := 0
			for _, n := range doc.Noise {
				if n.Kind == ast.NoiseTOC {
					tocs++
				}
			}
			if want := min(len(tt.toc), 1); tocs != want {
				t.Errorf("%d toc entries, want %d", tocs, want)
			}
			if tt.toc != nil {
				if got := len(doc.Speeches[0].Sections); got != 3 {
					t.Errorf("%d sections, want the body's 3", got)
				}
			}
			for _, d := range doc.Diagnostics {
				if d.Code == ast.CodeContentInNoise {
					t.Errorf("guard: %s", d.Message)
				}
			}
		})
	}
}
