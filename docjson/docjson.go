// Package docjson writes the version-1 JSON document (docs/json.md): the
// outline of an ast.Document as `dagang parse` prints it and every
// exporter and consumer reads it.
//
// The encoding is written by hand rather than through encoding/json's
// reflection: a document carries every byte of its input as text, so the
// encoder is on the hot path of `dagang parse`, and the contract's nulls
// (an untitled speech, a missing closing) and always-present arrays are
// easier to keep exact here than with struct tags.
//
// The writer streams. It hands its buffer to the writer whenever the
// buffer is full, in the middle of a string if need be, so that the
// memory an encoding takes is bounded by the document's tree and never by
// its longest string: a noise stretch of hundreds of megabytes is escaped
// piece by piece, never built whole.
package docjson

import (
	"bytes"
	"io"

	"github.com/dagang/dagang/ast"
)

// Options tunes Write.
type Options struct {
	// Indent, when not empty, pretty-prints with this indent per level,
	// as json.Indent(dst, src, "", Indent) would the compact encoding.
	Indent string
}

// Write writes doc as one version-1 JSON document, with no trailing
// newline.
func Write(w io.Writer, doc *ast.Document, opt Options) error {
	if opt.Indent != "" {
		iw := &indenter{w: w, indent: opt.Indent, buf: make([]byte, 0, 2*flushSize)}
		if err := Write(iw, doc, Options{}); err != nil {
			return err
		}
		return iw.flush()
	}
	e := newEncoder(w, make([]byte, 0, bufferFor(doc)))
	e.document(doc)
	e.flush()
	return e.err
}

// Append appends the document's compact JSON, as Write writes it, to dst
// and returns the extended buffer: for a caller that collects the JSON of
// many small documents (a JSON Lines writer) without a writer and a
// buffer of its own for each. The caller holds the whole encoding.
func Append(dst []byte, doc *ast.Document, opt Options) []byte {
	e := newEncoder(nil, dst)
	e.document(doc)
	return e.buf
}

// Marshal returns the document's compact JSON, as Write writes it.
func Marshal(doc *ast.Document) ([]byte, error) {
	var b bytes.Buffer
	err := Write(&b, doc, Options{})
	return b.Bytes(), err
}

// bufferFor is the room the encoder's buffer starts with: a document's
// JSON runs to about twice its text, and a buffer is written out once it
// holds flushSize bytes, so a small document takes little.
func bufferFor(doc *ast.Document) int { return min(flushSize+slack, 2*len(doc.Text)+1<<10) }
