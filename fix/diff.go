package fix

import (
	"strings"

	udiff "github.com/aymanbagabas/go-udiff"
)

// Diff is the corrections as a unified diff of the decoded texts, before
// and after, labelled name and "name (fixed)" (UTF-8, whatever the input's
// encoding, so that a terminal shows it); "" when nothing was corrected.
// Lines that end in a lone CR are shown ending in LF: a unified diff is
// made of \n-ended lines.
func (r *Result) Diff(name string) string {
	if len(r.Edits) == 0 {
		return ""
	}
	return udiff.Unified(name, name+" (fixed)", lfOnly(r.Before), lfOnly(r.After))
}

// lfOnly turns lone CRs (old Mac line ends) into LFs; CRLF stays.
func lfOnly(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '\r' && (i+1 == len(s) || s[i+1] != '\n') {
			b.WriteByte('\n')
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}
