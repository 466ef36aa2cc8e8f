// Package decode turns the bytes of an input file into UTF-8 text and names
// the encoding it used: UTF-8 with or without a byte order mark, UTF-16 with
// a byte order mark, or GB18030 (which covers GBK and GB2312, the encodings
// of most Chinese Word and web exports). Line ends are left as they are:
// every offset of the outline points into the text returned here.
package decode

import (
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"sync/atomic"
	"unicode/utf8"
	"unsafe"

	"github.com/dagang/dagang/internal/workers"

	"github.com/dagang/dagang/ast"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// Encoding names, as they appear in source.encoding.
const (
	UTF8    = "utf-8"
	UTF16LE = "utf-16le"
	UTF16BE = "utf-16be"
	GB18030 = "gb18030"
)

// MaxReplacedFraction is the largest share of characters that may be
// undecodable before an input is refused: a few stray bytes in a long text
// (a truncated download, one bad copy-paste) are replaced with U+FFFD and
// reported; more than that means the input is not text in any supported
// encoding.
const MaxReplacedFraction = 0.01

// Text is a decoded input.
type Text struct {
	Text     string // UTF-8, byte order mark dropped, line ends kept
	Encoding string // one of the encoding names above
	Bytes    int    // size of the raw input
	Replaced int    // characters that could not be decoded and became U+FFFD
	BOM      bool   // the input started with a byte order mark
	// Charset is the encoding a saved page's bytes were in, when Encoding
	// is html; "" otherwise.
	Charset string
	// Regions are the stretches of Text that the input's format marks as
	// boilerplate (a page's site chrome), in order.
	Regions []ast.Region
	// Doubt names the encoding that read the input almost as well as the
	// one chosen (Big5 for a short GB18030 text), when detection could not
	// tell them apart; "" when it could.
	Doubt string
}

// Error kinds, for errors.Is.
var (
	ErrBinary   = errors.New("binary data, not text")
	ErrEncoding = errors.New("not text in a supported encoding (UTF-8, GB18030, UTF-16 with BOM)")
)

// Decode detects the encoding of raw and converts it to UTF-8.
func Decode(raw []byte) (Text, error) { return decode(raw, false) }

// DecodeShared is Decode for a buffer handed over for good: when raw is
// UTF-8 already, the text shares its memory instead of copying it, which
// halves the memory a large input needs. raw must never be modified after
// the call.
func DecodeShared(raw []byte) (Text, error) { return decode(raw, true) }

func decode(raw []byte, shared bool) (Text, error) {
	t := Text{Bytes: len(raw)}
	switch {
	case bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}):
		t.BOM = true
		t.Encoding = UTF8
		valid, nul := checkText(raw[3:])
		if nul {
			// A byte order mark does not make a binary file text.
			return t, fmt.Errorf("%w (NUL bytes)", ErrBinary)
		}
		if shared && valid {
			t.Text = unsafe.String(unsafe.SliceData(raw[3:]), len(raw)-3)
			return t, nil
		}
		t.Text, t.Replaced = utf8Replacing(raw[3:])
		return t, checkReplaced(t)
	case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
		return utf16Text(t, raw, UTF16LE, unicode.LittleEndian)
	case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
		return utf16Text(t, raw, UTF16BE, unicode.BigEndian)
	}
	if kind := signatureKind(raw); kind != "" {
		return t, fmt.Errorf("%w (%s)", ErrBinary, kind)
	}
	valid, nul := checkText(raw)
	if nul {
		return t, fmt.Errorf("%w (NUL bytes)", ErrBinary)
	}
	if valid {
		t.Encoding = UTF8
		if shared && len(raw) > 0 {
			t.Text = unsafe.String(unsafe.SliceData(raw), len(raw))
		} else {
			t.Text = copyText(raw)
		}
		return t, nil
	}
	// Not UTF-8: GB18030 is what a Chinese text that is not UTF-8 almost
	// always is. Choose whichever of the two needs fewer replacements.
	u, uBad := utf8Replacing(raw)
	g, gBad, err := gb18030(raw)
	if err != nil || uBad <= gBad {
		t.Encoding, t.Text, t.Replaced = UTF8, u, uBad
	} else {
		t.Encoding, t.Text, t.Replaced = GB18030, g, gBad
	}
	return t, checkReplaced(t)
}

