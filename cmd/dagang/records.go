package main

import (
	"strconv"
	"strings"
	"sync"
	"unicode/utf16"

	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"iter"

	"github.com/valyala/fastjson"

	"github.com/spf13/cobra"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/decode"
	"github.com/dagang/dagang/internal/scan"
)

// recordLine is a line of standard input and its 1-based number. Its
// bytes are in a buffer lent by recordBuffers, given back once the record
// is parsed and encoded.
type recordLine struct {
	number int
	data   []byte
	buf    *[]byte
}

// recordBuffers lends the buffers the lines of standard input are read
// into: a record holds a whole speech, and a run reuses a few buffers (as
// many as records in flight) rather than new memory for each record.
var recordBuffers = sync.Pool{New: func() any { return new([]byte) }}

// releaseLine gives a line's buffer back, unless it grew too large to
// keep.
func releaseLine(line recordLine) {
	if line.buf != nil && cap(*line.buf) <= keptBufferMax {
		recordBuffers.Put(line.buf)
	}
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
		dec := &recordDecoder{}
		return func(line recordLine) fileResult[[]byte] {
			defer releaseLine(line)
			return parseRecord(parser, dec, buffers.encode, line, opts.maxInput)
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
			buf := recordBuffers.Get().(*[]byte)
			data := (*buf)[:0]
			var err error
			for {
				var piece []byte
				piece, err = br.ReadSlice('\n')
				data = append(data, piece...)
				if err != bufio.ErrBufferFull {
					break
				}
			}
			*buf = data
			if len(data) > 0 && !yield(recordLine{number, trimLineEnd(data), buf}) {
				return
			}
			if len(data) == 0 {
				recordBuffers.Put(buf)
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
// Lines, made by encode. A record's text is held to what a file's would
// be: at most limit bytes, valid UTF-8, no NUL.
func parseRecord(parser *dagang.Parser, dec *recordDecoder, encode func(*ast.Document) ([]byte, error), line recordLine, limit int64) fileResult[[]byte] {
	rec, err := dec.decode(line.data, limit)
	r := fileResult[[]byte]{source: ast.Source{Name: rec.name}}
	if err != nil {
		r.err = &recordError{line.number, err}
		return r
	}
	text := decode.Text{Text: rec.text, Encoding: "utf-8", Bytes: len(rec.text)}
	doc, err := guard(func() (*ast.Document, error) { return parser.Parse(rec.name, text) })
	if err == nil {
		r.source = doc.Source
		r.value, err = encode(doc)
		parser.Recycle(doc) // encoded: the next record may build in its memory
	}
	if err != nil {
		r.err = &recordError{line.number, err}
	}
	return r
}

// recordError is what is wrong with the record on a line of standard
// input.
type recordError struct {
	line int
	err  error
}

func (e *recordError) Error() string { return describe(englishPrinter, e) }
func (e *recordError) Unwrap() error { return e.err }

// recordProblem is a record that is not {"name": "...", "text": "..."}:
// a catalog key and its arguments.
type recordProblem struct {
	key  string
	args []any
}

func (e *recordProblem) Error() string { return englishPrinter.T(e.key, e.args...) }

// record is what a line of --records holds.
type record struct {
	name, text string
}

// recordDecoder reads records without a general-purpose JSON pass: the
// line is parsed by fastjson, of which each worker has its own, only
// name and text are taken, and the line is checked for what
// encoding/json would refuse and fastjson does not (invalid UTF-8, an
// escape that is not one, a lone surrogate, a control character in a
// string).
type recordDecoder struct {
	p fastjson.Parser
}

// decode reads {"name": "...", "text": "..."}; other fields are left
// alone. It returns the name it could read even when the record is
// wrong, so that the error line says whose it is.
func (d *recordDecoder) decode(data []byte, limit int64) (record, error) {
	var rec record
	trimmed := bytes.TrimSpace(data)
	if len(trimmed) == 0 {
		return rec, &recordProblem{"record.empty", nil}
	}
	if trimmed[0] != '{' {
		return rec, &recordProblem{"record.not-object", nil}
	}
	if !scan.Valid(trimmed) {
		return rec, fmt.Errorf("%w: the record is not UTF-8", decode.ErrEncoding)
	}
	v, err := d.p.ParseBytes(trimmed)
	if err != nil {
		return rec, &recordProblem{"record.syntax", []any{fastjsonReason(err)}}
	}
	if v.Type() != fastjson.TypeObject {
		return rec, &recordProblem{"record.not-object", nil}
	}
	name, err := stringField(v, "name")
	rec.name = name
	if err != nil {
		return rec, err
	}
	if err := checkJSONStrings(trimmed); err != nil {
		return rec, err
	}
	tv := v.Get("text")
	if tv == nil || tv.Type() == fastjson.TypeNull {
		return rec, &recordProblem{"record.no-text", nil}
	}
	text, err := stringField(v, "text")
	if err != nil {
		return rec, err
	}
	if limit == 0 {
		limit = dagang.DefaultMaxInput
	}
	if limit > 0 && int64(len(text)) > limit {
		return rec, decode.TooLarge(limit)
	}
	if strings.IndexByte(text, 0) >= 0 {
		return rec, fmt.Errorf("%w (NUL bytes)", decode.ErrBinary)
	}
	rec.text = text
	return rec, nil
}

// stringField is the string of an object's field: "" when it is absent
// or null, an error when it is not a string.
func stringField(v *fastjson.Value, key string) (string, error) {
	f := v.Get(key)
	if f == nil || f.Type() == fastjson.TypeNull {
		return "", nil
	}
	if f.Type() != fastjson.TypeString {
		return "", &recordProblem{"record.type", []any{key, jsonTypeName(f.Type())}}
	}
	return string(f.GetStringBytes()), nil
}

// jsonTypeName names a JSON type as encoding/json's errors do.
func jsonTypeName(t fastjson.Type) string {
	switch t {
	case fastjson.TypeNumber:
		return "number"
	case fastjson.TypeArray:
		return "array"
	case fastjson.TypeObject:
		return "object"
	case fastjson.TypeTrue, fastjson.TypeFalse:
		return "bool"
	}
	return t.String()
}

// fastjsonReason is fastjson's error in encoding/json's words where they
// say the same: a line that ends inside its record is "unexpected end of
// JSON input", whatever fastjson was parsing.
func fastjsonReason(err error) string {
	msg := strings.TrimPrefix(err.Error(), "cannot parse JSON: ")
	if strings.HasSuffix(msg, `unparsed tail: ""`) {
		return "unexpected end of JSON input"
	}
	return msg
}

// checkJSONStrings refuses in the strings of a record what JSON does not
// allow and fastjson lets through: an escape that is not one, a
// surrogate escape without its pair (text no UTF-8 can hold), a raw
// control character.
func checkJSONStrings(b []byte) error {
	in := false
	for i := 0; i < len(b); i++ {
		c := b[i]
		if in && c >= 0x20 && c != '"' && c != '\\' {
			// Inside a string, on to the next byte that may end it, escape
			// or break it: most of a record is the text of its speech.
			k := scan.IndexJSONEscapeBytes(b[i:])
			if k < 0 {
				return nil // an unfinished string: the JSON reader's to report
			}
			i += k
			if c = b[i]; c >= 0x20 && c != '"' && c != '\\' {
				continue // U+2028 or U+2029, which a JSON string may hold
			}
		}
		switch {
		case !in:
			in = c == '"'
		case c == '"':
			in = false
		case c < 0x20:
			return &recordProblem{"record.syntax", []any{"a control character in a string"}}
		case c == '\\':
			if i+1 >= len(b) {
				return &recordProblem{"record.syntax", []any{"unexpected end of JSON input"}}
			}
			i++
			switch b[i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				r, ok := hex4(b, i+1)
				if !ok {
					return &recordProblem{"record.syntax", []any{`a \u escape without four hex digits`}}
				}
				i += 4
				if utf16.IsSurrogate(r) {
					low, ok := hex4(b, i+3)
					if r >= 0xDC00 || i+2 >= len(b) || b[i+1] != '\\' || b[i+2] != 'u' || !ok || low < 0xDC00 || low > 0xDFFF {
						return fmt.Errorf("%w: a lone surrogate escape (\\u%04x) in the record", decode.ErrEncoding, r)
					}
					i += 6
				}
			default:
				return &recordProblem{"record.syntax", []any{fmt.Sprintf("invalid escape \\%c in a string", b[i])}}
			}
		}
	}
	return nil
}

// hex4 reads the four hex digits at b[i:].
func hex4(b []byte, i int) (rune, bool) {
	if i+4 > len(b) {
		return 0, false
	}
	n, err := strconv.ParseUint(string(b[i:i+4]), 16, 16)
	return rune(n), err == nil
}
