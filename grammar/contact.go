package grammar

import (
	"strings"

	"github.com/dagang/dagang/internal/scan"
)

// A notice gives its contacts as labelled fields (conventions.md §6: a
// handle alone is no advertisement): 联系人：王老师, 联系电话：0571-…,
// 电子邮箱：…@…, 报名邮箱：…, QQ：…, 地址：…. The label is short and ends in
// the word of what it labels; a colon follows it.

// contactWords are the words a contact field's label ends with, as
// written (the label is short, so a search of its end suffices).
var contactWords = [...]string{"联系人", "电话", "手机", "邮箱", "信箱", "邮件", "方式", "地址", "传真", "网址",
	"微信", "QQ", "qq", "E-mail", "e-mail", "Email", "email", "EMAIL", "Tel", "TEL"}

// maxContactLabelRunes bounds a contact field's label: 联系电话, 报名邮箱,
// 学院办公室电话.
const maxContactLabelRunes = 8

// IsContactField reports whether the line s opens with a contact field's
// label and its colon (联系电话：…, 电子邮箱：…, 联系人：王老师，邮箱：…).
func IsContactField(s string) bool {
	i := skipDecoration(s, len(s))
	s = s[i:]
	n := 0
	for j, r := range s {
		if MarkOf(r) == Colon {
			label := strings.TrimRightFunc(s[:j], scan.IsBlank)
			for _, w := range contactWords {
				if strings.HasSuffix(label, w) {
					return true
				}
			}
			return false
		}
		if n++; n > maxContactLabelRunes || MarkOf(r) != 0 {
			return false
		}
	}
	return false
}
