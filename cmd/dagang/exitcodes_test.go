package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestExitCodeTable holds every command that reads an input to the one
// table of docs/cli.md: 0 done, 1 an input that cannot be read or an
// output that cannot be written, 2 a wrong command line.
func TestExitCodeTable(t *testing.T) {
	_, err := os.Stat("/dev/full")
	haveFull := err == nil
	for _, command := range []string{"parse", "outline", "check", "fix", "text"} {
		t.Run(command, func(t *testing.T) {
			code, out, errOut := runCLI(t, "", command, checkDir+"clean.txt")
			if code != 0 || errOut != "" || out == "" && command != "check" {
				t.Errorf("a good file: exit %d, stderr %q", code, errOut)
			}
			code, out, errOut = runCLI(t, "", command, "no-such-file.txt")
			if code != 1 || out != "" || errOut != "dagang: no-such-file.txt: no such file or directory\n" {
				t.Errorf("a missing file: exit %d, stdout %q, stderr %q", code, out, errOut)
			}
			code, out, errOut = runCLI(t, "", command, "--no-such-flag", checkDir+"clean.txt")
			if code != 2 || out != "" || errOut != "dagang: unknown flag --no-such-flag\n" {
				t.Errorf("a usage error: exit %d, stdout %q, stderr %q", code, out, errOut)
			}
			code, out, errOut = runAtTerminal(t, command)
			if code != 2 || out != "" || !strings.Contains(errOut, "give a file, or pipe the text into standard input") {
				t.Errorf("no input at a terminal: exit %d, stdout %q, stderr %q", code, out, errOut)
			}
			if !haveFull {
				return
			}
			// check prints nothing for a clean file: give it one with a
			// finding below --fail-on, so that it has a line to write.
			in := checkDir + "clean.txt"
			if command == "check" {
				in = checkDir + "mixed-style.txt"
			}
			code, out, errOut = runCLI(t, "", command, "-o", "/dev/full", in)
			if code != 1 || out != "" || errOut != "dagang: write /dev/full: no space left on device\n" {
				t.Errorf("output to /dev/full: exit %d, stdout %q, stderr %q", code, out, errOut)
			}
			full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
			if err != nil {
				t.Fatal(err)
			}
			defer full.Close()
			var errBuf bytes.Buffer
			code = run([]string{command, in}, strings.NewReader(""), full, &errBuf)
			if code != 1 || errBuf.String() != "dagang: write standard output: no space left on device\n" {
				t.Errorf("standard output on /dev/full: exit %d, stderr %q", code, errBuf.String())
			}
		})
	}
}

