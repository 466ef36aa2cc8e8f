package ast

import (
	"bytes"
	"encoding/json"
	"reflect"
	"strconv"
	"strings"
	"testing"
	"unicode/utf8"
)

func sampleDocument() *Document {
	sp := Span{Start: 0, End: 6, Line: 1, EndLine: 1}
	return &Document{
		Source: Source{Name: "a.txt", Encoding: "utf-8", Bytes: 42},
		Speeches: []*Speech{
			{ // untitled, no closing: nulls
				Span:     sp,
				Preamble: []*Para{{Text: "前言", Span: sp}},
			},
			{
				Title: `标题 "引号" \ 反斜杠`, TitleSpan: &sp,
				Salutation: &Para{Text: "同志们：", Span: sp},
				Sections: []*Section{{
					Marker: "一、", Style: StyleHanDun, Number: 1, Level: 1, Title: "控制\x01字符\t与\u2028分隔", Span: sp,
					Body: []*Para{{Text: "正文", Span: sp, Points: []Point{{Marker: "一是", Number: 1, Title: "要点", Offset: 3}}}},
					Children: []*Section{{
						Marker: "（一）", Style: StyleHanParen, Number: 1, Level: 2, Implied: true, Span: Span{Start: 3, End: 3, Line: 1, EndLine: 1},
					}},
				}},
				Closing: &Closing{Formula: &Para{Text: "谢谢大家！", Span: sp}},
			},
		},
		Noise:       []Noise{{Text: "##paidend##", Kind: NoisePaywall, Span: sp}},
		Diagnostics: []Diagnostic{{Severity: SeverityWarning, Code: CodeMixedStyle, Message: "编号样式混用", Line: 1, Column: 1, Span: sp}},
	}
}