// copyText is string(raw). A large input is copied a piece at a time, on
// as many goroutines as there are cores: a copy into fresh memory costs
// mostly the page faults of that memory, which the cores take at the same
// time, and one copy of many megabytes is one call that the collector
// cannot stop, so that a collection waits for it with every other
// goroutine of the program held.
func copyText(raw []byte) string {
	if len(raw) < validSplitMin {
		return string(raw)
	}
	buf := make([]byte, len(raw))
	const piece = 256 << 10
	workers.Each(runtime.GOMAXPROCS(0), (len(raw)+piece-1)/piece, func(k int) {
		copy(buf[k*piece:], raw[k*piece:min((k+1)*piece, len(raw))])
	})
	// buf is this string's alone and never written again.
	return unsafe.String(unsafe.SliceData(buf), len(buf))
}

// validSplitMin is the smallest input whose UTF-8 is checked on more than
// one goroutine: checking is the first pass over every byte, and on a
// large input the only one that cannot wait for the lines.
const validSplitMin = 1 << 20

// checkText reports whether raw is valid UTF-8 (validText) and whether it
// holds a NUL byte, which no text in a supported encoding holds without a
// UTF-16 byte order mark; on a large input, in pieces at the same time.
func checkText(raw []byte) (valid, nul bool) {
	return checkInPieces(raw, min(runtime.GOMAXPROCS(0), len(raw)/(validSplitMin/2)))
}

// checkInPieces is checkText with raw cut into n pieces as validInPieces
// cuts it: a NUL byte is in some piece, and a cut never splits a
// character of valid UTF-8.
func checkInPieces(raw []byte, n int) (valid, nul bool) {
	if n <= 1 {
		return validText(raw), bytes.IndexByte(raw, 0) >= 0
	}
	cuts := pieceCuts(raw, n)
	var invalid, hasNUL atomic.Bool
	check := func(piece []byte) {
		if bytes.IndexByte(piece, 0) >= 0 {
			hasNUL.Store(true)
		}
		if !validText(piece) {
			invalid.Store(true)
		}
	}
	workers.Each(n, n, func(k int) { check(raw[cuts[k]:cuts[k+1]]) })
	return !invalid.Load(), hasNUL.Load()
}

// pieceCuts cuts raw into n pieces of about the same size, each starting
// at a byte that is not a continuation byte (see validInPieces).
func pieceCuts(raw []byte, n int) []int {
	cuts := []int{0}
	for k := 1; k < n; k++ {
		at := max(k*len(raw)/n, cuts[len(cuts)-1])
		for i := 0; i < utf8.UTFMax-1 && at < len(raw) && raw[at]&0xC0 == 0x80; i++ {
			at++
		}
		cuts = append(cuts, at)
	}
	return append(cuts, len(raw))
}

// validInPieces is utf8.Valid(raw) with raw cut into n pieces checked at
// the same time. A piece starts at a byte that is not a continuation byte,
// so on valid input every piece starts and ends at a character boundary:
// raw is valid if and only if every piece is. (A cut that finds four
// continuation bytes in a row, which no valid text has, lands on one; the
// piece after it is then invalid, and so is raw.)
func validInPieces(raw []byte, n int) bool {
	if n <= 1 {
		return validText(raw)
	}
	cuts := pieceCuts(raw, n)
	var invalid atomic.Bool
	workers.Each(n, n, func(k int) {
		if !validText(raw[cuts[k]:cuts[k+1]]) {
			invalid.Store(true)
		}
	})
	return !invalid.Load()
}

