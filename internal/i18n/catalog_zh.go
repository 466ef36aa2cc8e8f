package i18n

// chinese is the Chinese catalog. Quotation marks: 「」.
var chinese = map[string]string{
	// Diagnostics (DiagnosticArgs says what each argument is).
	"diag.numbering-gap":                 "编号不连续：「%[1]s」之后是「%[2]s」，中间缺少 %[3]s 项",
	"diag.numbering-duplicate":           "编号重复：「%[1]s」与前一条「%[2]s」编号相同",
	"diag.numbering-order":               "编号顺序颠倒：「%[1]s」出现在「%[2]s」之后",
	"diag.mixed-style":                   "编号样式混用：「%[1]s」与同级的「%[2]s」样式不同",
	"diag.list-starts-late":              "列表从「%[1]s」开始，前面缺少编号 1",
	"diag.implied-parent.restart":        "「%[1]s」重新从 1 编号，推断前面缺少上级标题「%[2]s」",
	"diag.implied-parent.missing":        "「%[1]s」之前缺少「%[2]s」，推断前面的 %[3]s 项属于隐含的上级标题",
	"diag.announced-count":               "前文说「%[1]s」，其后有 %[2]s 个同级标题",
	"diag.empty-title":                   "「%[1]s」后没有标题文字",
	"diag.not-a-heading.trap":            "「%[1]s」看起来像编号，但作为正文保留：%[2]s",
	"diag.not-a-heading.alone":           "「%[1]s」看起来像编号，但前后没有同一列表的其他条目，作为正文保留",
	"diag.marker-punctuation.han-dun":    "「%[1]s」中汉字数字后应使用顿号「、」（GB/T 15834—2011 附录 B.3）",
	"diag.marker-punctuation.paren":      "「%[1]s」括号序号后不再加标点（GB/T 15834—2011 附录 B.3）",
	"diag.marker-punctuation.arabic-dot": "「%[1]s」阿拉伯数字序号后应使用下脚点「.」（GB/T 15834—2011 附录 B.3）",
	"diag.bracket-mismatch":              "「%[1]s」前后括号不配套（全角与半角混用）",
	"diag.closing-missing":               "讲话没有结束语（如「以上发言不妥之处，请批评指正」「谢谢大家」）",
	"diag.encoding":                      "有 %[1]s 个字符无法按 %[2]s 解码，已替换为 U+FFFD",

	"reason.large-number":   "数字过大，像是年份或数量",
	"reason.decimal":        "标点后紧接数字，像是小数或并列的数字（如 1.5、1、2）",
	"reason.numeral-series": "标点后又是数字和标点，像是并列的数字（如 十、百、千）",
	"reason.numeral-pair":   "像是并列的数字（如 一、二线城市）",
	"reason.one-is-one":     "像是「一是一，二是二」式的说法",
}
