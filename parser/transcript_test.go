package parser

import (
	"slices"
	"testing"

	"github.com/dagang/dagang/ast"
)

// TestTranscriptRules: the speaker lines of a transcript start speeches
// (D3 of docs/rules.md), one case each: the collection title, and each
// speech's title and speaker.
func TestTranscriptRules(t *testing.T) {
	tests := []struct {
		name, rule, text string
		collection       string
		speakers         []string // one per speech, "" for none
	}{
		{"turns", "D3: each speaker line starts an untitled speech whose speaker it is; the heading is the collection's",
			"在全市防汛调度会上的讲话\n王市长讲话：\n各地要立即进入战时状态。\n赵刚：闸门已检修完毕。\n刘明同志讲话：\n我同意王市长的部署。\n陈主任：\n物资已经预置到位。\n",
			"在全市防汛调度会上的讲话", []string{"王市长讲话：", "刘明同志讲话：", "陈主任："}},
		{"byline", "D3: a byline before the first speaker line is the first speech's",
			"中央首长谈读书\n周恩来、陈伯达\n周总理：\n要好好学习。\n陈伯达同志：谈一下这篇文章。\n",
			"中央首长谈读书", []string{"周总理：", "陈伯达同志："}},
		{"dialogue", "D3: speech text before the first speaker line is a speech of its own",
			"接见中学代表时的讲话\n戚本禹：蒯大富，你看过这张大字报吗？\n蒯大富：没有看。\n张春桥同志讲话：\n我没有多少好讲的。\n谢富治同志讲话：\n同志们，我讲几句。\n",
			"接见中学代表时的讲话", []string{"", "张春桥同志讲话：", "谢富治同志讲话："}},
		{"one-speaker", "D3: a file whose only speaker-like line is its title is no transcript",
			"周局长讲话\n同志们：\n张　伟：负责项目督查。\n李　娜：负责民生实事。\n",
			"", []string{""}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.text, ast.Source{})
			var speakers []string
			for _, sp := range doc.Speeches {
				s := ""
				if sp.Speaker != nil {
					s = sp.Speaker.Text
				}
				speakers = append(speakers, s)
				if len(tt.speakers) > 1 && sp.TitleSpan != nil {
					t.Errorf("%s: a turn titled %q", tt.rule, sp.Title)
				}
			}
			if doc.Title != tt.collection || !slices.Equal(speakers, tt.speakers) {
				t.Errorf("%s:\n%s\ngives collection %q, speakers %q\nwant %q, %q", tt.rule, tt.text, doc.Title, speakers, tt.collection, tt.speakers)
			}
		})
	}
}
