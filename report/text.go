package report

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

// writeText writes a line per finding as go vet and gcc do:
//
//	FILE:LINE:COL: SEVERITY: MESSAGE [CODE]
//
// COL counted in bytes from 1, so that Vim's quickfix (errorformat
// %f:%l:%c: %m), Emacs' compilation mode and VS Code's problem matchers
// land on the finding's first character; the name quoted when it holds a
// control character (Name), the message kept to one line.
func writeText(w io.Writer, findings []Finding) error {
	bw := bufio.NewWriter(w)
	for _, f := range findings {
		fmt.Fprintf(bw, "%s:%d:%d: %s: %s [%s]\n", Name(f.File), f.Line, f.ByteColumn, f.Severity, oneLine(f.Message), f.Code)
	}
	return bw.Flush()
}

// oneLine keeps a message to its line.
func oneLine(s string) string {
	if !strings.ContainsAny(s, "\r\n") {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

// writeJSON writes the findings as one indented JSON array.
func writeJSON(w io.Writer, findings []Finding) error {
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if findings == nil {
		findings = []Finding{}
	}
	if err := enc.Encode(findings); err != nil {
		return err
	}
	return bw.Flush()
}
