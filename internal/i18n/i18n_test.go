package i18n

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/dagang/dagang/ast"
)

// TestCatalogsHoldTheSameKeys: every message exists in both languages,
// with the same arguments.
func TestCatalogsHoldTheSameKeys(t *testing.T) {
	zh, en := Keys(Chinese), Keys(English)
	for _, k := range zh {
		if _, ok := english[k]; !ok {
			t.Errorf("%q is in the Chinese catalog only", k)
		}
	}
	for _, k := range en {
		if _, ok := chinese[k]; !ok {
			t.Errorf("%q is in the English catalog only", k)
		}
	}
	verbs := regexp.MustCompile(`%(\[\d+\])?[-+# 0-9.]*[a-zA-Z%]`)
	for _, k := range zh {
		a, b := verbs.FindAllString(chinese[k], -1), verbs.FindAllString(english[k], -1)
		slices.Sort(a)
		slices.Sort(b)
		if _, ok := english[k]; ok && !slices.Equal(a, b) {
			t.Errorf("%q: Chinese takes %v, English %v", k, a, b)
		}
	}
}

// TestOneQuoteStylePerLanguage: Chinese messages quote with 「」, English
// ones with “”, never with the other's marks or straight quotes around
// words.
func TestOneQuoteStylePerLanguage(t *testing.T) {
	for k, msg := range chinese {
		if strings.ContainsAny(msg, "“”‘’") {
			t.Errorf("zh %q quotes with “”: %s", k, msg)
		}
	}
	for k, msg := range english {
		// Chinese text quoted inside an English message (the examples)
		// keeps to English marks around it.
		if strings.ContainsAny(msg, "「」『』") {
			t.Errorf("en %q quotes with 「」: %s", k, msg)
		}
	}
	if got := New(Chinese).Quote("一、"); got != "「一、」" {
		t.Errorf("zh quote %q", got)
	}
	if got := New(English).Quote("一、"); got != "“一、”" {
		t.Errorf("en quote %q", got)
	}
}

func TestFromEnv(t *testing.T) {
	tests := []struct {
		env  map[string]string
		want Lang
	}{
		{map[string]string{"LANG": "zh_CN.UTF-8"}, Chinese},
		{map[string]string{"LANG": "zh_TW.Big5"}, Chinese},
		{map[string]string{"LANG": "C"}, English},
		{map[string]string{"LANG": "en_US.UTF-8"}, English},
		{map[string]string{"LC_ALL": "C", "LANG": "zh_CN.UTF-8"}, English},
		{map[string]string{"LC_ALL": "zh_CN.UTF-8", "LANG": "C"}, Chinese},
		{map[string]string{"LC_MESSAGES": "zh_CN.UTF-8", "LANG": "en_US.UTF-8"}, Chinese},
		{map[string]string{"LC_ALL": "", "LC_MESSAGES": "", "LANG": "zh_SG"}, Chinese},
	}
	for _, tt := range tests {
		if got := FromEnv(func(k string) string { return tt.env[k] }); got != tt.want {
			t.Errorf("%v: %s, want %s", tt.env, got, tt.want)
		}
	}
}

func TestParseLang(t *testing.T) {
	for in, want := range map[string]Lang{"zh": Chinese, "ZH": Chinese, "zh_CN.UTF-8": Chinese, "zh-Hant": Chinese, "en": English, "en_GB": English} {
		if got, ok := ParseLang(in); !ok || got != want {
			t.Errorf("ParseLang(%q) = %s, %v", in, got, ok)
		}
	}
	for _, in := range []string{"", "fr", "c", "chinese"} {
		if _, ok := ParseLang(in); ok {
			t.Errorf("ParseLang(%q) accepted", in)
		}
	}
}

