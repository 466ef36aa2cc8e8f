package parser

import (
	"strings"
	"testing"

	"github.com/dagang/dagang/ast"
)

func guardWarnings(doc *ast.Document) []ast.Diagnostic {
	var out []ast.Diagnostic
	for _, d := range doc.Diagnostics {
		if d.Code == ast.CodeContentInNoise {
			out = append(out, d)
		}
	}
	return out
}

const guardedSpeech = "在全区工作会议上的讲话\n同志们：\n今天开会，讲三点意见。\n" +
	"一、统一思想\n要把思想统一到部署上来。\n" +
	"二、突出重点\n要抓住重点工作。\n" +
	"三、狠抓落实\n各单位要抓好落实。\n谢谢大家！\n"

// TestGuard: speech set aside as boilerplate is reported; boilerplate
// that holds no heading of the speech's lists is not.
func TestGuard(t *testing.T) {
	text := guardedSpeech
	for _, tc := range []struct {
		name    string
		regions []ast.Region
		lines   []int // the lines warned about
	}{
		{"nothing set aside", nil, nil},
		{"a heading between its neighbours", []ast.Region{region(text, "二、突出重点\n要抓住重点工作。", ast.NoiseNavigation)}, []int{6}},
		{"two headings of one list", []ast.Region{region(text, "二、突出重点\n要抓住重点工作。\n三、狠抓落实", ast.NoiseNavigation)}, []int{6}},
		{"the speech's end", []ast.Region{region(text, "三、狠抓落实\n各单位要抓好落实。\n谢谢大家！", ast.NoiseLicense)}, []int{8}},
		{"no heading in the noise", []ast.Region{region(text, "要抓住重点工作。", ast.NoiseNavigation)}, nil},
	} {
		t.Run(tc.name, func(t *testing.T) {
			doc := NewMemo().ParseRegions(text, ast.Source{Name: "x"}, tc.regions)
			var lines []int
			for _, d := range guardWarnings(doc) {
				if d.Severity != ast.SeverityWarning {
					t.Errorf("severity %s", d.Severity)
				}
				if !strings.Contains(d.Message, "编号") {
					continue
				}
				lines = append(lines, d.Line)
			}
			if len(lines) != len(tc.lines) || len(lines) > 0 && lines[0] != tc.lines[0] {
				t.Errorf("warnings on lines %v, want %v", lines, tc.lines)
			}
		})
	}
}

// TestGuardShare: noise over half of a document with sections is
// reported, over half of one without sections is not.
func TestGuardShare(t *testing.T) {
	menu := strings.Repeat("网站首页栏目导航菜单条目\n", 30)
	text := menu + guardedSpeech
	doc := NewMemo().ParseRegions(text, ast.Source{Name: "x"}, []ast.Region{region(text, strings.TrimSuffix(menu, "\n"), ast.NoiseNavigation)})
	if w := guardWarnings(doc); len(w) != 1 || !strings.Contains(w[0].Message, "%") {
		t.Errorf("warnings %+v", w)
	}
	plain := menu + "在全区工作会议上的讲话\n同志们：\n今天开会。\n"
	doc = NewMemo().ParseRegions(plain, ast.Source{Name: "x"}, []ast.Region{region(plain, strings.TrimSuffix(menu, "\n"), ast.NoiseNavigation)})
	if w := guardWarnings(doc); len(w) != 0 {
		t.Errorf("warnings without sections %+v", w)
	}
	doc = Parse(guardedSpeech, ast.Source{Name: "x"})
	if w := guardWarnings(doc); len(w) != 0 {
		t.Errorf("warnings on a clean speech %+v", w)
	}
}

// TestKeepHeadings: a heading the word rules would set aside (a link, a
// 来源) stays the speech's when its list's neighbours are the speech's;
// a list set aside whole, with no neighbour in the speech, stays aside.
func TestKeepHeadings(t *testing.T) {
	text := "学习资料\n" +
		"1. 入门课程：https://www.example.com/course 完成前三章。\n" +
		"2. 动手练习，每天写一段代码。\n" +
		"3. 多看多问：不要只用单一来源，来源要对比。\n" +
		"4. 按时提交作业。\n"
	doc := Parse(text, ast.Source{Name: "x"})
	if got := strings.Join(sectionTitles(doc), "|"); !strings.HasPrefix(got, "1.入门课程") || !strings.Contains(got, "3.多看多问") {
		t.Errorf("sections %q; noise %+v", got, doc.Noise)
	}
	if w := guardWarnings(doc); len(w) != 0 {
		t.Errorf("warnings %+v", w)
	}
	ads := "在全区工作会议上的讲话\n同志们：\n今天开会。\n" +
		"1. 扫码关注公众号，免费下载更多精品资料\n" +
		"2. 加入会员，每天更新素材库，咨询QQ12345678\n"
	doc = Parse(ads, ast.Source{Name: "x"})
	if got := sectionTitles(doc); len(got) != 0 {
		t.Errorf("advertisements read as sections %q", got)
	}
}
