package dagangbeam

import (
	"slices"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/docjson"
)

// documentJSON returns a document's line of JSON Lines without its
// newline: the compact version-1 JSON that `dagang parse` writes for it.
// It is the pipeline's one use of the encoder.
func documentJSON(doc *ast.Document) []byte {
	// A document's JSON runs to about one and a half times its input:
	// room for twice that saves growing the buffer step by step.
	return docjson.Append(slices.Grow([]byte(nil), 2*doc.Source.Bytes+1<<10), doc, docjson.Options{})
}
