package serve

import (
	"encoding/json"
	"io"
	"slices"

	"github.com/dagang/dagang/ast"
)

// writeFindingsJSON writes the diagnostics of one input exactly as
// `dagang check --format json` prints them for that file: an indented
// array of findings sorted by position, each naming the file. The command
// renders its reports in package main; when they move to a package of
// their own this function is that package's JSON report for one file.
func writeFindingsJSON(w io.Writer, file string, ds []ast.Diagnostic) error {
	type finding struct {
		File     string       `json:"file"`
		Line     int          `json:"line"`
		Column   int          `json:"column"`
		Severity ast.Severity `json:"severity"`
		Code     ast.Code     `json:"code"`
		Message  string       `json:"message"`
		Span     ast.Span     `json:"span"`
	}
	sorted := slices.Clone(ds)
	ast.SortDiagnostics(sorted)
	findings := make([]finding, 0, len(sorted))
	for _, d := range sorted {
		findings = append(findings, finding{File: file, Line: d.Line, Column: d.Column, Severity: d.Severity,
			Code: d.Code, Message: d.Message, Span: d.Span})
	}
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	return enc.Encode(findings)
}
