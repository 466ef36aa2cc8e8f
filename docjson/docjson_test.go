package docjson

import (
	"bytes"
	"encoding/json"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dagang/dagang/ast"
)

func sampleDocument() *ast.Document {
	sp := ast.Span{Start: 0, End: 6, Line: 1, EndLine: 1}
	return &ast.Document{
		Source: ast.Source{Name: "a.txt", Encoding: "utf-8", Bytes: 42},
		Speeches: []*ast.Speech{
			{ // untitled, no closing: nulls
				Span:     sp,
				Preamble: []*ast.Para{{Text: "前言", Span: sp}},
			},
			{
				Title: `标题 "引号" \ 反斜杠`, TitleSpan: &sp,
				Salutation: &ast.Para{Text: "同志们：", Span: sp},
				Sections: []*ast.Section{{
					Marker: "一、", Style: ast.StyleHanDun, Number: 1, Level: 1, Title: "控制\x01字符\t与\u2028分隔", Span: sp,
					Body: []*ast.Para{{Text: "正文", Span: sp, Points: []ast.Point{{Marker: "一是", Number: 1, Title: "要点", Offset: 3}}}},
					Children: []*ast.Section{{
						Marker: "（一）", Style: ast.StyleHanParen, Number: 1, Level: 2, Implied: true, Span: ast.Span{Start: 3, End: 3, Line: 1, EndLine: 1},
					}},
				}},
				Closing: &ast.Closing{Formula: &ast.Para{Text: "谢谢大家！", Span: sp}},
			},
		},
		Noise:       []ast.Noise{{Text: "##paidend##", Kind: ast.NoisePaywall, Span: sp}},
		Diagnostics: []ast.Diagnostic{{Severity: ast.SeverityWarning, Code: ast.CodeMixedStyle, Message: "编号样式混用", Line: 1, Column: 1, Span: sp}},
	}
}

func TestWriteShape(t *testing.T) {
	var b bytes.Buffer
	if err := Write(&b, sampleDocument(), Options{}); err != nil {
		t.Fatal(err)
	}
	if !json.Valid(b.Bytes()) {
		t.Fatalf("invalid JSON: %s", b.String())
	}
	var doc map[string]any
	if err := json.Unmarshal(b.Bytes(), &doc); err != nil {
		t.Fatal(err)
	}
	keys := func(m map[string]any) []string {
		var ks []string
		for k := range m {
			ks = append(ks, k)
		}
		return ks
	}
	wantKeys := map[string][]string{
		"document": {"version", "source", "title", "title_span", "speeches", "noise", "diagnostics"},
		"speech":   {"title", "title_span", "subtitle", "date", "speaker", "span", "salutation", "preamble", "sections", "closing"},
		"section":  {"marker", "style", "number", "level", "title", "implied", "span", "body", "children"},
	}
	check := func(what string, m map[string]any) {
		got := keys(m)
		if len(got) != len(wantKeys[what]) {
			t.Errorf("%s has keys %v, want %v", what, got, wantKeys[what])
		}
		for _, k := range wantKeys[what] {
			if _, ok := m[k]; !ok {
				t.Errorf("%s lacks %q", what, k)
			}
		}
	}
	check("document", doc)
	if doc["version"] != float64(1) || doc["title"] != nil || doc["title_span"] != nil {
		t.Errorf("document header: %v %v %v", doc["version"], doc["title"], doc["title_span"])
	}
	speeches := doc["speeches"].([]any)
	untitled := speeches[0].(map[string]any)
	check("speech", untitled)
	for _, k := range []string{"title", "title_span", "subtitle", "date", "speaker", "salutation", "closing"} {
		if untitled[k] != nil {
			t.Errorf("untitled speech: %s = %v, want null", k, untitled[k])
		}
	}
	if secs, ok := untitled["sections"].([]any); !ok || len(secs) != 0 {
		t.Errorf("untitled speech: sections = %v, want []", untitled["sections"])
	}
	titled := speeches[1].(map[string]any)
	if titled["title"] != `标题 "引号" \ 反斜杠` {
		t.Errorf("title round trip: %q", titled["title"])
	}
	sec := titled["sections"].([]any)[0].(map[string]any)
	check("section", sec)
	if sec["title"] != "控制\x01字符\t与\u2028分隔" {
		t.Errorf("escaped title round trip: %q", sec["title"])
	}
	child := sec["children"].([]any)[0].(map[string]any)
	if child["implied"] != true || child["body"] == nil || child["children"] == nil {
		t.Errorf("implied child: %v", child)
	}
	closing := titled["closing"].(map[string]any)
	if ps, ok := closing["paragraphs"].([]any); !ok || len(ps) != 0 {
		t.Errorf("closing paragraphs = %v, want []", closing["paragraphs"])
	}
	// U+2028 and control characters are escaped, never written raw.
	if strings.ContainsRune(b.String(), '\u2028') || strings.ContainsRune(b.String(), '\x01') {
		t.Error("raw U+2028 or control character in the output")
	}
}

