package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dagang/dagang/ast"
)

// exitFindings is check's status when a finding reaches --fail-on. A file
// that cannot be read or decoded makes check end with exitUsage, as the
// command's contract says, after the other files were checked.
const exitFindings = 1

type checkOptions struct {
	format string // text or json
	failOn string // the least severity that fails the check
	batch  batchOptions
}

func newCheckCmd() *cobra.Command {
	opts := &checkOptions{format: "text", failOn: string(ast.SeverityError)}
	cmd := &cobra.Command{
		Use:   "check FILE|DIR|- ...",
		Short: "Report the numbering slips of speeches",
		Long: `Check speeches ("-" reads standard input) for structural slips and print one
line per finding, sorted by file and position (a directory is walked for the
files --include matches, in lexical order; -j files are checked at a time):

  FILE:LINE:COL: SEVERITY: MESSAGE [CODE]

Columns count characters. Messages are Chinese; codes are English and stable:
  error    numbering-gap, numbering-duplicate, numbering-order, bracket-mismatch
  warning  mixed-style, list-starts-late, implied-parent, announced-count,
           empty-title, marker-punctuation (GB/T 15834-2011 B.3), encoding
  info     not-a-heading, closing-missing

The same findings are the "diagnostics" of dagang parse. Exit status: 0 when
no finding reaches --fail-on, 1 when one does, 2 on a usage error or when a
file could not be read or decoded (the other files are still checked).`,
		Example: "  dagang check speech.txt\n  dagang check --fail-on warning --format json *.txt\n" +
			"  dagang check -j 4 --include '*.txt' corpus/",
		Args: func(cmd *cobra.Command, args []string) error {
			if err := cobra.MinimumNArgs(1)(cmd, args); err != nil {
				return usageError(err)
			}
			return nil
		},
		PreRun: prepareGrammar,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runCheck(cmd, opts, args)
		},
	}
	cmd.Flags().Var(&choiceValue{&opts.format, []string{"text", "json"}}, "format", "output format: text or json")
	cmd.Flags().Var(&choiceValue{&opts.failOn, []string{"error", "warning", "info"}}, "fail-on",
		"exit 1 when a finding is at least this severe: error, warning or info")
	addBatchFlags(cmd, &opts.batch, false)
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

func runCheck(cmd *cobra.Command, opts *checkOptions, args []string) error {
	if err := opts.batch.check(); err != nil {
		return usageError(err)
	}
	plan, err := planInputs(args, opts.batch.include)
	if err != nil {
		return usageError(err)
	}
	render := func(doc *ast.Document) ([]finding, error) {
		return findingsOf(doc.Source.Name, doc.Diagnostics), nil
	}
	var findings []finding
	unread, err := runFiles(newBatchRun(cmd, opts.batch), plan, render, false, func(r fileResult[[]finding]) error {
		findings = append(findings, r.value...)
		return nil
	})
	if err != nil {
		return err
	}
	if err := writeFindings(cmd.OutOrStdout(), opts.format, findings); err != nil {
		return err
	}
	if unread > 0 {
		return errSilent{exitUsage}
	}
	least := ast.Severity(opts.failOn).Weight()
	for _, f := range findings {
		if f.Severity.Weight() >= least {
			return errSilent{exitFindings}
		}
	}
	return nil
}

// findingsOf turns a document's diagnostics into findings sorted by
// position.
func findingsOf(path string, ds []ast.Diagnostic) []finding {
	sorted := slices.Clone(ds)
	ast.SortDiagnostics(sorted)
	out := make([]finding, 0, len(sorted))
	for _, d := range sorted {
		out = append(out, finding{File: path, Line: d.Line, Column: d.Column, Severity: d.Severity,
			Code: d.Code, Message: d.Message, Span: d.Span})
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
		fmt.Fprintf(bw, "%s:%d:%d: %s: %s [%s]\n", f.File, f.Line, f.Column, f.Severity, f.Message, f.Code)
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

// choiceValue is a flag that takes one of a few words; any other word is a
// usage error when the command line is parsed.
type choiceValue struct {
	value   *string
	choices []string
}

func (c *choiceValue) String() string { return *c.value }

func (c *choiceValue) Set(s string) error {
	if !slices.Contains(c.choices, s) {
		return fmt.Errorf("must be one of %s", strings.Join(c.choices, ", "))
	}
	*c.value = s
	return nil
}

func (c *choiceValue) Type() string { return strings.Join(c.choices, "|") }
