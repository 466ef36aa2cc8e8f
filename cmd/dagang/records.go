package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"

	"github.com/spf13/cobra"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/decode"
)

// record is one line of `dagang parse --records`: a speech whose text is
// already decoded, as a distributed engine holds it.
type record struct {
	Name string  `json:"name"`
	Text *string `json:"text"`
}

// recordLine is a line of standard input and its 1-based number.
type recordLine struct {
	number int
	data   []byte
}

// runRecords reads JSON Lines records {"name", "text"} from standard input
// and writes, for every line, one line: the document, or the error line of
// a record that could not be read. Each line is written as soon as its
// turn comes, so that a streaming engine (Hadoop Streaming, Spark's
// RDD.pipe) gets it without waiting for the rest. A malformed record is
// reported and the run goes on; it ends with exit status 1.
func (a *app) runRecords(cmd *cobra.Command, stdout io.Writer, opts batchOptions) error {
	defer batchGC()()
	stderr := cmd.ErrOrStderr()
	lines, readErr := readRecordLines(a.stdin)
	failed := 0
	var buffers lineBuffers
	process := func() func(recordLine) fileResult[[]byte] {
		// A record's document is encoded before the next is parsed.
		parser := batchParser(opts.jobs)
		return func(line recordLine) fileResult[[]byte] {
			return parseRecord(parser, buffers.encode, line, opts.maxInput)
		}
	}
	err := runPool(pool{opts.jobs, opts.unordered}, lines, process, func(r fileResult[[]byte]) error {
		if r.err != nil {
			failed++
			a.reportFailure(stderr, r.source.Name, r.err)
			return writeErrorLine(stdout, r.source, r.err)
		}
		_, err := stdout.Write(r.value)
		buffers.release(r.value)
		return err
	})
	if err != nil {
		return err
	}
	if *readErr != nil {
		return a.inputFailure("-", *readErr)
	}
	if failed > 0 {
		return errSilent{exitInput}
	}
	return nil
}

// readRecordLines yields the lines of r, of any length, without their line
// end. The error that ended the reading, if not the end of the input, is
// left in *err once the lines are done.
func readRecordLines(r io.Reader) (iter.Seq[recordLine], *error) {
	var readErr error
	lines := func(yield func(recordLine) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		for number := 1; ; number++ {
			data, err := br.ReadBytes('\n')
			if len(data) > 0 && !yield(recordLine{number, trimLineEnd(data)}) {
				return
			}
			if err != nil {
				if !errors.Is(err, io.EOF) {
					readErr = err
				}
				return
			}
		}
	}
	return lines, &readErr
}

func trimLineEnd(b []byte) []byte {
	b = bytes.TrimSuffix(b, []byte("\n"))
	return bytes.TrimSuffix(b, []byte("\r"))
}

// parseRecord decodes a record and parses its text into a line of JSON
// Lines, made by encode.
func parseRecord(parser *dagang.Parser, encode func(*ast.Document) ([]byte, error), line recordLine, limit int64) fileResult[[]byte] {
	rec, err := decodeRecord(line.data)
	r := fileResult[[]byte]{source: ast.Source{Name: rec.Name}}
	if err != nil {
		r.err = fmt.Errorf("line %d: %w", line.number, err)
		return r
	}
	text := decode.Text{Text: *rec.Text, Encoding: "utf-8", Bytes: len(*rec.Text)}
	doc, err := guard(func() (*ast.Document, error) { return parser.Parse(rec.Name, text) })
	if err == nil {
		r.source = doc.Source
		r.value, err = encode(doc)
		parser.Recycle(doc) // encoded: the next record may build in its memory
	}
	if err != nil {
		r.err = fmt.Errorf("line %d: %w", line.number, err)
	}
	return r
}

// decodeRecord reads {"name": "...", "text": "..."}; other fields are
// left alone. It returns the name it could read even when the record is
// wrong, so that the error line says whose it is.
func decodeRecord(data []byte) (record, error) {
	var rec record
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return rec, errors.New("empty line, not a record")
	}
	if trimmed[0] != '{' {
		return rec, errors.New(`not a record: want a JSON object {"name": "...", "text": "..."}`)
	}
	err := json.Unmarshal(trimmed, &rec)
	var typeErr *json.UnmarshalTypeError
	switch {
	case errors.As(err, &typeErr):
		return rec, fmt.Errorf("%q is a JSON %s, not a string", typeErr.Field, typeErr.Value)
	case err != nil:
		return rec, fmt.Errorf("not a record: %w", err)
	case rec.Text == nil:
		return rec, errors.New(`no "text" in the record`)
	}
	return rec, nil
}
