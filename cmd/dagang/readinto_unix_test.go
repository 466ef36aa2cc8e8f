//go:build unix

package main

import (
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// TestReadFileIntoPipe: a named pipe, which is no regular file and says
// no size, is read to its end too.
func TestReadFileIntoPipe(t *testing.T) {
	path := filepath.Join(t.TempDir(), "pipe")
	if err := syscall.Mkfifo(path, 0o600); err != nil {
		t.Skip("no named pipes here:", err)
	}
	want := []byte("一、提高站位\n（一）加强学习\n")
	go func() {
		f, err := os.OpenFile(path, os.O_WRONLY, 0)
		if err != nil {
			return
		}
		defer f.Close()
		for range 1000 {
			f.Write(want)
		}
	}()
	got, err := readFileInto([]byte("stale")[:0], path)
	if err != nil {
		t.Fatal(err)
	}
	if len(got) != 1000*len(want) || string(got[:len(want)]) != string(want) {
		t.Errorf("%d bytes, want %d", len(got), 1000*len(want))
	}
}

// TestReadFileIntoSizeZero: a file that says it is empty and is not (the
// files of /proc) is read to its end, not taken at its word.
func TestReadFileIntoSizeZero(t *testing.T) {
	const path = "/proc/self/status"
	st, err := os.Stat(path)
	if err != nil || st.Size() != 0 {
		t.Skip("no /proc/self/status of size 0 here")
	}
	got, err := readFileInto(make([]byte, 0, 8), path)
	if err != nil || !strings.HasPrefix(string(got), "Name:") || !strings.Contains(string(got), "\nPid:") {
		t.Fatalf("%q, %v", got, err)
	}
}
