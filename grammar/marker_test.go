package grammar

import (
	"testing"

	"github.com/dagang/dagang/ast"
)

// TestParseMarker covers every marker style of conventions.md §2, the
// writing variants the issue names (full- and half-width brackets, digits
// and stops, a space before 、, indentation, Markdown decoration) and every
// trap of §5.
func TestParseMarker(t *testing.T) {
	type want struct {
		ok     bool
		style  ast.Style
		number int
		text   string // the marker as written
		punct  string
		word   string
		trap   bool
		doubt  bool
	}
	tests := []struct {
		line string
		want want
	}{
		// han-dun
		{"一、提高政治站位", want{ok: true, style: ast.StyleHanDun, number: 1, text: "一、", punct: "、"}},
		{"十一、坚持党的领导", want{ok: true, style: ast.StyleHanDun, number: 11, text: "十一、", punct: "、"}},
		{"二十三、附则", want{ok: true, style: ast.StyleHanDun, number: 23, text: "二十三、", punct: "、"}},
		{"九十九、最后一条", want{ok: true, style: ast.StyleHanDun, number: 99, text: "九十九、", punct: "、"}},
		{"一 、标题", want{ok: true, style: ast.StyleHanDun, number: 1, text: "一 、", punct: "、"}},
		{"一．标题", want{ok: true, style: ast.StyleHanDun, number: 1, text: "一．", punct: "．"}},
		{"一.标题", want{ok: true, style: ast.StyleHanDun, number: 1, text: "一.", punct: "."}},
		{"四", want{ok: true, style: ast.StyleHanDun, number: 4, text: "四"}},
		{"五，逗号代顿号", want{ok: true, style: ast.StyleHanDun, number: 5, text: "五，", punct: "，"}},
		// han-paren
		{"（一）党的领导", want{ok: true, style: ast.StyleHanParen, number: 1, text: "（一）"}},
		{"(二)组织建设", want{ok: true, style: ast.StyleHanParen, number: 2, text: "(二)"}},
		{"（三)混合括号", want{ok: true, style: ast.StyleHanParen, number: 3, text: "（三)"}},
		{"（十二）、多了顿号", want{ok: true, style: ast.StyleHanParen, number: 12, text: "（十二）、", punct: "、"}},
		{"㈤括号汉字", want{ok: true, style: ast.StyleHanParen, number: 5, text: "㈤"}},
		// arabic-dot
		{"1.压实责任", want{ok: true, style: ast.StyleArabicDot, number: 1, text: "1.", punct: "."}},
		{"12. 强化保障", want{ok: true, style: ast.StyleArabicDot, number: 12, text: "12.", punct: "."}},
		{"１．全角数字", want{ok: true, style: ast.StyleArabicDot, number: 1, text: "１．", punct: "．"}},
		{"3、顿号", want{ok: true, style: ast.StyleArabicDot, number: 3, text: "3、", punct: "、"}},
		{"⒋带点数字", want{ok: true, style: ast.StyleArabicDot, number: 4, text: "⒋"}},
		// arabic-paren
		{"（1）明确清单", want{ok: true, style: ast.StyleArabicParen, number: 1, text: "（1）"}},
		{"(2)健全机制", want{ok: true, style: ast.StyleArabicParen, number: 2, text: "(2)"}},
		{"3）只有后括号", want{ok: true, style: ast.StyleArabicParen, number: 3, text: "3）"}},
		{"4)半角后括号", want{ok: true, style: ast.StyleArabicParen, number: 4, text: "4)"}},
		{"（１０）全角", want{ok: true, style: ast.StyleArabicParen, number: 10, text: "（１０）"}},
		{"⑸括号数字", want{ok: true, style: ast.StyleArabicParen, number: 5, text: "⑸"}},
		// circled
		{"①县级领导包乡镇", want{ok: true, style: ast.StyleCircled, number: 1, text: "①"}},
		{"⑳第二十", want{ok: true, style: ast.StyleCircled, number: 20, text: "⑳"}},
		{"㉑第二十一", want{ok: true, style: ast.StyleCircled, number: 21, text: "㉑"}},
		// chapter
		{"第一部分 总体要求", want{ok: true, style: ast.StyleChapter, number: 1, text: "第一部分", word: "部分"}},
		{"第二章　总则", want{ok: true, style: ast.StyleChapter, number: 2, text: "第二章", word: "章"}},
		{"第三节：实施", want{ok: true, style: ast.StyleChapter, number: 3, text: "第三节：", word: "节", punct: "："}},
		// lead
		{"一是讲忠诚", want{ok: true, style: ast.StyleLead, number: 1, text: "一是", word: "是"}},
		{"二要常补精神之钙", want{ok: true, style: ast.StyleLead, number: 2, text: "二要", word: "要"}},
		{"三靠制度", want{ok: true, style: ast.StyleLead, number: 3, text: "三靠", word: "靠"}},
		{"一抓班子", want{ok: true, style: ast.StyleLead, number: 1, text: "一抓", word: "抓"}},
		// ordinal
		{"第一，意识形态", want{ok: true, style: ast.StyleOrdinal, number: 1, text: "第一，", punct: "，"}},
		{"第二、必须坚持", want{ok: true, style: ast.StyleOrdinal, number: 2, text: "第二、", punct: "、"}},
		{"第三：加强", want{ok: true, style: ast.StyleOrdinal, number: 3, text: "第三：", punct: "："}},
		{"第四是完善", want{ok: true, style: ast.StyleOrdinal, number: 4, text: "第四是", punct: "是"}},
		{"第五,半角逗号", want{ok: true, style: ast.StyleOrdinal, number: 5, text: "第五,", punct: ","}},
		// sequence
		{"首先，要加强学习", want{ok: true, style: ast.StyleSequence, number: 1, text: "首先，", word: "首先", punct: "，"}},
		{"其次，要勇于实践", want{ok: true, style: ast.StyleSequence, number: 2, text: "其次，", word: "其次", punct: "，"}},
		{"再次，要严于律己", want{ok: true, style: ast.StyleSequence, number: 3, text: "再次，", word: "再次", punct: "，"}},
		{"最后，要甘于奉献", want{ok: true, style: ast.StyleSequence, number: 4, text: "最后，", word: "最后", punct: "，"}},
		// Markdown decoration and indentation
		{"## 一、标题", want{ok: true, style: ast.StyleHanDun, number: 1, text: "一、", punct: "、"}},
		{"**（一）标题**", want{ok: true, style: ast.StyleHanParen, number: 1, text: "（一）"}},
		{"> 一是引用", want{ok: true, style: ast.StyleLead, number: 1, text: "一是", word: "是"}},
		{"- 1. 列表", want{ok: true, style: ast.StyleArabicDot, number: 1, text: "1.", punct: "."}},
		{"* 二是列表", want{ok: true, style: ast.StyleLead, number: 2, text: "二是", word: "是"}},
		{"\u3000\u3000三、缩进", want{ok: true, style: ast.StyleHanDun, number: 3, text: "三、", punct: "、"}},
		// Traditional characters are matched by meaning.
		{"最後，總結", want{ok: true, style: ast.StyleSequence, number: 4, text: "最後，", word: "最后", punct: "，"}},
		// §5 traps: a marker is read, but it is not a heading.
		{"一、二线城市房价企稳", want{ok: true, style: ast.StyleHanDun, number: 1, text: "一、", punct: "、", trap: true}},
		{"一是一，二是二", want{ok: true, style: ast.StyleLead, number: 1, text: "一是", word: "是", trap: true}},
		{"1.5亿元专项资金", want{ok: true, style: ast.StyleArabicDot, number: 1, text: "1.", punct: ".", trap: true}},
		{"1、2、3项任务", want{ok: true, style: ast.StyleArabicDot, number: 1, text: "1、", punct: "、", trap: true}},
		{"十、百、千亿级", want{ok: true, style: ast.StyleHanDun, number: 10, text: "十、", punct: "、", trap: true}},
		{"一，二，三，齐步走", want{ok: true, style: ast.StyleHanDun, number: 1, text: "一，", punct: "，", trap: true}},
		{"一，二线城市", want{ok: true, style: ast.StyleHanDun, number: 1, text: "一，", punct: "，", trap: true}},
		{"2023.全年", want{ok: true, style: ast.StyleArabicDot, number: 2023, text: "2023.", punct: ".", trap: true}},
		{"三、四月份气温回升", want{ok: true, style: ast.StyleHanDun, number: 3, text: "三、", punct: "、", doubt: true}},
		// §5 look-alikes that are no marker at all.
		{"2023年全市生产总值", want{}},
		{"第一书记驻村帮扶", want{}},
		{"2.5", want{ok: true, style: ast.StyleArabicDot, number: 2, text: "2.", punct: ".", trap: true}},
		{"一二三四", want{}},
		{"今年以来", want{}},
		{"（a）字母", want{}},
		{"", want{}},
		{"第", want{}},
		{"（", want{}},
	}
	for _, tt := range tests {
		m, ok := ParseMarker(tt.line)
		w := tt.want
		if ok != w.ok {
			t.Errorf("ParseMarker(%q) ok = %v, want %v", tt.line, ok, w.ok)
			continue
		}
		if !ok {
			continue
		}
		got := want{ok: ok, style: m.Style, number: m.Number, text: m.Text(tt.line), punct: m.Punct, word: m.Word,
			trap: m.Trap != "", doubt: m.Doubtful != ""}
		if got != w {
			t.Errorf("ParseMarker(%q) = %+v, want %+v", tt.line, got, w)
		}
	}
}

