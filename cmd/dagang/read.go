package main

import (
	"bytes"
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/decode"
)

var (
	errIsDir = errors.New("is a directory")
	// errWordLock: the input is the lock file Word keeps beside a
	// document it has open (~$讲话.docx), not the document.
	errWordLock = decode.ErrWordLock
)

// readBounded reads r to its end into buf's memory, refusing an input of
// more than limit bytes, or one whose first bytes are no text, as soon as
// it has read them (decode.Read): every input of the command line goes
// through it, files, standard input and records alike.
func readBounded(r io.Reader, buf []byte, limit int64) ([]byte, error) {
	return decode.Read(r, buf, limit)
}

// readPath reads the input at path into buf, or standard input for "-";
// a regular file larger than limit is refused before it is read.
func (a *app) readPath(path string, buf []byte, limit int64) ([]byte, error) {
	if limit == 0 {
		limit = dagang.DefaultMaxInput
	}
	if path == "-" {
		return readBounded(a.stdin, buf, limit)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	st, err := f.Stat()
	if err != nil {
		return nil, err
	}
	if st.IsDir() {
		return nil, errIsDir
	}
	if st.Mode().IsRegular() {
		if limit >= 0 && st.Size() > limit {
			return nil, decode.TooLarge(limit)
		}
		// One byte more than the size, so that the read that finds the
		// end needs no growing.
		buf = slices.Grow(buf[:0], int(min(st.Size(), 1<<30))+1)
	}
	raw, err := readBounded(f, buf, limit)
	if err != nil && errors.Is(err, decode.ErrBinary) && wordLockName(path) {
		return nil, errWordLock
	}
	return raw, err
}

// decodeInput turns an input's bytes into text; raw is handed over for
// good when shared. A Word lock file is named as what it is.
func decodeInput(path string, raw []byte, encoding string, shared bool) (decode.Text, error) {
	t, err := decode.Input(raw, decode.Options{Encoding: encoding, Shared: shared, HTML: decode.IsPageName(path)})
	if err != nil && errors.Is(err, decode.ErrBinary) && wordLockName(path) {
		return t, errWordLock
	}
	return t, err
}

// errUnknownEncoding: --encoding names no encoding the library reads.
var errUnknownEncoding = decode.ErrUnknownEncoding

// countLines is the number of lines of raw.
func countLines(raw []byte) int { return bytes.Count(raw, []byte{'\n'}) + 1 }

// wordLockName reports whether path names a lock file of Word's (~$讲话.docx),
// whatever its bytes.
func wordLockName(path string) bool { return strings.HasPrefix(filepath.Base(path), "~$") }
