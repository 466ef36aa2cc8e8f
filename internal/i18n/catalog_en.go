package i18n

// english is the English catalog. Quotation marks: “”.
var english = map[string]string{
	// Diagnostics (DiagnosticArgs says what each argument is).
	"diag.numbering-gap":                 "numbering skips: “%[2]s” follows “%[1]s”, %[3]s missing between them",
	"diag.numbering-duplicate":           "numbering repeats: “%[1]s” has the same number as “%[2]s” before it",
	"diag.numbering-order":               "numbering out of order: “%[1]s” comes after “%[2]s”",
	"diag.mixed-style":                   "numbering styles mixed: “%[1]s” is in another style than its sibling “%[2]s”",
	"diag.list-starts-late":              "the list starts at “%[1]s”: number 1 is missing",
	"diag.implied-parent.restart":        "“%[1]s” numbers from 1 again: a parent heading “%[2]s” seems to be missing before it",
	"diag.implied-parent.missing":        "“%[2]s” is missing before “%[1]s”: the %[3]s items before it are taken to belong to an implied parent heading",
	"diag.announced-count":               "the text announces “%[1]s”, but %[2]s headings follow",
	"diag.empty-title":                   "no heading text after “%[1]s”",
	"diag.not-a-heading.trap":            "“%[1]s” looks like a number but is kept as text: %[2]s",
	"diag.not-a-heading.alone":           "“%[1]s” looks like a number but no other item of its list is near, so it is kept as text",
	"diag.marker-punctuation.han-dun":    "“%[1]s”: a Chinese numeral takes the enumeration comma “、” (GB/T 15834-2011, Appendix B.3)",
	"diag.marker-punctuation.paren":      "“%[1]s”: a bracketed number takes no mark after it (GB/T 15834-2011, Appendix B.3)",
	"diag.marker-punctuation.arabic-dot": "“%[1]s”: an Arabic numeral takes a full stop “.” (GB/T 15834-2011, Appendix B.3)",
	"diag.bracket-mismatch":              "“%[1]s”: the brackets do not match (full-width and half-width mixed)",
	"diag.closing-missing":               "the speech has no closing remark (such as “以上发言不妥之处，请批评指正” or “谢谢大家”)",
	"diag.encoding":                      "%[1]s characters could not be decoded as %[2]s and were replaced with U+FFFD",

	"reason.large-number":   "the number is too large: a year or an amount",
	"reason.decimal":        "a digit follows the mark: a decimal or a list of numbers (as in 1.5 or 1、2)",
	"reason.numeral-series": "another numeral and mark follow: a series of numbers (as in 十、百、千)",
	"reason.numeral-pair":   "two numerals make one phrase (as in 一、二线城市)",
	"reason.one-is-one":     "a saying (“一是一，二是二”), not a list",
}