// TestMarkersCache checks that remembered parses give the same marker as
// fresh ones, traps included (a trap depends on the rest of the line, not
// on the cached head), and that past maxCachedHeads distinct heads the caches
// start over and go on giving the fresh parse.
func TestMarkersCache(t *testing.T) {
	ms := NewMarkers()
	lines := []string{"一、二线城市", "一、二〇二三年回顾", "一、提高站位", "（一）党的领导", "（一）组织建设", "1.5亿元", "1.加强"}
	for k := range maxCachedHeads + 500 {
		// 一 and a character: after a bare numeral the character is part of
		// the key (一是, 一要, 一把手), so every line is a head of its own.
		lines = append(lines, "一"+string(rune(0x4E00+k))+"，后文")
	}
	lines = append(lines, "一、提高站位", "一是加强", "（一）党的领导")
	for round := 0; round < 2; round++ {
		for _, line := range lines {
			a, okA := ms.Parse(line)
			b, okB := ParseMarker(line)
			if okA != okB || a != b {
				t.Fatalf("round %d: cached %+v %v, fresh %+v %v for %q", round, a, okA, b, okB, line)
			}
		}
		if n := max(len(ms.exact), len(ms.shapes)); n > maxCachedHeads {
			t.Fatalf("a cache holds %d heads, more than %d", n, maxCachedHeads)
		}
	}
}

