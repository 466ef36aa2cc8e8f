package main

import (
	"errors"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"
)

// defaultIncludes are the files a directory contributes unless --include
// names others: the formats dagang reads.
func defaultIncludes() []string { return []string{"*.txt", "*.md", "*.docx", "*.html", "*.htm"} }

// input is one file a command processes.
type input struct {
	// path is the file as the command line gives it or as found under a
	// directory it gives; "-" is standard input.
	path string
	// err, when not nil, is why the input cannot be processed, found while
	// listing (a path that does not exist, a directory that cannot be
	// read). It says what is wrong without naming the path.
	err error
}

// inputPlan is what a command line names, in its order: each argument
// looked at once (a file, a directory to walk, a path that cannot be
// listed), before any directory is walked. Its inputs are listed as they
// are processed, so that a run over a corpus starts at once and never
// holds the list of its paths.
type inputPlan struct {
	args    []plannedArg
	include []string // the globs a directory's files must match
	dirs    int      // directories among the arguments
}

// plannedArg is one argument of the command line.
type plannedArg struct {
	path string
	dir  bool
	// err, when not nil, is why the path cannot be listed (it does not
	// exist, it cannot be read), without the path.
	err error
}

// planInputs looks at a command line's arguments: a file as given, "-"
// (at most once), a directory to walk recursively in lexical order for
// the files whose base name matches one of the include globs. A path
// that cannot be listed is an input that failed, so the others still
// run; the error is for a command line that is wrong as a whole.
func (a *app) planInputs(args, include []string) (inputPlan, error) {
	if n := countOf(args, "-"); n > 1 {
		return inputPlan{}, usageError(a.p.T("err.stdin-twice", n))
	}
	if err := a.checkIncludes(include); err != nil {
		return inputPlan{}, err
	}
	plan := inputPlan{include: include}
	for _, arg := range args {
		if arg == "-" {
			plan.args = append(plan.args, plannedArg{path: arg})
			continue
		}
		st, err := os.Stat(arg)
		switch {
		case err != nil:
			plan.args = append(plan.args, plannedArg{path: arg, err: reason(err)})
		case st.IsDir():
			plan.dirs++
			plan.args = append(plan.args, plannedArg{path: arg, dir: true})
		default:
			plan.args = append(plan.args, plannedArg{path: arg})
		}
	}
	return plan, nil
}

// single reports whether the command line names one file (or "-") and no
// directory: the commands then print one document, not JSON Lines.
func (p inputPlan) single() bool { return len(p.args) == 1 && p.dirs == 0 }

// inputs yields the inputs in order, walking each directory when its turn
// comes.
func (p inputPlan) inputs() iter.Seq[input] {
	return func(yield func(input) bool) {
		for _, a := range p.args {
			switch {
			case a.err != nil:
				if !yield(input{path: a.path, err: a.err}) {
					return
				}
			case a.dir:
				if !walkDir(a.path, p.include, yield) {
					return
				}
			default:
				if !yield(input{path: a.path}) {
					return
				}
			}
		}
	}
}

// count is the number of inputs, found by walking the directories once
// without keeping what they hold.
func (p inputPlan) count() int {
	n := 0
	for range p.inputs() {
		n++
	}
	return n
}

// checkIncludes refuses globs that could never match a base name, so that
// a typo is a usage error rather than a run over nothing.
func (a *app) checkIncludes(include []string) error {
	if len(include) == 0 {
		return usageError(a.p.T("err.include-none"))
	}
	for _, pattern := range include {
		if pattern == "" {
			return usageError(a.p.T("err.include-empty"))
		}
		if strings.ContainsRune(pattern, '/') || strings.ContainsRune(pattern, filepath.Separator) {
			return usageError(a.p.T("err.include-path", pattern))
		}
		if _, err := filepath.Match(pattern, ""); err != nil {
			return usageError(a.p.T("err.include-bad", pattern))
		}
	}
	return nil
}

// noMatchError: a directory holds no file --include matches.
type noMatchError struct{ include []string }

func (e *noMatchError) Error() string { return "no file matches " + strings.Join(e.include, ", ") }

// inputArgs are the command line's inputs, or standard input when it
// names none and standard input is not a terminal (cat speech.txt |
// dagang outline).
func (a *app) inputArgs(args []string) ([]string, error) {
	if len(args) > 0 {
		return args, nil
	}
	if isTerminalReader(a.stdin) {
		return nil, usageError(a.p.T("err.no-input"))
	}
	return []string{"-"}, nil
}

// walkDir yields the files under root that match include, in lexical
// order, and reports whether yield asked for more. Symbolic links to files
// are followed, links to directories are not (a link back up the tree
// would never end). A directory with nothing to process is itself an
// input that failed: a wrong --include should not pass for an empty
// corpus.
func walkDir(root string, include []string, yield func(input) bool) bool {
	yielded, matched, stopped := 0, 0, false
	give := func(in input) error {
		yielded++
		if !yield(in) {
			stopped = true
			return filepath.SkipAll
		}
		return nil
	}
	walkErr := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return give(input{path: path, err: reason(err)})
		}
		if d.IsDir() || !matchesAny(include, d.Name()) {
			return nil
		}
		in, ok := fileEntry(path, d)
		if !ok {
			return nil
		}
		matched++
		return give(in)
	})
	switch {
	case stopped:
		return false
	case walkErr != nil:
		return give(input{path: root, err: reason(walkErr)}) == nil
	case matched == 0 && yielded == 0:
		return give(input{path: root, err: &noMatchError{include}}) == nil
	}
	return true
}

// fileEntry is the input for a directory entry that matched, when it is
// a file: a regular file, or a link that leads to one.
func fileEntry(path string, d fs.DirEntry) (input, bool) {
	if d.Type().IsRegular() {
		return input{path: path}, true
	}
	if d.Type()&fs.ModeSymlink == 0 {
		return input{}, false // a device, socket or named pipe
	}
	st, err := os.Stat(path)
	if err != nil {
		return input{path: path, err: reason(err)}, true
	}
	return input{path: path}, st.Mode().IsRegular()
}

// matchesAny reports whether name matches one of the globs, ignoring case:
// SPEECH.TXT, copied from Windows, is a .txt file too.
func matchesAny(globs []string, name string) bool {
	lower := strings.ToLower(name)
	for _, g := range globs {
		if ok, _ := filepath.Match(g, name); ok {
			return true
		}
		if ok, _ := filepath.Match(strings.ToLower(g), lower); ok {
			return true
		}
	}
	return false
}

// reason is what went wrong with a path, without the path or the system
// call: "no such file or directory", "permission denied".
func reason(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err
	}
	return err
}
