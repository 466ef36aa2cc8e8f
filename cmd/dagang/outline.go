package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/export"
)

type outlineOptions struct {
	all      bool
	maxChars int
	batch    batchOptions
}

func (a *app) newOutlineCmd() *cobra.Command {
	p := a.p
	opts := &outlineOptions{}
	cmd := &cobra.Command{
		Use:     p.T("outline.use"),
		Short:   p.T("outline.short"),
		Long:    p.T("outline.long", a.formatList()),
		Example: p.T("outline.example"),
		PreRun:  prepareGrammar,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runOutlineCommand(cmd, opts, args)
		},
	}
	a.addCommonFlags(cmd, &opts.batch.commonOptions, withFormat|withOutput|withJobs|withMaxInput|withEncoding, export.Names()...)
	cmd.Flags().BoolVar(&opts.all, "all", false, p.T("flag.all"))
	cmd.Flags().IntVar(&opts.maxChars, "max-chars", 0, p.T("flag.max-chars"))
	a.addBatchFlags(cmd, &opts.batch, true)
	return cmd
}

// formatList is one line per format for the help text.
func (a *app) formatList() string {
	var b strings.Builder
	for _, e := range export.All() {
		fmt.Fprintf(&b, "  %-9s %s\n", e.Name(), a.formatSummary(e))
	}
	return b.String()
}

// formatSummary says what a format is for, in the chosen language.
func (a *app) formatSummary(e export.Exporter) string {
	if key := "format." + e.Name(); a.p.Has(key) {
		return a.p.T(key)
	}
	return e.Summary()
}

const chunksFormat = "chunks"

// runOutlineCommand writes the outline of one input, as it always has, or
// of many.
func (a *app) runOutlineCommand(cmd *cobra.Command, opts *outlineOptions, args []string) error {
	exporter, err := export.Lookup(opts.batch.format)
	if err != nil {
		return usageError(err.Error())
	}
	if err := a.checkOutlineOptions(opts); err != nil {
		return err
	}
	args, err = a.inputArgs(args)
	if err != nil {
		return err
	}
	plan, err := a.planInputs(args, opts.batch.include)
	if err != nil {
		return err
	}
	separator, joins := outputSeparator(opts.batch.format)
	if !plan.single() && !joins {
		// The format holds one outline: the directories are walked first
		// to tell whether they hold more than one input.
		if n := plan.count(); n > 1 {
			return usageError(a.p.T("err.one-root", opts.batch.format, n))
		}
	}
	out, err := a.openOutput(cmd, opts.batch.output)
	if err != nil {
		return err
	}
	if plan.single() {
		return out.close(a.runOutline(out, opts, exporter, args[0]))
	}
	return out.close(a.runOutlines(cmd, out, opts, exporter, plan, separator))
}

func (a *app) runOutline(out io.Writer, opts *outlineOptions, exporter export.Exporter, path string) error {
	doc, restore, err := a.parseOne(path, opts.batch.commonOptions)
	if err != nil {
		return err
	}
	defer restore()
	return exporter.Export(out, doc, a.exportOptions(opts))
}

// outputSeparator is what goes between the outlines of two inputs in a
// format, and whether the format can hold more than one: a blank line
// between outlines to read, nothing between JSON Lines. The formats that
// make one XML or Mermaid document with one root cannot.
func outputSeparator(format string) (separator string, joins bool) {
	switch format {
	case "text", "markdown":
		return "\n", true
	case chunksFormat, "json":
		return "", true
	}
	return "", false
}

// runOutlines writes the outline of every input, in input order unless
// --unordered, separated by separator.
func (a *app) runOutlines(cmd *cobra.Command, out io.Writer, opts *outlineOptions, exporter export.Exporter, inputs inputPlan, separator string) error {
	render := func(doc *ast.Document) ([]byte, error) {
		var b bytes.Buffer
		err := exporter.Export(&b, doc, a.exportOptions(opts))
		return b.Bytes(), err
	}
	w := bufio.NewWriterSize(out, 256<<10)
	written := 0
	failed, err := runFiles(a.newBatchRun(cmd, opts.batch), inputs, render, true, func(r fileResult[[]byte]) error {
		if r.err != nil {
			return nil // reported on stderr
		}
		if written > 0 {
			if _, err := w.WriteString(separator); err != nil {
				return err
			}
		}
		written++
		_, err := w.Write(r.value)
		return err
	})
	if err != nil {
		return err
	}
	return finishLines(w, failed)
}

func (a *app) exportOptions(o *outlineOptions) export.Options {
	return export.Options{All: o.all, MaxChars: o.maxChars, Untitled: a.p.T("placeholder.untitled")}
}

// checkOutlineOptions refuses the chunks options with other formats,
// where they would silently do nothing.
func (a *app) checkOutlineOptions(o *outlineOptions) error {
	if err := o.batch.check(a); err != nil {
		return err
	}
	if err := a.checkEncoding(o.batch.encoding); err != nil {
		return err
	}
	if o.maxChars < 0 {
		return usageError(a.p.T("err.max-chars", o.maxChars))
	}
	if o.batch.format != chunksFormat && (o.all || o.maxChars != 0) {
		return usageError(a.p.T("err.chunks-only"))
	}
	return nil
}
