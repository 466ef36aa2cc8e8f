package docx

import (
	"strconv"
	"strings"
	"testing"
)

// lvl is a w:lvl: start value, format, level text, and more properties
// (suff, isLgl, lvlRestart, pStyle) as XML.
func lvl(ilvl, start int, format, text, more string) string {
	return `<w:lvl w:ilvl="` + strconv.Itoa(ilvl) + `"><w:start w:val="` + strconv.Itoa(start) + `"/>` +
		`<w:numFmt w:val="` + format + `"/><w:lvlText w:val="` + text + `"/>` + more + `<w:lvlJc w:val="left"/></w:lvl>`
}

func abstractNumXML(id int, levels ...string) string {
	return `<w:abstractNum w:abstractNumId="` + strconv.Itoa(id) + `"><w:multiLevelType w:val="multilevel"/>` +
		strings.Join(levels, "") + `</w:abstractNum>`
}

// numXML is a w:num; overrides are w:lvlOverride elements.
func numXML(id, abstractID int, overrides ...string) string {
	return `<w:num w:numId="` + strconv.Itoa(id) + `"><w:abstractNumId w:val="` + strconv.Itoa(abstractID) + `"/>` +
		strings.Join(overrides, "") + `</w:num>`
}

func startOverride(ilvl, start int) string {
	return `<w:lvlOverride w:ilvl="` + strconv.Itoa(ilvl) + `"><w:startOverride w:val="` + strconv.Itoa(start) + `"/></w:lvlOverride>`
}

const nothing = `<w:suff w:val="nothing"/>`

// hanList is the usual list of a Chinese speech: 一、 then （一）, nothing
// after the number.
var hanList = abstractNumXML(0,
	lvl(0, 1, "chineseCounting", "%1、", nothing),
	lvl(1, 1, "chineseCounting", "（%2）", nothing),
	lvl(2, 1, "decimal", "%3.", nothing),
	lvl(3, 1, "decimal", "（%4）", nothing),
	lvl(4, 1, "decimalEnclosedCircle", "%5", nothing))

// p is a numbered paragraph (numID 0: not numbered) with its text.
type p struct {
	numID, ilvl int
	text        string
}

func body(ps ...p) string {
	var b strings.Builder
	for _, x := range ps {
		props := ""
		if x.numID >= 0 {
			props = NumPr(x.numID, x.ilvl)
		}
		b.WriteString(Para(props, x.text))
	}
	return b.String()
}

