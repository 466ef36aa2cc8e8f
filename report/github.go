package report

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/dagang/dagang/ast"
)

// writeGitHub writes each finding as a GitHub Actions workflow command,
//
//	::warning file=speech.txt,line=8,col=3,endLine=8,endColumn=5,title=numbering-gap::MESSAGE
//
// which the run's log turns into an annotation on the file. Columns are
// characters, as the annotations count them; info is a notice.
func writeGitHub(w io.Writer, findings []Finding) error {
	bw := bufio.NewWriter(w)
	for _, f := range findings {
		fmt.Fprintf(bw, "::%s file=%s,line=%d,col=%d,endLine=%d,endColumn=%d,title=%s::%s\n",
			githubLevel(f.Severity), escapeProperty(f.File), f.Line, f.Column, max(f.Span.EndLine, f.Line),
			f.EndColumn, escapeProperty(string(f.Code)), escapeData(f.Message))
	}
	return bw.Flush()
}

func githubLevel(s ast.Severity) string {
	switch s {
	case ast.SeverityError:
		return "error"
	case ast.SeverityWarning:
		return "warning"
	}
	return "notice"
}

// escapeData and escapeProperty escape a workflow command's message and
// its property values as the runner unescapes them.
var (
	dataEscaper     = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A")
	propertyEscaper = strings.NewReplacer("%", "%25", "\r", "%0D", "\n", "%0A", ":", "%3A", ",", "%2C")
)

func escapeData(s string) string     { return escapeControls(dataEscaper.Replace(s)) }
func escapeProperty(s string) string { return escapeControls(propertyEscaper.Replace(s)) }

// escapeControls writes the control characters the runner does not
// unescape (an escape code would colour the log) as %XX: the log shows
// them as written and stays one line.
func escapeControls(s string) string {
	if !strings.ContainsFunc(s, unsafeRune) {
		return s
	}
	var b strings.Builder
	for _, r := range s {
		if unsafeRune(r) {
			fmt.Fprintf(&b, "%%%02X", r)
			continue
		}
		b.WriteRune(r)
	}
	return b.String()
}