// TestWriteEscapesLikeEncodingJSON compares the string escaping with
// encoding/json's (HTML escaping off).
func TestWriteEscapesLikeEncodingJSON(t *testing.T) {
	for _, s := range []string{"", "plain", "引号\"与\\", "\n\r\t\b\f\x00\x1f", "<&>", "\u2028\u2029", "bad\xffutf8", "\xe4\xb8", "全角　空格"} {
		var mine bytes.Buffer
		doc := &ast.Document{Source: ast.Source{Name: s}}
		if err := Write(&mine, doc, Options{}); err != nil {
			t.Fatal(err)
		}
		var std bytes.Buffer
		enc := json.NewEncoder(&std)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		want := strings.TrimSpace(std.String())
		if !strings.Contains(mine.String(), `"name":`+want+`,`) {
			t.Errorf("%q encoded as %s, encoding/json writes %s", s, mine.String(), want)
		}
	}
}

func TestWritePretty(t *testing.T) {
	var compact, pretty, indented bytes.Buffer
	doc := sampleDocument()
	if err := Write(&compact, doc, Options{}); err != nil {
		t.Fatal(err)
	}
	if err := Write(&pretty, doc, Options{Indent: "  "}); err != nil {
		t.Fatal(err)
	}
	if err := json.Indent(&indented, compact.Bytes(), "", "  "); err != nil {
		t.Fatal(err)
	}
	if pretty.String() != indented.String() {
		t.Error("pretty output differs from the indented compact output")
	}
	m, err := Marshal(doc)
	if err != nil || !bytes.Equal(m, compact.Bytes()) {
		t.Errorf("Marshal differs from Write: %v", err)
	}
}

// TestStrLikeEncodingJSON: strings long enough for the search of escapes
// (scan.IndexJSONEscape), with each character that needs an escape (and
// look-alikes that do not: “ ” … ※) at every offset, encode as
// encoding/json encodes them.
func TestStrLikeEncodingJSON(t *testing.T) {
	base := strings.Repeat("加强党的建设，提高站位。", 4) // 144 bytes
	specials := []string{"\"", "\\", "\n", "\x00", "\x1f", "\x7f", " ", "\u2028", "\u2029", "“", "”", "…", "※", "\u2027", "\xff", "\xe2\x80", "a"}
	std := func(s string) string {
		var b bytes.Buffer
		enc := json.NewEncoder(&b)
		enc.SetEscapeHTML(false)
		if err := enc.Encode(s); err != nil {
			t.Fatal(err)
		}
		return strings.TrimSuffix(b.String(), "\n")
	}
	for _, sp := range specials {
		for at := 0; at <= 150; at++ {
			for _, n := range []int{32, 40, 63, 144} {
				s := base[:n]
				if !utf8.RuneStart(s[at%n]) {
					continue
				}
				s = s[:at%n] + sp + s[at%n:]
				e := &encoder{}
				e.str(s)
				if got, want := string(e.buf), std(s); got != want {
					t.Fatalf("str(%q) = %s, encoding/json writes %s", s, got, want)
				}
			}
		}
	}
}

