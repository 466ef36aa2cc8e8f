package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strconv"
	"strings"

	"github.com/spf13/cobra"
	"github.com/spf13/pflag"

	"github.com/dagang/dagang/grammar"
	"github.com/dagang/dagang/internal/i18n"
)

// Exit codes, one table for every command (docs/cli.md).
const (
	exitOK    = 0
	exitInput = 1 // an input could not be read or an output written, or findings at or above --fail-on
	exitUsage = 2 // the command line is wrong
)

// exitError carries the exit code an error maps to.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

// usageError is a command line that is wrong, with its message in the
// chosen language.
func usageError(msg string) error { return &exitError{exitUsage, errors.New(msg)} }

// inputError is an input that could not be read, with its message in the
// chosen language.
func inputError(err error) error { return &exitError{exitInput, err} }

// errSilent ends a run with a code whose messages were already printed.
type errSilent struct{ code int }

func (e errSilent) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// app is one run of the command line: its streams and its language.
type app struct {
	stdin          io.Reader
	stdout, stderr io.Writer
	p              *i18n.Printer
	quiet          bool
	lang           string
}

// run executes the command line in the environment's language.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	return runEnv(args, stdin, stdout, stderr, os.Getenv)
}

// runEnv executes the command line and maps its outcome to an exit code:
// the one place errors become exit statuses and messages on stderr. The
// language is --lang's, or the environment's (getenv): it is looked for
// before the command line is parsed, as the help is written in it.
func runEnv(args []string, stdin io.Reader, stdout, stderr io.Writer, getenv func(string) string) int {
	lang := i18n.FromEnv(getenv)
	if v, ok := langArg(args); ok {
		if l, ok := i18n.ParseLang(v); ok {
			lang = l
		}
	}
	a := &app{stdin: stdin, stdout: stdout, stderr: stderr, p: i18n.New(lang)}
	root := a.newRootCmd()
	root.SetArgs(args)
	return a.exitCode(root.Execute())
}

// langArg finds --lang's value among the arguments, before any "--".
func langArg(args []string) (string, bool) {
	for i, arg := range args {
		switch {
		case arg == "--":
			return "", false
		case strings.HasPrefix(arg, "--lang="):
			return strings.TrimPrefix(arg, "--lang="), true
		case arg == "--lang" && i+1 < len(args):
			return args[i+1], true
		}
	}
	return "", false
}

// exitCode prints err, if any, as one line on stderr and returns its exit
// code.
func (a *app) exitCode(err error) int {
	if err == nil {
		return exitOK
	}
	var silent errSilent
	if errors.As(err, &silent) {
		return silent.code
	}
	code := exitUsage // errors cobra raises itself are usage errors
	var ee *exitError
	var we *writeError
	switch {
	case errors.As(err, &ee):
		code = ee.code
	case errors.As(err, &we):
		code = exitInput
		err = errors.New(a.describe(err))
	default:
		err = errors.New(a.flagError(err))
	}
	fmt.Fprintln(a.stderr, "dagang: "+oneLine(err.Error()))
	return code
}

// flagError is the message of an error of the command line's flags.
func (a *app) flagError(err error) string {
	var notExist *pflag.NotExistError
	var required *pflag.ValueRequiredError
	var invalid *pflag.InvalidValueError
	var syntax *pflag.InvalidSyntaxError
	switch {
	case errors.As(err, &notExist):
		return a.p.T("err.flag-unknown", flagName(notExist.GetSpecifiedName(), notExist.GetSpecifiedShortnames()))
	case errors.As(err, &required):
		return a.p.T("err.flag-needs-value", flagName(required.GetSpecifiedName(), required.GetSpecifiedShortnames()))
	case errors.As(err, &invalid):
		reason := invalid.Unwrap().Error()
		if errors.As(invalid.Unwrap(), new(*strconv.NumError)) {
			reason = a.p.T("err.not-a-number")
		}
		return a.p.T("err.flag-value", invalid.GetValue(), "--"+invalid.GetFlag().Name, reason)
	case errors.As(err, &syntax):
		return a.p.T("err.flag-syntax", syntax.GetSpecifiedFlag())
	}
	return err.Error()
}

func flagName(name, short string) string {
	if name != "" {
		return "--" + name
	}
	return "-" + short
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func (a *app) newRootCmd() *cobra.Command {
	p := a.p
	root := &cobra.Command{
		Use:           "dagang",
		Short:         p.T("root.short"),
		Long:          p.T("root.long"),
		Version:       versionString(),
		SilenceUsage:  true,
		SilenceErrors: true,
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageError(p.T("err.unknown-command", args[0]))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, _ []string) error { return cmd.Help() },
	}
	root.SetIn(a.stdin)
	root.SetOut(a.stdout)
	root.SetErr(a.stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return err })
	root.PersistentFlags().BoolP("help", "h", false, p.T("flag.help"))
	root.Flags().BoolP("version", "v", false, p.T("flag.version"))
	root.SetVersionTemplate(versionLine(p) + "\n")
	langs := make([]string, 0, 2)
	for _, l := range i18n.Langs() {
		langs = append(langs, string(l))
	}
	a.lang = string(p.Lang())
	v := &choiceValue{value: &a.lang, choices: langs, p: p}
	root.PersistentFlags().Var(v, "lang", p.T("flag.lang"))
	// Its default is the environment's, which its usage says.
	root.PersistentFlags().Lookup("lang").DefValue = ""
	_ = root.RegisterFlagCompletionFunc("lang", cobra.FixedCompletions(
		[]cobra.Completion{cobra.CompletionWithDesc("zh", "中文"), cobra.CompletionWithDesc("en", "English")},
		cobra.ShellCompDirectiveNoFileComp))
	root.PersistentFlags().BoolVarP(&a.quiet, "quiet", "q", false, p.T("flag.quiet"))
	root.AddCommand(a.newParseCmd(), a.newCheckCmd(), a.newFixCmd(), a.newOutlineCmd(), a.newTextCmd(),
		a.newSchemaCmd(), a.newVersionCmd(), a.newServeCmd())
	root.SetHelpCommand(a.newHelpCmd())
	root.InitDefaultCompletionCmd()
	a.localizeCompletion(root)
	setTemplates(root, p)
	return root
}