// TestHelpAndVersion: help on a command that does not exist is a usage
// error; --version and version print the same line.
func TestHelpAndVersion(t *testing.T) {
	code, out, errOut := runCLI(t, "", "help", "nonexist")
	if code != 2 || out != "" || !strings.Contains(errOut, "no help for “nonexist”") {
		t.Errorf("help nonexist: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	code, out, _ = runCLI(t, "", "help", "check")
	if code != 0 || !strings.Contains(out, "FILE:LINE:COL: SEVERITY: MESSAGE [CODE]") {
		t.Errorf("help check: exit %d, %.80q", code, out)
	}
	_, long, _ := runCLI(t, "", "--version")
	_, short, _ := runCLI(t, "", "-v")
	_, cmd, _ := runCLI(t, "", "version")
	if long != cmd || short != cmd || !strings.HasPrefix(cmd, "dagang ") || strings.Count(cmd, "\n") != 1 {
		t.Errorf("--version %q, -v %q, version %q", long, short, cmd)
	}
	_, zh, _ := runCLI(t, "", "version", "--lang", "zh")
	if !strings.Contains(zh, "JSON 约定版本 1") {
		t.Errorf("version in Chinese: %q", zh)
	}
	code, _, errOut = runCLI(t, "", "nonexist")
	if code != 2 || !strings.Contains(errOut, "unknown command “nonexist”") {
		t.Errorf("an unknown command: exit %d, stderr %q", code, errOut)
	}
}

// TestHelpInBothLanguages: the help is Chinese where the environment
// says zh (the first of LC_ALL, LC_MESSAGES, LANG that is set), English
// otherwise, and --lang overrides the environment.
func TestHelpInBothLanguages(t *testing.T) {
	help := func(env map[string]string, args ...string) string {
		var out, errOut bytes.Buffer
		code := runEnv(append(args, "--help"), strings.NewReader(""), &out, &errOut, func(k string) string { return env[k] })
		if code != 0 || errOut.Len() != 0 {
			t.Fatalf("%v %v: exit %d, stderr %q", env, args, code, errOut.String())
		}
		return out.String()
	}
	chinese := []string{"用法：", "命令：", "提取其大纲", "显示本帮助", "报告讲话稿中的编号问题"}
	english := []string{"Usage:", "Commands:", "recovers its outline", "show this help", "Report the numbering slips of speeches"}
	has := func(s string, words []string) bool {
		for _, w := range words {
			if !strings.Contains(s, w) {
				return false
			}
		}
		return true
	}
	for _, tt := range []struct {
		env  map[string]string
		args []string
		zh   bool
	}{
		{map[string]string{"LANG": "zh_CN.UTF-8"}, nil, true},
		{map[string]string{"LANG": "C"}, nil, false},
		{map[string]string{}, nil, false},
		{map[string]string{"LC_ALL": "zh_CN.UTF-8", "LANG": "C"}, nil, true},
		{map[string]string{"LANG": "zh_CN.UTF-8"}, []string{"--lang", "en"}, false},
		{map[string]string{"LANG": "C"}, []string{"--lang=zh"}, true},
	} {
		out := help(tt.env, tt.args...)
		if tt.zh && !has(out, chinese) || !tt.zh && !has(out, english) {
			t.Errorf("%v %v: the help is not in the language wanted:\n%s", tt.env, tt.args, out)
		}
	}
	// Every command's help, in Chinese, has no English headings left.
	for _, command := range []string{"parse", "check", "outline", "fix", "text", "schema", "version", "completion", "help"} {
		out := help(map[string]string{"LANG": "zh_CN.UTF-8"}, command)
		for _, word := range []string{"Usage:", "Flags:", "Examples:", "(default", "help for"} {
			if strings.Contains(out, word) {
				t.Errorf("%s --help in Chinese holds %q:\n%s", command, word, out)
			}
		}
	}
	// Errors are Chinese too.
	var out, errOut bytes.Buffer
	runEnv([]string{"parse", "no-such-file.txt"}, strings.NewReader(""), &out, &errOut,
		func(k string) string { return map[string]string{"LANG": "zh_CN.UTF-8"}[k] })
	if errOut.String() != "dagang: no-such-file.txt: 没有这个文件或目录\n" {
		t.Errorf("a missing file in Chinese: %q", errOut.String())
	}
}

// TestPipedInputWithoutDash: with no file, piped standard input is read,
// as "-" would read it.
func TestPipedInputWithoutDash(t *testing.T) {
	raw := string(fileContent(t, fixture))
	for _, command := range []string{"parse", "outline", "check", "text"} {
		_, withDash, _ := runCLI(t, raw, command, "-")
		code, without, errOut := runCLI(t, raw, command)
		if code != 0 && command != "check" || errOut != "" || without != withDash {
			t.Errorf("%s: exit %d, stderr %q, differs from %s -: %v", command, code, errOut, command, without != withDash)
		}
	}
	_, outlined, _ := runCLI(t, raw, "outline")
	if !strings.HasPrefix(outlined, "在全县安全生产工作会议上的讲话\n") {
		t.Errorf("outline of standard input: %.80q", outlined)
	}
}

// TestOutputFlag: -o writes to a file what standard output would get.
func TestOutputFlag(t *testing.T) {
	dir := t.TempDir()
	for _, command := range []string{"parse", "outline", "fix", "text"} {
		_, want, _ := runCLI(t, "", command, fixture)
		path := filepath.Join(dir, command+".out")
		code, out, errOut := runCLI(t, "", command, fixture, "-o", path)
		if code != 0 || out != "" || errOut != "" {
			t.Errorf("%s -o: exit %d, stdout %q, stderr %q", command, code, out, errOut)
		}
		if got := string(fileContent(t, path)); got != want {
			t.Errorf("%s -o: the file differs from standard output", command)
		}
	}
	code, _, errOut := runCLI(t, "", "parse", fixture, "-o", filepath.Join(dir, "no-such-dir", "x.json"))
	if code != 1 || !strings.Contains(errOut, "no such file or directory") {
		t.Errorf("-o into a missing directory: exit %d, stderr %q", code, errOut)
	}
}

// TestCompletionOfEveryChoice: every flag that takes one of a few words
// completes them.
func TestCompletionOfEveryChoice(t *testing.T) {
	tests := []struct {
		args []string
		want []string
	}{
		{[]string{"check", "--format", ""}, []string{"text", "json"}},
		{[]string{"check", "--fail-on", ""}, []string{"error", "warning", "info"}},
		{[]string{"parse", "-f", ""}, []string{"json", "jsonl"}},
		{[]string{"fix", "-f", ""}, []string{"text", "diff"}},
		{[]string{"text", "--encoding", ""}, []string{"utf-8", "gb18030"}},
		{[]string{"parse", "--lang", ""}, []string{"zh", "en"}},
		{[]string{"help", ""}, []string{"check", "parse", "outline", "fix", "text"}},
	}
	for _, tt := range tests {
		code, out, _ := runCLI(t, "", append([]string{"__complete"}, tt.args...)...)
		if code != 0 {
			t.Errorf("%v: exit %d", tt.args, code)
		}
		var got []string
		for _, line := range strings.Split(out, "\n") {
			if line != "" && !strings.HasPrefix(line, ":") {
				got = append(got, strings.SplitN(line, "\t", 2)[0])
			}
		}
		for _, w := range tt.want {
			if !strings.Contains(strings.Join(got, " ")+" ", w+" ") {
				t.Errorf("%v completes %q, not %q", tt.args, got, w)
			}
		}
	}
}