// TestAppendInt against strconv, around every power of ten and at random.
func TestAppendInt(t *testing.T) {
	var ns []int
	for p := 1; p <= 1e12; p *= 10 {
		ns = append(ns, p-1, p, p+1, -p)
	}
	for k := range 100000 {
		ns = append(ns, k, k*7919%100000000, 99_900_000+k)
	}
	// Every number of one to eight digits with zeros inside or at the end
	// (a lane that is all zeros: 10000, 100000001 …).
	for _, n := range []int{100, 1000, 10000, 100000, 1000000, 10000000, 10000001, 10010000, 20000000, 99990000, 1010101, 90000009} {
		ns = append(ns, n, n-1, n+1)
	}
	for _, n := range ns {
		if got, want := string(appendInt([]byte("x"), n)), "x"+strconv.Itoa(n); got != want {
			t.Fatalf("appendInt(%d) = %s, want %s", n, got, want)
		}
	}
}

// TestQuotedStyle: every style of the contract is written as its name in
// quotes, needing no escape.
func TestQuotedStyle(t *testing.T) {
	for _, s := range ast.Styles() {
		e := &encoder{}
		e.str(string(s))
		if got := quotedStyle(s); got != string(e.buf) {
			t.Errorf("quotedStyle(%s) = %s, want %s", s, got, e.buf)
		}
	}
	if quotedStyle("other") != "" {
		t.Error("a style outside the contract has a quoted form")
	}
}

// maxWriter remembers the largest write it was handed.
type maxWriter struct{ max int }

func (w *maxWriter) Write(p []byte) (int, error) {
	w.max = max(w.max, len(p))
	return len(p), nil
}

// TestEncoderBounded: the encoder hands its buffer over as it fills,
// whatever node is long — a speech of many paragraphs, many sections, many
// noise entries — so that it never holds a document's JSON whole.
func TestEncoderBounded(t *testing.T) {
	para := &ast.Para{Text: strings.Repeat("正文", 20), Points: []ast.Point{}}
	sp := &ast.Speech{Preamble: []*ast.Para{}, Sections: []*ast.Section{}}
	for range 20000 {
		sp.Preamble = append(sp.Preamble, para)
		sp.Sections = append(sp.Sections, &ast.Section{Marker: "一、", Style: ast.StyleHanDun, Body: []*ast.Para{para}, Children: []*ast.Section{}})
	}
	doc := &ast.Document{Speeches: []*ast.Speech{sp}}
	for range 20000 {
		doc.Noise = append(doc.Noise, ast.Noise{Text: "广告", Kind: ast.NoiseAd})
	}
	var w maxWriter
	if err := Write(&w, doc, Options{}); err != nil {
		t.Fatal(err)
	}
	if w.max > 2*flushSize {
		t.Errorf("a write of %d bytes: the encoder held more than its buffer", w.max)
	}
}

// TestAppend: Append appends what Write writes, after what dst
// holds, for a small document and for a collection of many speeches.
func TestAppend(t *testing.T) {
	big := &ast.Document{Text: strings.Repeat("正文", 1<<20)}
	for range 300 {
		big.Speeches = append(big.Speeches, sampleDocument().Speeches...)
	}
	for _, doc := range []*ast.Document{sampleDocument(), big} {
		var want bytes.Buffer
		if err := Write(&want, doc, Options{}); err != nil {
			t.Fatal(err)
		}
		got := Append([]byte("前缀"), doc, Options{})
		if !bytes.Equal(got, append([]byte("前缀"), want.Bytes()...)) {
			t.Fatalf("Append (%d speeches) differs from Write", len(doc.Speeches))
		}
	}
}

// TestSourceCharset: source.charset is written for a page's charset and
// left out otherwise, as the contract says.
func TestSourceCharset(t *testing.T) {
	for _, tc := range []struct {
		src  ast.Source
		want string
	}{
		{ast.Source{Name: "a.html", Encoding: "html", Bytes: 3, Charset: "gb18030"}, `"source":{"name":"a.html","encoding":"html","bytes":3,"charset":"gb18030"}`},
		{ast.Source{Name: "a.txt", Encoding: "utf-8", Bytes: 3}, `"source":{"name":"a.txt","encoding":"utf-8","bytes":3}`},
	} {
		got := string(Append(nil, &ast.Document{Source: tc.src}, Options{}))
		if !strings.Contains(got, tc.want) {
			t.Errorf("%s: %s", tc.want, got)
		}
	}
}
