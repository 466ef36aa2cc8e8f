//go:build !unix

package main

import "os"

// readFileInto appends the contents of the file at path to buf, read to
// its end as os.ReadFile reads it.
func readFileInto(buf []byte, path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	return readOpenFile(buf, f)
}
