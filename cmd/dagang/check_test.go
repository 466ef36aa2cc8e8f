package main

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"unicode"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/report"
)

const checkDir = "../../testdata/check/"

// checkJSON runs check --format json and decodes the findings.
func checkJSON(t *testing.T, stdin string, args ...string) (int, []report.Finding, string) {
	t.Helper()
	code, out, errOut := runCLI(t, stdin, append([]string{"check", "--format", "json"}, args...)...)
	var fs []report.Finding
	if err := json.Unmarshal([]byte(out), &fs); err != nil {
		t.Fatalf("check %v: not a JSON array: %v\n%s", args, err, out)
	}
	return code, fs, errOut
}

// TestCheckFixtures checks every fixture under testdata/check against the
// findings its .want file lists, one "LINE:COL: SEVERITY: [CODE]" a line:
// exact positions, and nothing more.
func TestCheckFixtures(t *testing.T) {
	inputs, err := filepath.Glob(checkDir + "*.txt")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, in := range inputs {
		name := strings.TrimSuffix(filepath.Base(in), ".txt")
		t.Run(name, func(t *testing.T) {
			want, err := os.ReadFile(strings.TrimSuffix(in, ".txt") + ".want")
			if err != nil {
				t.Fatal(err)
			}
			_, fs, errOut := checkJSON(t, "", "--fail-on", "info", in)
			if errOut != "" {
				t.Errorf("stderr: %q", errOut)
			}
			var got strings.Builder
			for _, f := range fs {
				fmt.Fprintf(&got, "%d:%d: %s: [%s]\n", f.Line, f.Column, f.Severity, f.Code)
				if f.File != in || f.Message == "" || f.Severity != f.Code.DefaultSeverity() {
					t.Errorf("finding %+v", f)
				}
			}
			if got.String() != string(want) {
				t.Errorf("findings:\n%swant:\n%s", got.String(), want)
			}
		})
	}
}

