package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// writeTree creates the files (relative, slash-separated paths; a path
// ending in "/" is an empty directory) under a new temporary directory and
// returns it.
func writeTree(t *testing.T, files ...string) string {
	t.Helper()
	root := t.TempDir()
	for _, f := range files {
		path := filepath.Join(root, filepath.FromSlash(f))
		if strings.HasSuffix(f, "/") {
			if err := os.MkdirAll(path, 0o755); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte("同志们：\n一、提高站位\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// inputList is a plan's inputs, listed.
type inputList struct {
	inputs []input
	dirs   int
}

// listInputs plans args and lists the plan's inputs, as a run would
// process them.
func listInputs(args, include []string) (inputList, error) {
	plan, err := testApp().planInputs(args, include)
	if err != nil {
		return inputList{}, err
	}
	return inputList{slices.Collect(plan.inputs()), plan.dirs}, nil
}

// listed is what listInputs makes of args: each input's path relative to
// root (slash-separated), followed by " !" and the error when it failed.
func listed(t *testing.T, root string, args, include []string) ([]string, int) {
	t.Helper()
	list, err := listInputs(args, include)
	if err != nil {
		t.Fatalf("listInputs(%q, %q): %v", args, include, err)
	}
	var got []string
	for _, in := range list.inputs {
		p := in.path
		if rel, err := filepath.Rel(root, in.path); err == nil && in.path != "-" {
			p = filepath.ToSlash(rel)
		}
		if in.err != nil {
			p += " ! " + in.err.Error()
		}
		got = append(got, p)
	}
	return got, list.dirs
}

func TestListInputs(t *testing.T) {
	root := writeTree(t,
		"corpus/b.txt", "corpus/a.md", "corpus/c.docx", "corpus/d.pdf", "corpus/E.TXT",
		"corpus/a_dir/x.txt", "corpus/sub/z.txt", "corpus/sub/deeper/y.txt", "corpus/sub/notes.text",
		"empty/", "only-pdf/a.pdf", "single.pdf")
	corpus := filepath.Join(root, "corpus")
	at := func(rel string) string { return filepath.Join(root, filepath.FromSlash(rel)) }
	tests := []struct {
		name    string
		args    []string
		include []string
		want    []string
		dirs    int
	}{
		{name: "a directory, recursively, in lexical order, .txt .md .docx ignoring case",
			args: []string{corpus}, include: defaultIncludes(),
			want: []string{"corpus/E.TXT", "corpus/a.md", "corpus/a_dir/x.txt", "corpus/b.txt", "corpus/c.docx",
				"corpus/sub/deeper/y.txt", "corpus/sub/z.txt"},
			dirs: 1},
		{name: "include replaces the defaults",
			args: []string{corpus}, include: []string{"*.md"},
			want: []string{"corpus/a.md"}, dirs: 1},
		{name: "several includes, character classes",
			args: []string{corpus}, include: []string{"[xy].txt", "*.pdf"},
			want: []string{"corpus/a_dir/x.txt", "corpus/d.pdf", "corpus/sub/deeper/y.txt"}, dirs: 1},
		{name: "files as given, in the order given, whatever include says",
			args: []string{at("single.pdf"), at("corpus/b.txt"), at("corpus/a.md")}, include: []string{"*.txt"},
			want: []string{"single.pdf", "corpus/b.txt", "corpus/a.md"}},
		{name: "standard input keeps its place",
			args: []string{at("corpus/b.txt"), "-", at("corpus/sub")}, include: defaultIncludes(),
			want: []string{"corpus/b.txt", "-", "corpus/sub/deeper/y.txt", "corpus/sub/z.txt"}, dirs: 1},
		{name: "a missing path is an input that failed; the others stay",
			args: []string{at("corpus/b.txt"), at("nope.txt"), at("corpus/a.md")}, include: defaultIncludes(),
			want: []string{"corpus/b.txt", "nope.txt ! no such file or directory", "corpus/a.md"}},
		{name: "a directory with nothing to process is an input that failed",
			args: []string{at("empty"), at("only-pdf")}, include: defaultIncludes(),
			want: []string{"empty ! no file matches *.txt, *.md, *.docx, *.html, *.htm", "only-pdf ! no file matches *.txt, *.md, *.docx, *.html, *.htm"}, dirs: 2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, dirs := listed(t, root, tt.args, tt.include)
			if !slices.Equal(got, tt.want) || dirs != tt.dirs {
				t.Errorf("got %q (%d dirs)\nwant %q (%d dirs)", got, dirs, tt.want, tt.dirs)
			}
		})
	}
}

// TestListInputsLinks: a link to a file is followed, a link to a directory
// is not (a link up the tree would never end), a dangling link that
// matches fails as an input.
func TestListInputsLinks(t *testing.T) {
	root := writeTree(t, "corpus/a.txt", "elsewhere/b.txt")
	corpus := filepath.Join(root, "corpus")
	links := map[string]string{
		"link-to-file.txt": filepath.Join(root, "elsewhere", "b.txt"),
		"link-to-dir":      filepath.Join(root, "elsewhere"),
		"loop":             corpus,
		"dangling.txt":     filepath.Join(root, "gone.txt"),
	}
	for name, target := range links {
		if err := os.Symlink(target, filepath.Join(corpus, name)); err != nil {
			t.Skipf("no symbolic links here: %v", err)
		}
	}
	got, _ := listed(t, root, []string{corpus}, defaultIncludes())
	want := []string{"corpus/a.txt", "corpus/dangling.txt ! no such file or directory", "corpus/link-to-file.txt"}
	if !slices.Equal(got, want) {
		t.Errorf("got %q\nwant %q", got, want)
	}
}

func TestListInputsUsageErrors(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		include []string
		message string
	}{
		{"standard input twice", []string{"-", "a.txt", "-"}, defaultIncludes(), `“-” (standard input) given 2 times`},
		{"malformed glob", []string{"a.txt"}, []string{"*.txt", "[a"}, `--include “[a”: not a valid pattern`},
		{"glob with a path", []string{"a.txt"}, []string{"sub/*.txt"}, "patterns match file names, not paths"},
		{"empty glob", []string{"a.txt"}, []string{""}, "--include pattern is empty"},
		{"no glob", []string{"a.txt"}, nil, "--include needs a pattern"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := listInputs(tt.args, tt.include)
			if err == nil || !strings.Contains(err.Error(), tt.message) {
				t.Errorf("error %v, want one saying %q", err, tt.message)
			}
		})
	}
}

// TestIncludeFlag runs --include through the command line: repeated, it
// adds patterns; a malformed one is a usage error before anything runs.
func TestIncludeFlag(t *testing.T) {
	root := writeTree(t, "a.txt", "b.md", "c.text", "d.docx")
	code, out, errOut := runCLI(t, "", "parse", "--include", "*.text", "--include", "*.md", root)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if got, want := lineNames(t, out), []string{filepath.Join(root, "b.md"), filepath.Join(root, "c.text")}; !slices.Equal(got, want) {
		t.Errorf("names %q, want %q", got, want)
	}
	code, out, errOut = runCLI(t, "", "parse", "--include", "[", root)
	if code != 2 || out != "" || !strings.Contains(errOut, "not a valid pattern") {
		t.Errorf("malformed --include: exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// TestStandardInputAmongFiles: "-" is read once, in its place, and named
// "-" as with one input.
func TestStandardInputAmongFiles(t *testing.T) {
	root := writeTree(t, "a.txt", "b.txt")
	a, b := filepath.Join(root, "a.txt"), filepath.Join(root, "b.txt")
	code, out, errOut := runCLI(t, "一、从标准输入读到的\n", "parse", a, "-", b)
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if got, want := lineNames(t, out), []string{a, "-", b}; !slices.Equal(got, want) {
		t.Errorf("names %q, want %q", got, want)
	}
	if !strings.Contains(strings.Split(out, "\n")[1], "从标准输入读到的") {
		t.Errorf("the second line is not the document of standard input: %.200s", strings.Split(out, "\n")[1])
	}
}

// lineNames is the source.name of every line of JSON Lines output, read
// without decoding the rest of the line.
func lineNames(t *testing.T, out string) []string {
	t.Helper()
	var names []string
	for _, line := range strings.Split(strings.TrimSuffix(out, "\n"), "\n") {
		name, err := sourceName(line)
		if err != nil {
			t.Fatalf("%v: %.200q", err, line)
		}
		names = append(names, name)
	}
	return names
}

// sourceName reads the object's keys up to "source" and returns the name
// in it.
func sourceName(line string) (string, error) {
	dec := json.NewDecoder(strings.NewReader(line))
	if tok, err := dec.Token(); err != nil || tok != json.Delim('{') {
		return "", fmt.Errorf("not a JSON object (%v)", err)
	}
	for dec.More() {
		key, err := dec.Token()
		if err != nil {
			return "", err
		}
		if key != "source" {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return "", err
			}
			continue
		}
		var source struct {
			Name *string `json:"name"`
		}
		if err := dec.Decode(&source); err != nil || source.Name == nil {
			return "", fmt.Errorf("no source.name (%v)", err)
		}
		return *source.Name, nil
	}
	return "", errors.New("no source")
}

// TestInputsWalkedAsProcessed: a directory is walked when its turn comes,
// not when the command line is read: a file written under a later
// directory while the first inputs are processed is among the inputs. A
// consumer that stops stops the walk, and count counts what the inputs
// yield.
func TestInputsWalkedAsProcessed(t *testing.T) {
	root := writeTree(t, "a/1.txt", "a/2.txt", "b/3.txt")
	plan, err := testApp().planInputs([]string{filepath.Join(root, "a"), filepath.Join(root, "b")}, defaultIncludes())
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(root, "b", "0.txt"), []byte("一、后来的\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	var got []string
	for in := range plan.inputs() {
		rel, _ := filepath.Rel(root, in.path)
		got = append(got, filepath.ToSlash(rel))
		if len(got) == 1 {
			// b is walked after a: a file written now is found there.
			if err := os.WriteFile(filepath.Join(root, "b", "4.txt"), []byte("一、更后来的\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}
	}
	if want := []string{"a/1.txt", "a/2.txt", "b/0.txt", "b/3.txt", "b/4.txt"}; !slices.Equal(got, want) {
		t.Errorf("inputs %q, want %q", got, want)
	}
	if n := plan.count(); n != len(got) {
		t.Errorf("count %d, want %d", n, len(got))
	}
	taken := 0
	for range plan.inputs() {
		taken++
		if taken == 2 {
			break
		}
	}
	if taken != 2 {
		t.Errorf("took %d inputs, want 2", taken)
	}
}
