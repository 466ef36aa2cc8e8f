package main

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/decode"
	"github.com/dagang/dagang/grammar"
)

// fixableFixtures hold every slip fix corrects.
var fixableFixtures = []string{"numbering-gap", "numbering-duplicate", "numbering-order",
	"marker-punctuation", "bracket-mismatch", "renumber-styles"}

// TestFixIsClean: dagang fix on every fixture with a fixable slip prints a
// text whose dagang check has no error and no fixable warning left, and
// the dry-run diff changes marker bytes only.
func TestFixIsClean(t *testing.T) {
	for _, name := range fixableFixtures {
		t.Run(name, func(t *testing.T) {
			in := checkDir + name + ".txt"
			code, fixed, errOut := runCLI(t, "", "fix", in)
			if code != 0 || errOut != "" {
				t.Fatalf("fix: exit %d, stderr %q", code, errOut)
			}
			code, fs, _ := checkJSON(t, fixed, "--fail-on", "warning", "-")
			for _, f := range fs {
				if f.Severity == ast.SeverityError || f.Code == ast.CodeMarkerPunctuation {
					t.Errorf("left after fix: %+v", f)
				}
			}
			if code != 0 {
				t.Errorf("check of the fixed text: exit %d", code)
			}
			raw, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			_, diff, _ := runCLI(t, "", "fix", "--dry-run", in)
			checkDiff(t, in, string(raw), fixed, diff)
		})
	}
}

// checkDiff reads a unified diff of fix: its header names the file, it
// turns the input into the fixed text, and each changed line differs from
// the line it replaces only in the marker at its head.
func checkDiff(t *testing.T, path, before, after, diff string) {
	t.Helper()
	if !strings.HasPrefix(diff, "--- "+path+"\n+++ "+path+" (fixed)\n@@ ") {
		t.Fatalf("diff header: %.80q", diff)
	}
	applied, err := applyDiff(before, diff)
	if err != nil || applied != after {
		t.Errorf("the diff does not turn the input into the fixed text: %v", err)
	}
	var removed, added []string
	for _, line := range strings.Split(diff, "\n")[2:] {
		switch {
		case strings.HasPrefix(line, "-"):
			removed = append(removed, line[1:])
		case strings.HasPrefix(line, "+"):
			added = append(added, line[1:])
		}
	}
	if len(removed) != len(added) || len(removed) == 0 {
		t.Fatalf("%d lines removed, %d added", len(removed), len(added))
	}
	for k := range removed {
		old, new := splitMarker(t, removed[k]), splitMarker(t, added[k])
		if old[0] != new[0] || old[2] != new[2] {
			t.Errorf("changed outside the marker: %q → %q", removed[k], added[k])
		}
		if old[1] == new[1] {
			t.Errorf("line changed but not its marker: %q → %q", removed[k], added[k])
		}
	}
}

// hunkHeader is a hunk's "@@ -from,count +to,count @@" line.
var hunkHeader = regexp.MustCompile(`^@@ -(\d+)(?:,\d+)? \+\d+(?:,\d+)? @@$`)

// applyDiff applies a unified diff to text, checking every context and
// removed line against it.
func applyDiff(text, diff string) (string, error) {
	src := strings.SplitAfter(text, "\n")
	var out strings.Builder
	next := 0 // index in src of the next line not yet copied
	lines := strings.SplitAfter(diff, "\n")
	for k := 2; k < len(lines); k++ {
		line := lines[k]
		if line == "" {
			continue
		}
		if m := hunkHeader.FindStringSubmatch(strings.TrimSuffix(line, "\n")); m != nil {
			from, _ := strconv.Atoi(m[1])
			for ; next < from-1; next++ {
				out.WriteString(src[next])
			}
			continue
		}
		body := line[1:]
		if k+1 < len(lines) && strings.HasPrefix(lines[k+1], "\\") {
			body = strings.TrimSuffix(body, "\n") // "\ No newline at end of file"
			k++
		}
		switch line[0] {
		case ' ', '-':
			if next >= len(src) || src[next] != body {
				return "", fmt.Errorf("line %d of the input is not %q", next+1, body)
			}
			if line[0] == ' ' {
				out.WriteString(body)
			}
			next++
		case '+':
			out.WriteString(body)
		default:
			return "", fmt.Errorf("not a diff line: %q", line)
		}
	}
	for ; next < len(src); next++ {
		out.WriteString(src[next])
	}
	return out.String(), nil
}

// splitMarker cuts a heading line into what stands before its marker, the
// marker, and the rest.
func splitMarker(t *testing.T, line string) [3]string {
	t.Helper()
	m, ok := grammar.ParseMarker(line)
	if !ok {
		t.Fatalf("no marker on a changed line: %q", line)
	}
	return [3]string{line[:m.Start], line[m.Start:m.End], line[m.End:]}
}

// gb18030CRLF writes a UTF-8 fixture as GB18030 with CRLF line ends, as a
// Word export on Windows is.
func gb18030CRLF(t *testing.T, utf8Text string) []byte {
	t.Helper()
	crlf := strings.ReplaceAll(utf8Text, "\n", "\r\n")
	b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(crlf))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestFixKeepsEncoding: GB18030 with CRLF in, GB18030 with CRLF out — the
