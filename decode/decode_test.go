package decode

import (
	"bytes"
	"errors"
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dagang/dagang/testkit/alloc"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"
)

func gb(t *testing.T, s string) []byte {
	t.Helper()
	b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func utf16(t *testing.T, s string, order unicode.Endianness) []byte {
	t.Helper()
	b, err := unicode.UTF16(order, unicode.UseBOM).NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func cat(parts ...[]byte) []byte { return bytes.Join(parts, nil) }

var bomUTF8 = []byte{0xEF, 0xBB, 0xBF}

func TestDecode(t *testing.T) {
	speech := "同志们：\r\n一、提高政治站位\n（一）加强学习。\n"
	tests := []struct {
		name     string
		raw      []byte
		text     string
		encoding string
		replaced int
		bom      bool
	}{
		{"empty", nil, "", UTF8, 0, false},
		{"ascii", []byte("1. abc\n"), "1. abc\n", UTF8, 0, false},
		{"utf-8", []byte(speech), speech, UTF8, 0, false},
		{"utf-8 bom", cat(bomUTF8, []byte(speech)), speech, UTF8, 0, true},
		{"utf-8 bom only", bomUTF8, "", UTF8, 0, true},
		{"utf-8 bom with one bad byte in 100 characters",
			cat(bomUTF8, []byte(strings.Repeat("a", 99)), []byte{0xFF}),
			strings.Repeat("a", 99) + "\uFFFD", UTF8, 1, true},
		{"utf-8 that is not gb18030, one stray byte",
			cat([]byte(strings.Repeat("中文", 60)), []byte{0xFF}),
			strings.Repeat("中文", 60) + "\uFFFD", UTF8, 1, false},
		{"utf-8 with U+FFFD written in it", []byte("a\uFFFDb"), "a\uFFFDb", UTF8, 0, false},
		{"utf-16le", utf16(t, speech, unicode.LittleEndian), speech, UTF16LE, 0, true},
		{"utf-16be", utf16(t, speech, unicode.BigEndian), speech, UTF16BE, 0, true},
		{"utf-16le surrogate pair", utf16(t, "讲话😀", unicode.LittleEndian), "讲话😀", UTF16LE, 0, true},
		{"utf-16le bom only", []byte{0xFF, 0xFE}, "", UTF16LE, 0, true},
		{"utf-16le with U+FFFD written in it", utf16(t, strings.Repeat("讲", 10)+"\uFFFD", unicode.LittleEndian),
			strings.Repeat("讲", 10) + "\uFFFD", UTF16LE, 0, true},
		{"utf-16be with U+FFFD written in it", utf16(t, "\uFFFD", unicode.BigEndian), "\uFFFD", UTF16BE, 0, true},
		{"utf-16le unpaired surrogate in a long text",
			cat(utf16(t, strings.Repeat("讲", 120), unicode.LittleEndian), []byte{0x00, 0xD8}, []byte{'a', 0}),
			strings.Repeat("讲", 120) + "\uFFFDa", UTF16LE, 1, true},
		{"utf-16be odd trailing byte in a long text",
			cat(utf16(t, strings.Repeat("讲", 120), unicode.BigEndian), []byte{0x4E}),
			strings.Repeat("讲", 120) + "\uFFFD", UTF16BE, 1, true},
		{"gb18030", gb(t, speech), speech, GB18030, 0, false},
		{"gb18030 four-byte sequences", gb(t, "讲话😀€"), "讲话😀€", GB18030, 0, false},
		{"gb18030 with U+FFFD written in it", gb(t, "讲话\uFFFD讲话"), "讲话\uFFFD讲话", GB18030, 0, false},
		{"gb18030 with a stray byte in a long text",
			cat(gb(t, strings.Repeat("讲话", 60)), []byte{0xFF}, gb(t, "。")),
			strings.Repeat("讲话", 60) + "\uFFFD。", GB18030, 1, false},
		{"gb18030 truncated in the middle of a character",
			cat(gb(t, strings.Repeat("讲话", 60)), []byte{0xD6}),
			strings.Repeat("讲话", 60) + "\uFFFD", GB18030, 1, false},
		{"0x80 is the euro sign in gb18030 as the web decodes it", cat(gb(t, "讲话"), []byte{0x80}), "讲话€", GB18030, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode(tt.raw)
			if err != nil {
				t.Fatalf("Decode: %v", err)
			}
			if got.Text != tt.text {
				t.Errorf("text %q, want %q", got.Text, tt.text)
			}
			if got.Encoding != tt.encoding || got.Replaced != tt.replaced || got.BOM != tt.bom || got.Bytes != len(tt.raw) {
				t.Errorf("got encoding %s, replaced %d, bom %v, bytes %d; want %s, %d, %v, %d",
					got.Encoding, got.Replaced, got.BOM, got.Bytes, tt.encoding, tt.replaced, tt.bom, len(tt.raw))
			}
		})
	}
}

// TestReplacedFraction pins the rule: up to MaxReplacedFraction (1%) of the
// characters may be undecodable; one more and the input is refused.
func TestReplacedFraction(t *testing.T) {
	tests := []struct {
		name    string
		raw     []byte
		refused bool
	}{
		{"1 of 100 with a bom", cat(bomUTF8, []byte(strings.Repeat("a", 99)), []byte{0xFF}), false},
		{"1 of 99 with a bom", cat(bomUTF8, []byte(strings.Repeat("a", 98)), []byte{0xFF}), true},
		{"2 of 200 gb18030", cat(gb(t, strings.Repeat("讲", 99)), []byte{0xFF}, gb(t, strings.Repeat("讲", 99)), []byte{0xFF}), false},
		{"3 of 200 gb18030", cat(gb(t, strings.Repeat("讲", 98)), []byte{0xFF, 0xFF}, gb(t, strings.Repeat("讲", 99)), []byte{0xFF}), true},
		{"a lone invalid byte", []byte{0xFF}, true},
		{"latin-1 text", []byte("caf\xe9 na\xefve r\xe9sum\xe9 \xe0 la carte"), true},
		{"utf-16 made of unpaired surrogates", []byte{0xFF, 0xFE, 0x00, 0xD8, 0x00, 0xD8}, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Decode(tt.raw)
			if tt.refused {
				if !errors.Is(err, ErrEncoding) {
					t.Fatalf("Decode = %+v, %v; want ErrEncoding", got, err)
				}
				return
			}
			if err != nil || got.Replaced == 0 {
				t.Fatalf("Decode = %+v, %v; want text with replacements", got, err)
			}
		})
	}
}

