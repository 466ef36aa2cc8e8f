package grammar

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dagang/dagang/internal/scan"
	"github.com/dagang/dagang/testkit/alloc"
)

// plainPointStart is MayStartPoint by its definition.
func plainPointStart(r rune) bool {
	switch r {
	case '第', '首', '其', '再', '最', '另':
		return true
	}
	return IsHanNumeral(r)
}

// TestPointStart: the table holds the characters of the definition, and
// only them, over the whole of Unicode.
func TestPointStart(t *testing.T) {
	for r := rune(0); r <= utf8.MaxRune; r++ {
		if got, want := MayStartPoint(r), plainPointStart(r); got != want {
			t.Fatalf("MayStartPoint(%U) = %v, plain %v", r, got, want)
		}
	}
}

// pointAtReference is PointAt by its rules, one after another: the
// reference the grammar's reading is checked against.
func pointAtReference(s string) (Point, bool) {
	var pt Point
	var marker string
	switch {
	case strings.HasPrefix(s, "一方面"):
		pt, marker = Point{Kind: AspectPoint, Number: 1}, "一方面"
	case strings.HasPrefix(s, "另一方面"):
		pt, marker = Point{Kind: AspectPoint, Number: 2}, "另一方面"
	case strings.HasPrefix(s, "第"):
		n, rest := leadingNumeral(s[len("第"):])
		if n == 0 || n > 20 || rest == "" {
			return Point{}, false
		}
		r, size := utf8.DecodeRuneInString(rest)
		if !strings.ContainsRune("，、：,:是", r) {
			return Point{}, false
		}
		pt = Point{Kind: OrdinalPoint, Number: n}
		marker = s[:len(s)-len(rest)+size]
	default:
		for k, w := range []string{"首先", "其次", "再次", "最后"} {
			if strings.HasPrefix(s, w) {
				pt, marker = Point{Kind: SequencePoint, Number: k + 1}, w
				if r, size := utf8.DecodeRuneInString(s[len(w):]); strings.ContainsRune("，、：,:", r) {
					marker = s[:len(w)+size]
				}
			}
		}
		if pt.Kind != NoPoint {
			break
		}
		n, rest := leadingNumeral(s)
		if n == 0 || n > 20 || rest == "" {
			return Point{}, false
		}
		r, size := utf8.DecodeRuneInString(rest)
		if !strings.ContainsRune("是要靠抓", r) {
			return Point{}, false
		}
		if again, _ := leadingNumeral(rest[size:]); again == n {
			return Point{}, false // 一是一，二是二
		}
		pt = Point{Kind: LeadPoint, Word: r, Number: n}
		marker = s[:len(s)-len(rest)+size]
	}
	if pt.Kind == NoPoint {
		return Point{}, false
	}
	pt.Len = len(marker)
	return pt, true
}

// TestPointAtReference: PointAt reads every clause start of the fixtures,
// and of texts made to sit on each rule's edges, as pointAtReference does.
func TestPointAtReference(t *testing.T) {
	texts := []string{
		"一是加强学习，二要狠抓落实；三靠制度，四抓关键。一是一，二是二。一个，一些，一直",
		"十一是，十二要，二十抓，二十一是，廿一是，一百是，一十是，十是一，十十是，〇是，零要，两是",
		"第一，第二、第三是第四：第二十,第二十一，第一百，第一章，第，第十",
		"首先，其次、再次：最后,首先要其次是再次最后首长其他再见最好",
		"一方面，另一方面，另一个，另外，一方，另一方",
		"一", "一是", "第一", "首先", "另一方", "十一", "一\u00e9", "一\xff\xfe是", "二\u3000是",
		"第一 ，第1，第一.第一､最後，首先､首先 ，一是 一，十一是十一，# 一是，一是一一",
	}
	files, _ := filepath.Glob("../testdata/docs/*.txt")
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, string(raw))
	}
	checked := 0
	for _, text := range texts {
		for i := 0; i+2 < len(text); i++ {
			if text[i]&0xF0 != 0xE0 || !MayStartPoint(scan.Rune3(text, i)) {
				continue
			}
			for _, end := range []int{len(text), min(len(text), i+3), min(len(text), i+6), min(len(text), i+7)} {
				got, gok := PointAt(text[i:end])
				want, wok := pointAtReference(text[i:end])
				if got != want || gok != wok {
					t.Fatalf("%q at %d: %+v %v, want %+v %v", text[i:end], i, got, gok, want, wok)
				}
				checked++
			}
		}
	}
	if checked < 1000 {
		t.Fatalf("only %d clause starts checked", checked)
	}
}

// FuzzPointAt: on any decoded text (valid UTF-8), PointAt reads every
// clause start as pointAtReference does.
func FuzzPointAt(f *testing.F) {
	for _, s := range []string{"一是加强，二要落实", "第十一，首先：另一方面", "十一是一，二十抓", "一方面其次最后"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		text := strings.ToValidUTF8(s, "\uFFFD")
		if allocated := alloc.Bytes(func() {
			for i := 0; i+2 < len(text); i++ {
				if text[i]&0xF0 == 0xE0 && MayStartPoint(scan.Rune3(text, i)) {
					PointAt(text[i:])
				}
			}
		}); allocated > maxPointAllocPerByte*uint64(len(text))+alloc.Slack {
			t.Fatalf("PointAt allocated %d bytes over a text of %d", allocated, len(text))
		}
		for i := 0; i+2 < len(text); i++ {
			if text[i]&0xF0 != 0xE0 || !MayStartPoint(scan.Rune3(text, i)) {
				continue
			}
			got, gok := PointAt(text[i:])
			want, wok := pointAtReference(text[i:])
			if got != want || gok != wok {
				t.Fatalf("%q at %d: %+v %v, want %+v %v", text, i, got, gok, want, wok)
			}
		}
	})
}

// maxPointAllocPerByte bounds what reading every clause start of a text
// with pointAt allocates per byte of the text (FuzzPointAt).
const maxPointAllocPerByte = 64
