package grammar

import "testing"

// TestApparatusOf reads the forms of the editor's apparatus that open a
// stretch of it or stand for themselves (conventions.md §1.8, §1.2).
func TestApparatusOf(t *testing.T) {
	tests := []struct {
		line string
		want Apparatus
	}{
		{"注释", NotesHeading},
		{"注　　释", NotesHeading},
		{"注 释 ", NotesHeading},
		{"註釋", NotesHeading},
		{"注：", NotesHeading},
		{"注", NotesHeading},
		{"## 注释", NotesHeading},
		{"**注释**", NotesHeading},
		{"【注释】", NotesHeading},
		{"附注", NotesHeading},
		{"参考文献", NotesHeading},
		{"Notes", NotesHeading},
		{"注：本文根据作者在读书会上的发言整理。", NoteLine},
		{"注1：数据截至年底。", NoteLine},
		{"注①：引文据初版。", NoteLine},
		{"译者注：原文为英文。", NoteLine},
		{"来源：", SourceLabel},
		{"来源：县委办公室", SourceLabel},
		{"來源:某某日报", SourceLabel},
		{"资料来源：统计年鉴", SourceLabel},
		{"选自《农村工作文集》", SourceLabel},
		{"摘自本书第二卷", SourceLabel},
		{"编者按：近日，某县召开会议。", EditorLead},
		{"【编者按】近日，某县召开会议。", EditorLead},
		{"【编者按】", EditorLead},
		{"编者按", EditorLead},
		{"编前语：", EditorLead},
		// Not the apparatus.
		{"注意事项", NoApparatus},
		{"注重实效，狠抓落实。", NoApparatus},
		{"注释学是一门学问", NoApparatus},
		{"注：", NotesHeading},
		{"注意：报名截止到周五。", NoApparatus},
		{"来源于群众，服务于群众。", NoApparatus},
		{"来源广泛的经费保障", NoApparatus},
		{"选自己最擅长的项目", SourceLabel}, // the form; the stage asks it after the text only
		{"编者按照要求修改了稿件。", NoApparatus},
		{"编辑：张三", NoApparatus},
		{"一、总体要求", NoApparatus},
		{"", NoApparatus},
	}
	for _, tt := range tests {
		if got := ApparatusOf(tt.line); got != tt.want {
			t.Errorf("ApparatusOf(%q) = %d, want %d", tt.line, got, tt.want)
		}
		if tt.want != NoApparatus && !MayBeApparatus(tt.line) {
			t.Errorf("MayBeApparatus(%q) = false for a line of form %d", tt.line, tt.want)
		}
	}
}

// TestMayBeApparatus: the prefilter takes every line whose form it opens,
// after any decoration, and leaves most lines of speech.
func TestMayBeApparatus(t *testing.T) {
	for _, s := range []string{"同志们：", "一、总体要求", "今天召开会议。", "2024年", "（一）建设日间照料中心",
		"## 一、总体要求", "**（二）狠抓落实**", "【篇一】", "[1]见本书第三卷。"} {
		if MayBeApparatus(s) {
			t.Errorf("MayBeApparatus(%q) = true", s)
		}
	}
}

func TestFootnote(t *testing.T) {
	tests := []struct {
		line string
		n    int
		ok   bool
	}{
		{"〔1〕 这是当时水利建设的基本方针。", 1, true},
		{"〔12〕参见本卷某文。", 12, true},
		{"[1]见本书第三卷。", 1, true},
		{"［2］见本书第三卷。", 2, true},
		{"（1）合作社，指当时的农业生产合作社。", 1, true},
		{"(3) 指当时的规定。", 3, true},
		{"① 列宁：《某文》，《全集》第26卷，第269页。", 1, true},
		{"⑵ 同上。", 2, true},
		{"（一）建设日间照料中心。", 0, false},
		{"〔1〕", 0, false},
		{"[0]见上。", 0, false},
		{"[1234]见上。", 0, false},
		{"1. 见上。", 0, false},
		{"（1", 0, false},
	}
	for _, tt := range tests {
		n, start, ok := Footnote(tt.line)
		if ok != tt.ok || n != tt.n {
			t.Errorf("Footnote(%q) = %d, %v; want %d, %v", tt.line, n, ok, tt.n, tt.ok)
		}
		if ok && (start <= 0 || start >= len(tt.line)) {
			t.Errorf("Footnote(%q): text at %d", tt.line, start)
		}
	}
}

// TestIsNoteMatter: the lines after a speech's text that are the editor's
// by their shape — notes, sources, remarks, citations.
func TestIsNoteMatter(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"（《农村工作文集》第二卷，农业出版社1980年版，第45-52页）", true},
		{"《农业机械化文献选编》，农业出版社1985年版", true},
		{"1980年5月某县档案馆编《历年讲话汇编（2）》", true},
		{"（《某某日报》2023年4月2日）", true},
		{"（根据录音整理，未经本人审阅）", true},
		{"（记录稿，仅供参考）", true},
		{"（全县农田水利会战指挥部，1976年11月3日）", true},
		{"来源：", true},
		{"注：本文根据作者在读书会上的发言整理。", true},
		{"编者注：标题为编者所加。", true},
		// Speech, not the editor's.
		{"（2024年1月8日）", false},
		{"（热烈鼓掌）", false},
		{"（录音不清）", false},
		{"引自一位老同志的话说，干部要有担当，群众才有信心，事业才有希望，这个道理我们每个人都要牢牢记住，并且落实到每一项工作中去。", false},
		{"为胜利地完成第一个五年计划而斗争！", false},
		{"大家要多读《论语》，多读经典。", false},
		{"（一）要抓紧生产。（二）要搞好分配。", false},
		{"谢谢大家！", false},
	}
	for _, tt := range tests {
		if got := IsNoteMatter(tt.line); got != tt.want {
			t.Errorf("IsNoteMatter(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestIsContactField(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"联系人：王老师", true},
		{"联系电话：0571-86001234", true},
		{"咨询电话：0571-86001234", true},
		{"电子邮箱：chuangxin@example.edu.cn", true},
		{"报名邮箱:signup@example.org", true},
		{"QQ：123456789", true},
		{"E-mail: office@example.com", true},
		{"联系人：张老师，邮箱：zhang@example.cn", true},
		{"咨询QQ123456789", false},
		{"会员群：123456", false},
		{"各学院要高度重视联系电话的登记工作：", false},
		{"欢迎关注公众号", false},
	}
	for _, tt := range tests {
		if got := IsContactField(tt.line); got != tt.want {
			t.Errorf("IsContactField(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestEditorLabelAlone(t *testing.T) {
	for s, want := range map[string]bool{
		"编者按": true, "【编者按】": true, "编者按：": true, "**编者按**": true,
		"编者按：近日，某县召开会议。": false, "【编者按】近日，某县召开会议。": false, "编者按照要求修改": false,
	} {
		if got := EditorLabelAlone(s); got != want {
			t.Errorf("EditorLabelAlone(%q) = %v, want %v", s, got, want)
		}
	}
}
