package scan

import (
	"strings"
	"testing"

	"github.com/dagang/dagang/testkit/alloc"
)

// TestIndexJSONEscape pins the kernel and the eight-bytes-at-a-time form
// to the plain one: each byte that needs an escape, and look-alikes that
// do not (“ ” … ※ U+2027, an E2 cut short), at every offset of strings of
// every length around the kernel's blocks.
func TestIndexJSONEscape(t *testing.T) {
	base := strings.Repeat("加强党的建设，提高站位。", 6) // 216 bytes
	specials := []string{"\"", "\\", "\n", "\x00", "\x1f", "\x7f", " ", "\u2028", "\u2029", "“", "”", "…", "※", "\u2027", "\xe2\x80", "\xe2", "a", ""}
	for _, sp := range specials {
		for n := 0; n <= 100; n++ {
			for at := 0; at <= n; at++ {
				s := base[:at] + sp + base[at:n] // n bytes, the special at at, cut characters and all
				checkJSONEscape(t, s)
			}
		}
	}
	// Two specials: the first one counts.
	for at := 0; at < 100; at += 7 {
		checkJSONEscape(t, base[:at]+"\n"+base[at:at+40]+"\""+base[:90])
	}
}

func checkJSONEscape(t *testing.T, s string) {
	t.Helper()
	want := jsonEscapeIndexPlain(s)
	if got := IndexJSONEscape(s); got != want {
		t.Fatalf("IndexJSONEscape(%q) = %d, want %d", s, got, want)
	}
	if got := jsonEscapeIndexSWAR(s, 0); got != want {
		t.Fatalf("jsonEscapeIndexSWAR(%q) = %d, want %d", s, got, want)
	}
}

// FuzzIndexJSONEscape: the kernel agrees with the plain form on any bytes,
// and allocates nothing.
func FuzzIndexJSONEscape(f *testing.F) {
	for _, s := range []string{"", "一是加强领导，\"二是\"\n", strings.Repeat("字", 20) + "\u2028", strings.Repeat("a", 70) + "\\"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		checkJSONEscape(t, s)
		if allocated := alloc.Bytes(func() { IndexJSONEscape(s) }); allocated > alloc.Slack {
			t.Fatalf("IndexJSONEscape allocated %d bytes", allocated)
		}
	})
}
