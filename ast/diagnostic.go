package ast

import (
	"cmp"
	"slices"
)

// Severity says how much a diagnostic matters.
type Severity string

// The severities, most serious first.
const (
	SeverityError   Severity = "error"
	SeverityWarning Severity = "warning"
	SeverityInfo    Severity = "info"
)

// Weight orders severities: error 3, warning 2, info 1, anything else 0.
func (s Severity) Weight() int {
	switch s {
	case SeverityError:
		return 3
	case SeverityWarning:
		return 2
	case SeverityInfo:
		return 1
	}
	return 0
}

// Code names a kind of problem. Codes are English and stable; messages are
// Chinese and may change.
type Code string

// The diagnostic codes.
const (
	CodeNumberingGap       Code = "numbering-gap"       // 一、 then 三、
	CodeNumberingDuplicate Code = "numbering-duplicate" // 二、 twice
	CodeNumberingOrder     Code = "numbering-order"     // 三、 before 二、
	CodeMixedStyle         Code = "mixed-style"         // 一是 then 二、
	CodeListStartsLate     Code = "list-starts-late"    // a list whose first item is 二是
	CodeImpliedParent      Code = "implied-parent"      // a parent the numbering proves but the text lacks
	CodeAnnouncedCount     Code = "announced-count"     // 从以下三个方面 but four sections
	CodeEmptyTitle         Code = "empty-title"         // a marker with no heading text
	CodeNotAHeading        Code = "not-a-heading"       // looks numbered, kept as text
	CodeMarkerPunctuation  Code = "marker-punctuation"  // 一. or （一）、 (GB/T 15834-2011 B.3)
	CodeBracketMismatch    Code = "bracket-mismatch"    // （一) or (一）
	CodeClosingMissing     Code = "closing-missing"     // no closing formula
	CodeEncoding           Code = "encoding"            // bytes that had to be replaced
	CodeContentInNoise     Code = "content-in-noise"    // speech text set aside as boilerplate
)

// Codes lists every code, most serious first, as docs/json.md does.
func Codes() []Code {
	return []Code{CodeNumberingGap, CodeNumberingDuplicate, CodeNumberingOrder, CodeBracketMismatch,
		CodeMixedStyle, CodeListStartsLate, CodeImpliedParent, CodeAnnouncedCount, CodeEmptyTitle,
		CodeMarkerPunctuation, CodeEncoding, CodeContentInNoise, CodeNotAHeading, CodeClosingMissing}
}

// DefaultSeverity is the severity a code is reported with.
func (c Code) DefaultSeverity() Severity {
	switch c {
	case CodeNumberingGap, CodeNumberingDuplicate, CodeNumberingOrder, CodeBracketMismatch:
		return SeverityError
	case CodeMixedStyle, CodeListStartsLate, CodeImpliedParent, CodeAnnouncedCount,
		CodeEmptyTitle, CodeMarkerPunctuation, CodeEncoding, CodeContentInNoise:
		return SeverityWarning
	}
	return SeverityInfo
}

// Diagnostic is a problem found in the document itself.
type Diagnostic struct {
	Severity Severity `json:"severity"`
	Code     Code     `json:"code"`
	Message  string   `json:"message"`
	Line     int      `json:"line"`
	Column   int      `json:"column"` // 1-based, in characters (runes) of the line
	Span     Span     `json:"span"`   // the text the diagnostic is about
	// Args are the message's parameters, in the order its code defines
	// (below), so that the message can be written in another language
	// than Message's Chinese (dagang check --lang en). Not encoded in
	// JSON for now. A diagnostic without Args is shown with Message.
	//
	// For a code with several forms the first argument names the form.
	// Numbers are written in decimal digits.
	//
	//   numbering-gap        marker before, marker, how many are missing
	//   numbering-duplicate  marker, marker before (of the same number)
	//   numbering-order      marker, marker before (of a higher number)
	//   mixed-style          marker, marker of the sibling before
	//   list-starts-late     marker
	//   implied-parent       "restart", marker (numbering from 1 again), implied parent's marker
	//                        "missing", marker, implied parent's marker, how many items before belong to it
	//   announced-count      announcement as written, how many headings follow
	//   empty-title          marker
	//   not-a-heading        "trap", marker, reason: large-number, decimal, numeral-series,
	//                                    numeral-pair or one-is-one
	//                        "alone", marker (no other item of its list around it)
	//                        "inline", marker (its list began in a paragraph before it)
	//   marker-punctuation   "han-dun", marker (一. 一，) | "paren", marker (（一）、) |
	//                        "arabic-dot", marker (1、)
	//   bracket-mismatch     marker
	//   closing-missing      (none)
	//   encoding             "replaced", how many characters were replaced, encoding name |
	//                        "doubt", encoding the text was read in, encoding it may be instead
	//   content-in-noise     "heading", line set aside, line of its list's other item, noise kind |
	//                        "share", per cent of the text set aside, largest stretch's kind,
	//                        its first line, its last line
	Args []string `json:"-"`
}

// SortDiagnostics orders diagnostics by position, then by code, keeping the
// order of equal ones.
func SortDiagnostics(ds []Diagnostic) {
	slices.SortStableFunc(ds, func(a, b Diagnostic) int {
		if a.Line != b.Line {
			return cmp.Compare(a.Line, b.Line)
		}
		if a.Column != b.Column {
			return cmp.Compare(a.Column, b.Column)
		}
		return cmp.Compare(a.Code, b.Code)
	})
}
