package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/spf13/cobra"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/report"
)

type checkOptions struct {
	failOn      string   // the least severity that fails the check
	disable     []string // codes switched off
	enable      []string // codes switched on
	severity    []string // CODE=LEVEL
	config      string   // a config file named on the command line
	printConfig bool
	batch       batchOptions
}

func (a *app) newCheckCmd() *cobra.Command {
	p := a.p
	opts := &checkOptions{}
	cmd := &cobra.Command{
		Use:     p.T("check.use"),
		Short:   p.T("check.short"),
		Long:    p.T("check.long"),
		Example: p.T("check.example"),
		PreRun:  prepareGrammar,
		RunE: func(cmd *cobra.Command, args []string) error {
			return a.runCheck(cmd, opts, args)
		},
	}
	a.addCommonFlags(cmd, &opts.batch.commonOptions, withFormat|withOutput|withJobs|withMaxInput|withEncoding, report.Formats()...)
	a.choiceFlag(cmd, &opts.failOn, "fail-on", "", p.T("flag.fail-on"), []string{"error", "warning", "info"}, "severity.")
	cmd.Flags().Lookup("fail-on").DefValue = "error"
	flags := cmd.Flags()
	flags.StringSliceVar(&opts.disable, "disable", nil, p.T("flag.disable"))
	flags.StringSliceVar(&opts.enable, "enable", nil, p.T("flag.enable"))
	flags.StringArrayVar(&opts.severity, "severity", nil, p.T("flag.severity"))
	flags.StringVar(&opts.config, "config", "", p.T("flag.config"))
	flags.BoolVar(&opts.printConfig, "print-config", false, p.T("flag.print-config"))
	completeCodes := func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		var out []cobra.Completion
		for _, c := range ast.Codes() {
			out = append(out, cobra.CompletionWithDesc(string(c), p.T("rule."+string(c))))
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	}
	_ = cmd.RegisterFlagCompletionFunc("disable", completeCodes)
	_ = cmd.RegisterFlagCompletionFunc("enable", completeCodes)
	_ = cmd.RegisterFlagCompletionFunc("severity", func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		var out []cobra.Completion
		for _, c := range ast.Codes() {
			for _, s := range []string{"error", "warning", "info"} {
				out = append(out, string(c)+"="+s)
			}
		}
		return out, cobra.ShellCompDirectiveNoFileComp
	})
	_ = cmd.RegisterFlagCompletionFunc("config", func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return []cobra.Completion{"yaml", "yml"}, cobra.ShellCompDirectiveFilterFileExt
	})
	a.addBatchFlags(cmd, &opts.batch, false)
	return cmd
}

// flagRules are the rules the command line sets.
func (a *app) flagRules(opts *checkOptions) (report.Rules, error) {
	r := report.Rules{FailOn: ast.Severity(opts.failOn)}
	for _, c := range opts.disable {
		r.Disable = append(r.Disable, ast.Code(strings.TrimSpace(c)))
	}
	for _, c := range opts.enable {
		r.Enable = append(r.Enable, ast.Code(strings.TrimSpace(c)))
	}
	for _, kv := range opts.severity {
		code, level, ok := strings.Cut(kv, "=")
		if !ok {
			return r, usageError(a.p.T("err.severity-form", kv))
		}
		if r.Severity == nil {
			r.Severity = map[ast.Code]ast.Severity{}
		}
		r.Severity[ast.Code(strings.TrimSpace(code))] = ast.Severity(strings.TrimSpace(level))
	}
	if err := r.Check(); err != nil {
		return r, usageError(a.describeRules(err))
	}
	return r, nil
}

// describeRules is what is wrong with rules, in the chosen language.
func (a *app) describeRules(err error) string {
	var parts []string
	for _, e := range unjoin(err) {
		var code *report.UnknownCodeError
		var sev *report.UnknownSeverityError
		switch {
		case errors.As(e, &code):
			parts = append(parts, a.p.T("err.unknown-code", string(code.Code)))
		case errors.As(e, &sev):
			parts = append(parts, a.p.T("err.unknown-severity", string(sev.Severity)))
		default:
			parts = append(parts, e.Error())
		}
	}
	return strings.Join(parts, "; ")
}

func unjoin(err error) []error {
	if j, ok := err.(interface{ Unwrap() []error }); ok {
		return j.Unwrap()
	}
	return []error{err}
}

// ruleSource finds the rules of each input: its directory's config file
// (the nearest .dagang.yaml up from it, or --config's), the command
// line's flags over it. Each directory is looked up once.
type ruleSource struct {
	a      *app
	flags  report.Rules
	config string // --config, which applies to every input

	mu    sync.Mutex
	byDir map[string]ruleResult
}

