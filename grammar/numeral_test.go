package grammar

import "testing"

func TestHanValue(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"一", 1, true}, {"九", 9, true}, {"十", 10, true}, {"十一", 11, true},
		{"二十", 20, true}, {"二十三", 23, true}, {"九十九", 99, true},
		{"一百", 100, true}, {"一百零一", 101, true}, {"一百一十", 110, true},
		{"三百二十五", 325, true},
		{"", 0, false}, {"一二", 0, false}, {"十十", 0, false}, {"零", 0, false},
		{"〇", 0, false}, {"二零", 0, false}, {"一百十", 0, false}, {"一百二", 0, false},
		{"十二十", 0, false}, {"百", 0, false}, {"一千", 0, false}, {"线", 0, false},
	}
	for _, tt := range tests {
		got, ok := HanValue(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("HanValue(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

func TestHanNumeralRoundTrip(t *testing.T) {
	for n := 1; n <= 999; n++ {
		s := HanNumeral(n)
		got, ok := HanValue(s)
		if !ok || got != n {
			t.Fatalf("HanValue(HanNumeral(%d) = %q) = %d, %v", n, s, got, ok)
		}
	}
}

func TestArabicValue(t *testing.T) {
	tests := []struct {
		in   string
		want int
		ok   bool
	}{
		{"1", 1, true}, {"12", 12, true}, {"１２", 12, true}, {"0", 0, true},
		{"", 0, false}, {"1a", 0, false}, {"99999999", 0, false},
	}
	for _, tt := range tests {
		got, ok := ArabicValue(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("ArabicValue(%q) = %d, %v; want %d, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}

// TestTraditionalBlock: foldRune looks up the traditional table only for
// the CJK Unified Ideographs block, so every character of the table must be
// in it.
func TestTraditionalBlock(t *testing.T) {
	for r, s := range traditional {
		if r < 0x4E00 || r > 0x9FFF || s < 0x4E00 || s > 0x9FFF {
			t.Errorf("%c → %c is outside U+4E00–U+9FFF", r, s)
		}
		if foldRune(r) != s {
			t.Errorf("foldRune(%c) = %c, want %c", r, foldRune(r), s)
		}
	}
}

// TestNumeralShape: numerals and digits become one of their kind, the rest
// stays as written, bytes that are not UTF-8 included, so that a shape is
// as long as its head and offsets parsed on it hold on the head.
func TestNumeralShape(t *testing.T) {
	tests := []struct{ in, want string }{
		{"（二十三）、", "（一一一）、"},
		{"第12章", "第00章"},
		{"１２．", "００．"},
		{"⑦⑵⒊㈣", "①⑴⒈㈠"},
		{"一\xff是", "一\xff是"},
		{"\xe4\xb8", "\xe4\xb8"},
		{"", ""},
	}
	for _, tt := range tests {
		got := numeralShape(tt.in)
		if got != tt.want || len(got) != len(tt.in) {
			t.Errorf("numeralShape(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
