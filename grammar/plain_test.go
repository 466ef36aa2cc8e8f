package grammar

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/width"

	"github.com/dagang/dagang/ast"
)

// The marker grammar's helpers run on the head of nearly every line, so
// they are written for speed: runes decoded inline, sets as switches, no
// allocation. Here are their plain definitions, as they read most simply,
// and the tests that hold the fast ones to them.

// plainParse is Markers.Parse without the cache, from the plain helpers.
func plainParse(line string) (Marker, bool) {
	if !plainMayStartMarker(line) {
		return Marker{}, false
	}
	if m, ok := plainBareNumeral(line); ok {
		m.Trap, m.Doubtful = plainTraps(line, m)
		return m, true
	}
	head, _ := plainMarkerHead(line)
	m, ok := parseShape(string(plainAppendNumeralShape(nil, head)))
	if !ok {
		return Marker{}, false
	}
	n, ok := plainNumberAt(line, m)
	if !ok {
		return Marker{}, false
	}
	m.Number = n
	m.Trap, m.Doubtful = plainTraps(line, m)
	return m, true
}

// markerLines is what the tests hold the helpers to: the lines of the
// fixtures (and of ../shared when it is there), each also with its head
// cut at every character, and lines built from the characters markers are
// made of.
func markerLines(t *testing.T) []string {
	t.Helper()
	var lines []string
	for _, pattern := range []string{"../testdata/*/*.txt", "../../shared/seeds/*.txt", "../../shared/corpus/*.txt"} {
		files, _ := filepath.Glob(pattern)
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			for _, l := range strings.Split(string(raw), "\n") {
				l = strings.TrimRight(l, "\r")
				lines = append(lines, l, strings.TrimLeft(l, " \t\u3000"))
				for i := range cutHead(l, 24) {
					if utf8.RuneStart(l[i]) {
						lines = append(lines, l[:i])
					}
				}
			}
		}
	}
	alphabet := []string{"一", "二", "十", "百", "零", "〇", "兩", "1", "２", "0", "(", "（", ")", "）", "、", ".",
		"．", ",", "，", ":", "：", "第", " ", "\u3000", "\t", "是", "要", "部分", "章", "節", "首先", "其次", "最後",
		"然后", "①", "⑴", "⒈", "㈠", "#", "*", "**", ">", "-", "•", "_", "亿", "年", "\xff", "\xe4\xb8"}
	// Every string of up to three of them, and of four from a smaller set.
	var build func(prefix string, depth int, set []string)
	build = func(prefix string, depth int, set []string) {
		lines = append(lines, prefix, prefix+"加强领导", prefix+"二、三", prefix+" 一")
		if depth == 0 {
			return
		}
		for _, a := range set {
			build(prefix+a, depth-1, set)
		}
	}
	build("", 3, alphabet)
	build("", 4, []string{"一", "十", "1", "（", "）", "、", ".", "第", "是", " ", "①"})
	return lines
}

// TestHelpersAgainstPlain holds every fast helper to its plain definition.
func TestHelpersAgainstPlain(t *testing.T) {
	for _, line := range markerLines(t) {
		if got, want := MayStartMarker(line), plainMayStartMarker(line); got != want {
			t.Fatalf("MayStartMarker(%q) = %v, plain %v", line, got, want)
		}
		gh, gk := markerHead(line)
		wh, wk := plainMarkerHead(line)
		if gh != wh || gk != wk {
			t.Fatalf("markerHead(%q) = %q, %q; plain %q, %q", line, gh, gk, wh, wk)
		}
		if got, want := string(appendNumeralShape(nil, line)), string(plainAppendNumeralShape(nil, line)); got != want {
			t.Fatalf("appendNumeralShape(%q) = %q, plain %q", line, got, want)
		}
		gm, gok := bareNumeral(line)
		wm, wok := plainBareNumeral(line)
		if gm != wm || gok != wok {
			t.Fatalf("bareNumeral(%q) = %+v %v, plain %+v %v", line, gm, gok, wm, wok)
		}
		if got, want := markerWordAt(line), plainMarkerWordAt(line); got != want {
			t.Fatalf("markerWordAt(%q) = %d, plain %d", line, got, want)
		}
		gn, gok := HanValue(line)
		wn, wok := plainHanValue(line)
		if gn != wn || gok != wok {
			t.Fatalf("HanValue(%q) = %d %v, plain %d %v", line, gn, gok, wn, wok)
		}
	}
}