func TestDecodeBinary(t *testing.T) {
	tests := []struct {
		name string
		raw  []byte
		kind string
	}{
		{"png", []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), "PNG image"},
		{"jpeg", []byte{0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F'}, "JPEG image"},
		{"gif", []byte("GIF89a\x01\x00"), "GIF image"},
		{"pdf", []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n"), "PDF document"},
		{"zip", []byte("PK\x03\x04\x14\x00\x00\x00"), "zip archive"},
		{"empty zip", []byte("PK\x05\x06" + strings.Repeat("\x00", 18)), "zip archive"},
		{"doc", []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0}, "legacy Office document (.doc) or password-protected .docx"},
		{"gzip", []byte{0x1F, 0x8B, 0x08, 0x00}, "gzip archive"},
		{"elf", []byte("\x7fELF\x02\x01\x01"), "ELF executable"},
		{"nul at the start", []byte("\x00\x01\x02一、"), "NUL bytes"},
		{"nul far into a text", cat([]byte(strings.Repeat("讲话", 40000)), []byte{0}), "NUL bytes"},
		{"utf-16 without a bom", []byte{0x00, 0x4E, 0x8C, 0x4E}, "NUL bytes"},
		{"nul after a utf-8 bom", cat(bomUTF8, []byte("a\x00b")), "NUL bytes"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Decode(tt.raw)
			if !errors.Is(err, ErrBinary) {
				t.Fatalf("Decode: %v, want ErrBinary", err)
			}
			if !strings.Contains(err.Error(), tt.kind) {
				t.Errorf("Decode: %q does not name %q", err, tt.kind)
			}
		})
	}
}

// TestUTF8Replacing checks the replacement of ill-formed UTF-8: one U+FFFD
// for each maximal subpart, as Unicode recommends (and Python's
// bytes.decode("utf-8", "replace") does).
func TestUTF8Replacing(t *testing.T) {
	tests := []struct {
		raw  string
		want string
		bad  int
	}{
		{"\xF0\x9F\x98", "\uFFFD", 1},                       // truncated 4-byte sequence
		{"\xE4\xB8", "\uFFFD", 1},                           // truncated 3-byte sequence
		{"a\xE4\xB8b", "a\uFFFDb", 1},                       // truncated, then ASCII
		{"\xE4\xB8\xE4\xB8\x80", "\uFFFD一", 1},              // truncated, then a whole character
		{"\xF0\x90\x80A", "\uFFFDA", 1},                     // truncated before ASCII
		{"\xC3", "\uFFFD", 1},                               // lone lead byte at the end
		{"\xE0\x80", "\uFFFD\uFFFD", 2},                     // overlong: E0 needs A0..BF next
		{"\xC0\xAF", "\uFFFD\uFFFD", 2},                     // C0 never starts a sequence
		{"\xED\xA0\x80", "\uFFFD\uFFFD\uFFFD", 3},           // surrogate
		{"\xF4\x90\x80\x80", "\uFFFD\uFFFD\uFFFD\uFFFD", 4}, // above U+10FFFF
		{"\x80\x80", "\uFFFD\uFFFD", 2},                     // lone continuation bytes
		{"\xF5", "\uFFFD", 1},                               // never a lead byte
		{"讲话\xFF讲话", "讲话\uFFFD讲话", 1},                       // one bad byte between characters
		{"ok", "ok", 0},
	}
	for _, tt := range tests {
		got, bad := utf8Replacing([]byte(tt.raw))
		if got != tt.want || bad != tt.bad {
			t.Errorf("utf8Replacing(%q) = %q, %d; want %q, %d", tt.raw, got, bad, tt.want, tt.bad)
		}
	}
}

