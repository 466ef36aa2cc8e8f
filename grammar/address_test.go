package grammar

import "testing"

// TestAddressShapes: a salutation is an address by its shape (M3, T3 of
// docs/rules.md) — a list of audiences whose first item names people
// addressed, perhaps with a greeting — not an address from a list.
func TestAddressShapes(t *testing.T) {
	tests := []struct {
		line string
		want bool
	}{
		{"各位企业家、同志们：", true},
		{"各位市领导、书记院长：", true},
		{"各二级学院、各职能部门：", true},
		{"各单位、各部门：", true},
		{"团员青年们，少先队员们，同志们：", true},
		{"全县第十五次党代表大会各位代表同志们：", true},
		{"中国共产党全国代表会议各位代表同志们:", true},
		{"亲爱的同学们，大家上午好！", true},
		{"各位领导、各位代表、老师们：大家好！", true},
		{"**亲爱的2021级新同学，**", true},
		{"**尊敬的各位嘉宾、各位家长：**", true},
		{"各位老领导、老同志：", true},
		{"老师们、同学们：", true},
		{"各位与会代表：", true},
		{"Ladies and gentlemen:", true},
		{"Dear colleagues,", true},
		// Not an address: a sentence about the audience, a duty line, a
		// pronoun, an announcement.
		{"同志们知道，这是一件大事。", false},
		{"各单位要高度重视。", false},
		{"各部门要对照清单：", false},
		{"各有关单位：", true},
		{"同志们，今天我们在这里召开会议。", false},
		{"许　琪：组长", false},
		{"我们：", false},
		{"下面我讲三点意见：", false},
		{"大会的主题是：", false},
		{"Thank you all:", false},
		{"县长　王建国", false},
		{"各位领导 同志们", true},
	}
	for _, tt := range tests {
		if got := IsSalutation(tt.line); got != tt.want {
			t.Errorf("IsSalutation(%q) = %v, want %v", tt.line, got, tt.want)
		}
	}
}

// TestClosingCueShapes: a closing opens with any address (C1) or with a
// summary of what was said (C2).
func TestClosingCueShapes(t *testing.T) {
	tests := []struct {
		para string
		want bool
	}{
		{"同学们，大学的大门已经向你们敞开。", true},
		{"各位，读书是一辈子的事。", true},
		{"各位领导，各位代表，老师们，让我们携手前行。", true},
		{"2024级的新同学们，未来的路要靠自己去走。", true},
		{"Ladies and gentlemen, let us keep asking questions together.", true},
		{"一共讲了十点。", true},
		{"一共讲了三点。这三点归结起来，就是一句话。", true},
		{"总上十四件事，都是群众办的。", true},
		{"以上四点意见，供大家参考。", true},
		{"让我再说一遍：", true},
		{"我再重复一遍，安全是底线。", true},
		{"归纳起来，就是三句话。", true},
		{"结语：回到育人的初心", true},
		{"## 結語：走向對齊", true},
		{"结束语", true},
		{"Conclusion: Keep Asking", true},
		{"In conclusion, we did well.", true},
		// Not a cue.
		{"一共有七个项目获奖。", false},
		{"以上三段引文见《联共（布）党史简明教程》。", false},
		{"同志们知道，这是一件大事。", false},
		{"我们，要把工作做好。", false},
		{"各级政府要转变职能，提高效率。", false},
		{"各部门要对照任务清单，明确时间表。", false},
		{"三点钟开会。", false},
		{"Thank you.", false},
	}
	for _, tt := range tests {
		if got := ClosingCue(tt.para); got != tt.want {
			t.Errorf("ClosingCue(%q) = %v, want %v", tt.para, got, tt.want)
		}
	}
}
