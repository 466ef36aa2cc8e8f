package main

import (
	"io"

	"github.com/spf13/cobra"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/report"
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
	a.addCommonFlags(cmd, &opts.batch.commonOptions, withFormat|withOutput|withJobs|withMaxInput|withEncoding, report.Formats()...)
	a.choiceFlag(cmd, &opts.failOn, "fail-on", "", p.T("flag.fail-on"), []string{"error", "warning", "info"}, "severity.")
	a.addBatchFlags(cmd, &opts.batch, false)
	return cmd
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
	render := func(doc *ast.Document) ([]report.Finding, error) {
		return report.Findings(doc, a.p), nil
	}
	var findings []report.Finding
	unread, err := runFiles(a.newBatchRun(cmd, opts.batch), plan, render, false, func(r fileResult[[]report.Finding]) error {
		findings = append(findings, r.value...)
		return nil
	})
	if err != nil {
		return err
	}
	err = report.Write(out, opts.batch.format, findings, report.Options{Printer: a.p, Version: versionString()})
	if err != nil {
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

func countOf(ss []string, s string) int {
	n := 0
	for _, x := range ss {
		if x == s {
			n++
		}
	}
	return n
}