func TestMayStartMarker(t *testing.T) {
	for _, s := range []string{"一、", "（一）", "(1)", "1.", "①", "第一", "首先", "其次", "再次", "然后", "最后", "## 一、", "**（一）", "> 一是"} {
		if !MayStartMarker(s) {
			t.Errorf("MayStartMarker(%q) = false", s)
		}
	}
	for _, s := range []string{"今年以来", "同志们：", "习近平总书记", "“两个维护”", "", "###"} {
		if MayStartMarker(s) {
			t.Errorf("MayStartMarker(%q) = true", s)
		}
	}
}

// TestParseShared: lines with the same head and no trap share one marker;
// a trap, which depends on the rest of the line, gets a marker of its own,
// and the shared one is left as it was.
func TestParseShared(t *testing.T) {
	ms := NewMarkers()
	a, _ := ms.ParseShared("一、加强领导")
	b, _ := ms.ParseShared("一、提高站位")
	if a != b {
		t.Errorf("two lines headed 一、 got two markers")
	}
	c, ok := ms.ParseShared("一、二线城市")
	if !ok || c == a || c.Trap == "" || a.Trap != "" {
		t.Errorf("trap line: %+v (shared %+v)", c, a)
	}
	if m, ok := ms.ParseShared("加强领导"); ok || m != nil {
		t.Errorf("no marker: got %+v", m)
	}
}

