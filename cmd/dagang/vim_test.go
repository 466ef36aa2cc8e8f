package main

import (
	"bytes"
	"encoding/json"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dagang/dagang/report"
)

// TestVimLandsOnTheFinding runs Vim's quickfix on check's text output for
// CJK files, in UTF-8 and in GB18030 (which Vim converts to its UTF-8
// buffer): with errorformat %f:%l:%c: %m, :cfirst puts the cursor on the
// finding's first character. CI installs vim; without it the test says
// so and skips.
func TestVimLandsOnTheFinding(t *testing.T) {
	vim, err := exec.LookPath("vim")
	if err != nil {
		t.Skip("vim is not installed: the quickfix test needs it (apt-get install vim)")
	}
	dir := t.TempDir()
	text := "在全市读书活动推进会上的讲话\n同志们：\n　　一、提高认识\n　　大家要认真学习。\n　　三、抓好落实\n谢谢大家！\n"
	files := map[string][]byte{"讲话.txt": []byte(text), "讲话-gbk.txt": gb18030(t, text)}
	for name, raw := range files {
		t.Run(name, func(t *testing.T) {
			path := filepath.Join(dir, name)
			if err := os.WriteFile(path, raw, 0o644); err != nil {
				t.Fatal(err)
			}
			_, out, _ := runCLI(t, "", "check", path)
			if !strings.Contains(out, ":5:") {
				t.Fatalf("no finding on line 5:\n%s", out)
			}
			_, js, _ := runCLI(t, "", "check", "-f", "json", path)
			var fs []report.Finding
			if err := json.Unmarshal([]byte(js), &fs); err != nil || len(fs) == 0 {
				t.Fatalf("%v %s", err, js)
			}
			want := text[fs[0].Span.Start:fs[0].Span.End]
			errors := filepath.Join(dir, "errors.txt")
			if err := os.WriteFile(errors, []byte(out), 0o644); err != nil {
				t.Fatal(err)
			}
			result := filepath.Join(dir, "cursor.txt")
			script := strings.Join([]string{
				"set nomore encoding=utf-8 fileencodings=ucs-bom,utf-8,gb18030",
				`set errorformat=%f:%l:%c:\ %m`,
				"cfile " + errors,
				"cfirst",
				`call writefile([line('.') . ':' . col('.') . ':' . strpart(getline('.'), col('.') - 1)], '` + result + `')`,
				"qa!",
			}, "\n")
			cmd := exec.Command(vim, "-es", "-N", "-u", "NONE", "-i", "NONE")
			cmd.Stdin = strings.NewReader(script + "\n")
			cmd.Dir = dir
			var stderr bytes.Buffer
			cmd.Stderr = &stderr
			_ = cmd.Run() // vim -es exits 1 after any message; the cursor file says what happened
			got, err := os.ReadFile(result)
			if err != nil {
				t.Fatalf("vim wrote no cursor: %v %s", err, stderr.String())
			}
			fields := strings.SplitN(strings.TrimSpace(string(got)), ":", 3)
			if len(fields) != 3 || fields[0] != "5" || !strings.HasPrefix(fields[2], want) {
				t.Errorf("vim's cursor is at %q, want line 5 on %q (check said %q)", got, want, out)
			}
		})
	}
}
