package main

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/decode"
)

// limitError is an input larger than --max-input.
type limitError struct{ limit int64 }

func (e *limitError) Error() string {
	return fmt.Sprintf("%v of %d bytes", dagang.ErrTooLarge, e.limit)
}
func (e *limitError) Unwrap() error { return dagang.ErrTooLarge }

var (
	errIsDir = errors.New("is a directory")
	// errWordLock: the input is the lock file Word keeps beside a
	// document it has open (~$讲话.docx), not the document.
	errWordLock = errors.New("a Word lock file, not the document")
)

// sniffSize is how much of an input is read before the rest: enough to
// refuse at once what is no text at all.
const sniffSize = 4 << 10

// readBounded reads r to its end, appending to buf[:0], and refuses an
// input of more than limit bytes (limit < 0: none) as soon as it has read
// one byte more (limit 0: dagang.DefaultMaxInput), and an input whose first bytes are all NUL as soon as it
// has read them (/dev/zero, a disk image): every input of the command
// line goes through it, files, standard input and records alike. It has
// the form of decode.Read, which is to take its place.
func readBounded(r io.Reader, buf []byte, limit int64) ([]byte, error) {
	buf = buf[:0]
	if limit == 0 {
		limit = dagang.DefaultMaxInput
	}
	if limit >= 0 {
		r = io.LimitReader(r, limit+1)
	}
	buf = slices.Grow(buf, sniffSize)
	sniffed := false
	for {
		if len(buf) == cap(buf) {
			buf = slices.Grow(buf, len(buf)) // doubles, as append does
		}
		n, err := r.Read(buf[len(buf):cap(buf)])
		buf = buf[:len(buf)+n]
		if limit >= 0 && int64(len(buf)) > limit {
			return nil, &limitError{limit}
		}
		if !sniffed && (len(buf) >= sniffSize || err != nil) {
			sniffed = true
			if len(buf) > 0 && allNUL(buf[:min(len(buf), sniffSize)]) {
				return nil, fmt.Errorf("%w (NUL bytes)", decode.ErrBinary)
			}
		}
		if errors.Is(err, io.EOF) {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

func allNUL(b []byte) bool {
	return len(bytes.Trim(b, "\x00")) == 0
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
			return nil, &limitError{limit}
		}
		// One byte more than the size, so that the read that finds the
		// end needs no growing.
		buf = slices.Grow(buf[:0], int(min(st.Size(), 1<<30))+1)
	}
	return readBounded(f, buf, limit)
}

// decodeInput turns an input's bytes into text; raw is handed over for
// good when shared. A Word lock file is named as what it is.
func decodeInput(path string, raw []byte, encoding string, shared bool) (decode.Text, error) {
	t, err := decode.Input(raw, decode.Options{Encoding: encoding, Shared: shared, HTML: decode.IsPageName(path)})
	if err != nil && errors.Is(err, decode.ErrBinary) && isWordLock(path, raw) {
		return t, errWordLock
	}
	return t, err
}

// isWordLock reports whether raw is the owner file Word writes beside a
// document it has open (~$讲话.docx): 162 bytes, the user's name after a
// byte giving its length, padded with NUL bytes, then the name again in
// UTF-16. A file named ~$… that is not a document is one too.
func isWordLock(path string, raw []byte) bool {
	if strings.HasPrefix(filepath.Base(path), "~$") {
		return true
	}
	if len(raw) != 162 {
		return false
	}
	n := int(raw[0])
	if n == 0 || n > 53 {
		return false
	}
	return !bytes.Contains(raw[1:1+n], []byte{0}) && allNUL(raw[1+n:54])
}

// errUnknownEncoding: --encoding names no encoding the library reads.
var errUnknownEncoding = decode.ErrUnknownEncoding

// countLines is the number of lines of raw.
func countLines(raw []byte) int { return bytes.Count(raw, []byte{'\n'}) + 1 }
