package main

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"
)

// runCLI runs the command line and returns the exit code, stdout and stderr.
func runCLI(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errOut)
	return code, out.String(), errOut.String()
}

// terminalStdin is standard input that is a terminal: nothing was piped.
type terminalStdin struct{ *strings.Reader }

func (terminalStdin) IsTerminal() bool { return true }

// runAtTerminal runs the command line with a terminal for standard input.
func runAtTerminal(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errOut bytes.Buffer
	code := run(args, terminalStdin{strings.NewReader("")}, &out, &errOut)
	return code, out.String(), errOut.String()
}

const fixture = "../../testdata/docs/gbt-four-levels.txt"

func TestParseFile(t *testing.T) {
	code, out, errOut := runCLI(t, "", "parse", fixture)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if strings.Count(out, "\n") != 1 || !strings.HasSuffix(out, "\n") {
		t.Errorf("compact output should be one line, got %d lines", strings.Count(out, "\n"))
	}
	var doc struct {
		Version int `json:"version"`
		Source  struct {
			Name     string `json:"name"`
			Encoding string `json:"encoding"`
			Bytes    int    `json:"bytes"`
		} `json:"source"`
		Speeches []struct {
			Title    string            `json:"title"`
			Sections []json.RawMessage `json:"sections"`
		} `json:"speeches"`
	}
	if err := json.Unmarshal([]byte(out), &doc); err != nil {
		t.Fatal(err)
	}
	st, _ := os.Stat(fixture)
	if doc.Version != 1 || doc.Source.Name != fixture || doc.Source.Encoding != "utf-8" || doc.Source.Bytes != int(st.Size()) {
		t.Errorf("header: %+v", doc)
	}
	if len(doc.Speeches) != 1 || doc.Speeches[0].Title != "在全县安全生产工作会议上的讲话" || len(doc.Speeches[0].Sections) != 3 {
		t.Errorf("speeches: %+v", doc.Speeches)
	}
}

func TestParseStdinAndPretty(t *testing.T) {
	raw, err := os.ReadFile(fixture)
	if err != nil {
		t.Fatal(err)
	}
	_, fromFile, _ := runCLI(t, "", "parse", fixture)
	code, fromStdin, errOut := runCLI(t, string(raw), "parse", "-")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if strings.Replace(fromFile, `"name":"`+fixture+`"`, `"name":"-"`, 1) != fromStdin {
		t.Error("standard input gives a different document than the file")
	}
	code, pretty, _ := runCLI(t, "", "parse", "--pretty", fixture)
	if code != 0 || !strings.HasPrefix(pretty, "{\n  \"version\": 1,") {
		t.Errorf("pretty output starts %.40q", pretty)
	}
	var a, b any
	if json.Unmarshal([]byte(pretty), &a) != nil || json.Unmarshal([]byte(fromFile), &b) != nil {
		t.Fatal("invalid JSON")
	}
}

func TestExitCodes(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		code    int
		message string
	}{
		{"stdin twice", []string{"parse", "-", "-"}, 2, "standard input"},
		{"unknown flag", []string{"parse", "--nope", fixture}, 2, "unknown flag"},
		{"unknown command", []string{"parze", fixture}, 2, "unknown command"},
		{"missing file", []string{"parse", "no-such-file.txt"}, 1, "no-such-file.txt"},
		{"version with args", []string{"version", "x"}, 2, "version takes no argument"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, "", tt.args...)
			if code != tt.code {
				t.Errorf("exit %d, want %d", code, tt.code)
			}
			if out != "" {
				t.Errorf("stdout not empty: %q", out)
			}
			if !strings.HasPrefix(errOut, "dagang: ") || strings.Count(errOut, "\n") != 1 || !strings.Contains(errOut, tt.message) {
				t.Errorf("stderr %q, want one line containing %q", errOut, tt.message)
			}
		})
	}
}

func TestVersionHelpCompletion(t *testing.T) {
	code, out, _ := runCLI(t, "", "version")
	if code != 0 || !strings.HasPrefix(out, "dagang ") || !strings.Contains(out, "JSON contract version 1") {
		t.Errorf("version: %d %q", code, out)
	}
	code, out, _ = runCLI(t, "", "--help")
	if code != 0 || !strings.Contains(out, "parse") || !strings.Contains(out, "completion") {
		t.Errorf("help: %d %q", code, out)
	}
	code, out, _ = runCLI(t, "", "completion", "bash")
	if code != 0 || !strings.Contains(out, "bash completion") {
		t.Errorf("completion: %d %.60q", code, out)
	}
}