// diagnosticCases are diagnostics with their arguments, the message the
// parser writes for them (Chinese), and the English message.
var diagnosticCases = []struct {
	code    ast.Code
	args    []string
	zh, en  string
	message string // the parser's Message, when it differs from zh
}{
	{ast.CodeNumberingGap, []string{"一、", "三、", "1"},
		"编号不连续：「一、」之后是「三、」，中间缺少 1 项", "numbering skips: “三、” follows “一、”, 1 missing between them", ""},
	{ast.CodeNumberingDuplicate, []string{"二、", "二、"},
		"编号重复：「二、」与前一条「二、」编号相同", "numbering repeats: “二、” has the same number as “二、” before it", ""},
	{ast.CodeNumberingOrder, []string{"二、", "三、"},
		"编号顺序颠倒：「二、」出现在「三、」之后", "numbering out of order: “二、” comes after “三、”", ""},
	{ast.CodeMixedStyle, []string{"二、", "一是"},
		"编号样式混用：「二、」与同级的「一是」样式不同", "numbering styles mixed: “二、” is in another style than its sibling “一是”", ""},
	{ast.CodeListStartsLate, []string{"二是"},
		"列表从「二是」开始，前面缺少编号 1", "the list starts at “二是”: number 1 is missing", ""},
	{ast.CodeImpliedParent, []string{"restart", "（一）", "二、"},
		"「（一）」重新从 1 编号，推断前面缺少上级标题「二、」",
		"“（一）” numbers from 1 again: a parent heading “二、” seems to be missing before it", ""},
	{ast.CodeImpliedParent, []string{"missing", "二、", "一、", "3"},
		"「二、」之前缺少「一、」，推断前面的 3 项属于隐含的上级标题",
		"“一、” is missing before “二、”: the 3 items before it are taken to belong to an implied parent heading", ""},
	{ast.CodeAnnouncedCount, []string{"从以下三个方面", "4"},
		"前文说「从以下三个方面」，其后有 4 个同级标题", "the text announces “从以下三个方面”, but 4 headings follow", ""},
	{ast.CodeEmptyTitle, []string{"三、"}, "「三、」后没有标题文字", "no heading text after “三、”", ""},
	{ast.CodeNotAHeading, []string{"trap", "2019、", "large-number"},
		"「2019、」看起来像编号，但作为正文保留：数字过大，像是年份或数量",
		"“2019、” looks like a number but is kept as text: the number is too large: a year or an amount", ""},
	{ast.CodeNotAHeading, []string{"alone", "其一"},
		"「其一」看起来像编号，但前后没有同一列表的其他条目，作为正文保留",
		"“其一” looks like a number but no other item of its list is near, so it is kept as text", ""},
	{ast.CodeMarkerPunctuation, []string{"han-dun", "一."},
		"「一.」中汉字数字后应使用顿号「、」（GB/T 15834—2011 附录 B.3）",
		"“一.”: a Chinese numeral takes the enumeration comma “、” (GB/T 15834-2011, Appendix B.3)", ""},
	{ast.CodeMarkerPunctuation, []string{"paren", "（一）、"},
		"「（一）、」括号序号后不再加标点（GB/T 15834—2011 附录 B.3）",
		"“（一）、”: a bracketed number takes no mark after it (GB/T 15834-2011, Appendix B.3)", ""},
	{ast.CodeMarkerPunctuation, []string{"arabic-dot", "1、"},
		"「1、」阿拉伯数字序号后应使用下脚点「.」（GB/T 15834—2011 附录 B.3）",
		"“1、”: an Arabic numeral takes a full stop “.” (GB/T 15834-2011, Appendix B.3)", ""},
	{ast.CodeBracketMismatch, []string{"（一)"},
		"「（一)」前后括号不配套（全角与半角混用）", "“（一)”: the brackets do not match (full-width and half-width mixed)", ""},
	{ast.CodeClosingMissing, nil,
		"讲话没有结束语（如「以上发言不妥之处，请批评指正」「谢谢大家」）",
		"the speech has no closing remark (such as “以上发言不妥之处，请批评指正” or “谢谢大家”)",
		"讲话没有结束语（如“以上发言不妥之处，请批评指正”“谢谢大家”）"},
	{ast.CodeEncoding, []string{"replaced", "2", "gb18030"},
		"有 2 个字符无法按 gb18030 解码，已替换为 U+FFFD",
		"2 characters could not be decoded as gb18030 and were replaced with U+FFFD", ""},
	{ast.CodeEncoding, []string{"doubt", "gb18030", "big5"},
		"编码难以判断：按 gb18030 读取，也可能是 big5（可指定编码）",
		"the encoding is hard to tell: read as gb18030, it may be big5 (name it with --encoding)", ""},
	{ast.CodeNotAHeading, []string{"inline", "二是"},
		"「二是」接续前文段落中的列举，作为正文保留",
		"“二是” goes on with a list the paragraph before began, so it is kept as text", ""},
	{ast.CodeContentInNoise, []string{"heading", "12", "9", "ad"},
		"第 12 行像是编号标题，与第 9 行同属一个序列，却被当作杂项（ad）：讲话内容可能被误删",
		"line 12 looks like a numbered heading of the same list as line 9, but was set aside as boilerplate (ad): speech text may have been removed", ""},
	{ast.CodeContentInNoise, []string{"share", "73", "license", "40", "388"},
		"被当作杂项的文字占全文的 73%，而文中有编号标题：讲话内容可能被误删（最大的一段是 license，第 40–388 行）",
		"73% of the text was set aside as boilerplate though the text has numbered headings: speech text may have been removed (the largest stretch is license, lines 40–388)", ""},
}

