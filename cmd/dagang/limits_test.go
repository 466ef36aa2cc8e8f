package main

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"strings"
	"testing"
)

// endless is standard input that never ends: yes 一、标题.
type endless struct{ line []byte }

func (e endless) Read(p []byte) (int, error) {
	n := 0
	for n < len(p) {
		n += copy(p[n:], e.line)
	}
	return n, nil
}

// TestMaxInput: an input larger than --max-input is refused, file or
// standard input, with one line naming the limit and exit 1; the limit
// is read as people write sizes.
func TestMaxInput(t *testing.T) {
	var out, errOut bytes.Buffer
	code := run([]string{"parse", "--max-input", "1MiB", "-"}, endless{[]byte("一、标题\n")}, &out, &errOut)
	if code != 1 || out.Len() != 0 || errOut.String() != "dagang: standard input: larger than the limit of 1MiB (--max-input)\n" {
		t.Errorf("endless standard input: exit %d, stderr %q", code, errOut.String())
	}
	big := t.TempDir() + "/big.txt"
	os.WriteFile(big, bytes.Repeat([]byte("一、标题\n"), 100<<10), 0o644)
	for _, command := range []string{"parse", "outline", "check", "fix", "text"} {
		code, _, errOut := runCLI(t, "", command, "--max-input", "64KiB", big)
		if code != 1 || !strings.Contains(errOut, "larger than the limit of 64KiB") || strings.Count(errOut, "\n") != 1 {
			t.Errorf("%s: exit %d, stderr %q", command, code, errOut)
		}
	}
	if code, _, errOut := runCLI(t, "", "parse", "--max-input", "none", big); code != 0 {
		t.Errorf("--max-input none: exit %d, %q", code, errOut)
	}
	if code, _, errOut := runCLI(t, "", "parse", "--max-input", "lots", big); code != 2 || !strings.Contains(errOut, "not a size") {
		t.Errorf("--max-input lots: exit %d, %q", code, errOut)
	}
	_, help, _ := runCLI(t, "", "parse", "--help")
	if !strings.Contains(help, "(default 512MiB)") {
		t.Error("the help does not give the default limit")
	}
}

// TestZeroesRefusedAtOnce: /dev/zero is refused as binary after its
// first block, not read to the limit.
func TestZeroesRefusedAtOnce(t *testing.T) {
	if _, err := os.Stat("/dev/zero"); err != nil {
		t.Skip("no /dev/zero")
	}
	code, out, errOut := runCLI(t, "", "parse", "/dev/zero")
	if code != 1 || out != "" || errOut != "dagang: /dev/zero: binary data, not text (NUL bytes)\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	// What "at once" means: no more than the first block is read.
	zeros := &countingReader{r: io.MultiReader(bytes.NewReader(make([]byte, 1<<20)), strings.NewReader("一、"))}
	raw, err := readBounded(zeros, nil, -1)
	if err == nil || raw != nil {
		t.Error("a first block of NUL bytes passed")
	}
	if zeros.n > 64<<10 {
		t.Errorf("read %d bytes of zeros before refusing them", zeros.n)
	}
}

// countingReader counts what is read from r.
type countingReader struct {
	r io.Reader
	n int
}

func (c *countingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += n
	return n, err
}

// TestRecordsMaxInput: each record is held to --max-input; a record over
// it gets its error line and the run goes on.
func TestRecordsMaxInput(t *testing.T) {
	small, _ := json.Marshal(map[string]string{"name": "small", "text": "一、提高站位\n"})
	large, _ := json.Marshal(map[string]string{"name": "large", "text": strings.Repeat("一、提高站位\n", 200)})
	code, out, errOut := runCLI(t, string(small)+"\n"+string(large)+"\n"+string(small)+"\n", "parse", "--records", "--max-input", "1KiB")
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if code != 1 || len(lines) != 3 || !strings.Contains(lines[1], `"error":"line 2: larger than the limit of 1KiB (--max-input)"`) {
		t.Errorf("exit %d, stderr %q, lines %q", code, errOut, lines)
	}
	if !strings.Contains(errOut, "dagang: large: line 2: ") {
		t.Errorf("stderr %q", errOut)
	}
}
