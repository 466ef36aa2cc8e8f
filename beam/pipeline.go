package dagangbeam

import (
	"errors"
	"fmt"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

// Options say what the pipeline reads and where it writes.
type Options struct {
	// Inputs are file patterns (filepath.Match syntax, no "**"): local
	// paths, or gs:// and s3:// when their filesystems are linked in. A
	// pattern without a wildcard that matches nothing fails the pipeline.
	Inputs []string
	// Output is the prefix of the JSON Lines shards of documents, one
	// version-1 document a line: PREFIX-00000-of-00004.jsonl, …
	Output string
	// Errors is the JSON Lines file of the files that failed, one
	// {"source": {...}, "error": "..."} a line; "" means
	// Output + "-errors.jsonl". It is written even when empty.
	Errors string
	// Shards is how many files the documents are written to, through a
	// shuffle of the documents; 0 writes one for each bundle of the
	// runner's where the documents are, with no shuffle (one on prism).
	Shards int
}

// ErrorsPath is where the error records are written.
func (o Options) ErrorsPath() string {
	if o.Errors == "" {
		return o.Output + "-errors.jsonl"
	}
	return o.Errors
}

func (o Options) check() error {
	if len(o.Inputs) == 0 {
		return errors.New("no input pattern")
	}
	if o.Output == "" {
		return errors.New("no output prefix")
	}
	if o.Shards < 0 {
		return fmt.Errorf("shards must be 0 or more, got %d", o.Shards)
	}
	for _, path := range append(append([]string(nil), o.Inputs...), o.Output, o.ErrorsPath()) {
		if err := validScheme(path); err != nil {
			return err
		}
	}
	return nil
}

// validScheme says whether path's filesystem (gs://, s3://, local) is
// linked in; Beam's own check panics.
func validScheme(path string) (err error) {
	defer func() {
		if p := recover(); p != nil {
			err = fmt.Errorf("%v", p)
		}
	}()
	filesystem.ValidateScheme(path)
	return nil
}

// Build adds the pipeline to s: match the patterns, read each file whole,
// parse it, write the documents' shards and the errors file.
func Build(s beam.Scope, o Options) error {
	if err := o.check(); err != nil {
		return err
	}
	patterns := beam.CreateList(s.Scope("Inputs"), o.Inputs)
	matched := fileio.MatchAll(s, patterns)
	// Uncompressed: a file's bytes are read as they are (a .gz is not
	// text), as the dagang command reads them.
	files := fileio.ReadMatches(s, eachOnce(s, matched), fileio.ReadUncompressed())
	documents, failures := beam.ParDo2(s.Scope("Parse"), &parseFn{}, files)
	if o.Shards > 0 {
		writeShards(s, o.Output, o.Shards, documents)
	} else {
		writeBundles(s, o.Output, documents)
	}
	writeFile(s, o.ErrorsPath(), failures)
	return nil
}

func init() {
	register.Function1x2[fileio.FileMetadata, string, fileio.FileMetadata](byPath)
	register.Function2x1[string, func(*fileio.FileMetadata) bool, fileio.FileMetadata](firstOf)
	register.Iter1[fileio.FileMetadata]()
}

// eachOnce passes on each matched file once, however many patterns
// matched it. The grouping by path also spreads the files over the
// workers, where matching lists all the files of a pattern in one
// element.
func eachOnce(s beam.Scope, matched beam.PCollection) beam.PCollection {
	s = s.Scope("EachOnce")
	return beam.ParDo(s, firstOf, beam.GroupByKey(s, beam.ParDo(s, byPath, matched)))
}

func byPath(md fileio.FileMetadata) (string, fileio.FileMetadata) { return md.Path, md }

func firstOf(_ string, matches func(*fileio.FileMetadata) bool) fileio.FileMetadata {
	var md fileio.FileMetadata
	matches(&md)
	return md
}