// newHelpCmd is `dagang help [COMMAND]`: a command it does not know is a
// usage error.
func (a *app) newHelpCmd() *cobra.Command {
	p := a.p
	return &cobra.Command{
		Use:   p.T("help.use"),
		Short: p.T("help.short"),
		RunE: func(cmd *cobra.Command, args []string) error {
			target, rest, err := cmd.Root().Find(args)
			if err != nil || target == nil || len(rest) > 0 {
				return usageError(p.T("err.help-topic", strings.Join(args, " ")))
			}
			return target.Help()
		},
		ValidArgsFunction: func(cmd *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			var out []cobra.Completion
			if len(args) == 0 {
				for _, c := range cmd.Root().Commands() {
					if c.IsAvailableCommand() {
						out = append(out, cobra.CompletionWithDesc(c.Name(), c.Short))
					}
				}
			}
			return out, cobra.ShellCompDirectiveNoFileComp
		},
	}
}

// localizeCompletion writes cobra's completion command in the chosen
// language.
func (a *app) localizeCompletion(root *cobra.Command) {
	for _, c := range root.Commands() {
		if c.Name() != "completion" {
			continue
		}
		c.Short = a.p.T("completion.short")
		c.Long = a.p.T("completion.long")
		for _, shell := range c.Commands() {
			shell.Short = a.p.T("completion.shell-short", shell.Name())
			shell.Long = a.p.T("completion.shell-long", shell.Name())
			if f := shell.Flags().Lookup("no-descriptions"); f != nil {
				f.Usage = a.p.T("completion.no-descriptions")
			}
		}
	}
}

// setTemplates sets the help of every command in the chosen language.
func setTemplates(root *cobra.Command, p *i18n.Printer) {
	root.SetUsageTemplate(usageTemplate(p))
	var walk func(*cobra.Command)
	walk = func(c *cobra.Command) {
		c.DisableFlagsInUseLine = true
		for _, sub := range c.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// usageTemplate is cobra's usage template with its words in the chosen
// language, and flags listed by flagUsages.
func usageTemplate(p *i18n.Printer) string {
	return p.T("help.usage") + `{{if .Runnable}}
  {{.UseLine}}{{end}}{{if .HasAvailableSubCommands}}
  {{.CommandPath}} ` + p.T("help.command-word") + `{{end}}{{if .HasExample}}

` + p.T("help.examples") + `
{{.Example}}{{end}}{{if .HasAvailableSubCommands}}

` + p.T("help.commands") + `{{range .Commands}}{{if (or .IsAvailableCommand (eq .Name "help"))}}
  {{rpad .Name .NamePadding }} {{.Short}}{{end}}{{end}}{{end}}{{if .HasAvailableLocalFlags}}

` + p.T("help.flags") + `
{{dagangFlags .LocalFlags ` + strconv.Quote(p.Pattern("help.default")) + `}}{{end}}{{if .HasAvailableInheritedFlags}}

` + p.T("help.global-flags") + `
{{dagangFlags .InheritedFlags ` + strconv.Quote(p.Pattern("help.default")) + `}}{{end}}{{if .HasAvailableSubCommands}}

` + p.T("help.more", "{{.CommandPath}}") + `{{end}}
`
}

func init() {
	cobra.AddTemplateFunc("dagangFlags", flagUsages)
}

// flagUsages lists flags as pflag does, "  -f, --format NAME   what it
// does (default text)", with the word for "default" in the chosen
// language.
func flagUsages(flags *pflag.FlagSet, defaultPattern string) string {
	type row struct{ left, right string }
	var rows []row
	width := 0
	flags.VisitAll(func(f *pflag.Flag) {
		if f.Hidden {
			return
		}
		left := "      --" + f.Name
		if f.Shorthand != "" {
			left = "  -" + f.Shorthand + ", --" + f.Name
		}
		varname, usage := pflag.UnquoteUsage(f)
		if varname != "" && f.Value.Type() != "bool" {
			left += " " + varname
		}
		if d := f.DefValue; d != "" && d != "false" && d != "[]" && f.Value.Type() != "bool" {
			usage += fmt.Sprintf(defaultPattern, d)
		}
		rows = append(rows, row{left, usage})
		width = max(width, len(left))
	})
	var b strings.Builder
	for i, r := range rows {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(r.left)
		b.WriteString(strings.Repeat(" ", width-len(r.left)+3))
		b.WriteString(r.right)
	}
	return b.String()
}

// prepareGrammar is the PreRun of the commands that parse: the grammar's
// parsers are built on other cores while the command reads its input,
// rather than one after the other at its first lines, a millisecond or
// more each.
func prepareGrammar(*cobra.Command, []string) { grammar.Prepare() }
