package dagangbeam

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"slices"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/ast"
)

func init() {
	register.DoFn4x0[context.Context, fileio.ReadableFile, func([]byte), func([]byte)](&parseFn{})
	register.Emitter1[[]byte]()
}

// Counter names, in namespace Namespace.
const (
	Namespace       = "dagang"
	CounterFiles    = "files"    // files read, failed or not
	CounterBytes    = "bytes"    // bytes of the files read
	CounterSpeeches = "speeches" // speeches in the documents
	CounterSections = "sections" // sections in the documents, at every level
	CounterFailures = "failures" // files that gave no document
)

var (
	filesCounter    = beam.NewCounter(Namespace, CounterFiles)
	bytesCounter    = beam.NewCounter(Namespace, CounterBytes)
	speechesCounter = beam.NewCounter(Namespace, CounterSpeeches)
	sectionsCounter = beam.NewCounter(Namespace, CounterSections)
	failuresCounter = beam.NewCounter(Namespace, CounterFailures)
)

// parseFn parses each file whole into its document's line of JSON Lines;
// a file that cannot be read, is too large or is not text gives the line
// of its error record instead, on the second output.
type parseFn struct {
	// parser is this instance's: Beam hands an instance one bundle at a
	// time, and the Parser carries what it read from one file to the next
	// and builds each document in the memory of the last.
	parser *dagang.Parser
	// scratch is the buffer the next file is read into.
	scratch []byte
}

func (fn *parseFn) Setup() {
	fn.parser = dagang.NewParser(nil)
}

func (fn *parseFn) ProcessElement(ctx context.Context, file fileio.ReadableFile, emitDocument, emitError func([]byte)) {
	filesCounter.Inc(ctx, 1)
	line, source, err := fn.parse(ctx, file)
	bytesCounter.Inc(ctx, int64(source.Bytes))
	if err != nil {
		failuresCounter.Inc(ctx, 1)
		emitError(errorJSON(source, err))
		return
	}
	emitDocument(line)
}

// parse reads and parses one file; source is what is known of the file
// when it fails.
func (fn *parseFn) parse(ctx context.Context, file fileio.ReadableFile) (line []byte, source ast.Source, err error) {
	name := file.Metadata.Path
	source = ast.Source{Name: name}
	raw, err := fn.read(ctx, file)
	source.Bytes = len(raw)
	if err != nil {
		return nil, source, reason(err)
	}
	// The library copies the text: the buffer is the next file's.
	doc, err := guard(func() (*ast.Document, error) { return fn.parser.Parse(name, raw) })
	fn.scratch = raw[:0]
	if err != nil {
		return nil, source, reason(err)
	}
	speechesCounter.Inc(ctx, int64(len(doc.Speeches)))
	sectionsCounter.Inc(ctx, int64(countSections(doc)))
	line = documentJSON(doc)
	source = doc.Source
	// The line is a copy: the next file may build in the document's memory.
	fn.parser.Recycle(doc)
	return line, source, nil
}

// read reads a file whole into the instance's buffer, in one read when
// the size the filesystem gave holds, and no more than one byte past
// dagang.DefaultMaxInput: the parse refuses what is longer.
func (fn *parseFn) read(ctx context.Context, file fileio.ReadableFile) ([]byte, error) {
	if file.Metadata.Size > dagang.DefaultMaxInput {
		// Refused before a byte is read.
		return nil, fmt.Errorf("%w of %d bytes", dagang.ErrTooLarge, dagang.DefaultMaxInput)
	}
	rc, err := file.Open(ctx)
	if err != nil {
		return nil, err
	}
	defer rc.Close()
	r := io.LimitReader(rc, dagang.DefaultMaxInput+1)
	buf := fn.scratch[:0]
	if cap(buf) > keptBufferMax {
		buf = nil // one huge file is not kept for the rest of the run
	}
	buf = slices.Grow(buf, int(file.Metadata.Size)+1)
	for {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, len(buf)) // the file grew
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if errors.Is(err, io.EOF) {
			return buf, nil
		}
		if err != nil {
			return buf, err
		}
	}
}

// keptBufferMax is the largest read buffer an instance keeps for the next
// file.
const keptBufferMax = 1 << 20

// guard turns a panic of parse into the file's error: in a run over a
// corpus, one file the parser cannot cope with must not fail the bundle,
// which a runner would retry and fail again.
func guard(parse func() (*ast.Document, error)) (doc *ast.Document, err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("internal error: %v", p)
		}
	}()
	return parse()
}

// reason is an error without the operation and path of a *fs.PathError:
// the record names the file already.
func reason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}

// countSections counts the sections of every speech, at every level.
func countSections(doc *ast.Document) int {
	var count func([]*ast.Section) int
	count = func(sections []*ast.Section) int {
		n := len(sections)
		for _, s := range sections {
			n += count(s.Children)
		}
		return n
	}
	n := 0
	for _, sp := range doc.Speeches {
		n += count(sp.Sections)
	}
	return n
}

// errorRecord is the JSON Lines record of a file that failed, as `dagang
// parse` writes it for an input it cannot read.
type errorRecord struct {
	Source ast.Source `json:"source"`
	Error  string     `json:"error"`
}

// errorJSON returns the line {"source": {...}, "error": "..."} without its
// newline, the error on one line.
func errorJSON(source ast.Source, cause error) []byte {
	var b strings.Builder
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	// An ast.Source and a string always encode.
	_ = enc.Encode(errorRecord{Source: source, Error: strings.Join(strings.Fields(cause.Error()), " ")})
	return []byte(strings.TrimSuffix(b.String(), "\n"))
}
