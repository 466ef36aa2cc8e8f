package main

import (
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/spf13/cobra"

	"github.com/dagang/dagang/grammar"
)

// Exit codes.
const (
	exitOK    = 0
	exitInput = 1 // an input could not be read or decoded
	exitUsage = 2 // the command line is wrong
)

// exitError carries the exit code an error maps to.
type exitError struct {
	code int
	err  error
}

func (e *exitError) Error() string { return e.err.Error() }
func (e *exitError) Unwrap() error { return e.err }

func usageError(err error) error { return &exitError{exitUsage, err} }
func inputError(err error) error { return &exitError{exitInput, err} }

// errSilent ends a run with a code whose messages were already printed.
type errSilent struct{ code int }

func (e errSilent) Error() string { return fmt.Sprintf("exit status %d", e.code) }

// run executes the command line and maps its outcome to an exit code: the
// one place errors become exit statuses and messages on stderr.
func run(args []string, stdin io.Reader, stdout, stderr io.Writer) int {
	root := newRootCmd(stdin, stdout, stderr)
	root.SetArgs(args)
	err := root.Execute()
	if err == nil {
		return exitOK
	}
	var silent errSilent
	if errors.As(err, &silent) {
		return silent.code
	}
	fmt.Fprintln(stderr, "dagang: "+oneLine(err.Error()))
	var ee *exitError
	if errors.As(err, &ee) {
		return ee.code
	}
	// Errors cobra raises itself (unknown command, bad flag, wrong number
	// of arguments) are usage errors.
	return exitUsage
}

func oneLine(s string) string {
	return strings.Join(strings.Fields(s), " ")
}

func newRootCmd(stdin io.Reader, stdout, stderr io.Writer) *cobra.Command {
	root := &cobra.Command{
		Use:   "dagang",
		Short: "Recover the outline of a Chinese speech",
		Long: `dagang (大纲) reads a Chinese speech — 讲话稿, 发言稿, 交流发言, 研讨发言提纲,
党课讲稿 — as a .txt copied from Word or a web page, and recovers its outline:
title, salutation, preamble, numbered sections (一、 （一） 1. （1） ① 一是 第一，),
closing remarks and closing formula, with the page's boilerplate set aside.`,
		SilenceUsage:  true,
		SilenceErrors: true,
	}
	root.SetIn(stdin)
	root.SetOut(stdout)
	root.SetErr(stderr)
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError(err) })
	root.AddCommand(newParseCmd(), newCheckCmd(), newFixCmd(), newOutlineCmd(), newSchemaCmd(), newVersionCmd(), newServeCmd())
	return root
}

// exactArgs is cobra.ExactArgs with a usage error.
func exactArgs(n int) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if err := cobra.ExactArgs(n)(cmd, args); err != nil {
			return usageError(err)
		}
		return nil
	}
}

// prepareGrammar is the PreRun of the commands that parse: the grammar's
// parsers are built on other cores while the command reads its input,
// rather than one after the other at its first lines, a millisecond or
// more each (`dagang parse` of one 9 KB file: 10.7–11.0 ms against
// 12.4–12.7, perf stat -r 100).
func prepareGrammar(*cobra.Command, []string) { grammar.Prepare() }