// TestCheckCoversEveryCode: the fixtures hold a finding of every code the
// issue names, each in the fixture named after it, and the clean fixture
// holds none.
func TestCheckCoversEveryCode(t *testing.T) {
	codes := []ast.Code{ast.CodeNumberingGap, ast.CodeNumberingDuplicate, ast.CodeNumberingOrder,
		ast.CodeMixedStyle, ast.CodeListStartsLate, ast.CodeImpliedParent, ast.CodeAnnouncedCount,
		ast.CodeEmptyTitle, ast.CodeNotAHeading, ast.CodeMarkerPunctuation, ast.CodeBracketMismatch,
		ast.CodeClosingMissing}
	for _, code := range codes {
		_, fs, _ := checkJSON(t, "", checkDir+string(code)+".txt")
		if !slices.ContainsFunc(fs, func(f report.Finding) bool { return f.Code == code }) {
			t.Errorf("%s.txt has no %s finding", code, code)
		}
	}
	code, out, errOut := runCLI(t, "", "check", "--fail-on", "info", checkDir+"clean.txt")
	if code != 0 || out != "" || errOut != "" {
		t.Errorf("clean.txt: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	_, fs, _ := checkJSON(t, "", checkDir+"clean.txt")
	if fs == nil || len(fs) != 0 {
		t.Errorf("clean.txt as JSON: %v, want []", fs)
	}
}

// TestCheckText: the text format is FILE:LINE:COL: SEVERITY: MESSAGE [CODE],
// COL in bytes (the JSON's byte_column), sorted by file order, then line
// and column, and says what the JSON says.
func TestCheckText(t *testing.T) {
	files := []string{checkDir + "numbering-order.txt", checkDir + "marker-punctuation.txt", checkDir + "closing-missing.txt"}
	_, out, _ := runCLI(t, "", append([]string{"check"}, files...)...)
	_, fs, _ := checkJSON(t, "", files...)
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != len(fs) || len(fs) < 7 {
		t.Fatalf("%d text lines, %d JSON findings:\n%s", len(lines), len(fs), out)
	}
	form := regexp.MustCompile(`^(.+):(\d+):(\d+): (error|warning|info): (.+) \[([a-z-]+)\]$`)
	for k, line := range lines {
		m := form.FindStringSubmatch(line)
		f := fs[k]
		if m == nil || m[1] != f.File || m[2] != fmt.Sprint(f.Line) || m[3] != fmt.Sprint(f.ByteColumn) ||
			m[4] != string(f.Severity) || m[5] != f.Message || m[6] != string(f.Code) {
			t.Errorf("line %q does not say %+v", line, f)
		}
	}
	sorted := slices.IsSortedFunc(fs, func(a, b report.Finding) int {
		if c := slices.Index(files, a.File) - slices.Index(files, b.File); c != 0 {
			return c
		}
		if a.Line != b.Line {
			return a.Line - b.Line
		}
		return a.Column - b.Column
	})
	if !sorted {
		t.Errorf("not sorted by file, line, column:\n%s", out)
	}
}

// TestCheckSameAsParse: check reports exactly the diagnostics of parse,
// whose messages are Chinese: check in Chinese writes the same words.
func TestCheckSameAsParse(t *testing.T) {
	in := checkDir + "marker-punctuation.txt"
	_, out, _ := runCLI(t, "", "parse", in)
	var doc struct {
		Diagnostics []ast.Diagnostic `json:"diagnostics"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	_, fs, _ := checkJSON(t, "", "--lang", "zh", "--fail-on", "info", in)
	if len(fs) != len(doc.Diagnostics) || len(fs) == 0 {
		t.Fatalf("%d findings, %d diagnostics", len(fs), len(doc.Diagnostics))
	}
	for k, d := range doc.Diagnostics {
		f := fs[k]
		if f.Line != d.Line || f.Column != d.Column || f.Code != d.Code || f.Severity != d.Severity || f.Message != d.Message || f.Span != d.Span {
			t.Errorf("finding %+v, diagnostic %+v", f, d)
		}
	}
}

func TestCheckExitCodes(t *testing.T) {
	dir := t.TempDir()
	png := filepath.Join(dir, "picture.txt")
	if err := os.WriteFile(png, []byte("\x89PNG\r\n\x1a\n\x00\x00"), 0o644); err != nil {
		t.Fatal(err)
	}
	gap, clean := checkDir+"numbering-gap.txt", checkDir+"clean.txt"
	tests := []struct {
		name   string
		args   []string
		code   int
		stdout string // a substring of stdout, or "" for none at all
		stderr string // a substring of stderr, or "" for none at all
	}{
		{"clean", []string{clean}, 0, "", ""},
		{"error fails by default", []string{gap}, 1, "[numbering-gap]", ""},
		{"warning passes by default", []string{checkDir + "mixed-style.txt"}, 0, "[mixed-style]", ""},
		{"warning fails at --fail-on warning", []string{"--fail-on", "warning", checkDir + "mixed-style.txt"}, 1, "[mixed-style]", ""},
		{"info passes at --fail-on warning", []string{"--fail-on", "warning", checkDir + "closing-missing.txt"}, 0, "[closing-missing]", ""},
		{"info fails at --fail-on info", []string{"--fail-on=info", checkDir + "closing-missing.txt"}, 1, "[closing-missing]", ""},
		{"error fails at --fail-on info", []string{"--fail-on", "info", gap}, 1, "[numbering-gap]", ""},
		{"bad --fail-on", []string{"--fail-on", "fatal", clean}, 2, "", `invalid value “fatal” for --fail-on: must be one of error, warning, info`},
		{"bad --format", []string{"--format", "xml", clean}, 2, "", "must be one of text, json"},
		{"stdin twice", []string{"-", "-"}, 2, "", "standard input"},
		{"missing file among good ones", []string{gap, "no-such-file.txt", clean}, 1, "numbering-gap.txt:8:7: error:", "no-such-file.txt"},
		{"binary file", []string{png}, 1, "", "PNG image"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, "", append([]string{"check"}, tt.args...)...)
			if code != tt.code {
				t.Errorf("exit %d, want %d", code, tt.code)
			}
			if tt.stdout == "" && out != "" || !strings.Contains(out, tt.stdout) {
				t.Errorf("stdout %q, want %q", out, tt.stdout)
			}
			if tt.stderr == "" && errOut != "" || !strings.Contains(errOut, tt.stderr) {
				t.Errorf("stderr %q, want %q", errOut, tt.stderr)
			}
			if errOut != "" && (!strings.HasPrefix(errOut, "dagang: ") || strings.Count(errOut, "\n") != 1) {
				t.Errorf("stderr %q is not one dagang: line", errOut)
			}
		})
	}
}

// TestCheckStdinAndEncoding: "-" reads standard input; bytes that had to
// be replaced are an encoding warning at 1:1.
func TestCheckStdinAndEncoding(t *testing.T) {
	raw, err := os.ReadFile(checkDir + "clean.txt")
	if err != nil {
		t.Fatal(err)
	}
	broken := strings.Replace(string(raw), "成效", "成\xff效", 1)
	code, fs, errOut := checkJSON(t, broken, "--fail-on", "warning", "-")
	if code != 1 || errOut != "" {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	if len(fs) != 1 || fs[0].Code != ast.CodeEncoding || fs[0].Line != 1 || fs[0].Column != 1 || fs[0].File != "-" {
		t.Errorf("findings %+v, want one encoding warning at -:1:1", fs)
	}
}

// TestCheckSeeds shows the first must: on the five seed speeches,
// check reports mixed-style at 001:22, list-starts-late at 003:2,
// implied-parent for 003 and for 002 (its restart after the hidden
// stretch), and nothing at error severity on 000 and 004.
func TestCheckSeeds(t *testing.T) {
	seeds, _ := filepath.Glob("../../../shared/seeds/*.txt")
	if len(seeds) == 0 {
		t.Skip("../shared/seeds is not beside the project")
	}
	seed := func(prefix string) string {
		for _, s := range seeds {
			if strings.HasPrefix(filepath.Base(s), prefix) {
				return s
			}
		}
		t.Fatalf("no seed %s", prefix)
		return ""
	}
	has := func(fs []report.Finding, code ast.Code, line int) bool {
		return slices.ContainsFunc(fs, func(f report.Finding) bool { return f.Code == code && (line == 0 || f.Line == line) })
	}
	_, fs, _ := checkJSON(t, "", seed("001_"))
	if !has(fs, ast.CodeMixedStyle, 22) {
		t.Errorf("001: no mixed-style at line 22: %+v", fs)
	}
	_, fs, _ = checkJSON(t, "", seed("003_"))
	if !has(fs, ast.CodeListStartsLate, 2) || !has(fs, ast.CodeImpliedParent, 0) {
		t.Errorf("003: want list-starts-late at line 2 and implied-parent: %+v", fs)
	}
	_, fs, _ = checkJSON(t, "", seed("002_"))
	if !has(fs, ast.CodeImpliedParent, 0) {
		t.Fatalf("002: no implied-parent: %+v", fs)
	}
	if hidden := hiddenLine(t, seed("002_")); hidden == 0 || !slices.ContainsFunc(fs, func(f report.Finding) bool {
		return f.Code == ast.CodeImpliedParent && f.Line > hidden
	}) {
		t.Errorf("002: the implied-parent finding should follow the hidden stretch at line %d: %+v", hidden, fs)
	}
	for _, p := range []string{"000_", "004_"} {
		code, fs, _ := checkJSON(t, "", seed(p))
		if code != 0 || slices.ContainsFunc(fs, func(f report.Finding) bool { return f.Severity == ast.SeverityError }) {
			t.Errorf("%s: exit %d, findings %+v", p, code, fs)
		}
	}
}

// hiddenLine is the line of the first hidden-text notice of a file.
func hiddenLine(t *testing.T, path string) int {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := dagang.Parse(path, raw, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, n := range doc.Noise {
		if n.Kind == ast.NoiseHidden {
			return n.Span.Line
		}
	}
	return 0
}

// TestCheckQuotesNames: a check line for a file named with a newline and
// an escape code stays one line, the characters escaped as git escapes
// them; so does the error line of such a file that cannot be read.
func TestCheckQuotesNames(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "evil\n\x1b[31mname.txt")
	if err := os.WriteFile(path, fileContent(t, checkDir+"numbering-gap.txt"), 0o644); err != nil {
		t.Skip("this file system takes no such name:", err)
	}
	code, out, _ := runCLI(t, "", "check", path)
	quoted := `"` + dir + `/evil\n\033[31mname.txt"`
	if code != 1 || strings.Count(out, "\n") != 1 || strings.ContainsRune(out, '\x1b') || !strings.HasPrefix(out, quoted+":8:7: error: ") {
		t.Errorf("exit %d, %q", code, out)
	}
	if err := os.Chmod(path, 0); err != nil {
		t.Fatal(err)
	}
	if os.Getuid() != 0 {
		_, _, errOut := runCLI(t, "", "check", path)
		if errOut != "dagang: "+quoted+": permission denied\n" {
			t.Errorf("stderr %q", errOut)
		}
	}
	_, _, errOut := runCLI(t, "", "check", path+"\x07missing")
	if strings.Count(errOut, "\n") != 1 || strings.ContainsAny(errOut, "\x1b\x07") {
		t.Errorf("stderr %q", errOut)
	}
}

// TestCheckFormats: every report format of check, through the command
// line.
func TestCheckFormats(t *testing.T) {
	in := checkDir + "numbering-gap.txt"
	_, sarif, _ := runCLI(t, "", "check", "-f", "sarif", in)
	if !strings.Contains(sarif, `"version": "2.1.0"`) || !strings.Contains(sarif, `"ruleId": "numbering-gap"`) {
		t.Errorf("sarif: %.200s", sarif)
	}
	_, github, _ := runCLI(t, "", "check", "-f", "github", "--fail-on", "info", in)
	if !strings.HasPrefix(github, "::error file="+in+",line=8,col=3,") {
		t.Errorf("github: %q", github)
	}
	_, js, _ := runCLI(t, "", "check", "-f", "json", in)
	if !strings.Contains(js, `"column": 3`) || !strings.Contains(js, `"byte_column": 7`) {
		t.Errorf("json: %s", js)
	}
}

// TestCheckRules: --disable switches a code off, on the command line and
// through the nearest .dagang.yaml; --enable undoes the file's disable;
// --severity and fail-on change what fails; --print-config says what
// applies and where it comes from.
func TestCheckRules(t *testing.T) {
	dir := t.TempDir()
	sub := filepath.Join(dir, "speeches", "2024")
	if err := os.MkdirAll(sub, 0o755); err != nil {
		t.Fatal(err)
	}
	speech := filepath.Join(sub, "讲话.txt")
	if err := os.WriteFile(speech, fileContent(t, checkDir+"marker-punctuation.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	has := func(out string) bool { return strings.Contains(out, "[marker-punctuation]") }
	if _, out, _ := runCLI(t, "", "check", speech); !has(out) {
		t.Fatalf("the fixture has no marker-punctuation finding:\n%s", out)
	}
	if _, out, _ := runCLI(t, "", "check", "--disable", "marker-punctuation", speech); has(out) {
		t.Errorf("--disable: %s", out)
	}
	config := filepath.Join(dir, "speeches", ".dagang.yaml")
	if err := os.WriteFile(config, []byte("# house style: 1、\ndisable: [marker-punctuation]\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	if _, out, _ := runCLI(t, "", "check", speech); has(out) {
		t.Errorf("disabled in .dagang.yaml: %s", out)
	}
	if _, out, _ := runCLI(t, "", "check", "--enable", "marker-punctuation", speech); !has(out) {
		t.Errorf("--enable over the file: %s", out)
	}
	code, _, _ := runCLI(t, "", "check", "--enable", "marker-punctuation", "--severity", "marker-punctuation=error", speech)
	if code != 1 {
		t.Errorf("--severity marker-punctuation=error: exit %d", code)
	}
	os.WriteFile(config, []byte("fail-on: warning\n"), 0o644)
	if code, _, _ := runCLI(t, "", "check", speech); code != 1 {
		t.Errorf("fail-on: warning in the file: exit %d", code)
	}
	if code, _, _ := runCLI(t, "", "check", "--fail-on", "error", speech); code != 0 {
		t.Errorf("--fail-on error over the file: exit %d", code)
	}
	_, out, _ := runCLI(t, "", "check", "--print-config", speech)
	if !strings.Contains(out, config) || !strings.Contains(out, "fail-on: warning") || !strings.Contains(out, "marker-punctuation: warning") {
		t.Errorf("--print-config:\n%s", out)
	}
	for _, tt := range []struct {
		args []string
		msg  string
	}{
		{[]string{"--disable", "marker-punctuations"}, "unknown code “marker-punctuations”"},
		{[]string{"--severity", "mixed-style"}, "write CODE=LEVEL"},
		{[]string{"--severity", "mixed-style=grave"}, "unknown severity “grave”"},
	} {
		code, _, errOut := runCLI(t, "", append(append([]string{"check"}, tt.args...), speech)...)
		if code != 2 || !strings.Contains(errOut, tt.msg) {
			t.Errorf("%v: exit %d, stderr %q", tt.args, code, errOut)
		}
	}
	os.WriteFile(config, []byte("disable: [nope]\n"), 0o644)
	code, _, errOut := runCLI(t, "", "check", speech)
	if code != 2 || !strings.Contains(errOut, ".dagang.yaml") || !strings.Contains(errOut, "nope") {
		t.Errorf("a bad config: exit %d, stderr %q", code, errOut)
	}
}

// TestCheckEnglishMessages: every finding of every check fixture reads in
// English with --lang en: the parser gives each diagnostic the arguments
// its message is written from, so no Chinese sentence is left but the
// markers and phrases quoted from the text.
func TestCheckEnglishMessages(t *testing.T) {
	files, err := filepath.Glob(checkDir + "*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	quoted := regexp.MustCompile(`“[^”]*”`)
	seen := map[ast.Code]bool{}
	for _, in := range files {
		_, fs, _ := checkJSON(t, "", "--lang", "en", "--fail-on", "info", in)
		for _, f := range fs {
			seen[f.Code] = true
			rest := quoted.ReplaceAllString(f.Message, "")
			if strings.IndexFunc(rest, func(r rune) bool { return unicode.Is(unicode.Han, r) }) >= 0 {
				t.Errorf("%s: %s: %q is not English", in, f.Code, f.Message)
			}
		}
	}
	if len(seen) < 10 {
		t.Errorf("only %d codes seen in the fixtures", len(seen))
	}
}
