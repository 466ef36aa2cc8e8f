package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"testing"
	"unsafe"

	"github.com/dagang/dagang/testkit/alloc"
)

// hostile shapes of document body, each about n repetitions of its unit.
var hostileBodies = []struct {
	name string
	body func(n int) string
}{
	{"many empty paragraphs", func(n int) string { return strings.Repeat("<w:p/>", n) }},
	{"many skipped elements", func(n int) string {
		return "<w:p>" + strings.Repeat(`<w:bookmarkStart w:id="0" w:name="x"/><w:proofErr/>`, n) + "</w:p>"
	}},
	{"deep nesting", func(n int) string {
		return strings.Repeat("<w:sdt><w:sdtContent>", n) + Para("", "深") + strings.Repeat("</w:sdtContent></w:sdt>", n)
	}},
	{"many runs", func(n int) string { return "<w:p>" + strings.Repeat(Run("讲"), n) + "</w:p>" }},
	{"many deleted runs", func(n int) string {
		return "<w:p>" + strings.Repeat(`<w:del w:id="1"><w:r><w:delText>删除的字</w:delText></w:r></w:del>`, n) + "</w:p>"
	}},
	{"many numbered paragraphs", func(n int) string { return strings.Repeat(Para(NumPr(1, 0), "项"), n) }},
	{"nested paragraphs", func(n int) string {
		return strings.Repeat("<w:p><w:r><w:t>x</w:t>", n) + strings.Repeat("</w:r></w:p>", n)
	}},
	{"long attributes", func(n int) string {
		return "<w:p><w:r><w:rPr><w:rFonts w:ascii=\"" + strings.Repeat("字", n) + "\"/></w:rPr><w:t>x</w:t></w:r></w:p>"
	}},
	{"a long comment", func(n int) string { return "<w:p><!--" + strings.Repeat("<>", n) + "--></w:p>" }},
	{"empty CDATA sections", func(n int) string {
		return "<w:p><w:r><w:t>" + strings.Repeat("<![CDATA[]]>", 10*n) + "</w:t></w:r></w:p>"
	}},
}

// Bounds of the bytes allocated in reading a document, checked by
// TestLinearAllocation and FuzzExtract: per byte of the text yielded (the
// text and the buffer of its paragraph, which grow by a quarter at a time
// and so allocate about five times their final size on the way), per
// paragraph (its record, its Paragraph, the state of an open one, twice,
// and the growth of the open ones' stack),
// per level of nesting (a name in the path and the scanner's 9 bytes,
// five times over for the same growth). What is live at once, the peak,
// is less than half of it.
const (
	maxAllocPerTextByte  = 12
	maxAllocPerParagraph = 2*paragraphBytes + 5*int(unsafe.Sizeof(paraState{}))
	maxAllocPerLevel     = 5 * (16 + 9 + 8)
)

// extractAllocation extracts raw and returns the document and the bytes
// allocated on the way.
func extractAllocation(t testing.TB, raw []byte) (*Document, uint64) {
	t.Helper()
	runtime.GC()
	var d *Document
	var err error
	allocated := alloc.Bytes(func() { d, err = Extract(raw) })
	if err != nil {
		t.Fatal(err)
	}
	return d, allocated
}

// TestLinearAllocation extracts every hostile shape at n and 4n and holds
// what it allocates to what it yields: the bytes of its text, its
// paragraphs and its nesting, never the elements it skips.
func TestLinearAllocation(t *testing.T) {
	const n = 20000
	for _, shape := range hostileBodies {
		t.Run(shape.name, func(t *testing.T) {
			for _, size := range []int{n, 4 * n} {
				body := shape.body(size)
				raw := mustBytes(t, WordFile{Body: body, Numbering: hanList + numXML(1, 0), Stored: true})
				d, allocated := extractAllocation(t, raw)
				depth := 2*strings.Count(body, "<w:sdtContent>") + 2*strings.Count(body, "<w:p>")
				bound := allocSlack + maxAllocPerTextByte*uint64(len(d.Text)) +
					uint64(maxAllocPerParagraph)*uint64(len(d.Paragraphs)) + maxAllocPerLevel*uint64(depth)
				t.Logf("%d bytes of XML: %d bytes of text, %d paragraphs, %d deep: %d bytes allocated (bound %d)",
					len(body), len(d.Text), len(d.Paragraphs), depth, allocated, bound)
				if allocated > bound {
					t.Errorf("%d bytes allocated, more than %d", allocated, bound)
				}
			}
		})
	}
}

