//go:build unix

package main

import (
	"bytes"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"testing"
	"time"
)

// fixable writes a speech with a numbering gap to dir/name and returns
// its path and the text fix makes of it.
func fixable(t *testing.T, dir, name string, mode os.FileMode) (string, []byte, []byte) {
	t.Helper()
	raw := fileContent(t, checkDir+"numbering-gap.txt")
	_, fixed, _ := runCLI(t, "", "fix", checkDir+"numbering-gap.txt")
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, raw, mode); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(path, mode); err != nil {
		t.Fatal(err)
	}
	return path, raw, []byte(fixed)
}

// TestFixWriteNeverFollowsABackupLink: a link planted at FILE.bak is not
// followed (its target keeps its bytes) and stays; the backup goes to
// FILE.bak.1.
func TestFixWriteNeverFollowsABackupLink(t *testing.T) {
	dir := t.TempDir()
	path, raw, fixed := fixable(t, dir, "讲话.txt", 0o600)
	victim := filepath.Join(dir, "victim.txt")
	os.WriteFile(victim, []byte("not yours\n"), 0o644)
	if err := os.Symlink(victim, path+".bak"); err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, "", "fix", "-w", path)
	if code != 0 || errOut != "" || !strings.Contains(out, path+".bak.1") {
		t.Fatalf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if got, _ := os.ReadFile(victim); string(got) != "not yours\n" {
		t.Errorf("the link's target was written: %q", got)
	}
	if fi, err := os.Lstat(path + ".bak"); err != nil || fi.Mode()&os.ModeSymlink == 0 {
		t.Errorf("the link is gone: %v", err)
	}
	if got, _ := os.ReadFile(path + ".bak.1"); !bytes.Equal(got, raw) {
		t.Error("FILE.bak.1 is not the original")
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, fixed) {
		t.Error("FILE is not the fix")
	}
	// A dangling link is not followed either.
	path2, _, _ := fixable(t, dir, "二.txt", 0o600)
	os.Symlink(filepath.Join(dir, "created-by-link"), path2+".bak")
	runCLI(t, "", "fix", "-w", path2)
	if _, err := os.Lstat(filepath.Join(dir, "created-by-link")); err == nil {
		t.Error("a dangling link at FILE.bak was followed")
	}
}

// TestFixWriteKeepsBackups: an existing backup survives; each run takes
// the next number.
func TestFixWriteKeepsBackups(t *testing.T) {
	dir := t.TempDir()
	path, raw, _ := fixable(t, dir, "讲话.txt", 0o644)
	os.WriteFile(path+".bak", []byte("an older backup\n"), 0o644)
	os.WriteFile(path+".bak.1", []byte("another\n"), 0o644)
	if code, _, errOut := runCLI(t, "", "fix", "-w", path); code != 0 {
		t.Fatalf("exit %d, %s", code, errOut)
	}
	if got, _ := os.ReadFile(path + ".bak"); string(got) != "an older backup\n" {
		t.Error("FILE.bak was overwritten")
	}
	if got, _ := os.ReadFile(path + ".bak.1"); string(got) != "another\n" {
		t.Error("FILE.bak.1 was overwritten")
	}
	if got, _ := os.ReadFile(path + ".bak.2"); !bytes.Equal(got, raw) {
		t.Error("FILE.bak.2 is not the original")
	}
}

// TestFixWriteKeepsModeAndOwner: the backup and the rewritten file have
// the original's mode, owner and group (given to another owner where the
// test runs as root).
func TestFixWriteKeepsModeAndOwner(t *testing.T) {
	dir := t.TempDir()
	path, _, _ := fixable(t, dir, "讲话.txt", 0o640)
	uid, gid := os.Getuid(), os.Getgid()
	if os.Geteuid() == 0 {
		uid, gid = 65534, 65534 // nobody: root must keep a file another's
		if err := os.Chown(path, uid, gid); err != nil {
			t.Fatal(err)
		}
	}
	if code, _, errOut := runCLI(t, "", "fix", "-w", path); code != 0 {
		t.Fatalf("exit %d, %s", code, errOut)
	}
	for _, name := range []string{path, path + ".bak"} {
		st, err := os.Stat(name)
		if err != nil {
			t.Fatal(err)
		}
		sys := st.Sys().(*syscall.Stat_t)
		if st.Mode().Perm() != 0o640 || int(sys.Uid) != uid || int(sys.Gid) != gid {
			t.Errorf("%s: mode %v owner %d:%d, want 0640 %d:%d", name, st.Mode().Perm(), sys.Uid, sys.Gid, uid, gid)
		}
	}
}

