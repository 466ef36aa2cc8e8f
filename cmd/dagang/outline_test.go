package main

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
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

// TestOutlinePapercuts: the text outline writes 一、 and its title with no
// ASCII space between; chunks carry source as an object, as parse does;
// a one-root format over a directory of seven files says what to do; an
// untitled speech shows in the chosen language.
func TestOutlinePapercuts(t *testing.T) {
	_, text, _ := runCLI(t, "", "outline", fixture)
	if !strings.Contains(text, "\n  一、充分认识") || strings.Contains(text, "一、 ") {
		t.Errorf("text outline:\n%s", text)
	}
	_, chunks, _ := runCLI(t, "", "outline", "-f", "chunks", fixture)
	var rec struct {
		Source map[string]any `json:"source"`
	}
	if err := json.Unmarshal([]byte(strings.SplitN(chunks, "\n", 2)[0]), &rec); err != nil ||
		rec.Source["name"] != fixture || rec.Source["encoding"] != "utf-8" {
		t.Errorf("chunks source %v (%v)", rec.Source, err)
	}
	dir := t.TempDir()
	for i := range 7 {
		os.WriteFile(filepath.Join(dir, fmt.Sprintf("%d.txt", i)), fileContent(t, fixture), 0o644)
	}
	code, out, errOut := runCLI(t, "", "outline", "-f", "opml", dir)
	if code != 2 || out != "" || !strings.Contains(errOut, "these inputs hold 7 files: give one file, or choose -f text, markdown, chunks or json") {
		t.Errorf("opml of seven files: exit %d, stderr %q", code, errOut)
	}
	_, zh, _ := runCLI(t, "同志们：\n一、提高认识\n二、抓好落实\n", "outline", "--lang", "zh", "-f", "opml")
	if !strings.Contains(zh, "（无标题）") {
		t.Errorf("an untitled speech in Chinese:\n%s", zh)
	}
}
