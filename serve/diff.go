package serve

import (
	"strings"

	udiff "github.com/aymanbagabas/go-udiff"

	"github.com/dagang/dagang/fix"
)

// unifiedDiff is the diff `dagang fix --dry-run` prints: the decoded texts
// before and after, labelled name and "name (fixed)", empty when nothing
// was corrected. Lines that end in a lone CR are shown ending in LF, since
// a unified diff is made of \n-ended lines.
func unifiedDiff(name string, res *fix.Result) string {
	if len(res.Edits) == 0 {
		return ""
	}
	return udiff.Unified(name, name+" (fixed)", lfOnly(res.Before), lfOnly(res.After))
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
