package main

import (
	"errors"
	"fmt"
	"io"

	"github.com/spf13/cobra"

	"github.com/dagang/dagang/decode"
	"github.com/dagang/dagang/fix"
)

type fixOptions struct {
	write  bool // rewrite the file in place, after a backup
	dryRun bool // print a unified diff instead of the text
	common commonOptions
}

func (a *app) newFixCmd() *cobra.Command {
	p := a.p
	opts := &fixOptions{}
	cmd := &cobra.Command{
		Use:     p.T("fix.use"),
		Short:   p.T("fix.short"),
		Long:    p.T("fix.long"),
		Example: p.T("fix.example"),
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usageError(p.T("err.one-input", len(args)))
			}
			return nil
		},
		PreRun: prepareGrammar,
		RunE: func(cmd *cobra.Command, args []string) error {
			args, err := a.inputArgs(args)
			if err != nil {
				return err
			}
			return a.runFix(cmd, opts, args[0])
		},
	}
	cmd.Flags().BoolVarP(&opts.write, "write", "w", false, p.T("flag.write"))
	cmd.Flags().BoolVar(&opts.dryRun, "dry-run", false, p.T("flag.dry-run"))
	a.addCommonFlags(cmd, &opts.common, withFormat|withOutput|withMaxInput|withEncoding, "text", "diff")
	return cmd
}

func (a *app) runFix(cmd *cobra.Command, opts *fixOptions, path string) error {
	if opts.common.format == "diff" {
		opts.dryRun = true
	}
	switch {
	case opts.write && opts.dryRun:
		return usageError(a.p.T("err.write-dry-run"))
	case opts.write && path == "-":
		return usageError(a.p.T("err.write-stdin"))
	case opts.write && opts.common.output != "":
		return usageError(a.p.T("err.write-output"))
	}
	raw, err := a.readPath(path, nil, opts.common.maxInput)
	if err != nil {
		return a.inputFailure(path, err)
	}
	if err := a.checkEncoding(opts.common.encoding); err != nil {
		return err
	}
	res, err := fix.Bytes(raw, path, decode.Options{Encoding: opts.common.encoding, HTML: decode.IsPageName(path)})
	if err != nil {
		return a.inputFailure(path, unwrapName(err))
	}
	out, err := a.openOutput(cmd, opts.common.output)
	if err != nil {
		return err
	}
	return out.close(a.writeFix(out, opts, path, raw, res))
}

func (a *app) writeFix(out io.Writer, opts *fixOptions, path string, raw []byte, res *fix.Result) error {
	switch {
	case opts.dryRun:
		return writeDiff(out, path, res)
	case opts.write:
		if len(res.Edits) == 0 {
			if !a.quiet {
				_, err := fmt.Fprintln(out, a.p.T("fix.nothing", quoteName(path)))
				return err
			}
			return nil
		}
		backup, err := rewrite(path, raw, res.Fixed)
		if err != nil {
			return a.inputFailure(path, err)
		}
		if !a.quiet {
			_, err = fmt.Fprintln(out, a.p.T("fix.written", quoteName(path), len(res.Edits), quoteName(backup)))
		}
		return err
	}
	_, err := out.Write(res.Fixed)
	return err
}

// unwrapName is the reason of an error of package fix, which names the
// input itself ("NAME: reason").
func unwrapName(err error) error {
	if u := errors.Unwrap(err); u != nil {
		return u
	}
	return err
}

// writeDiff prints the corrections as a unified diff (fix.Result.Diff).
func writeDiff(w io.Writer, path string, res *fix.Result) error {
	_, err := io.WriteString(w, res.Diff(path))
	return err
}