func checkReplaced(t Text) error {
	if t.Replaced == 0 {
		return nil
	}
	n := utf8.RuneCountInString(t.Text)
	if float64(t.Replaced) > MaxReplacedFraction*float64(n) {
		return fmt.Errorf("%w: %d of %d characters undecodable as %s", ErrEncoding, t.Replaced, n, t.Encoding)
	}
	return nil
}

func utf16Text(t Text, raw []byte, name string, order unicode.Endianness) (Text, error) {
	t.BOM = true
	t.Encoding = name
	dec := unicode.UTF16(order, unicode.ExpectBOM).NewDecoder()
	out, err := dec.Bytes(raw)
	if err != nil {
		return t, fmt.Errorf("%w: %v", ErrEncoding, err)
	}
	// The decoder's output is valid UTF-8 with every unpaired surrogate and
	// odd trailing byte replaced by U+FFFD; the U+FFFD characters the input
	// itself holds are not replacements.
	if bytes.IndexByte(out, 0) >= 0 {
		// U+0000 is no more text in UTF-16 than a NUL byte is elsewhere.
		return t, fmt.Errorf("%w (NUL bytes)", ErrBinary)
	}
	t.Text = string(out)
	t.Replaced = max(0, bytes.Count(out, []byte("\uFFFD"))-utf16WrittenFFFD(raw[2:], order))
	return t, checkReplaced(t)
}

// utf16WrittenFFFD counts the U+FFFD code units written in raw, UTF-16
// without its byte order mark.
func utf16WrittenFFFD(raw []byte, order unicode.Endianness) int {
	unit := [2]byte{0xFD, 0xFF}
	if order == unicode.BigEndian {
		unit = [2]byte{0xFF, 0xFD}
	}
	n := 0
	for i := 0; i+1 < len(raw); i += 2 {
		if raw[i] == unit[0] && raw[i+1] == unit[1] {
			n++
		}
	}
	return n
}

// gb18030 decodes raw as GB18030 and counts the characters it had to
// replace.
func gb18030(raw []byte) (string, int, error) {
	// A text cut inside its last four-byte character ends in a prefix of
	// one: the decoder would replace its first byte and read the rest
	// anew ("\uFFFD2"), where the whole prefix is one ill-formed sequence
	// and gets one U+FFFD (the maximal subpart rule, as for UTF-8).
	body, cut := raw, false
	if n := gb18030CutTail(raw); n > 0 {
		body, cut = raw[:len(raw)-n], true
	}
	out, err := simplifiedchinese.GB18030.NewDecoder().Bytes(body)
	if err != nil {
		return "", 0, err
	}
	// U+FFFD itself is encodable in GB18030 (84 31 A4 37); anything else that
	// came out as U+FFFD was a byte sequence the decoder rejected.
	bad := bytes.Count(out, []byte("\uFFFD")) - bytes.Count(body, []byte{0x84, 0x31, 0xA4, 0x37})
	if bad < 0 {
		bad = 0
	}
	if cut {
		out = append(out, "\uFFFD"...)
		bad++
	}
	return string(out), bad, nil
}

// gb18030CutTail is the length of the prefix of a four-byte GB18030
// character that raw ends with (two or three bytes: a lead byte, a digit
// and maybe a second lead byte), or 0. It steps through raw by the sizes
// the decoder gives each sequence, so that it finds where the last
// character starts as the decoder does.
func gb18030CutTail(raw []byte) int {
	lead := func(c byte) bool { return c >= 0x81 && c <= 0xFE }
	digit := func(c byte) bool { return c >= 0x30 && c <= 0x39 }
	for i := 0; i < len(raw); {
		c0 := raw[i]
		if !lead(c0) || i+1 >= len(raw) {
			i++
			continue
		}
		c1 := raw[i+1]
		switch {
		case c1 >= 0x40 && c1 <= 0x7E, c1 >= 0x80 && c1 <= 0xFE:
			i += 2
		case digit(c1):
			if i+3 >= len(raw) {
				if i+2 == len(raw) || lead(raw[i+2]) {
					return len(raw) - i
				}
				i++
				continue
			}
			if lead(raw[i+2]) && digit(raw[i+3]) && gb18030Pointer(raw[i:i+4]) {
				i += 4
			} else {
				i++
			}
		default:
			i++
		}
	}
	return 0
}

