package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// defaultIncludes are the files a directory contributes unless --include
// names others: the formats dagang reads.
func defaultIncludes() []string { return []string{"*.txt", "*.md", "*.docx"} }

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

// inputList is what a command line names, in its order.
type inputList struct {
	inputs []input
	dirs   int // directories walked
}

// listInputs expands a command line's arguments into inputs: a file as
// given, "-" (at most once), a directory walked recursively in lexical
// order for the files whose base name matches one of the include globs.
// A path that cannot be listed is an input that failed, so the others
// still run; the error is for a command line that is wrong as a whole.
func listInputs(args, include []string) (inputList, error) {
	if n := countOf(args, "-"); n > 1 {
		return inputList{}, fmt.Errorf(`"-" (standard input) given %d times`, n)
	}
	if err := checkIncludes(include); err != nil {
		return inputList{}, err
	}
	var list inputList
	for _, arg := range args {
		if arg == "-" {
			list.inputs = append(list.inputs, input{path: arg})
			continue
		}
		st, err := os.Stat(arg)
		switch {
		case err != nil:
			list.inputs = append(list.inputs, input{path: arg, err: reason(err)})
		case st.IsDir():
			list.dirs++
			list.inputs = append(list.inputs, walkDir(arg, include)...)
		default:
			list.inputs = append(list.inputs, input{path: arg})
		}
	}
	return list, nil
}

// checkIncludes refuses globs that could never match a base name, so that
// a typo is a usage error rather than a run over nothing.
func checkIncludes(include []string) error {
	if len(include) == 0 {
		return errors.New("--include needs a pattern")
	}
	for _, pattern := range include {
		if pattern == "" {
			return errors.New("--include pattern is empty")
		}
		if strings.ContainsRune(pattern, '/') || strings.ContainsRune(pattern, filepath.Separator) {
			return fmt.Errorf("--include %q: patterns match file names, not paths", pattern)
		}
		if _, err := filepath.Match(pattern, ""); err != nil {
			return fmt.Errorf("--include %q: %w", pattern, err)
		}
	}
	return nil
}

// walkDir lists the files under root that match include, in lexical order.
// Symbolic links to files are followed, links to directories are not (a
// link back up the tree would never end). A directory with nothing to
// process is itself an input that failed: a wrong --include should not
// pass for an empty corpus.
func walkDir(root string, include []string) []input {
	var found []input
	matched := 0
	walkErr := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			found = append(found, input{path: path, err: reason(err)})
			return nil
		}
		if d.IsDir() || !matchesAny(include, d.Name()) {
			return nil
		}
		in, ok := fileEntry(path, d)
		if ok {
			found = append(found, in)
			matched++
		}
		return nil
	})
	if walkErr != nil {
		found = append(found, input{path: root, err: reason(walkErr)})
	}
	if matched == 0 && len(found) == 0 {
		found = append(found, input{path: root, err: fmt.Errorf("no file matches %s", strings.Join(include, ", "))})
	}
	return found
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
