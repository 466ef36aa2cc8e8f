// Package report writes the findings of dagang check — the diagnostics
// of parsed documents — in the forms people and tools read: the text
// lines of go vet and gcc, JSON, SARIF 2.1.0 for code-scanning tools, and
// GitHub Actions workflow commands. The command line and the web server
// write their check output with it, so that both give the same.
package report

import (
	"fmt"
	"io"
	"slices"
	"unicode/utf8"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/internal/i18n"
)

// Finding is one diagnostic of one input, with its position counted in
// the three ways tools count.
type Finding struct {
	File string `json:"file"`
	// Line and Column are 1-based; Column counts characters (runes).
	Line   int `json:"line"`
	Column int `json:"column"`
	// ByteColumn is Column counted in bytes of the UTF-8 text, as gcc,
	// go vet, Vim and Emacs count; Offset is the byte offset of the
	// finding in the text (its span's start).
	ByteColumn int          `json:"byte_column"`
	Offset     int          `json:"offset"`
	Severity   ast.Severity `json:"severity"`
	Code       ast.Code     `json:"code"`
	Message    string       `json:"message"`
	Span       ast.Span     `json:"span"`
	// EndColumn is the column, in characters, just after the span's end
	// on the span's last line (for SARIF's regions).
	EndColumn int `json:"-"`
}

// Findings are the diagnostics of doc, sorted by position, their
// messages in p's language.
func Findings(doc *ast.Document, p *i18n.Printer) []Finding {
	ds := slices.Clone(doc.Diagnostics)
	ast.SortDiagnostics(ds)
	out := make([]Finding, 0, len(ds))
	for _, d := range ds {
		f := Finding{File: doc.Source.Name, Line: d.Line, Column: d.Column, Severity: d.Severity,
			Code: d.Code, Message: p.Diagnostic(d), Span: d.Span, Offset: d.Span.Start}
		f.ByteColumn = byteColumn(doc.Text, d.Span.Start, d.Column)
		f.EndColumn = endColumn(doc.Text, d.Span.End)
		out = append(out, f)
	}
	return out
}

// byteColumn is the 1-based column in bytes of the character at offset,
// which is column characters into its line: the line's start is found
// by stepping back over the characters before it.
func byteColumn(text string, offset, column int) int {
	if offset < 0 || offset > len(text) || column < 1 {
		return max(column, 1)
	}
	start := offset
	for k := 1; k < column && start > 0; k++ {
		_, size := utf8.DecodeLastRuneInString(text[:start])
		start -= size
	}
	return offset - start + 1
}

// endColumn is the 1-based column in characters just after offset on its
// line.
func endColumn(text string, offset int) int {
	offset = min(max(offset, 0), len(text))
	start := offset
	for start > 0 && text[start-1] != '\n' && text[start-1] != '\r' {
		start--
	}
	return utf8.RuneCountInString(text[start:offset]) + 1
}

// Formats are the formats Write writes.
func Formats() []string { return []string{"text", "json", "sarif", "github"} }

// Options are what a report says besides its findings.
type Options struct {
	// Printer writes the words of the report (SARIF's rule
	// descriptions) in its language.
	Printer *i18n.Printer
	// Version is dagang's version, for SARIF's tool.
	Version string
	// Codes are the rules the run checked, for SARIF's rule list: every
	// code of ast when nil.
	Codes []ast.Code
}

// Write writes findings to w in format.
func Write(w io.Writer, format string, findings []Finding, opt Options) error {
	if opt.Printer == nil {
		opt.Printer = i18n.New(i18n.English)
	}
	switch format {
	case "text":
		return writeText(w, findings)
	case "json":
		return writeJSON(w, findings)
	case "sarif":
		return writeSARIF(w, findings, opt)
	case "github":
		return writeGitHub(w, findings)
	}
	return fmt.Errorf("report: unknown format %q", format)
}
