package main

import (
	"errors"
	"fmt"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dagang/dagang/export"
)

type outlineOptions struct {
	format   string
	all      bool
	maxChars int
}

func newOutlineCmd() *cobra.Command {
	opts := &outlineOptions{}
	cmd := &cobra.Command{
		Use:   "outline FILE",
		Short: "Print the outline of a speech as text, Markdown, OPML, FreeMind, Mermaid or chunks",
		Long: `Parse a speech ("-" reads standard input) and print its outline in one of
these formats:

` + formatList() + `
chunks writes a JSON record per leaf section, and one for each speech's
preamble and closing. --all and --max-chars apply to chunks only: --all
writes a record for every section, not only for the leaves; --max-chars N
splits a longer text between paragraphs, then sentences, then clauses into
pieces of at most N characters, each keeping the record's path.`,
		Example: "  dagang outline speech.txt\n" +
			"  dagang outline speech.txt --format markdown > speech.md\n" +
			"  dagang outline speech.txt --format chunks --max-chars 500 > speech.jsonl",
		Args: exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runOutline(cmd, opts, args[0])
		},
	}
	cmd.Flags().StringVarP(&opts.format, "format", "f", export.Default,
		"output format: "+strings.Join(export.Names(), ", "))
	cmd.Flags().BoolVar(&opts.all, "all", false, "chunks: a record for every section, not only for the leaves")
	cmd.Flags().IntVar(&opts.maxChars, "max-chars", 0, "chunks: split texts longer than this many characters (0: never)")
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

func runOutline(cmd *cobra.Command, opts *outlineOptions, path string) error {
	exporter, err := export.Lookup(opts.format)
	if err != nil {
		return usageError(err)
	}
	if err := opts.check(); err != nil {
		return usageError(err)
	}
	doc, err := parseFile(cmd.InOrStdin(), path)
	if err != nil {
		return err
	}
	return exporter.Export(cmd.OutOrStdout(), doc, export.Options{All: opts.all, MaxChars: opts.maxChars})
}

// check refuses the chunks options with other formats, where they would
// silently do nothing.
func (o *outlineOptions) check() error {
	if o.maxChars < 0 {
		return fmt.Errorf("--max-chars must not be negative, got %d", o.maxChars)
	}
	if o.format != chunksFormat && (o.all || o.maxChars != 0) {
		return errors.New("--all and --max-chars apply to --format chunks only")
	}
	return nil
}
