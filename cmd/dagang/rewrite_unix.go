//go:build unix

package main

import (
	"io/fs"
	"os"
	"syscall"
)

// oNoFollow makes an open fail on a symbolic link rather than follow it.
const oNoFollow = syscall.O_NOFOLLOW

// endSignals are the signals that end a run, removing its temporary file.
var endSignals = []os.Signal{syscall.SIGINT, syscall.SIGTERM, syscall.SIGHUP}

func signalNumber(sig os.Signal) int {
	if s, ok := sig.(syscall.Signal); ok {
		return int(s)
	}
	return 1
}

// keepOwner gives f the owner and group of st. Only root may give a file
// to another user: otherwise the owner is the caller's, who owns the
// file anyway or could not have written to its directory, and the group
// is kept where the caller may set it.
func keepOwner(f *os.File, st fs.FileInfo) error {
	sys, ok := st.Sys().(*syscall.Stat_t)
	if !ok {
		return nil
	}
	err := f.Chown(int(sys.Uid), int(sys.Gid))
	if err != nil && os.Geteuid() != 0 {
		return nil // not ours to give away; the mode still keeps it private
	}
	return err
}

// processRuns reports whether a process of that id runs.
func processRuns(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || err == syscall.EPERM
}