// TestEncodingsRoundTrip writes text back in every encoding Decode names
// and decodes it again.
func TestEncodingsRoundTrip(t *testing.T) {
	text := "在全县工作会议上的讲话\n同志们：\n一、提高站位😀\n"
	for _, name := range []string{UTF8, UTF16LE, UTF16BE, GB18030} {
		enc, ok := Encodings(name)
		if !ok {
			t.Fatalf("Encodings(%q) unknown", name)
		}
		raw, err := enc.NewEncoder().Bytes([]byte(text))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		switch name {
		case UTF16LE:
			raw = cat([]byte{0xFF, 0xFE}, raw)
		case UTF16BE:
			raw = cat([]byte{0xFE, 0xFF}, raw)
		}
		got, err := Decode(raw)
		if err != nil || got.Text != text || got.Encoding != name {
			t.Errorf("%s: Decode = %q as %s, %v", name, got.Text, got.Encoding, err)
		}
	}
	if _, ok := Encodings("latin-1"); ok {
		t.Error(`Encodings("latin-1") is known`)
	}
}

func TestDecodeSharedSameAsDecode(t *testing.T) {
	for _, raw := range [][]byte{
		[]byte("同志们：\n一、提高站位\n"),
		append([]byte{0xEF, 0xBB, 0xBF}, "同志们："...),
		{0xFF, 0xFE, 'a', 0},
		{0xC4, 0xE3, 0xBA, 0xC3}, // 你好 in GB18030
		{},
	} {
		a, errA := Decode(raw)
		b, errB := DecodeShared(append([]byte(nil), raw...))
		if !reflect.DeepEqual(a, b) || (errA == nil) != (errB == nil) {
			t.Errorf("% x: Decode %+v %v, DecodeShared %+v %v", raw, a, errA, b, errB)
		}
	}
}

// TestValidInPieces: checking UTF-8 in pieces agrees with utf8.Valid on
// valid text, on text truncated or with one byte changed at every place,
// and on runs of continuation bytes, for every number of pieces.
func TestValidInPieces(t *testing.T) {
	base := "一、总体要求 a1\u00e9𠀀（一）提高认识。\u200b"
	var inputs []string
	for i := 0; i <= len(base); i++ {
		inputs = append(inputs, base[:i], base[i:])
		for _, c := range []byte{0x80, 0xBF, 0xC0, 0xE4, 0xED, 0xF0, 0xFF, 'x'} {
			b := []byte(base)
			if i < len(b) {
				b[i] = c
				inputs = append(inputs, string(b))
			}
		}
	}
	inputs = append(inputs, "\x80\x80\x80\x80\x80\x80", "ab\x80\x80\x80\x80cd", "\xed\xa0\x80", "")
	for _, in := range inputs {
		want := utf8.Valid([]byte(in))
		for n := 1; n <= 9; n++ {
			if got := validInPieces([]byte(in), n); got != want {
				t.Errorf("validInPieces(%q, %d) = %v, utf8.Valid says %v", in, n, got, want)
			}
		}
	}
}

// TestValidText: the fast check agrees with utf8.Valid on every sequence of
// up to three bytes (each byte one of the values where UTF-8's rules
// change), each placed at every offset of a run of Chinese text, so that
// the eight-byte loads meet them at every alignment and near the end.
func TestValidText(t *testing.T) {
	edges := []byte{0x00, 0x41, 0x7F, 0x80, 0x8F, 0x90, 0x9F, 0xA0, 0xBF, 0xC0, 0xC1, 0xC2,
		0xDF, 0xE0, 0xE1, 0xE4, 0xEC, 0xED, 0xEE, 0xEF, 0xF0, 0xF1, 0xF4, 0xF5, 0xFF}
	var seqs [][]byte
	for _, a := range edges {
		seqs = append(seqs, []byte{a})
		for _, b := range edges {
			seqs = append(seqs, []byte{a, b})
			for _, c := range edges {
				seqs = append(seqs, []byte{a, b, c})
			}
		}
	}
	seqs = append(seqs, []byte("\xf0\x9f\x98\x80"), []byte("\xf4\x90\x80\x80"), []byte("\xed\x9f\xbf"), []byte("\xe0\xa0\x80"))
	han := "总体要求，提高认识。"
	for _, seq := range seqs {
		for at := 0; at <= 7; at++ {
			for _, tail := range []int{0, 1, 2, 3, 7, 9} {
				in := append(append(append([]byte(nil), han[:at*3]...), seq...), han[:tail*3]...)
				want := utf8.Valid(in)
				if got := validText(in); got != want {
					t.Fatalf("validText(% x) = %v, utf8.Valid says %v", in, got, want)
				}
				if got := validSWAR(in); got != want {
					t.Fatalf("validSWAR(% x) = %v, utf8.Valid says %v", in, got, want)
				}
			}
		}
	}
}

