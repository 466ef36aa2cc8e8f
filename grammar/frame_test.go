package grammar

import (
	"fmt"
	"testing"
)

func TestIsSalutation(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"同志们：", true},
		{"同志们！", true},
		{"各位领导、同志们：", true},
		{"各位代表：", true},
		{"各位代表！", true},
		{"尊敬的各位领导、各位来宾，女士们、先生们：", true},
		{"尊敬的王书记：", true},
		{"亲爱的同学们：", true},
		{"各位领导和同志们：", true},
		{"同志們：", true},
		{"同志们，北京共产主义组织仅仅是在十个月以前才产生的。", false},
		{"各位领导干部要带头学习。", false},
		{"同志", false},
		{"", false},
		{"大会的主题是：", false},
	}
	for _, tt := range tests {
		if got := IsSalutation(tt.line); got != tt.want {
			t.Errorf("IsSalutation(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

func TestClosingCue(t *testing.T) {
	tests := []struct {
		para string
		want bool
	}{
		{"同志们，党的建设永远在路上。", true},
		{"同志们,总书记的重要讲话为我们指明了方向。", true},
		{"同志们！时代呼唤着我们。", true},
		{"各位代表！", true},
		{"同志们、朋友们：新的征程已经开启。", true},
		{"总之，做好新形势下的工作使命光荣。", true},
		{"总而言之，要抓好落实。", true},
		{"综上所述，我们必须坚定信心。", true},
		{"最后，祝大家新春愉快！", true},
		{"让我们更加紧密地团结起来。", true},
		{"同志們，讓我們攜手前進。", true},
		{"今天，党组理论学习中心组集中学习。", false},
		{"最后一公里问题依然突出。", false},
		{"同志之间要互相帮助。", false},
		{"让我想起了一件事。", false},
	}
	for _, tt := range tests {
		if got := ClosingCue(tt.para); got != tt.want {
			t.Errorf("ClosingCue(%q) = %v, want %v", tt.para, got, tt.want)
		}
	}
}

func TestFormulaStart(t *testing.T) {
	tests := []struct {
		para  string
		start int // -1: no formula
	}{
		{"以上发言不足之处，还请各位批评指正！", 0},
		{"以上发言,不妥之处,请同志们批评指正,谢谢大家!", 0},
		{"以上发言不当之处，请同志们批评指正。", 0},
		{"以上是我的几点体会，不当之处请批评指正。", 0},
		{"以上是我的发言。", 0},
		{"以上汇报，请审议。", 0},
		{"谢谢大家！", 0},
		{"谢谢！", 0},
		{"感谢大家的聆听！", 0},
		{"我就讲这些。", 0},
		{"我就讲到这里，谢谢大家。", 0},
		{"我的发言完了，谢谢！", 0},
		{"发言完毕，谢谢大家。", 0},
		{"请同志们批评帮助。", 0},
		{"我就表态这些，请各位领导监督！", 0},
		{"不当之处，敬请批评指正。", 0},
		{"以上發言，不妥之處，請同志們批評指正，謝謝大家！", 0},
		{"以上发言不妥之处请批评指正。谢谢大家！", 0},
		{"让我们携手奋进，奋力谱写新篇章！谢谢大家！", len("让我们携手奋进，奋力谱写新篇章！")},
		{"以上这些问题必须高度重视。", -1},
		{"自觉接受监督。", -1},
		{"二是严格落实廉洁规定。自觉接受监督。", -1},
		{"各位领导批评指正。", 0},
		{"斗争还远没有结束。", -1},
		{"感谢党中央的坚强领导，我们取得了伟大胜利。", -1},
		{"希望同志们认真学习。", -1},
		{"现在，我代表国务院，向大会报告政府工作，请予审议，并请全国政协委员提出意见。", -1},
		{"", -1},
		// A notice's or a proclamation's sign-off (conventions §1.7).
		{"特此通知。", 0},
		{"特此公告。", 0},
		{"望全县干部群众自觉遵守。切切。此布。", len("望全县干部群众自觉遵守。")},
		{"此令。", 0},
		{"要切切实实抓好落实。", -1},
		{"特此说明的是，这项工作还要继续推进。", -1},
		// Handing the floor on after "that is all".
		{"会后各单位要立即传达部署。现在我就讲这些，请李局长讲话。", len("会后各单位要立即传达部署。")},
		{"我就说这些，请王书记作指示。", 0},
		{"请大家认真讨论。", -1},
		{"请李局长讲话。", -1},
		{"请大家对我的发言批评指正。", 0},
		// A discourse word before it, a tag question after it.
		{"大家回去以后抓紧落实。好了，我就说这些！好不好？", len("大家回去以后抓紧落实。")},
		{"好了，我就说这些！好不好。", 0},
		{"这件事好不好？", -1},
		{"好不好？", -1},
		// English thanks.
		{"Thank you.", 0},
		{"Thank you all.", 0},
		{"Thank you very much!", 0},
		{"Thanks.", 0},
		{"Thank you for coming to the fair and for the questions you asked our students today.", -1},
	}
	for _, tt := range tests {
		start, ok := FormulaStart(tt.para)
		if !ok {
			start = -1
		}
		if start != tt.start {
			t.Errorf("FormulaStart(%q) = %d, want %d", tt.para, start, tt.start)
		}
	}
}

func TestSalutationWithAnd(t *testing.T) {
	for _, s := range []string{"各位领导和全体同志们：", "各位来宾以及朋友们：", "尊敬的王书记及各位领导："} {
		if !IsSalutation(s) {
			t.Errorf("IsSalutation(%q) = false", s)
		}
	}
}

// TestPhrasesMatchFunctions checks that the remembering forms give the
// answers of the plain functions, on first and second asking.
func TestPhrasesMatchFunctions(t *testing.T) {
	ph := NewPhrases()
	lines := []string{"同志们：", "各位领导、同志们：", "同志们，党的建设永远在路上。", "总之，要抓好落实。",
		"以上发言,不妥之处,请同志们批评指正,谢谢大家!", "让我们携手奋进！谢谢大家！", "斗争还远没有结束。",
		"最后一公里问题依然突出。", "最后，祝大家新春愉快！", "今天开会。", ""}
	for round := 0; round < 2; round++ {
		for _, s := range lines {
			if err := phrasesAgree(ph, s); err != nil {
				t.Errorf("round %d: %v", round, err)
			}
		}
	}
}

// phrasesAgree compares the remembering forms of ph with the plain
// functions on s.
func phrasesAgree(ph *Phrases, s string) error {
	if got, want := ph.IsSalutation(s), IsSalutation(s); got != want {
		return fmt.Errorf("Phrases.IsSalutation(%q) = %v, IsSalutation %v", s, got, want)
	}
	if got, want := ph.ClosingCue(s), ClosingCue(s); got != want {
		return fmt.Errorf("Phrases.ClosingCue(%q) = %v, ClosingCue %v", s, got, want)
	}
	gotStart, gotOK := ph.FormulaStart(s)
	wantStart, wantOK := FormulaStart(s)
	if gotStart != wantStart || gotOK != wantOK {
		return fmt.Errorf("Phrases.FormulaStart(%q) = %d, %v; FormulaStart %d, %v", s, gotStart, gotOK, wantStart, wantOK)
	}
	return nil
}

// TestPhrasesStartOver: past maxCachedPhrases distinct sentences a cache
// starts over and goes on giving the plain answers.
func TestPhrasesStartOver(t *testing.T) {
	ph := NewPhrases()
	var lines []string
	for k := range maxCachedPhrases + 300 {
		lines = append(lines, "各位"+string(rune(0x4E00+k))+"同志：")
	}
	lines = append(lines, "同志们：", "以上发言，请批评指正。")
	for round := 0; round < 2; round++ {
		for _, s := range lines {
			if err := phrasesAgree(ph, s); err != nil {
				t.Fatalf("round %d: %v", round, err)
			}
		}
		if n := len(ph.salutation); n > maxCachedPhrases {
			t.Fatalf("the cache holds %d salutations, more than %d", n, maxCachedPhrases)
		}
	}
}
