package parser

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dagang/dagang/ast"
)

// pointAtReference is pointAt by its rules, one after another: the
// reference the faster pointAt is checked against.
func pointAtReference(text string, i, end int) (pointCand, int, bool) {
	s := text[i:end]
	var key pointKey
	var marker string
	num := 0
	switch {
	case strings.HasPrefix(s, "一方面"):
		key, marker, num = pointKey{kind: fangmianPoint}, "一方面", 1
	case strings.HasPrefix(s, "另一方面"):
		key, marker, num = pointKey{kind: fangmianPoint}, "另一方面", 2
	case strings.HasPrefix(s, "第"):
		n, rest := leadingNumeral(s[len("第"):])
		if n == 0 || n > 20 || rest == "" {
			return pointCand{}, 0, false
		}
		r, size := utf8.DecodeRuneInString(rest)
		if !strings.ContainsRune("，、：,:是", r) {
			return pointCand{}, 0, false
		}
		key, num = pointKey{kind: ordinalPoint}, n
		marker = s[:len(s)-len(rest)+size]
	default:
		for _, w := range []string{"首先", "其次", "再次", "最后"} {
			if strings.HasPrefix(s, w) {
				key, marker = pointKey{kind: sequencePoint}, w
				if r, size := utf8.DecodeRuneInString(s[len(w):]); strings.ContainsRune("，、：,:", r) {
					marker = s[:len(w)+size]
				}
				num = sequenceRank(w)
			}
		}
		if key.kind != noPoint {
			break
		}
		n, rest := leadingNumeral(s)
		if n == 0 || n > 20 || rest == "" {
			return pointCand{}, 0, false
		}
		r, size := utf8.DecodeRuneInString(rest)
		if !strings.ContainsRune("是要靠抓", r) {
			return pointCand{}, 0, false
		}
		if again, _ := leadingNumeral(rest[size:]); again == n {
			return pointCand{}, 0, false // 一是一，二是二
		}
		key, num = pointKey{leadPoint, r}, n
		marker = s[:len(s)-len(rest)+size]
	}
	if key.kind == noPoint {
		return pointCand{}, 0, false
	}
	return pointCand{key: key, pt: ast.Point{Marker: marker, Number: num, Offset: i}}, len(marker), true
}

// TestPointAtReference: pointAt reads every clause start of the fixtures,
// and of texts made to sit on each rule's edges, as pointAtReference does.
func TestPointAtReference(t *testing.T) {
	texts := []string{
		"一是加强学习，二要狠抓落实；三靠制度，四抓关键。一是一，二是二。一个，一些，一直",
		"十一是，十二要，二十抓，二十一是，廿一是，一百是，一十是，十是一，十十是，〇是，零要，两是",
		"第一，第二、第三是第四：第二十,第二十一，第一百，第一章，第，第十",
		"首先，其次、再次：最后,首先要其次是再次最后首长其他再见最好",
		"一方面，另一方面，另一个，另外，一方，另一方",
		"一", "一是", "第一", "首先", "另一方", "十一", "一\u00e9", "一\xff\xfe是", "二\u3000是",
	}
	texts = append(texts, fixtureTexts(t)...)
	p := &parser{scratch: new(tables)}
	checked := 0
	for _, text := range texts {
		p.text = text
		for i := 0; i+2 < len(text); i++ {
			if text[i]&0xF0 != 0xE0 || !pointStart(rune3(text, i)) {
				continue
			}
			for _, end := range []int{len(text), min(len(text), i+3), min(len(text), i+6), min(len(text), i+7)} {
				got, gn, gok := p.pointAt(i, end)
				want, wn, wok := pointAtReference(text, i, end)
				if got != want || gn != wn || gok != wok {
					t.Fatalf("%q at %d: %+v %d %v, want %+v %d %v", text[i:end], i, got, gn, gok, want, wn, wok)
				}
				checked++
			}
		}
	}
	if checked < 1000 {
		t.Fatalf("only %d clause starts checked", checked)
	}
}

// FuzzPointAt: on any decoded text (valid UTF-8), pointAt reads every
// clause start as pointAtReference does.
func FuzzPointAt(f *testing.F) {
	for _, s := range []string{"一是加强，二要落实", "第十一，首先：另一方面", "十一是一，二十抓", "一方面其次最后"} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		text := strings.ToValidUTF8(s, "\uFFFD")
		p := &parser{text: text, scratch: new(tables)}
		if allocated := allocatedBy(func() {
			for i := 0; i+2 < len(text); i++ {
				if text[i]&0xF0 == 0xE0 && pointStart(rune3(text, i)) {
					p.pointAt(i, len(text))
				}
			}
		}); allocated > maxPointAllocPerByte*uint64(len(text))+fuzzAllocSlack {
			t.Fatalf("pointAt allocated %d bytes over a text of %d", allocated, len(text))
		}
		for i := 0; i+2 < len(text); i++ {
			if text[i]&0xF0 != 0xE0 || !pointStart(rune3(text, i)) {
				continue
			}
			got, gn, gok := p.pointAt(i, len(text))
			want, wn, wok := pointAtReference(text, i, len(text))
			if got != want || gn != wn || gok != wok {
				t.Fatalf("%q at %d: %+v %d %v, want %+v %d %v", text, i, got, gn, gok, want, wn, wok)
			}
		}
	})
}

// maxPointAllocPerByte bounds what reading every clause start of a text
// with pointAt allocates per byte of the text (FuzzPointAt).
const maxPointAllocPerByte = 64
