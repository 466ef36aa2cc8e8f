package fix

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/decode"
	"github.com/dagang/dagang/grammar"
)

// inputs lists the check fixtures and, when ../shared is beside the
// project, the seeds and the corpus.
func inputs(t *testing.T, withShared bool) []string {
	t.Helper()
	patterns := []string{"../testdata/check/*.txt", "../testdata/docs/*.txt"}
	if withShared {
		patterns = append(patterns, "../../shared/seeds/*.txt", "../../shared/corpus/*.txt")
	}
	var files []string
	for _, p := range patterns {
		m, err := filepath.Glob(p)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) == 0 {
		t.Fatal("no fixtures")
	}
	return files
}

func parse(t *testing.T, raw []byte, name string) *ast.Document {
	t.Helper()
	doc, err := dagang.Parse(name, raw, nil)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return doc
}

// fixable lists a document's findings that fix corrects, as
// "line:column code".
func fixable(doc *ast.Document) []string {
	var out []string
	for _, d := range doc.Diagnostics {
		if Fixable(d.Code) {
			out = append(out, fmt.Sprintf("%d:%d %s", d.Line, d.Column, d.Code))
		}
	}
	return out
}

// others lists a document's other findings.
func others(doc *ast.Document) []string {
	var out []string
	for _, d := range doc.Diagnostics {
		if !Fixable(d.Code) {
			out = append(out, string(d.Code)+" "+d.Message)
		}
	}
	return out
}

// TestFixtures fixes every fixture (and the seeds and corpus when present):
// the corrected text has none of the slips fix corrects where the input's
// were all fixable, keeps every other finding, changes only marker bytes,
// and is a fixed point of fix.
func TestFixtures(t *testing.T) {
	for _, in := range inputs(t, true) {
		raw, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		before := parse(t, raw, in)
		res, err := Bytes(raw, in, decode.Options{})
		if err != nil {
			t.Errorf("%s: %v", in, err)
			continue
		}
		after := parse(t, res.Fixed, in)
		if strings.Contains(in, "testdata") {
			if left := fixable(after); len(left) > 0 {
				t.Errorf("%s: slips left after fix: %v", in, left)
			}
		}
		if a, b := strings.Join(others(before), "\n"), strings.Join(others(after), "\n"); a != b {
			t.Errorf("%s: the other findings changed:\n%s\n--- became ---\n%s", in, a, b)
		}
		if len(res.Edits) == 0 && !bytes.Equal(res.Fixed, raw) {
			t.Errorf("%s: no edits, but the output differs from the input", in)
		}
		checkOnlyMarkers(t, in, before, res.Before, res.After)
		again, err := Bytes(res.Fixed, in, decode.Options{})
		if err != nil || len(again.Edits) > 0 {
			t.Errorf("%s: fixing the fixed text again: %v, %d edits", in, err, len(again.Edits))
		}
	}
}

// checkOnlyMarkers compares the texts line by line: a changed line must be
// the same outside the marker of the heading on it, and what stands in the
// marker's place must read as a marker of the same style.
func checkOnlyMarkers(t *testing.T, name string, doc *ast.Document, before, after string) {
	t.Helper()
	markers := map[int]*ast.Section{} // byte offset of a line's start → its heading
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if s, ok := n.(*ast.Section); ok && entering && !s.Implied {
			markers[s.Span.Line] = s
		}
		return ast.WalkContinue, nil
	})
	bl, al := strings.Split(before, "\n"), strings.Split(after, "\n")
	if len(bl) != len(al) {
		t.Fatalf("%s: %d lines became %d", name, len(bl), len(al))
	}
	for i := range bl {
		if bl[i] == al[i] {
			continue
		}
		sec := markers[i+1]
		if sec == nil {
			t.Errorf("%s:%d: a line with no heading changed: %q → %q", name, i+1, bl[i], al[i])
			continue
		}
		ms := strings.Index(bl[i], sec.Marker)
		me := ms + len(sec.Marker)
		head, tail := bl[i][:ms], bl[i][me:]
		if ms < 0 || !strings.HasPrefix(al[i], head) || !strings.HasSuffix(al[i], tail) || len(al[i]) < len(head)+len(tail) {
			t.Errorf("%s:%d: changed outside the marker %q: %q → %q", name, i+1, sec.Marker, bl[i], al[i])
			continue
		}
		fixed := al[i][len(head) : len(al[i])-len(tail)]
		if m, ok := grammar.ParseMarkerText(fixed); !ok || m.Style != sec.Style {
			t.Errorf("%s:%d: %q became %q, not a %s marker", name, i+1, sec.Marker, fixed, sec.Style)
		}
	}
}