// utf8Replacing returns raw as UTF-8, each maximal ill-formed subpart
// replaced with one U+FFFD (the Unicode recommendation, which Python and
// browsers follow too), and the number of replacements.
func utf8Replacing(raw []byte) (string, int) {
	if validText(raw) {
		return string(raw), 0
	}
	var b bytes.Buffer
	b.Grow(len(raw) + 16)
	bad := 0
	for i := 0; i < len(raw); {
		r, size := utf8.DecodeRune(raw[i:])
		if r == utf8.RuneError && size <= 1 {
			bad++
			b.WriteRune(utf8.RuneError)
			i += maximalSubpart(raw[i:])
			continue
		}
		b.Write(raw[i : i+size])
		i += size
	}
	return b.String(), bad
}

// maximalSubpart is the length of the longest prefix of b that starts a
// well-formed UTF-8 sequence but does not complete one (at least 1).
func maximalSubpart(b []byte) int {
	lo, hi := byte(0x80), byte(0xBF)
	need := 0
	switch c := b[0]; {
	case c >= 0xC2 && c <= 0xDF:
		need = 1
	case c == 0xE0:
		need, lo = 2, 0xA0
	case c == 0xED:
		need, hi = 2, 0x9F
	case c >= 0xE1 && c <= 0xEF:
		need = 2
	case c == 0xF0:
		need, lo = 3, 0x90
	case c == 0xF4:
		need, hi = 3, 0x8F
	case c >= 0xF1 && c <= 0xF3:
		need = 3
	default:
		return 1
	}
	n := 1
	for k := 0; k < need && n < len(b); k++ {
		x := b[n]
		if k == 0 && (x < lo || x > hi) || k > 0 && (x < 0x80 || x > 0xBF) {
			return n
		}
		n++
	}
	return n
}

// signatureKind names the known file signature raw starts with, or "".
func signatureKind(raw []byte) string {
	for _, sig := range knownSignatures {
		if bytes.HasPrefix(raw, sig.magic) {
			return sig.name
		}
	}
	return ""
}

type signature struct {
	magic []byte
	name  string
}

var knownSignatures = []signature{
	{[]byte("\x89PNG\r\n\x1a\n"), "PNG image"},
	{[]byte{0xFF, 0xD8, 0xFF}, "JPEG image"},
	{[]byte("GIF87a"), "GIF image"},
	{[]byte("GIF89a"), "GIF image"},
	{[]byte("%PDF-"), "PDF document"},
	{[]byte("PK\x03\x04"), "zip archive"},
	{[]byte("PK\x05\x06"), "zip archive"},
	{[]byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1}, "legacy Office document (.doc) or password-protected .docx"},
	{[]byte{0x1F, 0x8B}, "gzip archive"},
	{[]byte("\x7fELF"), "ELF executable"},
}

// Encodings returns the codec for a source.encoding name, for writing text
// back in the encoding it came in.
func Encodings(name string) (encoding.Encoding, bool) {
	switch name {
	case UTF8:
		return encoding.Nop, true
	case UTF16LE:
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), true
	case UTF16BE:
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), true
	case GB18030:
		return simplifiedchinese.GB18030, true
	case Big5:
		return traditionalchinese.Big5, true
	}
	return nil, false
}

// gb18030Pointer reports whether the four-byte sequence b names a
// character as the decoder reads it: a pointer into the BMP's ranges, or
// one of those for U+10000…U+10FFFF.
func gb18030Pointer(b []byte) bool {
	r := ((int(b[0]-0x81)*10+int(b[1]-0x30))*126+int(b[2]-0x81))*10 + int(b[3]-0x30)
	return r < 39420 || r >= 189000 && r-189000 < 0x100000
}
