package scan

import (
	"slices"
	"strings"
	"testing"
)

// TestLineBits: the line feeds and # signs found 32 bytes at a time are
// those found a byte at a time, wherever they fall in the blocks.
func TestLineBits(t *testing.T) {
	body := strings.Repeat("加强学习提高站位", 10)
	for _, c := range []string{"\n", "#", "\n#", "##", "a"} {
		for n := 0; n <= 100; n += 7 {
			base := body[:n/3*3]
			for at := 0; at <= len(base); at++ {
				s := base[:at] + c + base[at:]
				words := (len(s) + 31) / 32
				nl, hash := make([]uint32, words), make([]uint32, words)
				wantNL, wantHash := make([]uint32, words), make([]uint32, words)
				LineBits(s, nl, hash)
				lineBitsFrom(s, 0, wantNL, wantHash)
				if !slices.Equal(nl, wantNL) || !slices.Equal(hash, wantHash) {
					t.Fatalf("lineBits(%q) = %x %x, want %x %x", s, nl, hash, wantNL, wantHash)
				}
			}
		}
	}
}