func TestWriteJSONShape(t *testing.T) {
	var b bytes.Buffer
	if err := WriteJSON(&b, sampleDocument(), EncodeOptions{}); err != nil {
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

// TestWriteJSONEscapesLikeEncodingJSON compares the string escaping with
// encoding/json's (HTML escaping off).
func TestWriteJSONEscapesLikeEncodingJSON(t *testing.T) {
	for _, s := range []string{"", "plain", "引号\"与\\", "\n\r\t\b\f\x00\x1f", "<&>", "\u2028\u2029", "bad\xffutf8", "\xe4\xb8", "全角　空格"} {
		var mine bytes.Buffer
		doc := &Document{Source: Source{Name: s}}
		if err := WriteJSON(&mine, doc, EncodeOptions{}); err != nil {
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

func TestWriteJSONPretty(t *testing.T) {
	var compact, pretty, indented bytes.Buffer
	doc := sampleDocument()
	if err := WriteJSON(&compact, doc, EncodeOptions{}); err != nil {
		t.Fatal(err)
	}
	if err := WriteJSON(&pretty, doc, EncodeOptions{Indent: "  "}); err != nil {
		t.Fatal(err)
	}
	if err := json.Indent(&indented, compact.Bytes(), "", "  "); err != nil {
		t.Fatal(err)
	}
	if pretty.String() != indented.String() {
		t.Error("pretty output differs from the indented compact output")
	}
	m, err := doc.MarshalJSON()
	if err != nil || !bytes.Equal(m, compact.Bytes()) {
		t.Errorf("MarshalJSON differs from WriteJSON: %v", err)
	}
}

func TestWalkOrder(t *testing.T) {
	doc := sampleDocument()
	var got []string
	err := Walk(doc, func(n Node, entering bool) (WalkStatus, error) {
		if !entering {
			return WalkContinue, nil
		}
		switch n := n.(type) {
		case *Document:
			got = append(got, "doc")
		case *Speech:
			got = append(got, "speech")
		case *Section:
			got = append(got, "section "+n.Marker)
		case *Closing:
			got = append(got, "closing")
		case *Para:
			got = append(got, "para "+n.Text)
		}
		return WalkContinue, nil
	})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"doc", "speech", "para 前言", "speech", "para 同志们：", "section 一、", "para 正文",
		"section （一）", "closing", "para 谢谢大家！"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("walk order\n got %v\nwant %v", got, want)
	}
	// WalkSkipChildren and WalkStop.
	var seen []string
	_ = Walk(doc, func(n Node, entering bool) (WalkStatus, error) {
		if !entering {
			return WalkContinue, nil
		}
		if s, ok := n.(*Section); ok {
			seen = append(seen, s.Marker)
			return WalkSkipChildren, nil
		}
		if _, ok := n.(*Closing); ok {
			return WalkStop, nil
		}
		return WalkContinue, nil
	})
	if !reflect.DeepEqual(seen, []string{"一、"}) {
		t.Errorf("skip children: saw %v", seen)
	}
}

func TestStyleRanks(t *testing.T) {
	prev := 0
	for _, s := range Styles()[:6] {
		if !s.Ranked() || s.Rank() <= prev {
			t.Errorf("%s: rank %d after %d", s, s.Rank(), prev)
		}
		prev = s.Rank()
	}
	for _, s := range []Style{StyleLead, StyleOrdinal, StyleSequence, "", "c", "chapters", "han", "arabic"} {
		if s.Ranked() {
			t.Errorf("%q is ranked", s)
		}
	}
	want := map[Style]int{StyleChapter: 1, StyleHanDun: 2, StyleHanParen: 3, StyleArabicDot: 4, StyleArabicParen: 5, StyleCircled: 6}
	for _, s := range Styles() {
		if s.Rank() != want[s] {
			t.Errorf("%s: rank %d, want %d", s, s.Rank(), want[s])
		}
	}
}

func TestSortDiagnostics(t *testing.T) {
	ds := []Diagnostic{{Line: 3, Column: 1, Code: "b"}, {Line: 1, Column: 5, Code: "a"}, {Line: 1, Column: 2, Code: "c"}, {Line: 3, Column: 1, Code: "a"}}
	SortDiagnostics(ds)
	var got []string
	for _, d := range ds {
		got = append(got, string(d.Code))
	}
	if strings.Join(got, ",") != "c,a,a,b" {
		t.Errorf("order %v", got)
	}
}

// TestStrLikeEncodingJSON: strings long enough for the eight-bytes-at-a-time
// path, with each character that needs an escape (and look-alikes that do
// not: “ ” … ※) at every offset, encode as encoding/json encodes them.
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

// TestKnownValid: a string is taken for valid without a check only when it
// lies within the document's text and starts and ends at characters.
func TestKnownValid(t *testing.T) {
	text := "一、加强领导\xff"[:len("一、加强领导")] + "，提高站位。"
	e := &encoder{text: text}
	for _, c := range []struct {
		s    string
		want bool
	}{
		{text, true}, {text[3:9], true}, {text[len(text)-3:], true}, {"", false},
		{text[1:9], false}, {text[3:8], false}, {strings.Clone(text[3:9]), false},
		{text + "更长", false}, {strings.Repeat("长", 100), false},
	} {
		if got := e.knownValid(c.s); got != c.want {
			t.Errorf("knownValid(%q) = %v, want %v", c.s, got, c.want)
		}
	}
	if (&encoder{}).knownValid("一") {
		t.Error("no text, yet a string is known valid")
	}
}

// TestQuotedStyle: every style of the contract is written as its name in
// quotes, needing no escape.
func TestQuotedStyle(t *testing.T) {
	for _, s := range Styles() {
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
	para := &Para{Text: strings.Repeat("正文", 20), Points: []Point{}}
	sp := &Speech{Preamble: []*Para{}, Sections: []*Section{}}
	for range 20000 {
		sp.Preamble = append(sp.Preamble, para)
		sp.Sections = append(sp.Sections, &Section{Marker: "一、", Style: StyleHanDun, Body: []*Para{para}, Children: []*Section{}})
	}
	doc := &Document{Speeches: []*Speech{sp}}
	for range 20000 {
		doc.Noise = append(doc.Noise, Noise{Text: "广告", Kind: NoiseAd})
	}
	var w maxWriter
	if err := WriteJSON(&w, doc, EncodeOptions{Workers: 1}); err != nil {
		t.Fatal(err)
	}
	if w.max > 2*flushSize {
		t.Errorf("a write of %d bytes: the encoder held more than its buffer", w.max)
	}
}

// TestAppendJSON: AppendJSON appends what WriteJSON writes, after what dst
// holds, for a small document and for one of many speeches encoded on
// several goroutines.
func TestAppendJSON(t *testing.T) {
	big := &Document{Text: strings.Repeat("正文", encodeSplitMin/6+1)} // long enough to be encoded in parallel
	for range 300 {
		big.Speeches = append(big.Speeches, sampleDocument().Speeches...)
	}
	if encodeWorkers(big, 4) != 4 {
		t.Fatal("the large document would be encoded on one goroutine")
	}
	for _, doc := range []*Document{sampleDocument(), big} {
		for _, workers := range []int{1, 4} {
			var want bytes.Buffer
			if err := WriteJSON(&want, doc, EncodeOptions{Workers: workers}); err != nil {
				t.Fatal(err)
			}
			got := AppendJSON([]byte("前缀"), doc, EncodeOptions{Workers: workers})
			if !bytes.Equal(got, append([]byte("前缀"), want.Bytes()...)) {
				t.Fatalf("AppendJSON (%d speeches, %d workers) differs from WriteJSON", len(doc.Speeches), workers)
			}
		}
	}
}

// TestSourceCharset: source.charset is written for a page's charset and
// left out otherwise, as the contract says.
func TestSourceCharset(t *testing.T) {
	for _, tc := range []struct {
		src  Source
		want string
	}{
		{Source{Name: "a.html", Encoding: "html", Bytes: 3, Charset: "gb18030"}, `"source":{"name":"a.html","encoding":"html","bytes":3,"charset":"gb18030"}`},
		{Source{Name: "a.txt", Encoding: "utf-8", Bytes: 3}, `"source":{"name":"a.txt","encoding":"utf-8","bytes":3}`},
	} {
		got := string(AppendJSON(nil, &Document{Source: tc.src}, EncodeOptions{}))
		if !strings.Contains(got, tc.want) {
			t.Errorf("%s: %s", tc.want, got)
		}
	}
}
