package main

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

// TestReadInPieces: a file read in pieces is the file, for every number of
// pieces and sizes that do not divide evenly; a file that is not the size
// it was when looked at is told apart, whether longer or shorter.
func TestReadInPieces(t *testing.T) {
	dir := t.TempDir()
	for _, size := range []int{0, 1, 7, 4096, 100_003} {
		want := make([]byte, size)
		for i := range want {
			want[i] = byte(i*7 + i/251)
		}
		path := filepath.Join(dir, "f")
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
		for pieces := 1; pieces <= 5; pieces++ {
			got, err := readInPieces(path, int64(size), pieces)
			if err != nil || !bytes.Equal(got, want) {
				t.Fatalf("size %d in %d pieces: %d bytes, %v", size, pieces, len(got), err)
			}
		}
		if size > 0 {
			if _, err := readInPieces(path, int64(size-1), 2); !errors.Is(err, errChanged) {
				t.Errorf("size %d read as %d: %v, want errChanged", size, size-1, err)
			}
		}
		if _, err := readInPieces(path, int64(size+1), 2); !errors.Is(err, errChanged) {
			t.Errorf("size %d read as %d: %v, want errChanged", size, size+1, err)
		}
	}
}

// TestReadFileLarge: readFile gives a large file whole.
func TestReadFileLarge(t *testing.T) {
	want := bytes.Repeat([]byte("一、加强领导\n"), parallelReadMin/10)
	path := filepath.Join(t.TempDir(), "big.txt")
	if err := os.WriteFile(path, want, 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := readFile(path)
	if err != nil || !bytes.Equal(got, want) {
		t.Fatalf("%d bytes of %d, %v", len(got), len(want), err)
	}
}

// TestReadFileInto: a file read into a buffer is the file, whatever the
// buffer held before (longer, shorter, nothing) and whatever the size
// (empty, at and around the growing step); what the buffer held is not
// part of it. A missing file and a directory are errors that name what is
// wrong, as os.ReadFile's do.
func TestReadFileInto(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "f")
	buffers := [][]byte{nil, make([]byte, 0, 3), bytes.Repeat([]byte("旧"), 20_000)[:0]}
	for _, size := range []int{0, 1, 4095, 4096, 4097, 60_001} {
		want := make([]byte, size)
		for i := range want {
			want[i] = byte(i*13 + i/253)
		}
		if err := os.WriteFile(path, want, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, buf := range buffers {
			got, err := readFileInto(buf, path)
			if err != nil || !bytes.Equal(got, want) {
				t.Fatalf("size %d into cap %d: %d bytes, %v", size, cap(buf), len(got), err)
			}
		}
	}
	_, err := readFileInto(nil, filepath.Join(dir, "missing.txt"))
	if _, want := os.ReadFile(filepath.Join(dir, "missing.txt")); reason(err).Error() != reason(want).Error() {
		t.Errorf("missing file: %v, want %v", err, want)
	}
	_, err = readFileInto(nil, dir)
	if _, want := os.ReadFile(dir); err == nil || reason(err).Error() != reason(want).Error() {
		t.Errorf("directory: %v, want %v", err, want)
	}
}