// TestMarkerSetting covers how a marker is set off from its title (H1, H2
// of docs/rules.md): by white space alone (一　标题, 第一　标题) or alone on
// its line (一, ## 一, **二**), both in company only, and the quantities a
// space happens to break (一 年多来, 二 十年), which stay text.
func TestMarkerSetting(t *testing.T) {
	tests := []struct {
		line    string
		ok      bool
		style   ast.Style
		number  int
		text    string
		setting Setting
		trap    string
	}{
		{"一　认清当前形势", true, ast.StyleHanDun, 1, "一", BySpace, ""},
		{"二　　抓好农资供应", true, ast.StyleHanDun, 2, "二", BySpace, ""},
		{"三 压实各级责任", true, ast.StyleHanDun, 3, "三", BySpace, ""},
		{"十 中国和外国的关系", true, ast.StyleHanDun, 10, "十", BySpace, ""},
		// 一一 is no number: the heading's title opens with a date.
		{"一 一月十八日的讲话", true, ast.StyleHanDun, 1, "一", BySpace, ""},
		{"一 年多来，我们修缮了水库", true, ast.StyleHanDun, 1, "一", BySpace, TrapQuantity},
		{"三 级联动的预警机制", true, ast.StyleHanDun, 3, "三", BySpace, TrapQuantity},
		{"二 十年前的往事", true, ast.StyleHanDun, 2, "二", BySpace, TrapQuantity},
		{"三 个方面的问题", true, ast.StyleHanDun, 3, "三", BySpace, TrapQuantity},
		{"第一　项目建设要提速", true, ast.StyleOrdinal, 1, "第一", BySpace, ""},
		{"第二 招商引资要见效", true, ast.StyleOrdinal, 2, "第二", BySpace, ""},
		{"一", true, ast.StyleHanDun, 1, "一", Alone, ""},
		{"一  ", true, ast.StyleHanDun, 1, "一", Alone, ""},
		{"## 一", true, ast.StyleHanDun, 1, "一", Alone, ""},
		{"## 五  ", true, ast.StyleHanDun, 5, "五", Alone, ""},
		{"**二**", true, ast.StyleHanDun, 2, "二", Alone, ""},
		{"十二", true, ast.StyleHanDun, 12, "十二", Alone, ""},
		// A mark keeps the marker's usual setting.
		{"一、认清形势", true, ast.StyleHanDun, 1, "一、", ByMark, ""},
		{"第一，认清形势", true, ast.StyleOrdinal, 1, "第一，", ByMark, ""},
		{"一二三", false, "", 0, "", 0, ""},
		{"## 一百二十", false, "", 0, "", 0, ""},
	}
	for _, tt := range tests {
		m, ok := ParseMarker(tt.line)
		if ok != tt.ok {
			t.Errorf("ParseMarker(%q) ok = %v, want %v", tt.line, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		if m.Style != tt.style || m.Number != tt.number || m.Text(tt.line) != tt.text || m.Setting != tt.setting || m.Trap != tt.trap {
			t.Errorf("ParseMarker(%q) = %s %d %q setting %d trap %q, want %s %d %q setting %d trap %q", tt.line,
				m.Style, m.Number, m.Text(tt.line), m.Setting, m.Trap, tt.style, tt.number, tt.text, tt.setting, tt.trap)
		}
		if want := tt.setting != ByMark || !m.Style.Ranked(); m.Company != want {
			t.Errorf("ParseMarker(%q): company %v, want %v", tt.line, m.Company, want)
		}
	}
}

// TestParseMarkerText: a section's marker, kept as written, reads back as
// the same marker, the forms set off by white space or alone included.
func TestParseMarkerText(t *testing.T) {
	tests := []struct {
		text   string
		ok     bool
		style  ast.Style
		number int
	}{
		{"一、", true, ast.StyleHanDun, 1},
		{"（二）", true, ast.StyleHanParen, 2},
		{"一", true, ast.StyleHanDun, 1},
		{"第一", true, ast.StyleOrdinal, 1},
		{"第三，", true, ast.StyleOrdinal, 3},
		{"一是", true, ast.StyleLead, 1},
		{"一、标题", false, "", 0},
		{"第", false, "", 0},
	}
	for _, tt := range tests {
		m, ok := ParseMarkerText(tt.text)
		if ok != tt.ok || ok && (m.Style != tt.style || m.Number != tt.number) {
			t.Errorf("ParseMarkerText(%q) = %s %d %v, want %s %d %v", tt.text, m.Style, m.Number, ok, tt.style, tt.number, tt.ok)
		}
	}
}

// TestNumberedParts covers the numbered parts with a classifier (H3 of
// docs/rules.md): 第 + numeral + a classifier of the vocabulary's counting
// units and a mark or white space, 个 with a short noun, and the last
// item, 最后一点， (numbered by the tree builder) or 最后一点，第八点：.
func TestNumberedParts(t *testing.T) {
	tests := []struct {
		line   string
		ok     bool
		number int
		text   string
		word   string
		last   bool
	}{
		{"第一点，要足够地估计成绩", true, 1, "第一点，", "点", false},
		{"第二点：关于我国知识分子的情况", true, 2, "第二点：", "点", false},
		{"第六件　打倒土豪劣绅", true, 6, "第六件", "件", false},
		{"第一小时：LLM 的本质", true, 1, "第一小时：", "小时", false},
		{"第一小時：LLM 的本質", true, 1, "第一小時：", "小时", false},
		{"第三篇，是从《鲁迅全集》里选出的", true, 3, "第三篇，", "篇", false},
		{"第二个问题：到了基层怎么干", true, 2, "第二个问题：", "个问题", false},
		{"第一个阶段，打基础", true, 1, "第一个阶段，", "个阶段", false},
		{"最后一点，第八点：双百方针", true, 8, "最后一点，第八点：", "点", true},
		{"最后一点，安全是底线", true, 0, "最后一点，", "点", true},
		{"最后一篇文章，是论宣传的民族化", true, 0, "最后一篇文章，", "篇", true},
		{"第一部分 总体要求", true, 1, "第一部分", "部分", false},
		// No marker: no classifier (次, 书记, 时间), no mark, a noun that is
		// long or holds a numeral, no noun after 个.
		{"第一次世界大战", false, 0, "", "", false},
		{"第二次世界大战以后，", false, 0, "", "", false},
		{"第一书记要带头", false, 0, "", "", false},
		{"第一时间赶到现场", false, 0, "", "", false},
		{"第一个五年计划期间，", false, 0, "", "", false},
		{"第二个就是有的同志下去了", false, 0, "", "", false},
		{"第一点意见要记牢", false, 0, "", "", false},
	}
	for _, tt := range tests {
		m, ok := ParseMarker(tt.line)
		if ok != tt.ok {
			t.Errorf("ParseMarker(%q) ok = %v, want %v", tt.line, ok, tt.ok)
			continue
		}
		if !ok {
			continue
		}
		if m.Style != ast.StyleChapter || m.Number != tt.number || m.Text(tt.line) != tt.text || m.Word != tt.word || m.Last != tt.last {
			t.Errorf("ParseMarker(%q) = %s %d %q word %q last %v, want chapter %d %q word %q last %v", tt.line,
				m.Style, m.Number, m.Text(tt.line), m.Word, m.Last, tt.number, tt.text, tt.word, tt.last)
		}
		if want := tt.word != "部分"; m.Company != want {
			t.Errorf("ParseMarker(%q): company %v, want %v", tt.line, m.Company, want)
		}
	}
	// Articles (H4) are a style of their own.
	for _, tt := range []struct {
		line, text string
		number     int
	}{{"第一条　本会是公益性社团", "第一条", 1}, {"第十二条：附则", "第十二条：", 12}, {"第三条申请入会须具备下列条件", "第三条", 3}} {
		if m, ok := ParseMarker(tt.line); !ok || m.Style != ast.StyleArticle || m.Number != tt.number || m.Text(tt.line) != tt.text || !m.Company {
			t.Errorf("ParseMarker(%q) = %+v %v, want article %d %q", tt.line, m, ok, tt.number, tt.text)
		}
	}
	// A classifier of one letter still makes a lead marker (一讲政治，二讲
	// 规矩); a longer one does not (一方面 is a phrase of running text).
	if m, ok := ParseMarker("一讲政治"); !ok || m.Style != ast.StyleLead || m.Word != "讲" {
		t.Errorf("ParseMarker(一讲政治) = %+v %v", m, ok)
	}
	if m, ok := ParseMarker("最后一公里问题"); ok && m.Style != ast.StyleSequence {
		t.Errorf("ParseMarker(最后一公里问题) = %+v: no last item", m)
	}
	if m, ok := ParseMarker("一方面要加强学习"); ok {
		t.Errorf("ParseMarker(一方面要加强学习) = %+v", m)
	}
}

// TestDateAfterMarker: digits right after a marker's mark are a decimal
// (1.5万名), unless a date or a time unit follows them (H5): 1、7月8日-7月14日,
// 2. 9:00 开幕 are headings.
func TestDateAfterMarker(t *testing.T) {
	for line, trap := range map[string]bool{
		"1、7月1日-7月7日，各社区组织报名。": false,
		"2、2024年工作回顾":          false,
		"3. 9:00 开幕式":          false,
		"4、１２月底前完成":            false,
		"1.5万名志愿者":             true,
		"1、2、3项任务":             true,
		"2.3亿元":                true,
	} {
		m, ok := ParseMarker(line)
		if !ok || (m.Trap != "") != trap {
			t.Errorf("ParseMarker(%q) = %+v %v, want trap %v", line, m, ok, trap)
		}
	}
}
