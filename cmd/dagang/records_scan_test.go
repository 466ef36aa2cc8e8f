package main

import (
	"fmt"
	"math/rand/v2"
	"testing"
	"unicode/utf16"

	"github.com/dagang/dagang/decode"
)

// TestCheckJSONStringsAsPlain: checkJSONStrings, which jumps inside a
// string to the next byte that may end or break it, finds what a look at
// every byte finds, on records made of the bytes that matter.
func TestCheckJSONStringsAsPlain(t *testing.T) {
	pieces := []string{`"`, `\`, `\"`, `\\`, `\n`, `\u00e9`, `\ud83d\ude00`, `\ud83d`, `\x`, "\x01", "\t",
		"正文", "\u2028", "\u2029", "a", `{"name":`, `,"text":`, `}`, " ", `\u12`}
	rnd := rand.New(rand.NewPCG(3, 4))
	for range 20000 {
		var b []byte
		for range rnd.IntN(12) {
			b = append(b, pieces[rnd.IntN(len(pieces))]...)
		}
		got, want := checkJSONStrings(b), checkJSONStringsPlain(b)
		if fmt.Sprint(got) != fmt.Sprint(want) {
			t.Fatalf("%q: %v, a look at every byte gives %v", b, got, want)
		}
	}
}

// checkJSONStringsPlain is checkJSONStrings a byte at a time, as it was
// written first: what the jumps inside strings must agree with.
func checkJSONStringsPlain(b []byte) error {
	in := false
	for i := 0; i < len(b); i++ {
		c := b[i]
		switch {
		case !in:
			in = c == '"'
		case c == '"':
			in = false
		case c < 0x20:
			return &recordProblem{"record.syntax", []any{"a control character in a string"}}
		case c == '\\':
			if i+1 >= len(b) {
				return &recordProblem{"record.syntax", []any{"unexpected end of JSON input"}}
			}
			i++
			switch b[i] {
			case '"', '\\', '/', 'b', 'f', 'n', 'r', 't':
			case 'u':
				r, ok := hex4(b, i+1)
				if !ok {
					return &recordProblem{"record.syntax", []any{`a \u escape without four hex digits`}}
				}
				i += 4
				if utf16.IsSurrogate(r) {
					low, ok := hex4(b, i+3)
					if r >= 0xDC00 || i+2 >= len(b) || b[i+1] != '\\' || b[i+2] != 'u' || !ok || low < 0xDC00 || low > 0xDFFF {
						return fmt.Errorf("%w: a lone surrogate escape (\\u%04x) in the record", decode.ErrEncoding, r)
					}
					i += 6
				}
			default:
				return &recordProblem{"record.syntax", []any{fmt.Sprintf("invalid escape \\%c in a string", b[i])}}
			}
		}
	}
	return nil
}
