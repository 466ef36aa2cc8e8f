package main

import (
	"errors"
	"io"
	"os"

	"github.com/spf13/cobra"
)

// writeError is an output that could not be written: exit status 1, as
// an input that cannot be read.
type writeError struct {
	name string // the output: a file, or "" for standard output
	err  error
}

func (e *writeError) Error() string { return e.err.Error() }
func (e *writeError) Unwrap() error { return e.err }

// output is where a command writes: standard output, or the file of -o.
// Every error of writing is a writeError, however it travels back.
type output struct {
	w    io.Writer
	file *os.File
	name string
	err  error // the first error of writing
}

// openOutput opens the output of a command: the -o file (created, or
// emptied), or standard output for "" and "-".
func (a *app) openOutput(cmd *cobra.Command, path string) (*output, error) {
	if path == "" || path == "-" {
		return &output{w: cmd.OutOrStdout()}, nil
	}
	f, err := os.OpenFile(path, os.O_WRONLY|os.O_CREATE|os.O_TRUNC, 0o666)
	if err != nil {
		return nil, &writeError{path, err}
	}
	return &output{w: f, file: f, name: path}, nil
}

func (o *output) Write(b []byte) (int, error) {
	if o.err != nil {
		return 0, o.err
	}
	n, err := o.w.Write(b)
	if err != nil {
		o.err = &writeError{o.name, err}
		return n, o.err
	}
	return n, nil
}

// close closes the -o file and returns the first error of writing, or
// err when it is not nil and no writing failed.
func (o *output) close(err error) error {
	if o.file != nil {
		if cerr := o.file.Close(); cerr != nil && o.err == nil {
			o.err = &writeError{o.name, cerr}
		}
	}
	if o.err != nil && (err == nil || errors.As(err, new(*writeError))) {
		return o.err
	}
	return err
}
