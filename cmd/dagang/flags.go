package main

import (
	"fmt"
	"runtime"
	"slices"
	"strings"

	"github.com/dustin/go-humanize"
	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/decode"
	"github.com/dagang/dagang/internal/i18n"
)

// commonOptions are the flags that mean the same in every command that
// has them: -f/--format, -o/--output, -j/--jobs, --max-input and
// --encoding here, --quiet and --lang on the root for every command.
type commonOptions struct {
	format   string
	output   string
	jobs     int
	maxInput int64
	encoding string
}

// Which of the common flags a command takes.
type flagSet uint8

const (
	withFormat flagSet = 1 << iota
	withOutput
	withJobs
	withMaxInput
	withEncoding
)

// addCommonFlags registers the common flags a command takes. formats are
// the values of its --format, the first the default; each is completed
// with its description from the catalog ("format.NAME").
func (a *app) addCommonFlags(cmd *cobra.Command, o *commonOptions, which flagSet, formats ...string) {
	flags := cmd.Flags()
	p := a.p
	if which&withFormat != 0 {
		o.format = formats[0]
		a.choiceFlag(cmd, &o.format, "format", "f", p.T("flag.format"), formats, "format.")
	}
	if which&withOutput != 0 {
		flags.StringVarP(&o.output, "output", "o", "", p.T("flag.output"))
	}
	if which&withJobs != 0 {
		flags.IntVarP(&o.jobs, "jobs", "j", runtime.GOMAXPROCS(0), p.T("flag.jobs"))
		_ = cmd.RegisterFlagCompletionFunc("jobs", cobra.NoFileCompletions)
	}
	o.maxInput = dagang.DefaultMaxInput
	if which&withMaxInput != 0 {
		flags.Var(&sizeValue{&o.maxInput, p}, "max-input", p.T("flag.max-input"))
		_ = cmd.RegisterFlagCompletionFunc("max-input", cobra.FixedCompletions(
			[]cobra.Completion{"64MiB", "512MiB", "1GiB"}, cobra.ShellCompDirectiveNoFileComp))
	}
	if which&withEncoding != 0 {
		flags.StringVar(&o.encoding, "encoding", "", p.T("flag.encoding"))
		_ = cmd.RegisterFlagCompletionFunc("encoding", cobra.FixedCompletions(
			encodingNames(), cobra.ShellCompDirectiveNoFileComp))
	}
}

// encodingNames are the values --encoding completes to.
func encodingNames() []cobra.Completion {
	return []cobra.Completion{decode.UTF8, decode.GB18030, decode.UTF16LE, decode.UTF16BE}
}

// check refuses values no run could use.
func (o *commonOptions) check(a *app) error {
	if o.jobs < 1 {
		return usageError(a.p.T("err.jobs", o.jobs))
	}
	return nil
}

// choiceFlag registers a flag that takes one of a few words, completed
// with each word's description (the catalog's describe+WORD, when there
// is one); any other word is a usage error.
func (a *app) choiceFlag(cmd *cobra.Command, value *string, name, short, usage string, choices []string, describe string) {
	v := &choiceValue{value: value, choices: choices, p: a.p}
	if short != "" {
		cmd.Flags().VarP(v, name, short, usage)
	} else {
		cmd.Flags().Var(v, name, usage)
	}
	_ = cmd.RegisterFlagCompletionFunc(name, func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		out := make([]cobra.Completion, 0, len(choices))
		for _, c := range choices {
			if describe != "" && a.p.Has(describe+c) {
				out = append(out, cobra.CompletionWithDesc(c, a.p.T(describe+c)))
			} else {
				out = append(out, c)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	})
}

// choiceValue is a flag that takes one of a few words.
type choiceValue struct {
	value   *string
	choices []string
	p       *i18n.Printer
}

func (c *choiceValue) String() string { return *c.value }

func (c *choiceValue) Set(s string) error {
	if !slices.Contains(c.choices, s) {
		return fmt.Errorf("%s", c.p.T("err.choice", strings.Join(c.choices, ", ")))
	}
	*c.value = s
	return nil
}

func (c *choiceValue) Type() string { return strings.Join(c.choices, "|") }

// sizeValue is a size in bytes written as people write one: 64MiB,
// 512MB, 1G, 1048576; 0 or "none" for no limit.
type sizeValue struct {
	n *int64
	p *i18n.Printer
}

func (s *sizeValue) String() string {
	switch n := *s.n; {
	case n < 0:
		return "none"
	case n == 0:
		return "0"
	case n%(1<<30) == 0:
		return fmt.Sprintf("%dGiB", n>>30)
	case n%(1<<20) == 0:
		return fmt.Sprintf("%dMiB", n>>20)
	case n%(1<<10) == 0:
		return fmt.Sprintf("%dKiB", n>>10)
	}
	return fmt.Sprintf("%dB", *s.n)
}

func (s *sizeValue) Set(v string) error {
	if v == "none" || v == "0" {
		*s.n = -1
		return nil
	}
	n, err := humanize.ParseBytes(v)
	if err != nil || n > 1<<62 {
		return fmt.Errorf("%s", s.p.T("err.size"))
	}
	*s.n = int64(n)
	return nil
}

func (s *sizeValue) Type() string { return "SIZE" }

// formatSize writes a limit as --max-input takes it.
func formatSize(n int64) string { return (&sizeValue{n: &n}).String() }

var _ pflag.Value = (*sizeValue)(nil)
