package main

import (
	"io"

	"github.com/spf13/cobra"
)

type textOptions struct {
	common commonOptions
}

// newTextCmd is `dagang text FILE`: the decoded text of an input, the
// text every span of its document points into: a .docx's text as Word
// shows it, a saved page's text as a browser shows it, a GB18030 file's
// text in UTF-8. It is a text copy to edit, or to give to dagang fix.
func (a *app) newTextCmd() *cobra.Command {
	p := a.p
	opts := &textOptions{}
	cmd := &cobra.Command{
		Use:     p.T("text.use"),
		Short:   p.T("text.short"),
		Long:    p.T("text.long"),
		Example: p.T("text.example"),
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 1 {
				return usageError(p.T("err.one-input", len(args)))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			args, err := a.inputArgs(args)
			if err != nil {
				return err
			}
			return a.runText(cmd, opts, args[0])
		},
	}
	a.addCommonFlags(cmd, &opts.common, withFormat|withOutput|withMaxInput|withEncoding, "text")
	return cmd
}

func (a *app) runText(cmd *cobra.Command, opts *textOptions, path string) error {
	if err := a.checkEncoding(opts.common.encoding); err != nil {
		return err
	}
	raw, err := a.readPath(path, nil, opts.common.maxInput)
	if err != nil {
		return a.inputFailure(path, err)
	}
	t, err := decodeInput(path, raw, opts.common.encoding, true)
	if err != nil {
		return a.inputFailure(path, err)
	}
	out, err := a.openOutput(cmd, opts.common.output)
	if err != nil {
		return err
	}
	_, err = io.WriteString(out, t.Text)
	return out.close(err)
}
