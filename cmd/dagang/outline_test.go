package main

import (
	"bytes"
	"os"
	"strings"
	"testing"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/export"
)

const hostileFixture = "../../testdata/docs/hostile-titles.txt"

// exported is what the export package writes for a file parsed under the
// name the command line gives it.
func exported(t *testing.T, path, name, format string, opt export.Options) string {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := dagang.Parse(name, raw, nil)
	if err != nil {
		t.Fatal(err)
	}
	e, err := export.Lookup(format)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := e.Export(&b, doc, opt); err != nil {
		t.Fatal(err)
	}
	return b.String()
}

func TestOutlineFormats(t *testing.T) {
	for _, format := range export.Names() {
		t.Run(format, func(t *testing.T) {
			code, out, errOut := runCLI(t, "", "outline", hostileFixture, "--format", format)
			if code != 0 || errOut != "" {
				t.Fatalf("exit %d, stderr %q", code, errOut)
			}
			if want := exported(t, hostileFixture, hostileFixture, format, export.Options{}); out != want {
				t.Errorf("output differs from the %s exporter:\n%s", format, out)
			}
		})
	}
}

func TestOutlineDefaultIsText(t *testing.T) {
	_, out, _ := runCLI(t, "", "outline", hostileFixture)
	golden, err := os.ReadFile("../../testdata/outline/hostile-titles.text")
	if err != nil {
		t.Fatal(err)
	}
	if out != string(golden) {
		t.Errorf("default output differs from testdata/outline/hostile-titles.text:\n%s", out)
	}
}

func TestOutlineStdin(t *testing.T) {
	raw, err := os.ReadFile(hostileFixture)
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, string(raw), "outline", "-", "-f", "chunks")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if want := exported(t, hostileFixture, "-", "chunks", export.Options{}); out != want {
		t.Errorf("standard input gives other chunks:\n%s", out)
	}
}

func TestOutlineChunkOptions(t *testing.T) {
	code, out, _ := runCLI(t, "", "outline", hostileFixture, "--format", "chunks", "--all", "--max-chars", "20")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if want := exported(t, hostileFixture, hostileFixture, "chunks", export.Options{All: true, MaxChars: 20}); out != want {
		t.Errorf("--all --max-chars 20 are not passed on:\n%s", out)
	}
}

func TestOutlineJSONIsParse(t *testing.T) {
	_, parsed, _ := runCLI(t, "", "parse", hostileFixture)
	_, outlined, _ := runCLI(t, "", "outline", hostileFixture, "--format", "json")
	if parsed == "" || parsed != outlined {
		t.Error("outline --format json differs from parse")
	}
}

func TestOutlineExitCodes(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		code    int
		message string
	}{
		{"unknown format", []string{"outline", hostileFixture, "--format", "docx"}, 2, `invalid value “docx” for --format: must be one of text, markdown, opml, freemind, mermaid, chunks, json`},
		{"unknown format before a missing file", []string{"outline", "no-such-file.txt", "-f", "docx"}, 2, "must be one of"},
		{"all without chunks", []string{"outline", hostileFixture, "--all"}, 2, "-f chunks only"},
		{"max chars without chunks", []string{"outline", hostileFixture, "-f", "markdown", "--max-chars", "10"}, 2, "-f chunks only"},
		{"negative max chars", []string{"outline", hostileFixture, "-f", "chunks", "--max-chars", "-1"}, 2, "must not be negative"},
		{"max chars not a number", []string{"outline", hostileFixture, "-f", "chunks", "--max-chars", "ten"}, 2, "invalid value “ten” for --max-chars: not a whole number"},
		{"missing file", []string{"outline", "no-such-file.txt", "-f", "opml"}, 1, "no-such-file.txt"},
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

func TestOutlineCompletesFormats(t *testing.T) {
	code, out, _ := runCLI(t, "", "__complete", "outline", "--format", "")
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	var want []string
	for _, e := range export.All() {
		want = append(want, e.Name()+"\t"+e.Summary())
	}
	want = append(want, ":4") // ShellCompDirectiveNoFileComp
	if got := strings.Split(strings.TrimSuffix(out, "\n"), "\n"); strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("completions\n got %q\nwant %q", got, want)
	}
}

func TestOutlineHelpListsFormats(t *testing.T) {
	_, out, _ := runCLI(t, "", "outline", "--help")
	for _, e := range export.All() {
		if !strings.Contains(out, e.Name()) || !strings.Contains(out, e.Summary()) {
			t.Errorf("help does not describe %s", e.Name())
		}
	}
}