// TestEdits pins down what fix writes for each kind of slip.
func TestEdits(t *testing.T) {
	tests := []struct {
		fixture string
		want    []string // "line:column old→new code"
	}{
		{"numbering-gap", []string{"8:3 四→三 numbering-gap", "10:3 五→四 numbering-gap"}},
		{"numbering-duplicate", []string{"8:2 二→三 numbering-duplicate", "10:2 三→四 numbering-duplicate"}},
		{"numbering-order", []string{"6:1 三→二 numbering-gap", "8:1 二→三 numbering-order"}},
		{"marker-punctuation", []string{"4:2 .→、 marker-punctuation", "5:2 ，→、 marker-punctuation",
			"6:4 、→ marker-punctuation", "8:2 、→. marker-punctuation"}},
		{"bracket-mismatch", []string{"4:3 )→） bracket-mismatch", "5:1 (→（ bracket-mismatch", "7:1 (→（ bracket-mismatch"}},
		{"renumber-styles", []string{
			"7:1 四→三 numbering-gap", "8:1 五→四 numbering-gap", // 一是 二是 四是 五是
			"12:1 ４→３ numbering-gap", // full-width digits stay full-width
			"15:2 3→2 numbering-gap", // （1）（3）
			"16:1 五→四 numbering-gap", // the parent list; its children keep their numbers
			"18:1 ③→② numbering-gap", "19:1 ④→③ numbering-gap",
			"20:1 六→五 numbering-gap",
			"23:2 四→三 numbering-gap", "24:2 五→四 numbering-gap", // 第一，第二，第四，第五，
		}},
		// Lists the parser inferred a lost heading for are not renumbered,
		// nor are slips that have no one right answer.
		{"implied-parent", nil},
		{"list-starts-late", nil},
		{"mixed-style", nil},
		{"announced-count", nil},
		{"clean", nil},
	}
	for _, tt := range tests {
		t.Run(tt.fixture, func(t *testing.T) {
			raw, err := os.ReadFile("../testdata/check/" + tt.fixture + ".txt")
			if err != nil {
				t.Fatal(err)
			}
			res, err := Bytes(raw, tt.fixture, decode.Options{})
			if err != nil {
				t.Fatal(err)
			}
			var got []string
			for _, e := range res.Edits {
				got = append(got, e.String())
			}
			if strings.Join(got, "\n") != strings.Join(tt.want, "\n") {
				t.Errorf("edits:\n%s\nwant:\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestWriteNumber(t *testing.T) {
	tests := []struct {
		old      string
		enclosed bool
		n        int
		want     string
		ok       bool
	}{
		{"三", false, 5, "五", true},
		{"十九", false, 20, "二十", true},
		{"九", false, 11, "十一", true},
		{"4", false, 3, "3", true},
		{"9", false, 10, "10", true},
		{"１２", false, 13, "１３", true}, // full-width stays full-width
		{"07", false, 8, "08", true},  // zero padding is kept
		{"09", false, 10, "10", true},
		{"①", true, 21, "㉑", true}, // circled numbers run on past ⑳
		{"㉟", true, 36, "㊱", true},
		{"①", true, 51, "", false}, // ㊿ is the last
		{"⑶", true, 2, "⑵", true},
		{"⑴", true, 21, "", false}, // ⒇ is the last of its family
		{"⒉", true, 5, "⒌", true},
		{"㈢", true, 4, "㈣", true},
		{"㈠", true, 11, "", false},
		{"一", false, 1000, "", false},
	}
	for _, tt := range tests {
		got, ok := writeNumber(tt.old, tt.enclosed, tt.n)
		if ok != tt.ok || ok && got != tt.want {
			t.Errorf("writeNumber(%q, %d) = %q, %v; want %q, %v", tt.old, tt.n, got, ok, tt.want, tt.ok)
		}
	}
}

// TestSafeKeepsShape: renumbering 三、 to 二、 would make the next line,
// 三、四年来… (text, since it does not continue the open list), continue the
// list and become a heading. That renumbering is left out; the punctuation
// correction of the same text is still made.
func TestSafeKeepsShape(t *testing.T) {
	text := "在总结会上的讲话\n同志们：\n一、回顾过去\n三、展望未来\n三、四年来，我们做了大量工作。\n（一）、抓好落实\n以上讲话，请批评指正。\n"
	doc, err := dagang.Parse("shape", mustDecode(t, text), nil)
	if err != nil {
		t.Fatal(err)
	}
	if !hasCode(doc, ast.CodeNumberingGap) || !hasCode(doc, ast.CodeNotAHeading) {
		t.Fatalf("the input should have a gap and a line kept as text: %v", doc.Diagnostics)
	}
	var got []string
	for _, e := range Safe(doc) {
		got = append(got, e.String())
	}
	if want := "6:4 、→ marker-punctuation"; strings.Join(got, "\n") != want {
		t.Errorf("edits %v, want only %q", got, want)
	}
}

func hasCode(doc *ast.Document, code ast.Code) bool {
	for _, d := range doc.Diagnostics {
		if d.Code == code {
			return true
		}
	}
	return false
}

// TestEncodingsKept fixes a fixture written in every supported encoding,
// with and without a byte order mark, with LF, CRLF and CR line ends: the
// output is the corrected text in the same encoding, with the same mark and
// line ends, byte for byte.
func TestEncodingsKept(t *testing.T) {
	raw, err := os.ReadFile("../testdata/docs/numbering-slips.txt")
	if err != nil {
		t.Fatal(err)
	}
	plain, err := Bytes(raw, "utf-8", decode.Options{})
	if err != nil || len(plain.Edits) == 0 {
		t.Fatalf("fixture has nothing to fix: %v", err)
	}
	type codec interface{ Bytes([]byte) ([]byte, error) }
	codecs := map[string]codec{
		"utf-8":     nil,
		"utf-8 bom": nil,
		"gb18030":   simplifiedchinese.GB18030.NewEncoder(),
		"utf-16le":  unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder(),
		"utf-16be":  unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder(),
	}
	ends := map[string]string{"lf": "\n", "crlf": "\r\n", "cr": "\r"}
	for cname, enc := range codecs {
		for ename, end := range ends {
			encode := func(s string) []byte {
				s = strings.ReplaceAll(s, "\n", end)
				if enc == nil {
					if cname == "utf-8 bom" {
						return append([]byte{0xEF, 0xBB, 0xBF}, s...)
					}
					return []byte(s)
				}
				b, err := enc.Bytes([]byte(s))
				if err != nil {
					t.Fatal(err)
				}
				return b
			}
			in, want := encode(plain.Before), encode(plain.After)
			res, err := Bytes(in, cname, decode.Options{})
			if err != nil {
				t.Errorf("%s %s: %v", cname, ename, err)
				continue
			}
			if !bytes.Equal(res.Fixed, want) {
				t.Errorf("%s %s: output is not the corrected text in the input's encoding and line ends", cname, ename)
			}
			if len(res.Edits) != len(plain.Edits) {
				t.Errorf("%s %s: %d edits, want %d", cname, ename, len(res.Edits), len(plain.Edits))
			}
		}
	}
}

func mustDecode(t *testing.T, text string) decode.Text {
	t.Helper()
	d, err := decode.Decode([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// TestNotRoundTrip: an input with undecodable bytes cannot be written back
// byte for byte, so fix refuses it instead of changing those bytes.
func TestNotRoundTrip(t *testing.T) {
	raw, err := os.ReadFile("../testdata/check/numbering-gap.txt")
	if err != nil {
		t.Fatal(err)
	}
	broken := append(append([]byte{}, raw...), 0xFF, '\n')
	_, err = Bytes(broken, "broken", decode.Options{})
	if !errors.Is(err, ErrNotRoundTrip) {
		t.Errorf("error %v, want ErrNotRoundTrip", err)
	}
	clean, err := os.ReadFile("../testdata/check/clean.txt")
	if err != nil {
		t.Fatal(err)
	}
	// With nothing to fix, the input comes back as it is.
	res, err := Bytes(append(clean, 0xFF), "clean", decode.Options{})
	if err != nil || len(res.Edits) != 0 || !bytes.Equal(res.Fixed, append(clean, 0xFF)) {
		t.Errorf("nothing to fix: %v, %d edits", err, len(res.Edits))
	}
}

func TestApply(t *testing.T) {
	tests := []struct {
		name  string
		edits []Edit
		want  string
		err   bool
	}{
		{"none", nil, "一.甲", false},
		{"replace", []Edit{{Start: 3, End: 4, New: "、"}}, "一、甲", false},
		{"insert and delete", []Edit{{Start: 0, End: 3, New: "二"}, {Start: 3, End: 4, New: ""}}, "二甲", false},
		{"overlap", []Edit{{Start: 0, End: 4, New: "x"}, {Start: 3, End: 4, New: "y"}}, "", true},
		{"splits a character", []Edit{{Start: 1, End: 3, New: "x"}}, "", true},
		{"out of range", []Edit{{Start: 4, End: 99, New: "x"}}, "", true},
	}
	for _, tt := range tests {
		got, err := Apply("一.甲", tt.edits)
		if (err != nil) != tt.err || got != tt.want {
			t.Errorf("%s: %q, %v; want %q, error %v", tt.name, got, err, tt.want, tt.err)
		}
	}
}

func TestDocxRefused(t *testing.T) {
	raw := []byte("PK\x03\x04 not really a zip")
	if _, err := Bytes(raw, "a.docx", decode.Options{}); !errors.Is(err, ErrDocx) {
		t.Errorf("err = %v, want ErrDocx", err)
	}
}

// TestPageRefused: a saved web page is refused, as its text is not its
// bytes; its text copy is what fix takes.
func TestPageRefused(t *testing.T) {
	page := []byte("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body><p>一.总体要求</p><p>二.重点任务</p></body></html>")
	if _, err := Bytes(page, "a.html", decode.Options{}); !errors.Is(err, ErrPage) {
		t.Errorf("a page: %v, want ErrPage", err)
	}
	if _, err := Bytes([]byte("一.总体要求\n"), "a.html", decode.Options{HTML: true}); !errors.Is(err, ErrPage) {
		t.Errorf("a page known by its name: %v, want ErrPage", err)
	}
}

// TestBig5Kept: a Big5 text (traditional characters, as Hong Kong and
// Taiwan write) is fixed and written back in Big5, whether the encoding is
// detected or named.
func TestBig5Kept(t *testing.T) {
	const text = "在年度工作會議上的講話\n同志們：\n今年以來，我們圍繞中心工作，紮實推進各項任務。\n" +
		"一.堅持學習不放鬆\n要把學習作為第一要務，持之以恆，學深悟透。\n" +
		"二.堅持服務不停步\n要把群眾的事情放在心上，辦實事、解難題。\n" +
		"三.堅持作風不懈怠\n要發揚求真務實的精神，說實話、辦實事、求實效。\n以上發言，請批評指正。\n"
	raw, err := traditionalchinese.Big5.NewEncoder().Bytes([]byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, opt := range []decode.Options{{}, {Encoding: decode.Big5}} {
		res, err := Bytes(raw, "big5.txt", opt)
		if err != nil {
			t.Fatalf("%+v: %v", opt, err)
		}
		if res.Encoding != decode.Big5 || len(res.Edits) != 3 {
			t.Fatalf("%+v: read as %s with %d edits, want big5 and 3", opt, res.Encoding, len(res.Edits))
		}
		back, err := traditionalchinese.Big5.NewDecoder().Bytes(res.Fixed)
		if err != nil {
			t.Fatal(err)
		}
		if want := strings.NewReplacer("一.", "一、", "二.", "二、", "三.", "三、").Replace(text); string(back) != want {
			t.Errorf("%+v: the fixed Big5 reads\n%s\nwant\n%s", opt, back, want)
		}
	}
}

// TestNewFormsRenumbered: the numeral fix corrects in the markers of the
// new forms is the list's own — after 第 in 最后一点，第八点：, the numeral
// of 一 set off by white space — and 最后一点， has none to correct.
func TestNewFormsRenumbered(t *testing.T) {
	tests := []struct {
		marker string
		style  ast.Style
		num    string // the part fix would rewrite, "" for none
	}{
		{"最后一点，第八点：", ast.StyleChapter, "八"},
		{"最后一点，", ast.StyleChapter, ""},
		{"第一", ast.StyleOrdinal, "一"},
		{"二", ast.StyleHanDun, "二"},
		{"第三条", ast.StyleArticle, "三"},
	}
	for _, tt := range tests {
		a, ok := readMarker(&ast.Section{Marker: tt.marker, Style: tt.style})
		got := ""
		if ok {
			got = tt.marker[a.num.start:a.num.end]
		}
		if got != tt.num {
			t.Errorf("readMarker(%q) numeral %q, want %q", tt.marker, got, tt.num)
		}
	}
}
