package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"

	"github.com/spf13/cobra"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/decode"
	"github.com/dagang/dagang/docjson"
)

type parseOptions struct {
	pretty  bool
	jsonl   bool
	records bool
	batch   batchOptions
}

func newParseCmd() *cobra.Command {
	opts := &parseOptions{}
	cmd := &cobra.Command{
		Use:   "parse FILE|DIR|- ...",
		Short: "Print the outline of a speech as a version-1 JSON document",
		Long: `Parse a speech (UTF-8, GB18030 or UTF-16 text, or a Word .docx; "-" reads
standard input) and print its outline as one JSON document (spec/json.md):
speeches with their title block, salutation, preamble, section tree and
closing, the boilerplate that was set aside, and the problems found in the
numbering.

Given more than one input, or a directory (walked recursively for the files
--include matches, in lexical order), parse writes JSON Lines: one compact
document per line, in input order, -j at a time. An input that cannot be
read or decoded is reported on stderr as "FILE: reason" and in the output as
{"source": {...}, "error": "..."}; the others go on, and the exit status is 1.
--jsonl writes JSON Lines for a single input too.

--records reads JSON Lines records {"name": "...", "text": "..."} (text
already decoded) from standard input and writes one line for each, as soon
as it is ready: a mapper for Hadoop Streaming, or a command for Spark's
RDD.pipe.`,
		Example: "  dagang parse testdata/docs/gbt-four-levels.txt --pretty\n" +
			"  cat speech.txt | dagang parse -\n" +
			"  dagang parse -j 4 --include '*.txt' corpus/ > corpus.jsonl\n" +
			"  dagang parse --records < records.jsonl > outlines.jsonl",
		Args: func(cmd *cobra.Command, args []string) error {
			if opts.records {
				if len(args) > 0 {
					return usageError(errors.New("--records reads standard input and takes no file"))
				}
				return nil
			}
			if err := cobra.MinimumNArgs(1)(cmd, args); err != nil {
				return usageError(err)
			}
			return nil
		},
		PreRun: prepareGrammar,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runParseCommand(cmd, opts, args)
		},
	}
	cmd.Flags().BoolVar(&opts.pretty, "pretty", false, "indent the JSON (one input only)")
	cmd.Flags().BoolVar(&opts.jsonl, "jsonl", false, "write JSON Lines even for one input")
	cmd.Flags().BoolVar(&opts.records, "records", false, `read {"name", "text"} JSON Lines records from standard input`)
	addBatchFlags(cmd, &opts.batch, true)
	return cmd
}

// runParseCommand picks the mode: records, one document, or JSON Lines.
func runParseCommand(cmd *cobra.Command, opts *parseOptions, args []string) error {
	if err := opts.check(cmd); err != nil {
		return usageError(err)
	}
	if opts.records {
		return runRecords(cmd, opts.batch)
	}
	plan, err := planInputs(args, opts.batch.include)
	if err != nil {
		return usageError(err)
	}
	if !opts.jsonl && plan.single() {
		return runParse(cmd, opts, args[0])
	}
	if opts.pretty {
		return usageError(errors.New("--pretty writes one document over many lines: give one file, without --jsonl"))
	}
	return runParseLines(cmd, opts.batch, plan)
}

// check refuses flags that would do nothing with the others.
func (o *parseOptions) check(cmd *cobra.Command) error {
	if err := o.batch.check(); err != nil {
		return err
	}
	if o.records && (o.pretty || o.jsonl || cmd.Flags().Changed("include")) {
		return errors.New("--records writes JSON Lines from standard input: --pretty, --jsonl and --include do not apply")
	}
	return nil
}

// runParseLines writes a JSON Lines document, or error line, per input.
func runParseLines(cmd *cobra.Command, opts batchOptions, inputs inputPlan) error {
	w := bufio.NewWriterSize(cmd.OutOrStdout(), 256<<10)
	var lines lineBuffers
	failed, err := runFiles(newBatchRun(cmd, opts), inputs, lines.encode, true, func(r fileResult[[]byte]) error {
		if r.err != nil {
			return writeErrorLine(w, r.source, r.err)
		}
		_, err := w.Write(r.value)
		lines.release(r.value)
		return err
	})
	if err != nil {
		return err
	}
	return finishLines(w, failed)
}

func runParse(cmd *cobra.Command, opts *parseOptions, path string) error {
	doc, restore, err := parseFile(cmd.InOrStdin(), path)
	if err != nil {
		return err
	}
	defer restore()
	w := bufio.NewWriterSize(cmd.OutOrStdout(), 256<<10)
	enc := docjson.Options{}
	if opts.pretty {
		enc.Indent = "  "
	}
	if err := docjson.Write(w, doc, enc); err != nil {
		return err
	}
	if err := w.WriteByte('\n'); err != nil {
		return err
	}
	return w.Flush()
}

// parseFile reads and parses one input; "-" is standard input. The
// collector is set for the size of the input (documentGC) until the caller
// calls restore, after it has written the document.
func parseFile(stdin io.Reader, path string) (doc *ast.Document, restore func(), err error) {
	var raw []byte
	if path == "-" {
		raw, err = io.ReadAll(stdin)
	} else {
		raw, err = readFile(path)
	}
	if err != nil {
		return nil, nil, inputError(err)
	}
	restore = documentGC(len(raw), bytes.Count(raw, []byte{'\n'})+1)
	// raw was read for this parse alone: the document may keep it as its
	// text rather than a copy.
	t, err := decode.Input(raw, decode.Options{Shared: true})
	if err == nil {
		doc, err = dagang.Parse(path, t, nil)
	}
	if err != nil {
		restore()
		return nil, nil, inputError(fmt.Errorf("%s: %w", inputName(path), err))
	}
	return doc, restore, nil
}

// inputName names an input in messages.
func inputName(path string) string {
	if path == "-" {
		return "standard input"
	}
	return path
}

// pathError says "FILE: what went wrong" (no such file or directory,
// permission denied) rather than naming the system call that failed.
func pathError(path string, err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", path, pe.Err)
	}
	return err
}
