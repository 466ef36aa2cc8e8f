package i18n

import (
	"strings"

	"github.com/dagang/dagang/ast"
)

// DiagnosticArgs says, for each diagnostic code, what ast.Diagnostic.Args
// holds, in order: the message of a code is rendered from its catalog
// entry "diag.CODE" (or "diag.CODE.FORM" for a code with several forms,
// whose first argument is the form) with these arguments. Numbers are
// written in decimal digits.
var DiagnosticArgs = map[ast.Code][]DiagnosticForm{
	ast.CodeNumberingGap:       {{"", []string{"the marker before", "the marker", "how many numbers are missing"}}},
	ast.CodeNumberingDuplicate: {{"", []string{"the marker", "the marker before, of the same number"}}},
	ast.CodeNumberingOrder:     {{"", []string{"the marker", "the marker before, of a higher number"}}},
	ast.CodeMixedStyle:         {{"", []string{"the marker", "the marker of the sibling before, in another style"}}},
	ast.CodeListStartsLate:     {{"", []string{"the marker"}}},
	ast.CodeImpliedParent: {
		{"restart", []string{"the marker that numbers from 1 again", "the implied parent's marker"}},
		{"missing", []string{"the marker", "the implied parent's marker", "how many items before it belong to the implied parent"}},
	},
	ast.CodeAnnouncedCount: {{"", []string{"the announcement as written (从以下三个方面)", "how many headings follow"}}},
	ast.CodeEmptyTitle:     {{"", []string{"the marker"}}},
	ast.CodeNotAHeading: {
		{"trap", []string{"the marker", "why it is text: one of " + strings.Join(NotAHeadingReasons, ", ")}},
		{"alone", []string{"the marker (no other item of its list around it)"}},
		{"inline", []string{"the marker (its list began in a paragraph before it)"}},
	},
	ast.CodeMarkerPunctuation: {
		{"han-dun", []string{"the marker (一. 一， written for 一、)"}},
		{"paren", []string{"the marker (（一）、 with a mark after the bracket)"}},
		{"arabic-dot", []string{"the marker (1、 written for 1.)"}},
	},
	ast.CodeBracketMismatch: {{"", []string{"the marker"}}},
	ast.CodeClosingMissing:  {{"", nil}},
	ast.CodeEncoding: {
		{"replaced", []string{"how many characters were replaced", "the encoding"}},
		{"doubt", []string{"the encoding the text was read in", "the encoding it may be instead"}},
	},
	ast.CodeContentInNoise: {
		{"heading", []string{"the line set aside", "the line of another item of its list", "the kind of boilerplate"}},
		{"share", []string{"the share of the text set aside, in per cent", "the largest stretch's kind", "its first line", "its last line"}},
	},
}

// A DiagnosticForm is one form of a code's message: its name (the first
// argument, for a code with several forms; "" for a code with one) and
// what each of the arguments after it is.
type DiagnosticForm struct {
	Form string
	Args []string
}

// NotAHeadingReasons are the reasons a not-a-heading diagnostic of form
// "trap" gives, by name: the catalog's "reason.NAME".
var NotAHeadingReasons = []string{
	"large-number",   // 2019、: too large for a heading, a year or an amount
	"decimal",        // 1.5亿: a digit right after the mark
	"numeral-series", // 十、百、千 or 一，二，三: another numeral and mark after it
	"numeral-pair",   // 一、二线城市, 二、三年: two numerals as one phrase
	"one-is-one",     // 一是一，二是二: a saying, not a list
}

// Diagnostic is the message of d in the Printer's language, rendered from
// its code and d.Args. When d.Args does not fit the code's forms (empty,
// as the parser leaves it today, or of another length), the message is
// d.Message as the parser wrote it, in Chinese.
func (p *Printer) Diagnostic(d ast.Diagnostic) string {
	if msg, ok := p.diagnostic(d.Code, d.Args); ok {
		return msg
	}
	if d.Message != "" {
		return d.Message
	}
	return string(d.Code)
}

func (p *Printer) diagnostic(code ast.Code, args []string) (string, bool) {
	forms, ok := DiagnosticArgs[code]
	if !ok {
		return "", false
	}
	key := "diag." + string(code)
	want := forms[0]
	if len(forms) > 1 || forms[0].Form != "" {
		if len(args) == 0 {
			return "", false
		}
		found := false
		for _, f := range forms {
			if f.Form == args[0] {
				want, found = f, true
			}
		}
		if !found {
			return "", false
		}
		key += "." + args[0]
		args = args[1:]
	}
	if len(args) != len(want.Args) || !p.Has(key) {
		return "", false
	}
	if code == ast.CodeNotAHeading && want.Form == "trap" {
		reason := "reason." + args[1]
		if !p.Has(reason) {
			return "", false
		}
		args = []string{args[0], p.T(reason)}
	}
	if msg, ok := fill(catalogs[p.lang][key], args); ok {
		return msg, true
	}
	values := make([]any, len(args))
	for i, a := range args {
		values[i] = a
	}
	return p.T(key, values...), true
}

// fill writes pattern with its verbs %[n]s replaced by args[n-1] and %%
// by %, and reports false for a pattern with any other verb. It is
// message.Printer's Sprintf for the patterns of diagnostics, which are
// all of this kind: the parser writes a message for every diagnostic it
// makes, and a corpus has many (TestFillAsSprintf pins it to Sprintf).
func fill(pattern string, args []string) (string, bool) {
	var b strings.Builder
	b.Grow(len(pattern) + 32)
	for {
		i := strings.IndexByte(pattern, '%')
		if i < 0 {
			b.WriteString(pattern)
			return b.String(), true
		}
		b.WriteString(pattern[:i])
		rest := pattern[i+1:]
		if strings.HasPrefix(rest, "%") {
			b.WriteByte('%')
			pattern = rest[1:]
			continue
		}
		// %[n]s with n one digit, 1 to len(args).
		if len(rest) < 4 || rest[0] != '[' || rest[2] != ']' || rest[3] != 's' || rest[1] < '1' || int(rest[1]-'0') > len(args) {
			return "", false
		}
		b.WriteString(args[rest[1]-'1'])
		pattern = rest[4:]
	}
}
