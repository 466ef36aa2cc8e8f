package export

import (
	"bufio"
	"io"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/docjson"
)

// jsonExporter writes the version-1 JSON document, as `dagang parse` does.
type jsonExporter struct{}

func (jsonExporter) Name() string { return "json" }

func (jsonExporter) Summary() string { return "the version-1 JSON document, as dagang parse prints it" }

func (jsonExporter) Export(w io.Writer, doc *ast.Document, _ Options) error {
	bw := bufio.NewWriterSize(w, 256<<10)
	if err := docjson.Write(bw, doc, docjson.Options{}); err != nil {
		return err
	}
	if err := bw.WriteByte('\n'); err != nil {
		return err
	}
	return bw.Flush()
}
