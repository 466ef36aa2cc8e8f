package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"slices"

	"github.com/spf13/cobra"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/internal/i18n"
)

type checkOptions struct {
	failOn string // the least severity that fails the check
	batch  batchOptions
}

func (a *app) newCheckCmd() *cobra.Command {
	p := a.p
	opts := &checkOptions{failOn: string(ast.SeverityError)}
	cmd := &cobra.Command{
		Use:     p.T("check.use"),
		Short:   p.T("check.short"),
		Long:    p.T("check.long"),
		Example: p.T("check.example"),
		PreRun:  prepareGrammar,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runCheck(cmd, opts, args)
		},
	}
	a.addCommonFlags(cmd, &opts.batch.commonOptions, withFormat|withOutput|withJobs|withMaxInput|withEncoding, "text", "json")
	a.choiceFlag(cmd, &opts.failOn, "fail-on", "", p.T("flag.fail-on"), []string{"error", "warning", "info"}, "severity.")
	a.addBatchFlags(cmd, &opts.batch, false)
	return cmd
}

// finding is a diagnostic of one file, as check prints it.
type finding struct {
	File     string       `json:"file"`
	Line     int          `json:"line"`
	Column   int          `json:"column"`
	Severity ast.Severity `json:"severity"`
	Code     ast.Code     `json:"code"`
	Message  string       `json:"message"`
	Span     ast.Span     `json:"span"`
}

func (a *app) runCheck(cmd *cobra.Command, opts *checkOptions, args []string) error {
	if err := opts.batch.check(a); err != nil {
		return err
	}
	if err := a.checkEncoding(opts.batch.encoding); err != nil {
		return err
	}
	args, err := a.inputArgs(args)
	if err != nil {
		return err
	}
	plan, err := a.planInputs(args, opts.batch.include)
	if err != nil {
		return err
	}
	out, err := a.openOutput(cmd, opts.batch.output)
	if err != nil {
		return err
	}
	return out.close(a.check(cmd, out, opts, plan))
}

func (a *app) check(cmd *cobra.Command, out io.Writer, opts *checkOptions, plan inputPlan) error {
	render := func(doc *ast.Document) ([]finding, error) {
		return findingsOf(a.p, doc.Source.Name, doc.Diagnostics), nil
	}
	var findings []finding
	unread, err := runFiles(a.newBatchRun(cmd, opts.batch), plan, render, false, func(r fileResult[[]finding]) error {
		findings = append(findings, r.value...)
		return nil
	})
	if err != nil {
		return err
	}
	if err := writeFindings(out, opts.batch.format, findings); err != nil {
		return err
	}
	if unread > 0 {
		return errSilent{exitInput}
	}
	least := ast.Severity(opts.failOn).Weight()
	for _, f := range findings {
		if f.Severity.Weight() >= least {
			return errSilent{exitInput}
		}
	}
	return nil
}

// findingsOf turns a document's diagnostics into findings sorted by
// position.
func findingsOf(p *i18n.Printer, path string, ds []ast.Diagnostic) []finding {
	sorted := slices.Clone(ds)
	ast.SortDiagnostics(sorted)
	out := make([]finding, 0, len(sorted))
	for _, d := range sorted {
		out = append(out, finding{File: path, Line: d.Line, Column: d.Column, Severity: d.Severity,
			Code: d.Code, Message: p.Diagnostic(d), Span: d.Span})
	}
	return out
}

func writeFindings(w io.Writer, format string, findings []finding) error {
	bw := bufio.NewWriter(w)
	if format == "json" {
		enc := json.NewEncoder(bw)
		enc.SetEscapeHTML(false)
		enc.SetIndent("", "  ")
		if findings == nil {
			findings = []finding{}
		}
		if err := enc.Encode(findings); err != nil {
			return err
		}
		return bw.Flush()
	}
	for _, f := range findings {
		fmt.Fprintf(bw, "%s:%d:%d: %s: %s [%s]\n", quoteName(f.File), f.Line, f.Column, f.Severity, f.Message, f.Code)
	}
	return bw.Flush()
}

func countOf(ss []string, s string) int {
	n := 0
	for _, x := range ss {
		if x == s {
			n++
		}
	}
	return n
}
