package decode

import (
	"bytes"
	"errors"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// countingReader is an endless stream of one byte, counting what it gives.
type countingReader struct {
	b    byte
	read int64
}

func (r *countingReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = r.b
	}
	r.read += int64(len(p))
	return len(p), nil
}

// TestReadEndlessZeros: an endless stream of zeros (/dev/zero, a pipe of
// them) is refused as binary after its first bytes, whatever the limit.
func TestReadEndlessZeros(t *testing.T) {
	for _, limit := range []int64{0, -1, 1 << 40} {
		r := &countingReader{b: 0}
		_, err := Read(r, nil, limit)
		if !errors.Is(err, ErrBinary) {
			t.Fatalf("limit %d: %v, want ErrBinary", limit, err)
		}
		if r.read > 2*SniffLen {
			t.Errorf("limit %d: read %d bytes before refusing", limit, r.read)
		}
	}
}

// TestReadLimit: an endless stream of text stops one byte past the limit,
// refused with ErrTooLarge naming the limit — the library's side of
// `yes 一、标题 | dagang parse --max-input 64MiB -`.
func TestReadLimit(t *testing.T) {
	line := []byte("一、标题\n")
	r := io.MultiReader(strings.NewReader(""), &repeatReader{unit: line})
	const limit = 64 << 20
	_, err := Read(r, nil, limit)
	if !errors.Is(err, ErrTooLarge) {
		t.Fatalf("%v, want ErrTooLarge", err)
	}
	if !strings.Contains(err.Error(), "64 MiB") {
		t.Errorf("%q does not name the limit", err)
	}
	for _, n := range []int{0, 1, 100, SniffLen - 1, SniffLen, SniffLen + 1, 100000} {
		text := bytes.Repeat([]byte("讲"), n)[:n]
		got, err := Read(bytes.NewReader(text), nil, int64(n))
		if err != nil || !bytes.Equal(got, text) {
			t.Errorf("%d bytes at a limit of %d: %d bytes, %v", n, n, len(got), err)
		}
		if n > 1 {
			if _, err := Read(bytes.NewReader(text), nil, int64(n-1)); !errors.Is(err, ErrTooLarge) {
				t.Errorf("%d bytes at a limit of %d: %v, want ErrTooLarge", n, n-1, err)
			}
		}
	}
}

type repeatReader struct {
	unit []byte
	at   int
}

func (r *repeatReader) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = r.unit[r.at]
		r.at = (r.at + 1) % len(r.unit)
	}
	return len(p), nil
}

// TestReadFile: a regular file larger than the limit is refused after its
// first bytes; one of zeros as binary; one within the limit is read whole.
func TestReadFile(t *testing.T) {
	dir := t.TempDir()
	write := func(name string, data []byte) *os.File {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, data, 0o644); err != nil {
			t.Fatal(err)
		}
		f, err := os.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { f.Close() })
		return f
	}
	text := bytes.Repeat([]byte("同志们：\n"), 10000)
	if got, err := Read(write("ok.txt", text), nil, int64(len(text))); err != nil || !bytes.Equal(got, text) {
		t.Errorf("a file at the limit: %d bytes, %v", len(got), err)
	}
	big := write("big.txt", text)
	if _, err := Read(big, nil, 1000); !errors.Is(err, ErrTooLarge) {
		t.Errorf("a file over the limit: %v", err)
	}
	if pos, _ := big.Seek(0, io.SeekCurrent); pos > SniffLen {
		t.Errorf("read %d bytes of a file known to be over the limit", pos)
	}
	if _, err := Read(write("zeros", make([]byte, 1<<20)), nil, 0); !errors.Is(err, ErrBinary) {
		t.Errorf("a file of zeros: %v, want ErrBinary", err)
	}
}

// TestReadReusesBuffer: a buffer with room is filled, not replaced.
func TestReadReusesBuffer(t *testing.T) {
	buf := make([]byte, 0, 1<<16)
	text := bytes.Repeat([]byte("讲话"), 1000)
	got, err := Read(bytes.NewReader(text), buf, 0)
	if err != nil || !bytes.Equal(got, text) {
		t.Fatalf("%d bytes, %v", len(got), err)
	}
	if &got[0] != &buf[:1][0] {
		t.Error("the text was not read into the buffer given")
	}
	allocs := testing.AllocsPerRun(20, func() {
		if _, err := Read(bytes.NewReader(text), buf, 0); err != nil {
			t.Fatal(err)
		}
	})
	if allocs > 2 {
		t.Errorf("%.0f allocations reading into a buffer with room", allocs)
	}
}