// TestCheckInPieces: a NUL byte is found in whatever piece it falls, and
// validity is validInPieces', for every number of pieces.
func TestCheckInPieces(t *testing.T) {
	base := []byte(strings.Repeat("一、总体要求（一）提高认识。", 20))
	for i := 0; i <= len(base); i += 7 {
		for _, c := range []byte{0, 0x80, 'x'} {
			b := append([]byte(nil), base...)
			if i < len(b) {
				b[i] = c
			}
			wantValid, wantNUL := utf8.Valid(b), bytes.IndexByte(b, 0) >= 0
			for n := 1; n <= 9; n++ {
				if valid, nul := checkInPieces(b, n); valid != wantValid || nul != wantNUL {
					t.Fatalf("checkInPieces(byte %d = %#x, %d) = %v %v, want %v %v", i, c, n, valid, nul, wantValid, wantNUL)
				}
			}
		}
	}
}

// FuzzValidInPieces: the pieces' check is utf8.Valid, and allocates no more
// than a constant (the goroutines of the pieces) whatever the input.
func FuzzValidInPieces(f *testing.F) {
	f.Add([]byte("一、总体要求（一）提高认识。"), 3)
	f.Add([]byte("ab\x80\x80\x80\x80cd"), 2)
	f.Fuzz(func(t *testing.T, raw []byte, n int) {
		n = n%16 + 1
		if n < 1 {
			n += 16
		}
		want := utf8.Valid(raw)
		if allocated := alloc.Bytes(func() { validInPieces(raw, n) }); allocated > alloc.Slack {
			t.Fatalf("validInPieces allocated %d bytes for %d bytes of input", allocated, len(raw))
		}
		if got := validText(raw); got != want {
			t.Errorf("validText(%q) = %v, utf8.Valid says %v", raw, got, want)
		}
		if got := validSWAR(raw); got != want {
			t.Errorf("validSWAR(%q) = %v, utf8.Valid says %v", raw, got, want)
		}
		if got := validInPieces(raw, n); got != want {
			t.Errorf("validInPieces(%q, %d) = %v, utf8.Valid says %v", raw, n, got, want)
		}
	})
}

// TestValidTextLong: on a long text (where validText reads 32 bytes at a
// time) with one byte changed at every offset of its first kilobyte and
// its last bytes, and cut at every offset near its end.
func TestValidTextLong(t *testing.T) {
	base := []byte(strings.Repeat("一、总体要求：提高认识，a1\u00e9𠀀（一）落实。", 40))
	check := func(in []byte) {
		t.Helper()
		want := utf8.Valid(in)
		if got := validText(in); got != want {
			t.Fatalf("validText(% x…) = %v, utf8.Valid says %v", in[:min(len(in), 16)], got, want)
		}
		if got := validSWAR(in); got != want {
			t.Fatalf("validSWAR(% x…) = %v, utf8.Valid says %v", in[:min(len(in), 16)], got, want)
		}
	}
	for i := range len(base) {
		if i >= 1024 && i < len(base)-64 {
			continue
		}
		for _, c := range []byte{0x80, 0xBF, 0xC0, 0xE0, 0xED, 0xF0, 0xF4, 0xFF, 'x'} {
			b := append([]byte(nil), base...)
			b[i] = c
			check(b)
		}
	}
	for n := len(base) - 64; n <= len(base); n++ {
		check(base[:n])
	}
}

// TestCopyText: copyText is string(raw) at every size around its pieces
// and around the size from which it copies in pieces.
func TestCopyText(t *testing.T) {
	raw := make([]byte, 3<<20+12345)
	for i := range raw {
		raw[i] = byte(i*7 + i>>9)
	}
	for _, n := range []int{0, 1, validSplitMin - 1, validSplitMin, validSplitMin + 1, 256<<10*5 - 1, 256 << 10 * 5, len(raw)} {
		if got := copyText(raw[:n]); got != string(raw[:n]) {
			t.Fatalf("copyText of %d bytes differs from string()", n)
		}
	}
	s := copyText(raw)
	raw[100] ^= 0xFF
	if s[100] == raw[100] {
		t.Error("the text shares memory with raw")
	}
}
