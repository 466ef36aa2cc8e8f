package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"

	udiff "github.com/aymanbagabas/go-udiff"
	"github.com/spf13/cobra"

	"github.com/dagang/dagang/fix"
)

type fixOptions struct {
	write  bool // rewrite the file in place, after a backup
	dryRun bool // print a unified diff instead of the text
}

func newFixCmd() *cobra.Command {
	opts := &fixOptions{}
	cmd := &cobra.Command{
		Use:   "fix FILE",
		Short: "Correct the numbering slips of a speech",
		Long: `Correct the slips of a speech ("-" reads standard input) that have one right
answer, and print the corrected text in the input's own encoding and line ends:

  - renumber lists with gaps, duplicates or numbers out of order (一、三、 → 一、二、),
    each list in its own numerals (一 二, 1 2, １ ２, ① ②, 一是 二是, 第一 第二);
  - write marker punctuation as GB/T 15834-2011 Appendix B.3 wants it:
    一. 一． 一， → 一、, （一）、 → （一）, 1、 → 1.;
  - write mismatched brackets as a full-width pair: （一) (一） → （一）.

Nothing but those markers changes: titles, paragraphs, line ends and lines kept
as text are left byte for byte. A renumbering that would change the outline
(turn a line of text into a heading) is left out. What is left is reported by
dagang check.`,
		Example: "  dagang fix speech.txt > fixed.txt\n  dagang fix --dry-run speech.txt\n  dagang fix -w speech.txt   # keeps speech.txt.bak",
		Args:    exactArgs(1),
		PreRun:  prepareGrammar,
		RunE: func(cmd *cobra.Command, args []string) error {
			return runFix(cmd, opts, args[0])
		},
	}
	cmd.Flags().BoolVarP(&opts.write, "write", "w", false, "rewrite FILE in its encoding, after copying it to FILE.bak")
	cmd.Flags().BoolVar(&opts.dryRun, "dry-run", false, "print a unified diff of the corrections instead of the text")
	return cmd
}

func runFix(cmd *cobra.Command, opts *fixOptions, path string) error {
	switch {
	case opts.write && opts.dryRun:
		return usageError(errors.New("--write and --dry-run cannot be used together"))
	case opts.write && path == "-":
		return usageError(errors.New("--write needs a file; standard input cannot be rewritten"))
	}
	raw, err := readInput(cmd.InOrStdin(), path)
	if err != nil {
		return inputError(err)
	}
	res, err := fix.Bytes(raw, path)
	if err != nil {
		return inputError(err)
	}
	out := cmd.OutOrStdout()
	switch {
	case opts.dryRun:
		return writeDiff(out, path, res)
	case opts.write:
		if len(res.Edits) == 0 {
			_, err := fmt.Fprintf(out, "%s: nothing to fix\n", path)
			return err
		}
		if err := rewrite(path, raw, res.Fixed); err != nil {
			return inputError(err)
		}
		_, err := fmt.Fprintf(out, "%s: %d corrections (original kept in %s.bak)\n", path, len(res.Edits), path)
		return err
	}
	_, err = out.Write(res.Fixed)
	return err
}

// readInput reads a file, or standard input for "-".
func readInput(stdin io.Reader, path string) ([]byte, error) {
	if path == "-" {
		return io.ReadAll(stdin)
	}
	return readFile(path)
}

// writeDiff prints the corrections as a unified diff of the decoded texts
// (UTF-8, whatever the input's encoding, so that a terminal shows it).
// Lines that end in a lone CR are shown ending in LF: a unified diff is
// made of \n-ended lines.
func writeDiff(w io.Writer, path string, res *fix.Result) error {
	if len(res.Edits) == 0 {
		return nil
	}
	d := udiff.Unified(path, path+" (fixed)", lfOnly(res.Before), lfOnly(res.After))
	_, err := io.WriteString(w, d)
	return err
}

// lfOnly turns lone CRs (old Mac line ends) into LFs; CRLF stays.
func lfOnly(s string) string {
	if !strings.Contains(s, "\r") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); i++ {
		if s[i] == '\r' && (i+1 == len(s) || s[i+1] != '\n') {
			b.WriteByte('\n')
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

// rewrite keeps the original bytes in path.bak, then replaces path with
// fixed atomically: the new text goes to a temporary file beside it, which
// is renamed over it, so that an interrupted run leaves the old file or the
// new one, never half of one. A symbolic link is followed, not replaced.
func rewrite(path string, original, fixed []byte) error {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return err
	}
	st, err := os.Stat(target)
	if err != nil {
		return err
	}
	mode := st.Mode().Perm()
	if err := os.WriteFile(path+".bak", original, mode); err != nil {
		return fmt.Errorf("backup: %w", err)
	}
	tmp, err := os.CreateTemp(filepath.Dir(target), "."+filepath.Base(target)+".*.tmp")
	if err != nil {
		return err
	}
	done := false
	defer func() {
		if !done {
			_ = os.Remove(tmp.Name())
		}
	}()
	if _, err := tmp.Write(fixed); err != nil {
		_ = tmp.Close()
		return fmt.Errorf("write %s: %w", tmp.Name(), err)
	}
	if err := tmp.Chmod(mode); err != nil {
		_ = tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		_ = tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), target); err != nil {
		return err
	}
	done = true
	return nil
}
