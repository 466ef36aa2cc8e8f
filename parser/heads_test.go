package parser

import (
	"slices"
	"strings"
	"testing"

	"github.com/dagang/dagang/ast"
)

// TestSpeechHeads splits files at the heads of speeches (conventions.md
// §7): a title with its own title block, followed by a salutation, coming
// back, or under the collection's own title and block; and after a closing
// formula, a title written as the file's first is (D4).
func TestSpeechHeads(t *testing.T) {
	long := "今天召开这次会议，主要任务是总结过去一年的工作，分析当前形势，部署今年的重点任务，动员全县上下进一步统一思想、振奋精神。"
	tests := []struct {
		name       string
		lines      []string
		collection string
		titles     []string // the speeches' titles
		speakers   []string // the speeches' speakers, "" for none
	}{
		{"inner-heads-under-own-block", []string{
			"在全县人民代表大会上的讲话", "（2024年1月）",
			"开幕词", "（2024年1月8日）", "各位代表：", long,
			"闭幕词", "（2024年1月11日）", "各位代表：", long,
		}, "在全县人民代表大会上的讲话", []string{"开幕词", "闭幕词"}, []string{"", ""}},
		{"head-with-salutation-mid-file", []string{
			"在全县工作会议上的讲话", "同志们：", long, "一、统一思想", "二、狠抓落实", long,
			"总结讲话", "（2024年1月9日）", "同志们：", long,
		}, "", []string{"在全县工作会议上的讲话", "总结讲话"}, []string{"", ""}},
		{"repeated-title", []string{
			"班子成员述职报告",
			"年度述职报告", "张　明", long, "一、主要工作", "二、存在不足",
			"年度述职报告", "李　华", long, "一、主要工作", "二、存在不足",
		}, "班子成员述职报告", []string{"年度述职报告", "年度述职报告"}, []string{"张明", "李华"}},
		{"page-heading-over-article", []string{
			"王某局长《在全县教育工作会议上的讲话》",
			"现摘录王某局长的讲话，请全体教师认真学习。",
			"在全县教育工作会议上的讲话", "王　某", "（2024年2月22日）", "同志们：", long,
			"一、回顾", "二、任务",
		}, "王某局长《在全县教育工作会议上的讲话》", []string{"在全县教育工作会议上的讲话"}, []string{"王某"}},
		{"page-heading-with-office", []string{
			"2024年某县人民政府工作报告",
			"政府工作报告", "——2024年1月5日在某县人民代表大会上", "县长", "王　某", "各位代表：", long,
			"一、过去一年的工作", "二、今年的主要任务",
		}, "2024年某县人民政府工作报告", []string{"政府工作报告"}, []string{"县长王某"}},
		// One speech.
		{"list-of-prizes", []string{
			"关于表彰优秀教师的通知", long,
			"优秀班主任", "（2023年12月）", "张明、李华、王强", long,
			"优秀班主任", "（2024年12月）", "赵六、钱七", long,
		}, "", []string{"关于表彰优秀教师的通知"}, []string{""}},
		{"two-line-title", []string{
			"高举旗帜 团结奋斗", "为建设美丽乡村而努力", "——在全县农村工作会议上的讲话", "（2024年3月1日）", "同志们：", long,
			"一、统一思想", "二、狠抓落实",
		}, "", []string{"高举旗帜 团结奋斗 为建设美丽乡村而努力"}, []string{""}},
		{"title-repeated-in-pieces", []string{
			"坚定信心 真抓实干 奋力开创新局面（全文）", "坚定信心 真抓实干", "奋力开创新局面", "——在全县经济工作会议上的讲话", "同志们：", long,
			"一、统一思想", "二、狠抓落实",
		}, "", []string{"坚定信心 真抓实干 奋力开创新局面（全文）"}, []string{""}},
		{"speaker-before-date", []string{
			"在全县工作会议上的讲话", "王建国", "（2024年1月8日）", "同志们：", long, "一、统一思想", "二、狠抓落实",
		}, "", []string{"在全县工作会议上的讲话"}, []string{"王建国"}},
		{"markdown-title-after-formula", []string{
			"# 在毕业典礼上的致辞", "亲爱的同学们：", long, "## 一、带着梦想出发", "## 二、带着感恩前行", "谢谢大家！",
			"# 写给毕业生的一封信", long, "## 一、保持学习的习惯", "## 二、守住做人的底线",
		}, "", []string{"在毕业典礼上的致辞", "写给毕业生的一封信"}, []string{"", ""}},
		{"markdown-part-after-formula", []string{
			"# 在毕业典礼上的致辞", "亲爱的同学们：", long, "## 一、带着梦想出发", "## 二、带着感恩前行", "谢谢大家！",
			"## 附：毕业生名单", long,
		}, "", []string{"在毕业典礼上的致辞"}, []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(strings.Join(tt.lines, "\n"), ast.Source{})
			if doc.Title != tt.collection {
				t.Errorf("collection %q, want %q", doc.Title, tt.collection)
			}
			var titles, speakers []string
			for _, sp := range doc.Speeches {
				titles = append(titles, sp.Title)
				speaker := ""
				if sp.Speaker != nil {
					speaker = strings.Join(strings.Fields(sp.Speaker.Text), "")
				}
				speakers = append(speakers, speaker)
			}
			if !slices.Equal(titles, tt.titles) {
				t.Errorf("titles %q, want %q", titles, tt.titles)
			}
			if !slices.Equal(speakers, tt.speakers) {
				t.Errorf("speakers %q, want %q", speakers, tt.speakers)
			}
		})
	}
}
