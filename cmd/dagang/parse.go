package main

import (
	"bufio"
	"fmt"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/ast"
)

type parseOptions struct {
	pretty bool
}

func newParseCmd() *cobra.Command {
	opts := &parseOptions{}
	cmd := &cobra.Command{
		Use:   "parse FILE",
		Short: "Print the outline of a speech as a version-1 JSON document",
		Long: `Parse a speech (UTF-8, GB18030 or UTF-16 text; "-" reads standard input) and
print its outline as one JSON document (spec/json.md): speeches with their
title block, salutation, preamble, section tree and closing, the boilerplate
that was set aside, and the problems found in the numbering.`,
		Example: "  dagang parse testdata/docs/gbt-four-levels.txt --pretty\n  cat speech.txt | dagang parse -",
		Args:    exactArgs(1),
		RunE: func(cmd *cobra.Command, args []string) error {
			return runParse(cmd, opts, args[0])
		},
	}
	cmd.Flags().BoolVar(&opts.pretty, "pretty", false, "indent the JSON")
	return cmd
}

func runParse(cmd *cobra.Command, opts *parseOptions, path string) error {
	doc, err := parseFile(cmd.InOrStdin(), path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(cmd.OutOrStdout(), 256<<10)
	enc := ast.EncodeOptions{}
	if opts.pretty {
		enc.Indent = "  "
	}
	if err := ast.WriteJSON(w, doc, enc); err != nil {
		return err
	}
	if err := w.WriteByte('\n'); err != nil {
		return err
	}
	return w.Flush()
}

// parseFile reads and parses one input; "-" is standard input.
func parseFile(stdin io.Reader, path string) (*ast.Document, error) {
	var raw []byte
	var err error
	if path == "-" {
		raw, err = io.ReadAll(stdin)
	} else {
		raw, err = readFile(path)
	}
	if err != nil {
		return nil, inputError(err)
	}
	doc, err := dagang.ParseBytes(raw, path)
	if err != nil {
		return nil, inputError(fmt.Errorf("%s: %w", path, err))
	}
	return doc, nil
}

func readFile(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, fmt.Errorf("%s: is a directory", path)
	}
	return os.ReadFile(path)
}
