package parser

import (
	"testing"

	"github.com/dagang/dagang/ast"
)

// TestTitleBlockRules: the rules of the title block and the salutation
// (docs/rules.md, T1–T3), one case each: what a speech's head gives as
// its title, speaker, date and salutation.
func TestTitleBlockRules(t *testing.T) {
	type head struct{ title, speaker, date, salutation string }
	tests := []struct {
		name, rule, text string
		want             head
	}{
		{"title-lines", "T1: short title-like lines before the title block's anchor make one title",
			"守好一方净土\n绘就美丽乡村新画卷\n——在全县大会上的讲话\n（2024年6月5日）\n同志们：\n正文。\n",
			head{title: "守好一方净土 绘就美丽乡村新画卷", date: "（2024年6月5日）", salutation: "同志们："}},
		{"title-lines/complete", "T1: a title that names its genre is complete; the line under it is no part of it",
			"在全县大会上的讲话\n守好一方净土\n同志们：\n正文。\n",
			head{title: "在全县大会上的讲话"}},
		{"title-lines/repeated", "T1: the title repeated under it is not joined to it",
			"守好一方净土绘就新画卷（全文）\n守好一方净土\n绘就新画卷\n——在全县大会上的讲话\n同志们：\n正文。\n",
			head{title: "守好一方净土绘就新画卷（全文）", salutation: "同志们："}},
		{"speaker-office", "T2: office and name on one line are the speaker; the date and salutation after it still count",
			"在全县经济工作会议上的讲话\n县长　王建国\n（2024年2月18日）\n同志们：\n正文。\n",
			head{title: "在全县经济工作会议上的讲话", speaker: "县长　王建国", date: "（2024年2月18日）", salutation: "同志们："}},
		{"speaker-offices", "T2: offices joined by 、, in brackets",
			"在全市大会上的讲话\n（市委常委、常务副市长　李文华）\n各位企业家、同志们：\n正文。\n",
			head{title: "在全市大会上的讲话", speaker: "（市委常委、常务副市长　李文华）", salutation: "各位企业家、同志们："}},
		{"salutation-greeting", "T3: a salutation may carry its greeting",
			"在开学典礼上的讲话\n亲爱的同学们，大家上午好！\n正文。\n",
			head{title: "在开学典礼上的讲话", salutation: "亲爱的同学们，大家上午好！"}},
		{"salutation-two-lines", "T3: two address lines, the first ending in a comma, are one salutation, less their emphasis",
			"# 在开学典礼上的讲话\n**亲爱的新同学们，**\n**尊敬的各位来宾、各位家长：**\n正文。\n",
			head{title: "在开学典礼上的讲话", salutation: "亲爱的新同学们， 尊敬的各位来宾、各位家长："}},
		{"title-numeral-word", "a title opening with a numeral and a letter that is no lead word is a title",
			"三好学生表彰大会上的讲话\n同学们：\n正文。\n",
			head{title: "三好学生表彰大会上的讲话", salutation: "同学们："}},
	}
	text := func(p *ast.Para) string {
		if p == nil {
			return ""
		}
		return p.Text
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.text, ast.Source{})
			if len(doc.Speeches) != 1 {
				t.Fatalf("%s: %d speeches", tt.rule, len(doc.Speeches))
			}
			sp := doc.Speeches[0]
			got := head{sp.Title, text(sp.Speaker), text(sp.Date), text(sp.Salutation)}
			if got != tt.want {
				t.Errorf("%s:\n%s\ngives %+v\nwant  %+v", tt.rule, tt.text, got, tt.want)
			}
		})
	}
}