// TestParseAgainstPlain: the cached parse of every line is the plain
// parse, and so are numberAt and traps on every marker found.
func TestParseAgainstPlain(t *testing.T) {
	ms := NewMarkers()
	for _, line := range markerLines(t) {
		got, gok := ms.Parse(line)
		want, wok := plainParse(line)
		if got != want || gok != wok {
			t.Fatalf("Markers.Parse(%q) = %+v %v, plain %+v %v", line, got, gok, want, wok)
		}
		if shared, ok := ms.ParseShared(line); ok != wok || ok && *shared != want {
			t.Fatalf("Markers.ParseShared(%q) = %+v %v, plain %+v %v", line, shared, ok, want, wok)
		}
		if !wok {
			continue
		}
		gn, gok := numberAt(line, want)
		wn, wok := plainNumberAt(line, want)
		if gn != wn || gok != wok {
			t.Fatalf("numberAt(%q) = %d %v, plain %d %v", line, gn, gok, wn, wok)
		}
		gt, gd := traps(line, &want)
		wt, wd := plainTraps(line, want)
		if gt != wt || gd != wd {
			t.Fatalf("traps(%q) = %q %q, plain %q %q", line, gt, gd, wt, wd)
		}
	}
}

// TestFoldRuneFullWidth: the full-width forms of ASCII, folded by their
// offset, fold as golang.org/x/text/width folds them.
func TestFoldRuneFullWidth(t *testing.T) {
	for r := rune(0xFF01); r <= 0xFF5E; r++ {
		if got, want := foldRune(r), width.LookupRune(r).Folded(); got != want {
			t.Fatalf("foldRune(%U) = %U, width folds it to %U", r, got, want)
		}
	}
}

func plainMarkerHead(line string) (head, key string) {
	i := 0
	for i < len(line) && i < headMaxBytes {
		r, size := utf8.DecodeRuneInString(line[i:])
		switch r {
		case '#', '*', '>', '-', '+', '_', ' ', '\t', '\u3000', '•':
			i += size
			continue
		}
		break
	}
	for i < len(line) && i < headMaxBytes {
		r, size := utf8.DecodeRuneInString(line[i:])
		f := foldRune(r)
		switch {
		case IsHanNumeral(f), f >= '0' && f <= '9', circledValue(f) > 0,
			strings.ContainsRune("()（）、.,:，：第 \t", f):
			i += size
			continue
		}
		if n := plainMarkerWordAt(line[i:]); n > 0 {
			w := string(foldedRunes(line[i : i+n]))
			i += n
			if unitRoles(w)&(unitPart|unitNoun) != 0 {
				i += plainNounAt(line[i:])
			}
			continue
		}
		// After a numeral or a digit, and spaces after it, the next
		// character may be part of the marker (一是, 第1是, 第一 是): the
		// key keeps it.
		before := strings.TrimRight(line[:i], " \t\u3000")
		if prev, _ := utf8.DecodeLastRuneInString(before); IsHanNumeral(foldRune(prev)) ||
			foldRune(prev) >= '0' && foldRune(prev) <= '9' {
			return line[:i+size], line[:i+size]
		}
		return line[:i+size], line[:i]
	}
	head = cutHead(line, headMaxBytes)
	return head, head
}

func plainMarkerWordAt(s string) int {
	best := 0
	for _, w := range markerWords {
		i := 0
		for _, want := range w {
			if i >= len(s) {
				i = -1
				break
			}
			r, size := utf8.DecodeRuneInString(s[i:])
			if foldRune(r) != want {
				i = -1
				break
			}
			i += size
		}
		if i > best {
			best = i
		}
	}
	return best
}

// plainNounAt: one to four letters, no numeral, then a mark or a space.
func plainNounAt(s string) int {
	n := 0
	for i, r := range s {
		f := foldRune(r)
		if MarkOf(f) != 0 || f == ' ' || f == '\t' {
			if n > 0 {
				return i
			}
			return 0
		}
		if !unicode.IsLetter(r) || IsHanNumeral(f) || f == '第' || n == 4 {
			return 0
		}
		n++
	}
	return 0
}

func foldedRunes(s string) []rune {
	var out []rune
	for _, r := range s {
		out = append(out, foldRune(r))
	}
	return out
}

func plainAppendNumeralShape(b []byte, s string) []byte {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if rep, ok := numeralOfKind(r); ok {
			b = utf8.AppendRune(b, rep)
		} else {
			b = append(b, s[i:i+size]...)
		}
		i += size
	}
	return b
}

