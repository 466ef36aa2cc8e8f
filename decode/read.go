package decode

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"math"
)

// DefaultMaxInput is the largest input Read reads when its limit is 0: far
// above any speech or collection (the longest congress report is under
// 1 MB), far below what would take a machine's memory.
const DefaultMaxInput = 512 << 20

// ErrTooLarge: the input is larger than the limit it was read with.
var ErrTooLarge = errors.New("input larger than the limit")

// SniffLen is how much of an input Read looks at before it reads the rest:
// enough to hold a file signature and to tell NUL-filled data from text.
const SniffLen = 8 << 10

// maxPresize bounds the buffer allocated up front from a file's size: a
// size that lies (a file that shrinks while read) costs no more than this.
const maxPresize = 1 << 30

// Read reads r to its end into buf's memory (its contents are overwritten;
// a larger buffer is allocated when buf has no room), and returns what it
// read. limit is the most it reads: 0 means DefaultMaxInput, a negative
// value no limit. An input longer than limit is refused with an error
// wrapping ErrTooLarge as soon as the byte past the limit is read; a file
// whose size is known (r has a Stat method, as *os.File does) is refused
// before more than its first bytes are read.
//
// The first SniffLen bytes are checked with Sniff before the rest is read,
// so that an endless stream of zeros or a large binary file is refused at
// once, with an error wrapping ErrBinary.
//
// The slice returned shares buf's memory when it fits: a caller that reuses
// buf must be done with the text decoded from the last input (which
// DecodeShared and Options.Shared make share it too) before the next Read.
func Read(r io.Reader, buf []byte, limit int64) ([]byte, error) {
	if limit == 0 {
		limit = DefaultMaxInput
	} else if limit < 0 {
		limit = math.MaxInt64 - 1
	}
	size := int64(-1)
	if st, ok := r.(interface{ Stat() (fs.FileInfo, error) }); ok {
		if fi, err := st.Stat(); err == nil && fi.Mode().IsRegular() {
			size = fi.Size()
		}
	}
	buf = buf[:0]
	if size >= 0 && size < limit && cap(buf) < int(min(size+1, maxPresize)) {
		buf = make([]byte, 0, min(size+1, maxPresize))
	} else if cap(buf) < 512 {
		buf = make([]byte, 0, 512)
	}
	sniffed := false
	for {
		if len(buf) == cap(buf) {
			buf = append(buf, 0)[:len(buf)]
		}
		// Never ask for more than the byte past the limit.
		room := buf[len(buf):cap(buf)]
		if left := limit + 1 - int64(len(buf)); int64(len(room)) > left {
			room = room[:left]
		}
		n, err := r.Read(room)
		buf = buf[:len(buf)+n]
		if !sniffed && (len(buf) >= SniffLen || err != nil) {
			sniffed = true
			if serr := Sniff(buf[:min(len(buf), SniffLen)]); serr != nil {
				return nil, serr
			}
			if size > limit {
				return nil, TooLarge(limit)
			}
		}
		if int64(len(buf)) > limit {
			return nil, TooLarge(limit)
		}
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, err
		}
	}
}

// TooLarge is the error for an input over limit bytes: it wraps ErrTooLarge
// and names the limit.
func TooLarge(limit int64) error { return &TooLargeError{Limit: limit} }

// TooLargeError is an input over Limit bytes; errors.Is(err, ErrTooLarge)
// holds for it.
type TooLargeError struct{ Limit int64 }

func (e *TooLargeError) Error() string {
	return ErrTooLarge.Error() + " of " + ByteSize(e.Limit)
}

func (e *TooLargeError) Unwrap() error { return ErrTooLarge }

// ByteSize writes a size as people write limits: "512 MiB", "64 KiB",
// "1000 bytes".
func ByteSize(n int64) string {
	for _, u := range []struct {
		shift uint
		name  string
	}{{40, "TiB"}, {30, "GiB"}, {20, "MiB"}, {10, "KiB"}} {
		if n >= 1<<u.shift && n%(1<<u.shift) == 0 {
			return fmt.Sprintf("%d %s", n>>u.shift, u.name)
		}
	}
	if n == 1 {
		return "1 byte"
	}
	return fmt.Sprintf("%d bytes", n)
}

// Sniff refuses, with an error wrapping ErrBinary, the first bytes of an
// input that cannot start a text dagang reads: a known binary signature
// (an image, a PDF, an executable; a zip archive is let through, as a
// .docx is one), or a NUL character, two zero bytes at an even offset —
// U+0000 in UTF-16 of either byte order, and NUL bytes in UTF-8 and
// GB18030 alike, which no text holds. Data that passes may still be
// refused when decoded whole; Sniff only lets a reader stop early.
func Sniff(head []byte) error {
	if isWordLock(head) {
		return ErrWordLock
	}
	switch kind := signatureKind(head); kind {
	case "":
	case "zip archive":
		return nil // perhaps a Word document: Input decides
	default:
		return fmt.Errorf("%w (%s)", ErrBinary, kind)
	}
	if hasNULUnit(head) {
		return fmt.Errorf("%w (NUL bytes)", ErrBinary)
	}
	return nil
}

// hasNULUnit reports whether b holds two zero bytes at an even offset.
// Text in an 8-bit encoding holds no zero byte, and UTF-16 Chinese text
// few: it jumps from one zero byte to the next rather than looking at
// every pair.
func hasNULUnit(b []byte) bool {
	for i := 0; ; i++ {
		k := bytes.IndexByte(b[i:], 0)
		if k < 0 {
			return false
		}
		i += k
		if i%2 == 0 && i+1 < len(b) && b[i+1] == 0 {
			return true
		}
	}
}

// ErrWordLock: the input is the lock file Word keeps beside a document it
// has open (~$讲话.docx), not the document; it is binary data.
var ErrWordLock = fmt.Errorf("%w: a Word lock file, not the document", ErrBinary)

// isWordLock reports whether raw is the owner file Word writes beside a
// document it has open: 162 bytes, the user's name after a byte giving its
// length, padded with NUL bytes, then the name again in UTF-16.
func isWordLock(raw []byte) bool {
	if len(raw) != 162 {
		return false
	}
	n := int(raw[0])
	if n == 0 || n > 53 {
		return false
	}
	return !bytes.Contains(raw[1:1+n], []byte{0}) && len(bytes.Trim(raw[1+n:54], "\x00")) == 0
}