func TestNumbering(t *testing.T) {
	tests := []struct {
		name      string
		numbering string
		styles    string
		body      string
		want      string
	}{
		{"chinese counting, two levels, lower level restarts", hanList + numXML(1, 0),
			"", body(p{1, 0, "甲"}, p{1, 1, "乙"}, p{1, 1, "丙"}, p{1, 2, "丁"}, p{1, 3, "戊"}, p{1, 4, "己"}, p{1, 0, "庚"}, p{1, 1, "辛"}),
			"一、甲\n（一）乙\n（二）丙\n1.丁\n（1）戊\n①己\n二、庚\n（一）辛"},
		{"counters continue over unnumbered paragraphs", hanList + numXML(1, 0),
			"", body(p{1, 0, "甲"}, p{-1, 0, "正文"}, p{0, 0, "numId 0"}, p{1, 0, "乙"}),
			"一、甲\n正文\nnumId 0\n二、乙"},
		{"eleven and twenty", hanList + numXML(1, 0), "",
			strings.Repeat(body(p{1, 0, ""}), 21),
			"一、\n二、\n三、\n四、\n五、\n六、\n七、\n八、\n九、\n十、\n十一、\n十二、\n十三、\n十四、\n十五、\n十六、\n十七、\n十八、\n十九、\n二十、\n二十一、"},
		{"suffixes: tab by default, space, nothing",
			abstractNumXML(0, lvl(0, 1, "decimal", "%1.", ""), lvl(1, 1, "decimal", "%2)", `<w:suff w:val="space"/>`),
				lvl(2, 1, "decimal", "%3]", `<w:suff w:val="tab"/>`)) + numXML(1, 0),
			"", body(p{1, 0, "a"}, p{1, 1, "b"}, p{1, 2, "c"}), "1.\ta\n1) b\n1]\tc"},
		{"formats",
			abstractNumXML(0, lvl(0, 1, "ideographTraditional", "%1、", nothing), lvl(1, 3, "decimalFullWidth", "%2．", nothing),
				lvl(2, 4, "upperRoman", "%3.", nothing), lvl(3, 26, "lowerLetter", "%4)", nothing),
				lvl(4, 9, "chineseCountingThousand", "第%5章", nothing), lvl(5, 10, "decimalZero", "%6", nothing),
				lvl(6, 5, "chineseLegalSimplified", "%7", nothing), lvl(7, 1, "decimalEnclosedParen", "%8", nothing)) + numXML(1, 0),
			"", body(p{1, 0, ""}, p{1, 0, ""}, p{1, 1, ""}, p{1, 2, ""}, p{1, 3, ""}, p{1, 3, ""}, p{1, 4, ""}, p{1, 4, ""}, p{1, 5, ""}, p{1, 6, ""}, p{1, 7, ""}),
			"甲、\n乙、\n３．\nIV.\nz)\naa)\n第九章\n第十章\n10\n伍\n⑴"},
		{"multi-level text, and isLgl writing it in decimals",
			abstractNumXML(0, lvl(0, 1, "chineseCounting", "%1、", nothing), lvl(1, 1, "decimal", "%1.%2", nothing),
				lvl(2, 1, "decimal", "%1.%2.%3", `<w:isLgl/>`+nothing)) + numXML(1, 0),
			"", body(p{1, 0, ""}, p{1, 1, ""}, p{1, 1, ""}, p{1, 2, ""}, p{1, 0, ""}, p{1, 1, ""}, p{1, 2, ""}),
			"一、\n一.1\n一.2\n1.2.1\n二、\n二.1\n2.1.1"},
		{"a level used before the level above it shows that level's start",
			abstractNumXML(0, lvl(0, 3, "decimal", "%1.", nothing), lvl(1, 1, "decimal", "%1.%2", nothing)) + numXML(1, 0),
			"", body(p{1, 1, ""}, p{1, 0, ""}, p{1, 1, ""}), "3.1\n3.\n3.1"},
		{"two list instances of one definition share the counters", hanList + numXML(1, 0) + numXML(2, 0),
			"", body(p{1, 0, "甲"}, p{1, 0, "乙"}, p{2, 0, "丙"}, p{1, 0, "丁"}), "一、甲\n二、乙\n三、丙\n四、丁"},
		{"a start override restarts the list where its instance is first used",
			hanList + numXML(1, 0) + numXML(2, 0, startOverride(0, 1)),
			"", body(p{1, 0, "甲"}, p{1, 1, "乙"}, p{1, 0, "丙"}, p{2, 0, "丁"}, p{2, 1, "戊"}, p{2, 0, "己"}),
			"一、甲\n（一）乙\n二、丙\n一、丁\n（一）戊\n二、己"},
		{"a start override of a deeper level", hanList + numXML(1, 0) + numXML(2, 0, startOverride(1, 3)),
			"", body(p{1, 0, "甲"}, p{1, 1, "乙"}, p{2, 1, "丙"}, p{2, 1, "丁"}), "一、甲\n（一）乙\n（三）丙\n（四）丁"},
		{"a level override replaces the definition for its instance",
			hanList + numXML(1, 0) + numXML(2, 0, `<w:lvlOverride w:ilvl="0">`+lvl(0, 5, "decimal", "%1)", nothing)+`</w:lvlOverride>`),
			"", body(p{1, 0, "甲"}, p{2, 0, "乙"}, p{2, 0, "丙"}, p{1, 0, "丁"}), "一、甲\n5)乙\n6)丙\n七、丁"},
		{"lvlRestart 1: level 3 restarts after level 1 items only",
			abstractNumXML(0, lvl(0, 1, "decimal", "%1.", nothing), lvl(1, 1, "lowerRoman", "(%2)", nothing),
				lvl(2, 1, "lowerLetter", "%3)", `<w:lvlRestart w:val="1"/>`+nothing)) + numXML(1, 0),
			"", body(p{1, 0, ""}, p{1, 2, ""}, p{1, 1, ""}, p{1, 2, ""}, p{1, 0, ""}, p{1, 2, ""}),
			"1.\na)\n(i)\nb)\n2.\na)"},
		{"lvlRestart 0: never restarts",
			abstractNumXML(0, lvl(0, 1, "decimal", "%1.", nothing), lvl(1, 1, "decimal", "(%2)", `<w:lvlRestart w:val="0"/>`+nothing)) + numXML(1, 0),
			"", body(p{1, 0, ""}, p{1, 1, ""}, p{1, 0, ""}, p{1, 1, ""}), "1.\n(1)\n2.\n(2)"},
		{"bullets and none",
			abstractNumXML(0, lvl(0, 1, "bullet", "\uF0B7", ""), lvl(1, 1, "bullet", "●", nothing), lvl(2, 1, "none", "", nothing),
				lvl(3, 1, "none", "要点%4：", nothing)) + numXML(1, 0),
			"", body(p{1, 0, "a"}, p{1, 1, "b"}, p{1, 2, "c"}, p{1, 3, "d"}), "•\ta\n●b\nc\n要点：d"},
		{"unknown list, unknown level, no numbering part", hanList + numXML(1, 0),
			"", body(p{7, 0, "甲"}, p{1, 8, "乙"}, p{1, 0, "丙"}), "甲\n乙\n一、丙"},
		{"a custom format falls back to its decimal version",
			abstractNumXML(0, `<w:lvl w:ilvl="0"><w:start w:val="1"/><mc:AlternateContent><mc:Choice Requires="w14">`+
				`<w:numFmt w:val="custom" w:format="001, 002, 003, ..."/></mc:Choice><mc:Fallback><w:numFmt w:val="decimal"/>`+
				`</mc:Fallback></mc:AlternateContent><w:lvlText w:val="%1."/></w:lvl>`) + numXML(1, 0),
			"", body(p{1, 0, "甲"}), "1.\t甲"},
		{"numbering from the paragraph style, the level named by the list",
			abstractNumXML(0, lvl(0, 1, "chineseCounting", "%1、", nothing+`<w:pStyle w:val="2"/>`),
				lvl(1, 1, "chineseCounting", "（%2）", nothing+`<w:pStyle w:val="3"/>`)) + numXML(4, 0),
			`<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>` +
				`<w:style w:type="paragraph" w:styleId="2"><w:name w:val="heading 1"/><w:basedOn w:val="a"/><w:pPr><w:numPr><w:numId w:val="4"/></w:numPr><w:outlineLvl w:val="0"/></w:pPr></w:style>` +
				`<w:style w:type="paragraph" w:styleId="3"><w:name w:val="heading 2"/><w:basedOn w:val="2"/><w:pPr><w:outlineLvl w:val="1"/></w:pPr></w:style>` +
				`<w:style w:type="paragraph" w:styleId="4"><w:name w:val="heading 3"/><w:basedOn w:val="3"/><w:pPr><w:numPr><w:numId w:val="0"/></w:numPr></w:pPr></w:style>`,
			Para(`<w:pStyle w:val="2"/>`, "甲") + Para(`<w:pStyle w:val="3"/>`, "乙") + Para(`<w:pStyle w:val="3"/>`, "丙") +
				Para(`<w:pStyle w:val="4"/>`, "不编号") + Para("", "正文") + Para(`<w:pStyle w:val="2"/>`+NumPr(4, 1), "直接设定的级别") +
				Para(`<w:pStyle w:val="2"/><w:numPr><w:numId w:val="0"/></w:numPr>`, "取消编号"),
			"一、甲\n（一）乙\n（二）丙\n不编号\n正文\n（三）直接设定的级别\n取消编号"},
		{"a list defined through a numbering style (numStyleLink)",
			`<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="L"/></w:abstractNum>` +
				abstractNumXML(2, lvl(0, 1, "chineseCounting", "第%1部分", `<w:suff w:val="space"/>`)) +
				numXML(1, 1) + numXML(2, 2),
			`<w:style w:type="numbering" w:styleId="L"><w:name w:val="大纲列表"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>`,
			body(p{1, 0, "总论"}, p{1, 0, "分论"}), "第一部分 总论\n第二部分 分论"},
		{"a numStyleLink cycle does not loop",
			`<w:abstractNum w:abstractNumId="1"><w:numStyleLink w:val="L"/></w:abstractNum>` + numXML(1, 1) + numXML(2, 1),
			`<w:style w:type="numbering" w:styleId="L"><w:basedOn w:val="L"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>`,
			body(p{1, 0, "甲"}), "甲"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := extractText(t, WordFile{Body: tt.body, Numbering: tt.numbering, Styles: tt.styles})
			if d.Text != tt.want {
				t.Errorf("text\n%q\nwant\n%q", d.Text, tt.want)
			}
		})
	}
}