// TestDiagnosticRendering: a diagnostic with its arguments reads in
// either language; the Chinese is the parser's own message (bar the
// quotation marks of closing-missing, which keep to 「」).
func TestDiagnosticRendering(t *testing.T) {
	zh, en := New(Chinese), New(English)
	covered := map[ast.Code]bool{}
	for _, tt := range diagnosticCases {
		covered[tt.code] = true
		message := tt.message
		if message == "" {
			message = tt.zh
		}
		d := ast.Diagnostic{Code: tt.code, Severity: tt.code.DefaultSeverity(), Message: message, Args: tt.args}
		if got := zh.Diagnostic(d); got != tt.zh {
			t.Errorf("%s %v zh:\n got %s\nwant %s", tt.code, tt.args, got, tt.zh)
		}
		if got := en.Diagnostic(d); got != tt.en {
			t.Errorf("%s %v en:\n got %s\nwant %s", tt.code, tt.args, got, tt.en)
		}
	}
	for code := range DiagnosticArgs {
		if !covered[code] {
			t.Errorf("no rendering test for %s", code)
		}
	}
}

// TestDiagnosticFallsBack: without arguments, or with arguments that do
// not fit the code, a diagnostic shows the parser's Chinese message in
// either language.
func TestDiagnosticFallsBack(t *testing.T) {
	const msg = "编号不连续：「一、」之后是「三、」，中间缺少 1 项"
	for _, args := range [][]string{nil, {"一、"}, {"一、", "三、", "1", "x"}} {
		d := ast.Diagnostic{Code: ast.CodeNumberingGap, Message: msg, Args: args}
		for _, l := range Langs() {
			if got := New(l).Diagnostic(d); got != msg {
				t.Errorf("%s %v: %s", l, args, got)
			}
		}
	}
	odd := []ast.Diagnostic{
		{Code: ast.CodeImpliedParent, Message: msg, Args: []string{"sideways", "一、", "二、"}},
		{Code: ast.CodeNotAHeading, Message: msg, Args: []string{"trap", "一、", "no-such-reason"}},
		{Code: "content-in-noise", Message: msg, Args: []string{"x"}},
	}
	for _, d := range odd {
		if got := New(English).Diagnostic(d); got != msg {
			t.Errorf("%v: %s", d.Args, got)
		}
	}
	if got := New(English).Diagnostic(ast.Diagnostic{Code: "content-in-noise"}); got != "content-in-noise" {
		t.Errorf("no message, no args: %q", got)
	}
}

// TestReasonsInCatalog: every reason a not-a-heading diagnostic can name
// has its message.
func TestReasonsInCatalog(t *testing.T) {
	for _, r := range NotAHeadingReasons {
		for _, l := range Langs() {
			if !New(l).Has("reason." + r) {
				t.Errorf("%s: no reason.%s", l, r)
			}
		}
	}
}

// TestFillAsSprintf: fill writes every pattern of a diagnostic, in either
// language, as message.Printer's Sprintf does, and takes all of them.
func TestFillAsSprintf(t *testing.T) {
	args := []string{"一、", "％5%", "「三」", "4", "%[1]s"}
	for _, lang := range []Lang{Chinese, English} {
		p := New(lang)
		for key, pattern := range catalogs[lang] {
			if !strings.HasPrefix(key, "diag.") {
				continue
			}
			n := strings.Count(pattern, "%[")
			got, ok := fill(pattern, args[:n])
			if !ok {
				t.Errorf("%s %s: fill refuses %q", lang, key, pattern)
				continue
			}
			values := make([]any, n)
			for i, a := range args[:n] {
				values[i] = a
			}
			if want := p.T(key, values...); got != want {
				t.Errorf("%s %s: fill gives %q, Sprintf %q", lang, key, got, want)
			}
		}
	}
	for _, pattern := range []string{"%d", "%[1]d", "%[2]s", "%", "%[1]"} {
		if _, ok := fill(pattern, []string{"x"}); ok {
			t.Errorf("fill takes %q", pattern)
		}
	}
}