type ruleResult struct {
	rules report.Rules
	path  string // the config file, or ""
	err   error
}

// forInput is the rules of an input ("-": the working directory's).
func (s *ruleSource) forInput(name string) ruleResult {
	dir := "."
	if name != "-" && name != "" {
		dir = filepath.Dir(name)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if r, ok := s.byDir[dir]; ok {
		return r
	}
	path := s.config
	if path == "" {
		path = report.FindConfig(dir)
	}
	res := ruleResult{rules: report.Rules{}.Over(s.flags), path: path}
	if path != "" {
		file, err := report.ReadRules(path)
		if err != nil {
			res.err = err
		}
		res.rules = file.Over(s.flags)
	}
	s.byDir[dir] = res
	return res
}

func (a *app) runCheck(cmd *cobra.Command, opts *checkOptions, args []string) error {
	if err := opts.batch.check(a); err != nil {
		return err
	}
	if err := a.checkEncoding(opts.batch.encoding); err != nil {
		return err
	}
	flags, err := a.flagRules(opts)
	if err != nil {
		return err
	}
	if !cmd.Flags().Changed("fail-on") {
		flags.FailOn = ""
	}
	rules := &ruleSource{a: a, flags: flags, config: opts.config, byDir: map[string]ruleResult{}}
	if opts.printConfig {
		return a.printConfig(cmd, opts, rules, args)
	}
	args, err = a.inputArgs(args)
	if err != nil {
		return err
	}
	plan, err := a.planInputs(args, opts.batch.include)
	if err != nil {
		return err
	}
	out, err := a.openOutput(cmd, opts.batch.output)
	if err != nil {
		return err
	}
	return out.close(a.check(cmd, out, opts, plan, rules))
}

// checked is the findings of one input and whether one fails the run.
type checked struct {
	findings []report.Finding
	fails    bool
}

func (a *app) check(cmd *cobra.Command, out io.Writer, opts *checkOptions, plan inputPlan, rules *ruleSource) error {
	var configErr error
	render := func(doc *ast.Document) (checked, error) {
		r := rules.forInput(doc.Source.Name)
		if r.err != nil {
			return checked{}, r.err
		}
		c := checked{findings: r.rules.Apply(report.Findings(doc, a.p))}
		for _, f := range c.findings {
			c.fails = c.fails || r.rules.Fails(f)
		}
		return c, nil
	}
	var findings []report.Finding
	fails := false
	unread, err := runFiles(a.newBatchRun(cmd, opts.batch), plan, render, false, func(r fileResult[checked]) error {
		var ce *report.ConfigError
		if errors.As(r.err, &ce) && configErr == nil {
			configErr = ce
		}
		findings = append(findings, r.value.findings...)
		fails = fails || r.value.fails
		return nil
	})
	if err != nil {
		return err
	}
	err = report.Write(out, opts.batch.format, findings, report.Options{Printer: a.p, Version: versionString()})
	if err != nil {
		return err
	}
	if configErr != nil {
		return errSilent{exitUsage}
	}
	if unread > 0 || fails {
		return errSilent{exitInput}
	}
	return nil
}

// printConfig writes the rules that apply to the first input (or to the
// working directory), and where they come from.
func (a *app) printConfig(cmd *cobra.Command, opts *checkOptions, rules *ruleSource, args []string) error {
	name := "-"
	if len(args) > 0 {
		name = args[0]
		if st, err := os.Stat(name); err == nil && st.IsDir() {
			name = filepath.Join(name, "x")
		}
	}
	r := rules.forInput(name)
	if r.err != nil {
		return &exitError{exitUsage, errors.New(a.describeConfig(r.err))}
	}
	out, err := a.openOutput(cmd, opts.batch.output)
	if err != nil {
		return err
	}
	from := a.p.T("config.none")
	if r.path != "" {
		from = a.p.T("config.from", quoteName(r.path))
	}
	if _, err := io.WriteString(out, "# "+from+"\n"); err != nil {
		return out.close(err)
	}
	return out.close(report.WriteConfig(out, r.rules))
}

// describeConfig is what is wrong with a config file, in the chosen
// language.
func (a *app) describeConfig(err error) string {
	var ce *report.ConfigError
	if !errors.As(err, &ce) {
		return a.describe(err)
	}
	var code *report.UnknownCodeError
	var sev *report.UnknownSeverityError
	if errors.As(ce.Err, &code) || errors.As(ce.Err, &sev) {
		return quoteName(ce.Path) + ": " + a.describeRules(ce.Err)
	}
	return quoteName(ce.Path) + ": " + a.describe(ce.Err)
}

func countOf(ss []string, s string) int {
	n := 0
	for _, x := range ss {
		if x == s {
			n++
		}
	}
	return n
}
