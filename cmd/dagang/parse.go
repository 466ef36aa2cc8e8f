package main

import (
	"bufio"
	"errors"
	"io"
	"os"

	"github.com/spf13/cobra"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/docjson"
)

type parseOptions struct {
	pretty  bool
	jsonl   bool
	records bool
	batch   batchOptions
}

func (a *app) newParseCmd() *cobra.Command {
	p := a.p
	opts := &parseOptions{}
	cmd := &cobra.Command{
		Use:     p.T("parse.use"),
		Short:   p.T("parse.short"),
		Long:    p.T("parse.long"),
		Example: p.T("parse.example"),
		Args: func(cmd *cobra.Command, args []string) error {
			if opts.records && len(args) > 0 {
				return usageError(p.T("err.records-file"))
			}
			return nil
		},
		PreRun: prepareGrammar,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runParseCommand(cmd, opts, args)
		},
	}
	cmd.Flags().BoolVar(&opts.pretty, "pretty", false, p.T("flag.pretty"))
	cmd.Flags().BoolVar(&opts.jsonl, "jsonl", false, p.T("flag.jsonl"))
	cmd.Flags().BoolVar(&opts.records, "records", false, p.T("flag.records"))
	a.addCommonFlags(cmd, &opts.batch.commonOptions, withFormat|withOutput|withJobs|withMaxInput|withEncoding, "json", "jsonl")
	a.addBatchFlags(cmd, &opts.batch, true)
	return cmd
}

// runParseCommand picks the mode: records, one document, or JSON Lines.
func (a *app) runParseCommand(cmd *cobra.Command, opts *parseOptions, args []string) error {
	if err := a.checkParseOptions(cmd, opts); err != nil {
		return err
	}
	out, err := a.openOutput(cmd, opts.batch.output)
	if err != nil {
		return err
	}
	return out.close(a.parseTo(cmd, out, opts, args))
}

func (a *app) parseTo(cmd *cobra.Command, out io.Writer, opts *parseOptions, args []string) error {
	if opts.records {
		return a.runRecords(cmd, out, opts.batch)
	}
	args, err := a.inputArgs(args)
	if err != nil {
		return err
	}
	plan, err := a.planInputs(args, opts.batch.include)
	if err != nil {
		return err
	}
	if !opts.jsonl && opts.batch.format != "jsonl" && plan.single() {
		return a.runParse(out, opts, args[0])
	}
	if opts.pretty {
		return usageError(a.p.T("err.pretty-lines"))
	}
	return a.runParseLines(cmd, out, opts.batch, plan)
}

// checkParseOptions refuses flags that would do nothing with the others.
func (a *app) checkParseOptions(cmd *cobra.Command, o *parseOptions) error {
	if err := o.batch.check(a); err != nil {
		return err
	}
	if o.records && (o.pretty || o.jsonl || cmd.Flags().Changed("include") || cmd.Flags().Changed("encoding")) {
		return usageError(a.p.T("err.records-flags"))
	}
	if err := a.checkEncoding(o.batch.encoding); err != nil {
		return err
	}
	return nil
}

// runParseLines writes a JSON Lines document, or error line, per input.
func (a *app) runParseLines(cmd *cobra.Command, out io.Writer, opts batchOptions, inputs inputPlan) error {
	w := bufio.NewWriterSize(out, 256<<10)
	var lines lineBuffers
	failed, err := runFiles(a.newBatchRun(cmd, opts), inputs, lines.encode, true, func(r fileResult[[]byte]) error {
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

func (a *app) runParse(out io.Writer, opts *parseOptions, path string) error {
	doc, restore, err := a.parseOne(path, opts.batch.commonOptions)
	if err != nil {
		return err
	}
	defer restore()
	w := bufio.NewWriterSize(out, 256<<10)
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

// parseOne reads and parses one input, "-" standard input, on as many
// cores as -j gives a document. The collector is set for the size of the
// input (documentGC) until the caller calls restore, after it has
// written the document.
func (a *app) parseOne(path string, opts commonOptions) (doc *ast.Document, restore func(), err error) {
	// A file's size is known before it is read: the collector is set for
	// it first, so that the buffer the file is read into does not start a
	// collection that would run on into the parse.
	restoreSized := func() {}
	if fi, err := os.Stat(path); path != "-" && err == nil && fi.Mode().IsRegular() {
		restoreSized = documentGC(int(min(fi.Size(), 1<<40)), 0)
	}
	raw, err := a.readPath(path, nil, opts.maxInput)
	if err != nil {
		restoreSized()
		return nil, nil, a.inputFailure(path, err)
	}
	// Now that its lines are counted, the limit the document needs.
	restoreCounted := documentGC(len(raw), countLines(raw))
	restore = func() {
		restoreCounted()
		restoreSized()
	}
	// raw was read for this parse alone: the document may keep it as its
	// text rather than a copy.
	t, err := decodeInput(path, raw, opts.encoding, true)
	if err == nil {
		doc, err = dagang.NewParser(&dagang.Options{Workers: opts.jobs}).Parse(path, t)
	}
	if err != nil {
		restore()
		return nil, nil, a.inputFailure(path, err)
	}
	return doc, restore, nil
}

// checkEncoding refuses an --encoding no input could be read in.
func (a *app) checkEncoding(name string) error {
	if name == "" {
		return nil
	}
	if _, err := decodeInput("", nil, name, false); errors.Is(err, errUnknownEncoding) {
		return usageError(a.p.T("err.unknown-encoding-name", name))
	}
	return nil
}