func TestHeadingLevels(t *testing.T) {
	styles := `<w:style w:type="paragraph" w:default="1" w:styleId="a"><w:name w:val="Normal"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="1"><w:name w:val="heading 1"/><w:basedOn w:val="a"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="Heading 2"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="biaoti3"><w:name w:val="标题 3"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="mine"><w:name w:val="我的标题"/><w:basedOn w:val="Heading2"/></w:style>` +
		`<w:style w:type="paragraph" w:styleId="outline"><w:name w:val="提纲"/><w:pPr><w:outlineLvl w:val="3"/></w:pPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="body"><w:name w:val="heading 1"/><w:pPr><w:outlineLvl w:val="9"/></w:pPr></w:style>` +
		`<w:style w:type="paragraph" w:styleId="loop"><w:name w:val="环"/><w:basedOn w:val="loop"/></w:style>`
	tests := []struct {
		props string
		level int
	}{
		{"", 0},
		{`<w:pStyle w:val="1"/>`, 1},
		{`<w:pStyle w:val="Heading2"/>`, 2},
		{`<w:pStyle w:val="biaoti3"/>`, 3},
		{`<w:pStyle w:val="mine"/>`, 2},
		{`<w:pStyle w:val="outline"/>`, 4},
		{`<w:pStyle w:val="body"/>`, 0},
		{`<w:pStyle w:val="loop"/>`, 0},
		{`<w:pStyle w:val="missing"/>`, 0},
		{`<w:outlineLvl w:val="1"/>`, 2},
		{`<w:pStyle w:val="1"/><w:outlineLvl w:val="9"/>`, 0},
	}
	var b strings.Builder
	for _, tt := range tests {
		b.WriteString(Para(tt.props, "x"))
	}
	d := extractText(t, WordFile{Body: b.String(), Styles: styles})
	if len(d.Paragraphs) != len(tests) {
		t.Fatalf("%d paragraphs", len(d.Paragraphs))
	}
	for i, tt := range tests {
		if got := d.Paragraphs[i].Level; got != tt.level {
			t.Errorf("%s: level %d, want %d", tt.props, got, tt.level)
		}
	}
}

