package main

import (
	"errors"
	"io/fs"
	"os"
	"os/signal"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"syscall"
)

// errReadOnly: fix -w was asked to rewrite a file its owner may not write.
var errReadOnly = errors.New("the file is read-only")

// tempMark is in the name of the temporary file fix -w writes beside
// the file it rewrites: .NAME.dagang-fix-PID.tmp.
const tempMark = ".dagang-fix-"

// rewrite replaces the file at path with fixed, after keeping original in
// a backup beside it, and returns the backup's name.
//
//   - The backup is FILE.bak, or FILE.bak.1, FILE.bak.2 … when that name
//     is taken (as cp --backup=numbered): an existing backup is never
//     overwritten, and a link planted at a backup's name is never
//     followed (the backup is created with O_EXCL and O_NOFOLLOW). It
//     gets the file's mode, owner and group.
//   - The new text goes to a temporary file beside the file, named
//     .FILE.dagang-fix-PID.tmp, which gets the file's mode, owner and
//     group and is renamed over the file: an interrupted run leaves the
//     original or the whole fix, never a part. The temporary file is
//     removed on SIGINT, SIGTERM and SIGHUP; one left by a run that was
//     killed outright is removed by the next run on the file.
//   - A read-only file is refused. A symbolic link at path is followed:
//     the file it leads to is rewritten, the link stays.
func rewrite(path string, original, fixed []byte) (backup string, err error) {
	target, err := filepath.EvalSymlinks(path)
	if err != nil {
		return "", err
	}
	st, err := os.Stat(target)
	if err != nil {
		return "", err
	}
	if st.Mode().Perm()&0o200 == 0 {
		return "", errReadOnly
	}
	removeStaleTemps(target)
	backup, err = writeBackup(path, original, st)
	if err != nil {
		return "", err
	}
	if err := replace(target, fixed, st); err != nil {
		return backup, err
	}
	return backup, nil
}

// writeBackup writes original to the first free name of FILE.bak,
// FILE.bak.1 …, with the mode, owner and group of st.
func writeBackup(path string, original []byte, st fs.FileInfo) (string, error) {
	for n := 0; n < 10000; n++ {
		name := path + ".bak"
		if n > 0 {
			name += "." + strconv.Itoa(n)
		}
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL|oNoFollow, 0o600)
		if errors.Is(err, fs.ErrExist) || errors.Is(err, syscall.ELOOP) {
			continue // taken, by a file or a link: never followed, never overwritten
		}
		if err != nil {
			return "", &backupError{name, err}
		}
		if err := writeAndKeep(f, original, st); err != nil {
			_ = os.Remove(name)
			return "", &backupError{name, err}
		}
		return name, nil
	}
	return "", &backupError{path + ".bak", fs.ErrExist}
}

// backupError is a backup that could not be written: nothing was
// rewritten.
type backupError struct {
	name string
	err  error
}

func (e *backupError) Error() string { return "backup " + e.name + ": " + e.err.Error() }
func (e *backupError) Unwrap() error { return e.err }

// writeAndKeep writes data to f, gives it st's mode, owner and group,
// flushes it to the disk and closes it.
func writeAndKeep(f *os.File, data []byte, st fs.FileInfo) error {
	_, err := f.Write(data)
	if err == nil {
		err = keepOwner(f, st)
	}
	if err == nil {
		err = f.Chmod(st.Mode().Perm())
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	return err
}

// replace writes data to a temporary file beside target and renames it
// over target.
func replace(target string, data []byte, st fs.FileInfo) error {
	tmp := tempName(target, os.Getpid())
	// Tracked before it exists: a signal between its creation and its
	// tracking would otherwise leave it behind.
	untrack := trackTemp(tmp)
	defer untrack()
	f, err := os.OpenFile(tmp, os.O_WRONLY|os.O_CREATE|os.O_EXCL|oNoFollow, 0o600)
	if err != nil {
		return err
	}
	if err := writeAndKeep(f, data, st); err != nil {
		_ = os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, target); err != nil {
		_ = os.Remove(tmp)
		return err
	}
	return nil
}

// tempName is the temporary file of process pid for target.
func tempName(target string, pid int) string {
	return filepath.Join(filepath.Dir(target), "."+filepath.Base(target)+tempMark+strconv.Itoa(pid)+".tmp")
}

// removeStaleTemps removes the temporary files that runs on target left
// when they were killed: those of processes that no longer run.
func removeStaleTemps(target string) {
	prefix := "." + filepath.Base(target) + tempMark
	entries, err := os.ReadDir(filepath.Dir(target))
	if err != nil {
		return
	}
	for _, e := range entries {
		name := e.Name()
		if !strings.HasPrefix(name, prefix) || !strings.HasSuffix(name, ".tmp") || !e.Type().IsRegular() {
			continue
		}
		pid, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(name, prefix), ".tmp"))
		if err != nil || pid == os.Getpid() || processRuns(pid) {
			continue
		}
		_ = os.Remove(filepath.Join(filepath.Dir(target), name))
	}
}

// The temporary files being written, removed if a signal ends the run.
var (
	tempsMu sync.Mutex
	temps   = map[string]bool{}
	signals chan os.Signal
)

// trackTemp has the temporary file removed if the run is interrupted or
// terminated while it exists, and returns what stops that.
func trackTemp(name string) (untrack func()) {
	tempsMu.Lock()
	defer tempsMu.Unlock()
	if signals == nil {
		signals = make(chan os.Signal, 1)
		signal.Notify(signals, endSignals...)
		go func() {
			sig := <-signals
			tempsMu.Lock()
			for t := range temps {
				_ = os.Remove(t)
			}
			os.Exit(128 + signalNumber(sig))
		}()
	}
	temps[name] = true
	return func() {
		tempsMu.Lock()
		defer tempsMu.Unlock()
		delete(temps, name)
	}
}
