package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"runtime"

	"github.com/sourcegraph/conc"
)

// readFile reads the file at path. A large regular file is read in
// pieces at the same time: most of the time of reading one into memory
// that the process has not touched before goes to the faults that map its
// pages, and those are taken on every core at once.
func readFile(path string) ([]byte, error) {
	st, err := os.Stat(path)
	if err != nil {
		return nil, pathError(path, err)
	}
	if st.IsDir() {
		return nil, fmt.Errorf("%s: is a directory", path)
	}
	pieces := min(runtime.GOMAXPROCS(0), 4)
	if !st.Mode().IsRegular() || st.Size() < parallelReadMin || pieces < 2 {
		raw, err := os.ReadFile(path)
		return raw, pathError(path, err)
	}
	raw, err := readInPieces(path, st.Size(), pieces)
	if errors.Is(err, errChanged) {
		raw, err = os.ReadFile(path) // it changed while read: once more, whole
	}
	return raw, pathError(path, err)
}

// parallelReadMin is the size from which a file is read in pieces.
const parallelReadMin = 4 << 20

// errChanged: the file was not size bytes long when read.
var errChanged = errors.New("changed while read")

// readInPieces reads the size bytes of the file at path in pieces at the
// same time, and checks that the file ends there.
func readInPieces(path string, size int64, pieces int) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	raw := make([]byte, size)
	errs := make([]error, pieces)
	var wg conc.WaitGroup
	for k := range pieces {
		lo, hi := int64(k)*size/int64(pieces), int64(k+1)*size/int64(pieces)
		wg.Go(func() {
			if _, err := f.ReadAt(raw[lo:hi], lo); err != nil {
				errs[k] = err
			}
		})
	}
	wg.Wait()
	for _, err := range errs {
		if errors.Is(err, io.EOF) {
			return nil, errChanged // shorter than it was
		}
		if err != nil {
			return nil, err
		}
	}
	var more [1]byte
	if n, _ := f.ReadAt(more[:], size); n > 0 {
		return nil, errChanged // longer than it was
	}
	return raw, nil
}