// TestFixWriteRefusesReadOnly: a read-only file is left alone, with no
// backup.
func TestFixWriteRefusesReadOnly(t *testing.T) {
	dir := t.TempDir()
	path, raw, _ := fixable(t, dir, "讲话.txt", 0o444)
	code, out, errOut := runCLI(t, "", "fix", "-w", path)
	if code != 1 || out != "" || !strings.Contains(errOut, "read-only") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, raw) {
		t.Error("the read-only file changed")
	}
	if _, err := os.Stat(path + ".bak"); err == nil {
		t.Error("a backup of a file that was not rewritten")
	}
}

// TestFixWriteCleansStaleTemps: the temporary file of a run that was
// killed is removed by the next run on the file; one of a process that
// still runs is left to it.
func TestFixWriteCleansStaleTemps(t *testing.T) {
	dir := t.TempDir()
	path, _, _ := fixable(t, dir, "讲话.txt", 0o644)
	dead := exec.Command("true")
	if err := dead.Run(); err != nil {
		t.Skip("no true(1):", err)
	}
	stale := tempName(path, dead.Process.Pid)
	live := tempName(path, os.Getppid())
	os.WriteFile(stale, []byte("half a fix"), 0o600)
	os.WriteFile(live, []byte("another run's"), 0o600)
	if code, _, errOut := runCLI(t, "", "fix", "-w", path); code != 0 {
		t.Fatalf("exit %d, %s", code, errOut)
	}
	if _, err := os.Stat(stale); err == nil {
		t.Error("the stale temporary file is still there")
	}
	if _, err := os.Stat(live); err != nil {
		t.Error("the temporary file of a running process was removed")
	}
}

// TestFixWriteKilled kills fix -w (SIGKILL) at random moments while it
// rewrites a 200 MB file: the file is always the original or the whole
// fix, never a part, and the next run removes the temporary file left.
// A SIGTERM removes it at once.
func TestFixWriteKilled(t *testing.T) {
	if testing.Short() {
		t.Skip("rewrites a 200 MB file several times")
	}
	dir := t.TempDir()
	var b bytes.Buffer
	b.WriteString("在全市读书活动推进会上的讲话\n同志们：\n一、提高认识\n")
	para := strings.Repeat("大家要把读书学习作为一种生活态度、一种工作责任、一种精神追求。", 8) + "\n"
	for b.Len() < 200<<20 {
		b.WriteString(para)
	}
	b.WriteString("三、抓好落实\n谢谢大家！\n")
	original := b.Bytes()
	path := filepath.Join(dir, "big.txt")
	os.WriteFile(path, original, 0o644)
	self, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	dagang := func(args ...string) *exec.Cmd {
		cmd := exec.Command(self, args...)
		cmd.Env = append(os.Environ(), "DAGANG_TEST_RUN_MAIN=1", "GOMAXPROCS=2")
		return cmd
	}
	start := time.Now()
	fixed, err := dagang("fix", path).Output()
	if err != nil || bytes.Equal(fixed, original) {
		t.Fatalf("fix to standard output: %v", err)
	}
	full := time.Since(start)
	temps := func() []string {
		m, _ := filepath.Glob(filepath.Join(dir, ".big.txt"+tempMark+"*.tmp"))
		return m
	}
	for i := range 4 {
		cmd := dagang("fix", "-w", "-q", path)
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		// Anywhere from the start to past the whole run: the kill meets
		// the read, the parse, the backup, the temporary file or the
		// rename.
		time.Sleep(time.Duration(rand.Int64N(int64(full*11/10) + 1)))
		sig := syscall.SIGKILL
		if i == 3 {
			sig = syscall.SIGTERM
		}
		_ = cmd.Process.Signal(sig)
		_ = cmd.Wait()
		got, err := os.ReadFile(path)
		if err != nil {
			t.Fatal(err)
		}
		switch {
		case bytes.Equal(got, fixed):
			os.WriteFile(path, original, 0o644) // the run finished: start again
		case !bytes.Equal(got, original):
			t.Fatalf("kill %d (%v): the file is neither the original nor the fix (%d bytes)", i, sig, len(got))
		}
		// A SIGTERM removes the run's own temporary file; those of the runs
		// killed before it are the next run's to remove, and this one may
		// have ended before it came to them.
		if own := tempName(path, cmd.Process.Pid); sig == syscall.SIGTERM && slices.Contains(temps(), own) {
			t.Errorf("SIGTERM left %s", own)
		}
	}
	// The next run cleans what the killed ones left.
	if out, err := dagang("fix", "-w", "-q", path).CombinedOutput(); err != nil {
		t.Fatalf("the run after the kills: %v %s", err, out)
	}
	if left := temps(); len(left) > 0 {
		t.Errorf("the run after the kills left %v", left)
	}
	if got, _ := os.ReadFile(path); !bytes.Equal(got, fixed) {
		t.Error("the run after the kills did not write the fix")
	}
}