func TestSniff(t *testing.T) {
	tests := []struct {
		name   string
		head   []byte
		binary bool
	}{
		{"text", []byte("一、标题\n"), false},
		{"empty", nil, false},
		{"zip, which a .docx is", []byte("PK\x03\x04\x14\x00"), false},
		{"zip with its header's zero fields", []byte("PK\x03\x04\x14\x00\x00\x00\x08\x00\x00\x00"), false},
		{"png", []byte("\x89PNG\r\n\x1a\n"), true},
		{"zeros", make([]byte, 64), true},
		{"utf-16le with a bom", utf16(t, "A讲话", unicode.LittleEndian), false},
		{"utf-16 without a bom, ASCII and Han", []byte{'A', 0, 0, 0x4E}, false},
		{"utf-16 holding U+0000", []byte{0xFF, 0xFE, 'A', 0, 0, 0}, true},
		{"zeros at an odd offset only", []byte{'a', 0, 0, 'b'}, false},
	}
	for _, tt := range tests {
		if err := Sniff(tt.head); errors.Is(err, ErrBinary) != tt.binary {
			t.Errorf("%s: %v", tt.name, err)
		}
	}
}

// TestDecodeUTF16NUL: U+0000 in UTF-16 is refused as a NUL byte is in
// UTF-8, so that Sniff never refuses what Decode takes.
func TestDecodeUTF16NUL(t *testing.T) {
	if _, err := Decode([]byte{0xFF, 0xFE, 'A', 0, 0, 0}); !errors.Is(err, ErrBinary) {
		t.Errorf("%v, want ErrBinary", err)
	}
}

// TestGB18030CutTail: a GB18030 text cut inside its last character ends in
// one U+FFFD, whatever the cut leaves of the character.
func TestGB18030CutTail(t *testing.T) {
	body := gb(t, strings.Repeat("讲话", 60))
	four := gb(t, "😀") // a four-byte sequence
	if len(four) != 4 {
		t.Fatalf("%x is not four bytes", four)
	}
	for cut := 1; cut < 4; cut++ {
		raw := cat(body, four[:cut])
		got, err := Decode(raw)
		if err != nil || got.Text != strings.Repeat("讲话", 60)+"\uFFFD" || got.Replaced != 1 || got.Encoding != GB18030 {
			t.Errorf("cut after %d bytes: %q (%d replaced, %s), %v", cut, got.Text, got.Replaced, got.Encoding, err)
		}
	}
	// Forced as GB18030, the same.
	got, err := forced(cat(body, four[:2]), GB18030)
	if err != nil || !strings.HasSuffix(got.Text, "话\uFFFD") || got.Replaced != 1 {
		t.Errorf("forced: %q, %v", got.Text, err)
	}
	// A whole character and a digit after a lead byte that is not cut
	// short are left to the decoder.
	for _, s := range []string{"讲话😀", "讲话2", "话2a"} {
		if got, err := Decode(gb(t, strings.Repeat("讲话", 60)+s)); err != nil || got.Replaced != 0 {
			t.Errorf("%q: %q, %v", s, got.Text, err)
		}
	}
}

// TestHasNULUnit: the search by zero bytes agrees with a look at every
// pair of bytes at an even offset.
func TestHasNULUnit(t *testing.T) {
	plain := func(b []byte) bool {
		for i := 0; i+1 < len(b); i += 2 {
			if b[i] == 0 && b[i+1] == 0 {
				return true
			}
		}
		return false
	}
	rnd := rand.New(rand.NewPCG(1, 2))
	for n := range 2000 {
		b := make([]byte, n%40)
		for i := range b {
			if rnd.IntN(3) == 0 {
				b[i] = 0
			} else {
				b[i] = byte(rnd.IntN(4))
			}
		}
		if got, want := hasNULUnit(b), plain(b); got != want {
			t.Fatalf("hasNULUnit(%v) = %v, want %v", b, got, want)
		}
	}
}
