//go:build !unix

package main

import (
	"io/fs"
	"os"
)

// oNoFollow: O_EXCL alone refuses an existing name, a link included.
const oNoFollow = 0

var endSignals = []os.Signal{os.Interrupt}

func signalNumber(os.Signal) int { return 2 }

func keepOwner(*os.File, fs.FileInfo) error { return nil }

// processRuns reports whether a process of that id runs.
func processRuns(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	_ = p.Release()
	return true
}