// TestLimits: a document beyond a limit is refused with an error that is
// ErrLimit and ErrCorrupt and names the limit.
func TestLimits(t *testing.T) {
	tests := []struct {
		name string
		body string
		lim  limits
		msg  string
	}{
		{"paragraphs", strings.Repeat("<w:p/>", 101), limits{paragraphs: 100}, "more than 100 paragraphs, the limit (docx.MaxParagraphs)"},
		{"nested paragraphs count", strings.Repeat("<w:p>", 101) + strings.Repeat("</w:p>", 101), limits{paragraphs: 100}, "docx.MaxParagraphs"},
		{"nesting", strings.Repeat("<w:sdt>", 60) + strings.Repeat("</w:sdt>", 60), limits{depth: 50}, "elements nested more than 50 deep, the limit (docx.MaxDepth)"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			raw := mustBytes(t, WordFile{Body: tt.body})
			lim := defaultLimits
			if tt.lim.paragraphs != 0 {
				lim.paragraphs = tt.lim.paragraphs
			}
			if tt.lim.depth != 0 {
				lim.depth = tt.lim.depth
			}
			_, err := extract(raw, lim)
			if !errors.Is(err, ErrLimit) || !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), tt.msg) {
				t.Fatalf("extract: %v; want ErrLimit saying %q", err, tt.msg)
			}
			if strings.Contains(err.Error(), "\n") {
				t.Errorf("%q is more than a line", err)
			}
		})
	}
	at := strings.Repeat("<w:p/>", 100)
	if _, err := extract(mustBytes(t, WordFile{Body: at}), limits{part: MaxPartBytes, auxPart: MaxAuxPartBytes, entries: MaxEntries, paragraphs: 100}); err != nil {
		t.Errorf("at the limit: %v", err)
	}
	// Definitions.
	var styles strings.Builder
	for i := range 2000 {
		fmt.Fprintf(&styles, `<w:style w:type="paragraph" w:styleId="s%d"><w:name w:val="s%d"/></w:style>`, i, i)
	}
	lim := defaultLimits
	lim.definitions = 64 << 10
	_, err := extract(mustBytes(t, WordFile{Body: Para("", "甲"), Styles: styles.String()}), lim)
	if !errors.Is(err, ErrLimit) || !strings.Contains(err.Error(), "docx.MaxDefinitionBytes") {
		t.Errorf("styles: %v", err)
	}
	// Entries, counted before archive/zip reads them.
	files := []string{"word/document.xml", `<w:document ` + wordNS + `><w:body/></w:document>`}
	for i := range 20 {
		files = append(files, fmt.Sprintf("f%d", i), "")
	}
	lim = defaultLimits
	lim.entries = 10
	if _, err := extract(zipOf(t, true, files...), lim); !errors.Is(err, ErrLimit) || !strings.Contains(err.Error(), "docx.MaxEntries") {
		t.Errorf("entries: %v", err)
	}
}

// TestEmptyParagraphBomb: 250 MB of empty paragraphs, a few hundred
// kilobytes compressed, is refused at MaxParagraphs having allocated some
// megabytes, not gigabytes.
func TestEmptyParagraphBomb(t *testing.T) {
	if testing.Short() {
		t.Skip("compresses 250 MB")
	}
	raw := emptyParagraphBomb(t, 250<<20)
	t.Logf("%d bytes compressed", len(raw))
	runtime.GC()
	var err error
	allocated := alloc.Bytes(func() { _, err = Extract(raw) })
	if !errors.Is(err, ErrLimit) || !strings.Contains(err.Error(), "docx.MaxParagraphs") {
		t.Fatalf("Extract: %v, want the paragraph limit", err)
	}
	if allocated > 64<<20 {
		t.Errorf("%d MB allocated", allocated>>20)
	}
}

// emptyParagraphBomb is a .docx whose main part is size bytes of <w:p/>,
// deflated.
func emptyParagraphBomb(t testing.TB, size int) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.Create("word/document.xml")
	if err != nil {
		t.Fatal(err)
	}
	chunk := []byte(strings.Repeat("<w:p/>", 64<<10))
	_, _ = w.Write([]byte(`<w:document ` + wordNS + `><w:body>`))
	for written := 0; written < size; written += len(chunk) {
		if _, err := w.Write(chunk); err != nil {
			t.Fatal(err)
		}
	}
	_, _ = w.Write([]byte(`</w:body></w:document>`))
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