func TestFormatNumber(t *testing.T) {
	tests := []struct {
		n      int
		format string
		want   string
	}{
		{1, "chineseCounting", "一"}, {10, "chineseCounting", "十"}, {11, "chineseCounting", "十一"},
		{20, "chineseCounting", "二十"}, {99, "chineseCounting", "九十九"}, {0, "chineseCounting", "〇"},
		{100, "chineseCountingThousand", "一百"}, {101, "chineseCountingThousand", "一百零一"},
		{110, "chineseCountingThousand", "一百一十"}, {1001, "chineseCountingThousand", "一千零一"},
		{1010, "chineseCountingThousand", "一千零一十"}, {9999, "chineseCountingThousand", "九千九百九十九"},
		{10000, "chineseCountingThousand", "10000"},
		{10, "chineseLegalSimplified", "壹拾"}, {23, "chineseLegalSimplified", "贰拾叁"}, {23, "ideographLegalTraditional", "貳拾參"},
		{105, "ideographDigital", "一〇五"},
		{1, "ideographTraditional", "甲"}, {10, "ideographTraditional", "癸"}, {11, "ideographTraditional", "甲"},
		{12, "ideographZodiac", "亥"},
		{1, "decimalEnclosedCircle", "①"}, {20, "decimalEnclosedCircle", "⑳"}, {21, "decimalEnclosedCircle", "21"},
		{0, "decimalEnclosedCircle", "0"}, {3, "decimalEnclosedCircleChinese", "③"}, {10, "ideographEnclosedCircle", "㊉"},
		{2, "decimalEnclosedFullstop", "⒉"}, {2, "decimalEnclosedParen", "⑵"},
		{12, "decimalFullWidth", "１２"}, {12, "decimalFullWidth2", "１２"},
		{7, "decimal", "7"}, {7, "decimalZero", "07"}, {12, "decimalZero", "12"},
		{1, "upperLetter", "A"}, {27, "upperLetter", "AA"}, {28, "lowerLetter", "bb"}, {0, "lowerLetter", "0"},
		{4, "upperRoman", "IV"}, {1994, "lowerRoman", "mcmxciv"}, {4000, "upperRoman", "4000"},
		{1, "ordinal", "1st"}, {12, "ordinal", "12th"}, {23, "ordinal", "23rd"},
		{3, "none", ""}, {3, "cardinalText", "3"}, {-2, "chineseCounting", "-2"},
	}
	for _, tt := range tests {
		if got := formatNumber(tt.n, tt.format); got != tt.want {
			t.Errorf("formatNumber(%d, %s) = %q, want %q", tt.n, tt.format, got, tt.want)
		}
	}
}