func plainNumberAt(line string, m Marker) (int, bool) {
	if m.Style == ast.StyleSequence {
		return sequenceNumber(m.Word), true
	}
	text := line[m.Start:m.End]
	if m.Last {
		_, after, found := strings.Cut(text, "第")
		if !found {
			return 0, true
		}
		text = after
	}
	for i, r := range text {
		if v := circledValue(r); v > 0 {
			return v, true
		}
		f := foldRune(r)
		if !IsHanNumeral(f) && (f < '0' || f > '9') {
			continue
		}
		j := i
		for j < len(text) {
			r2, size := utf8.DecodeRuneInString(text[j:])
			if f2 := foldRune(r2); !IsHanNumeral(f2) && (f2 < '0' || f2 > '9') {
				break
			}
			j += size
		}
		n, ok := numberOf(text[i:j])
		return n, ok && n > 0
	}
	return 0, false
}

func plainMayStartMarker(line string) bool {
	for i := 0; i < len(line) && i < 12; {
		r, size := utf8.DecodeRuneInString(line[i:])
		switch r {
		case '#', '*', '>', '-', '+', '_', ' ', '\t', '\u3000', '•':
			i += size
			continue
		}
		return plainMarkerStart(foldRune(r))
	}
	return false
}

func plainMarkerStart(r rune) bool {
	switch {
	case IsHanNumeral(r) && r != '〇' && r != '零' && r != '百':
		return true
	case r >= '0' && r <= '9':
		return true
	case circledValue(r) > 0:
		return true
	}
	if r == '(' || r == '第' {
		return true
	}
	for _, w := range sequenceWords {
		if strings.HasPrefix(w.word, string(r)) {
			return true
		}
	}
	return false
}

func plainBareNumeral(line string) (Marker, bool) {
	if len(line) > 48 {
		return Marker{}, false // three numerals, decoration and white space at most
	}
	t := strings.TrimLeft(line, "#*>-+_ \t\u3000•")
	start := len(line) - len(t)
	t = strings.TrimRight(t, "*_# \t\u3000")
	if t == "" || utf8.RuneCountInString(t) > 3 {
		return Marker{}, false
	}
	n, ok := HanValue(t)
	if !ok || n > 99 {
		return Marker{}, false
	}
	return Marker{Style: ast.StyleHanDun, Number: n, Start: start, End: start + len(t), Setting: Alone, Company: true}, true
}

func plainTraps(line string, m Marker) (trap, doubtful string) {
	rest := strings.TrimLeft(line[m.End:], " \t\u3000")
	r1, n1 := utf8.DecodeRuneInString(rest)
	r2, _ := utf8.DecodeRuneInString(rest[n1:])
	return trapRules(line, &m, rest, foldRune(r1), foldRune(r2))
}

func plainHanValue(s string) (n int, ok bool) {
	rs := []rune(s)
	if len(rs) == 0 || len(rs) > 7 {
		return 0, false
	}
	ds := make([]int, len(rs))
	for i, r := range rs {
		ds[i] = hanDigit(r)
	}
	return digitsValue(ds)
}

// TestClassOf: the tabled classes are those of the predicates, for every
// character of Unicode.
func TestClassOf(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if got, want := classOf(r), plainClass(r); got != want {
			t.Fatalf("classOf(%U) = %06b, plain %06b", r, got, want)
		}
	}
}

// TestHasTrapRules: the styles hasTrapRules leaves out have no look-alike
// whatever follows the marker.
func TestHasTrapRules(t *testing.T) {
	next := []rune{'一', '二', '十', '〇', '零', '1', '9', '、', '.', ',', '，', '是', '年', ' ', utf8.RuneError}
	for _, style := range ast.Styles() {
		if hasTrapRules(style) {
			continue
		}
		for _, n := range []int{0, 1, 2, 9, 10, 99, 100, 2024} {
			for _, punct := range []string{"", "、", ".", "，"} {
				m := Marker{Style: style, Number: n, Punct: punct, End: 0}
				for _, r1 := range next {
					for _, r2 := range next {
						rest := string(r1) + string(r2)
						if trap, doubtful := trapRules(rest, &m, rest, r1, r2); trap != "" || doubtful != "" {
							t.Fatalf("%s %d then %q: trap %q, doubtful %q", style, n, rest, trap, doubtful)
						}
					}
				}
			}
		}
	}
}