// corrected text, and every byte outside the markers as it was.
func TestFixKeepsEncoding(t *testing.T) {
	for _, name := range fixableFixtures {
		raw, err := os.ReadFile(checkDir + name + ".txt")
		if err != nil {
			t.Fatal(err)
		}
		_, fixedUTF8, _ := runCLI(t, "", "fix", checkDir+name+".txt")
		in := gb18030CRLF(t, string(raw))
		code, out, errOut := runCLI(t, string(in), "fix", "-")
		if code != 0 || errOut != "" {
			t.Fatalf("%s: exit %d, stderr %q", name, code, errOut)
		}
		if want := gb18030CRLF(t, fixedUTF8); out != string(want) {
			t.Errorf("%s: the output is not the fixed text in GB18030 with CRLF", name)
		}
		dec, err := decode.Decode([]byte(out))
		if err != nil || dec.Encoding != decode.GB18030 {
			t.Errorf("%s: output decodes as %q: %v", name, dec.Encoding, err)
		}
		if strings.Count(out, "\r\n") != strings.Count(string(in), "\r\n") || strings.Count(out, "\n") != strings.Count(out, "\r\n") {
			t.Errorf("%s: line ends changed", name)
		}
	}
}

// TestFixWrite: -w keeps the original bytes in FILE.bak and rewrites FILE in
// its encoding, keeping its mode, with no temporary file left behind; a
// second run has nothing to fix and leaves both files alone.
func TestFixWrite(t *testing.T) {
	raw, err := os.ReadFile(checkDir + "numbering-order.txt")
	if err != nil {
		t.Fatal(err)
	}
	_, fixedUTF8, _ := runCLI(t, "", "fix", checkDir+"numbering-order.txt")
	dir := t.TempDir()
	path := filepath.Join(dir, "讲话.txt")
	original := gb18030CRLF(t, string(raw))
	if err := os.WriteFile(path, original, 0o640); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "", "fix", "-w", path)
	if code != 0 || errOut != "" || !strings.Contains(out, "2 corrections") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if bak, err := os.ReadFile(path + ".bak"); err != nil || !bytes.Equal(bak, original) {
		t.Errorf("FILE.bak does not hold the original bytes: %v", err)
	}
	got, err := os.ReadFile(path)
	if err != nil || !bytes.Equal(got, gb18030CRLF(t, fixedUTF8)) {
		t.Errorf("FILE is not the fixed text in GB18030 with CRLF: %v", err)
	}
	if st, err := os.Stat(path); err != nil || st.Mode().Perm() != 0o640 {
		t.Errorf("mode %v, want 0640: %v", st.Mode().Perm(), err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 2 {
		t.Errorf("files left in the directory: %v", entries)
	}
	code, out, _ = runCLI(t, "", "fix", "-w", path)
	if code != 0 || !strings.Contains(out, "nothing to fix") {
		t.Errorf("second run: exit %d, stdout %q", code, out)
	}
	if bak, _ := os.ReadFile(path + ".bak"); !bytes.Equal(bak, original) {
		t.Error("the second run overwrote FILE.bak")
	}
}

// TestFixNothingToFix: a text with no fixable slip comes back byte for
// byte, and its dry run prints nothing.
func TestFixNothingToFix(t *testing.T) {
	for _, name := range []string{"clean", "implied-parent", "mixed-style", "list-starts-late"} {
		in := checkDir + name + ".txt"
		raw, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		code, out, _ := runCLI(t, "", "fix", in)
		if code != 0 || out != string(raw) {
			t.Errorf("%s: exit %d, output differs from the input", name, code)
		}
		code, out, _ = runCLI(t, "", "fix", "--dry-run", in)
		if code != 0 || out != "" {
			t.Errorf("%s: dry run: exit %d, %q", name, code, out)
		}
	}
}

func TestFixExitCodes(t *testing.T) {
	gap := checkDir + "numbering-gap.txt"
	raw, err := os.ReadFile(gap)
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name    string
		stdin   string
		args    []string
		code    int
		message string
	}{
		{"two files", "", []string{"fix", gap, gap}, 2, "give one input, not 2"},
		{"-w with standard input", "", []string{"fix", "-w", "-"}, 2, "standard input cannot be rewritten"},
		{"-w with --dry-run", "", []string{"fix", "-w", "--dry-run", gap}, 2, "cannot be used together"},
		{"missing file", "", []string{"fix", "no-such-file.txt"}, 1, "no-such-file.txt"},
		{"undecodable bytes", string(raw) + "\xff\n", []string{"fix", "-"}, 1, "does not survive decoding"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, tt.stdin, tt.args...)
			if code != tt.code || out != "" {
				t.Errorf("exit %d (want %d), stdout %q", code, tt.code, out)
			}
			if !strings.HasPrefix(errOut, "dagang: ") || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, tt.message) {
				t.Errorf("stderr %q, want one line containing %q", errOut, tt.message)
			}
		})
	}
}
