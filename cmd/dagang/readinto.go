package main

import (
	"errors"
	"io"
	"os"
	"slices"
)

// readOpenFile appends what is left to read of f to buf and closes f.
func readOpenFile(buf []byte, f *os.File) ([]byte, error) {
	defer f.Close()
	if st, err := f.Stat(); err == nil && st.Mode().IsRegular() {
		buf = slices.Grow(buf, int(st.Size())+1)
	}
	for {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, 4<<10)
		}
		n, err := f.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if errors.Is(err, io.EOF) {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}
