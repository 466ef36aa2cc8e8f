package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/export"
)

type outlineOptions struct {
	format   string
	all      bool
	maxChars int
	batch    batchOptions
}

func newOutlineCmd() *cobra.Command {
	opts := &outlineOptions{}
	cmd := &cobra.Command{
		Use:   "outline FILE|DIR|- ...",
		Short: "Print the outline of a speech as text, Markdown, OPML, FreeMind, Mermaid or chunks",
		Long: `Parse a speech ("-" reads standard input) and print its outline in one of
these formats:

` + formatList() + `
chunks writes a JSON record per leaf section, and one for each speech's
preamble and closing. --all and --max-chars apply to chunks only: --all
writes a record for every section, not only for the leaves; --max-chars N
splits a longer text between paragraphs, then sentences, then clauses into
pieces of at most N characters, each keeping the record's path.

Given more than one input, or a directory (walked for the files --include
matches), outline writes each input's outline in input order: text and
markdown separated by a blank line, chunks and json one after the other
(JSON Lines). opml, freemind and mermaid make one document with one root
and take one input. An input that cannot be read or decoded is reported on
stderr as "FILE: reason"; the others go on, and the exit status is 1.`,
		Example: "  dagang outline speech.txt\n" +
			"  dagang outline speech.txt --format markdown > speech.md\n" +
			"  dagang outline speech.txt --format chunks --max-chars 500 > speech.jsonl\n" +
			"  dagang outline --format chunks -j 4 corpus/ > corpus-chunks.jsonl",
		Args: func(cmd *cobra.Command, args []string) error {
			if err := cobra.MinimumNArgs(1)(cmd, args); err != nil {
				return usageError(err)
			}
			return nil
		},
		PreRun: prepareGrammar,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runOutlineCommand(cmd, opts, args)
		},
	}
	cmd.Flags().StringVarP(&opts.format, "format", "f", export.Default,
		"output format: "+strings.Join(export.Names(), ", "))
	cmd.Flags().BoolVar(&opts.all, "all", false, "chunks: a record for every section, not only for the leaves")
	cmd.Flags().IntVar(&opts.maxChars, "max-chars", 0, "chunks: split texts longer than this many characters (0: never)")
	addBatchFlags(cmd, &opts.batch, true)
	// The error is only for a flag that does not exist.
	_ = cmd.RegisterFlagCompletionFunc("format", completeFormats)
	return cmd
}

// formatList is one line per format for the help text.
func formatList() string {
	var b strings.Builder
	for _, e := range export.All() {
		fmt.Fprintf(&b, "  %-9s %s\n", e.Name(), e.Summary())
	}
	return b.String()
}

func completeFormats(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	var out []cobra.Completion
	for _, e := range export.All() {
		out = append(out, cobra.CompletionWithDesc(e.Name(), e.Summary()))
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

const chunksFormat = "chunks"

// runOutlineCommand writes the outline of one input, as it always has, or
// of many.
func runOutlineCommand(cmd *cobra.Command, opts *outlineOptions, args []string) error {
	exporter, err := export.Lookup(opts.format)
	if err != nil {
		return usageError(err)
	}
	if err := opts.check(); err != nil {
		return usageError(err)
	}
	plan, err := planInputs(args, opts.batch.include)
	if err != nil {
		return usageError(err)
	}
	if plan.single() {
		return runOutline(cmd, opts, exporter, args[0])
	}
	separator, joins := outputSeparator(opts.format)
	if !joins {
		// The format holds one outline: the directories are walked first
		// to tell whether they hold more than one input.
		if n := plan.count(); n > 1 {
			return usageError(fmt.Errorf("--format %s makes one document with one root: give one input, not %d",
				opts.format, n))
		}
	}
	return runOutlines(cmd, opts, exporter, plan, separator)
}

func runOutline(cmd *cobra.Command, opts *outlineOptions, exporter export.Exporter, path string) error {
	doc, restore, err := parseFile(cmd.InOrStdin(), path)
	if err != nil {
		return err
	}
	defer restore()
	return exporter.Export(cmd.OutOrStdout(), doc, opts.exportOptions())
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
func runOutlines(cmd *cobra.Command, opts *outlineOptions, exporter export.Exporter, inputs inputPlan, separator string) error {
	render := func(doc *ast.Document) ([]byte, error) {
		var b bytes.Buffer
		err := exporter.Export(&b, doc, opts.exportOptions())
		return b.Bytes(), err
	}
	w := bufio.NewWriterSize(cmd.OutOrStdout(), 256<<10)
	written := 0
	failed, err := runFiles(newBatchRun(cmd, opts.batch), inputs, render, true, func(r fileResult[[]byte]) error {
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

func (o *outlineOptions) exportOptions() export.Options {
	return export.Options{All: o.all, MaxChars: o.maxChars}
}

// check refuses the chunks options with other formats, where they would
// silently do nothing.
func (o *outlineOptions) check() error {
	if err := o.batch.check(); err != nil {
		return err
	}
	if o.maxChars < 0 {
		return fmt.Errorf("--max-chars must not be negative, got %d", o.maxChars)
	}
	if o.format != chunksFormat && (o.all || o.maxChars != 0) {
		return errors.New("--all and --max-chars apply to --format chunks only")
	}
	return nil
}
