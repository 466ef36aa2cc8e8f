package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"strings"
	"testing"
)

func mustBytes(t *testing.T, f WordFile) []byte {
	t.Helper()
	b, err := f.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func extractText(t *testing.T, f WordFile) *Document {
	t.Helper()
	d, err := Extract(mustBytes(t, f))
	if err != nil {
		t.Fatalf("Extract: %v", err)
	}
	for i, p := range d.Paragraphs {
		if p.Start < 0 || p.End < p.Start || p.End > len(d.Text) || !strings.HasPrefix(d.Text[p.Start:p.End], p.Number) {
			t.Fatalf("paragraph %d: span %d..%d with number %q does not fit the text", i, p.Start, p.End, p.Number)
		}
		if i > 0 && d.Text[d.Paragraphs[i-1].End:p.Start] != "\n" {
			t.Fatalf("paragraph %d: not separated from the one before by a newline", i)
		}
	}
	return d
}

func TestExtractText(t *testing.T) {
	tests := []struct {
		name string
		file WordFile
		want string
	}{
		{"runs joined", WordFile{Body: `<w:p><w:r><w:t>一、加强</w:t></w:r><w:r><w:rPr><w:b/></w:rPr><w:t>学习</w:t></w:r></w:p>`},
			"一、加强学习"},
		{"paragraphs in order, empty ones kept", WordFile{Body: Para("", "甲") + `<w:p/>` + Para("", "乙")}, "甲\n\n乙"},
		{"tabs and breaks as white space",
			WordFile{Body: `<w:p><w:r><w:t>甲</w:t><w:tab/><w:t>乙</w:t><w:br/><w:t>丙</w:t><w:cr/><w:t>丁</w:t><w:br w:type="page"/></w:r></w:p>`},
			"甲\t乙\n丙\n丁\n"},
		{"tab stops are not tabs",
			WordFile{Body: `<w:p><w:pPr><w:tabs><w:tab w:val="left" w:pos="420"/></w:tabs></w:pPr>` + Run("甲") + `</w:p>`}, "甲"},
		{"white space kept", WordFile{Body: Para("", "\u3000\u3000一、 学习 ")}, "\u3000\u3000一、 学习 "},
		{"entities", WordFile{Body: `<w:p><w:r><w:t>&lt;甲&amp;乙&gt;&#x4E19;</w:t></w:r></w:p>`}, "<甲&乙>丙"},
		{"tables' paragraphs included",
			WordFile{Body: Para("", "前") + `<w:tbl><w:tblPr/><w:tr><w:tc>` + Para("", "一、甲") + `</w:tc><w:tc>` +
				Para("", "乙") + Para("", "丙") + `</w:tc></w:tr></w:tbl>` + Para("", "后")}, "前\n一、甲\n乙\n丙\n后"},
		{"headers, footers and comments left out",
			WordFile{
				Body: `<w:p><w:commentRangeStart w:id="0"/>` + Run("正文") + `<w:commentRangeEnd w:id="0"/>` +
					`<w:r><w:commentReference w:id="0"/></w:r></w:p>`,
				Extra: map[string]string{
					"word/header1.xml":  `<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` + Para("", "页眉") + `</w:hdr>`,
					"word/footer1.xml":  `<w:ftr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">` + Para("", "第1页") + `</w:ftr>`,
					"word/comments.xml": `<w:comments xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:comment w:id="0">` + Para("", "批注") + `</w:comment></w:comments>`,
				},
			}, "正文"},
		{"tracked changes as accepted",
			WordFile{Body: `<w:p><w:pPr><w:pPrChange><w:pPr><w:tabs><w:tab w:val="left"/></w:tabs></w:pPr></w:pPrChange></w:pPr>` +
				Run("甲") + `<w:ins w:id="1">` + Run("新") + `</w:ins><w:del w:id="2"><w:r><w:tab/><w:delText>旧</w:delText></w:r></w:del>` +
				`<w:moveFrom w:id="3">` + Run("移走") + `</w:moveFrom><w:moveTo w:id="4">` + Run("移来") + `</w:moveTo></w:p>`},
			"甲新移来"},
		{"hidden text left out",
			WordFile{Body: `<w:p>` + Run("见") + `<w:r><w:rPr><w:vanish/></w:rPr><w:t>隐</w:t><w:tab/></w:r>` +
				`<w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>显</w:t></w:r></w:p>`},
			"见显"},
		{"fields give their result",
			WordFile{Body: `<w:p>` + Run("第") + `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>` +
				`<w:r><w:fldChar w:fldCharType="separate"/></w:r>` + Run("3") + `<w:r><w:fldChar w:fldCharType="end"/></w:r>` + Run("页") +
				`<w:fldSimple w:instr=" DATE ">` + Run("2024年") + `</w:fldSimple></w:p>`},
			"第3页2024年"},
		{"hyperlinks, content controls and smart tags",
			WordFile{Body: `<w:sdt><w:sdtPr><w:alias w:val="标题"/></w:sdtPr><w:sdtContent>` + Para("", "在会议上的讲话") + `</w:sdtContent></w:sdt>` +
				`<w:p><w:hyperlink r:id="rId5">` + Run("链接") + `</w:hyperlink><w:smartTag w:element="x">` + Run("标记") + `</w:smartTag></w:p>`},
			"在会议上的讲话\n链接标记"},
		{"a text box once, not twice",
			WordFile{Body: `<w:p>` + Run("锚") + `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:wsp><wps:txbx><w:txbxContent>` +
				Para("", "框") + `</w:txbxContent></wps:txbx></wps:wsp></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>` +
				Para("", "框") + `</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>` + Run("点") + `</w:p>`},
			"框\n锚点"},
		{"symbols and soft hyphens are not text, no-break hyphens are",
			WordFile{Body: `<w:p><w:r><w:t>甲</w:t><w:sym w:font="Wingdings" w:char="F0B7"/><w:softHyphen/><w:noBreakHyphen/><w:t>乙</w:t></w:r></w:p>`},
			"甲-乙"},
		{"no body", WordFile{}, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := extractText(t, tt.file).Text; got != tt.want {
				t.Errorf("text %q, want %q", got, tt.want)
			}
		})
	}
}

// TestExtractStrict reads a document in the strict namespace of ISO 29500.
func TestExtractStrict(t *testing.T) {
	raw := mustBytes(t, WordFile{Extra: map[string]string{"word/document.xml": `<w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:body>` +
		`<w:p><w:r><w:t>严格</w:t></w:r></w:p></w:body></w:document>`}})
	d, err := Extract(raw)
	if err != nil || d.Text != "严格" {
		t.Fatalf("Extract = %+v, %v", d, err)
	}
}

// zipOf zips files in the given order, stored (not compressed) when store
// is set.
func zipOf(t *testing.T, store bool, files ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(files); i += 2 {
		h := &zip.FileHeader{Name: files[i], Method: zip.Deflate}
		if store {
			h.Method = zip.Store
		}
		w, err := zw.CreateHeader(h)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Write([]byte(files[i+1])); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

func TestExtractErrors(t *testing.T) {
	good := mustBytes(t, WordFile{Body: Para("", strings.Repeat("讲话", 200))})
	badCRC := zipOf(t, true, "word/document.xml", `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>`)
	badCRC[bytes.Index(badCRC, []byte("<w:body/>"))+3] = 'x'
	tooBig := mustBytes(t, WordFile{Body: Para("", strings.Repeat(" ", 1<<20))})
	tests := []struct {
		name string
		raw  []byte
		lim  limits
		want error
		msg  string
	}{
		{"truncated download", good[:len(good)/2], limits{}, ErrCorrupt, "not a valid zip file"},
		{"truncated to its first header", good[:40], limits{}, ErrCorrupt, ""},
		{"zip of something else", zipOf(t, false, "notes.txt", "一、加强学习"), limits{}, ErrNotDocx, "no word/document.xml"},
		{"truncated zip of something else", zipOf(t, false, "notes.txt", "一、加强学习")[:20], limits{}, ErrNotDocx, ""},
		{"empty zip", zipOf(t, false), limits{}, ErrNotDocx, ""},
		{"document.xml that is not XML", zipOf(t, false, "[Content_Types].xml", "<Types/>", "word/document.xml", "一、加强学习"), limits{}, ErrCorrupt, "word/document.xml"},
		{"document.xml that is binary", zipOf(t, false, "word/document.xml", "\x00\x01<"), limits{}, ErrCorrupt, "word/document.xml"},
		{"document.xml cut short", zipOf(t, false, "word/document.xml", `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p>`), limits{}, ErrCorrupt, "unexpected EOF"},
		{"a spreadsheet", zipOf(t, false, "_rels/.rels", `<Relationships><Relationship Type="http://x/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
			"xl/workbook.xml", `<workbook/>`), limits{}, ErrNotDocx, ""},
		{"document.xml with another root", zipOf(t, false, "word/document.xml", `<workbook/>`), limits{}, ErrNotDocx, "not a WordprocessingML document"},
		{"numbering.xml that is not XML", mustBytes(t, WordFile{Body: Para("", "甲"), Numbering: "<w:abstractNum>"}), limits{}, ErrCorrupt, "numbering.xml"},
		{"checksum mismatch", badCRC, limits{}, ErrCorrupt, "checksum"},
		{"too many entries", zipOf(t, false, "a", "", "b", "", "c", "", "word/document.xml", ""), limits{part: 1 << 20, auxPart: 1 << 20, entries: 3}, ErrCorrupt, "4 entries"},
		{"a part larger than the limit (zip bomb)", tooBig, limits{part: 1 << 19, auxPart: 1 << 20, entries: 100}, ErrCorrupt,
			"word/document.xml: more than 524288 bytes uncompressed, the limit for a part"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			lim := tt.lim
			if lim == (limits{}) {
				lim = limits{part: MaxPartBytes, auxPart: MaxAuxPartBytes, entries: MaxEntries}
			}
			d, err := extract(tt.raw, lim)
			if !errors.Is(err, tt.want) {
				t.Fatalf("extract = %+v, %v; want %v", d, err, tt.want)
			}
			if !strings.Contains(err.Error(), tt.msg) {
				t.Errorf("error %q does not say %q", err, tt.msg)
			}
		})
	}
}

func TestIsZip(t *testing.T) {
	for raw, want := range map[string]bool{"PK\x03\x04": true, "PK\x05\x06": true, "PK\x07\x08": true, "PK": false, "": false, "一、": false} {
		if got := IsZip([]byte(raw)); got != want {
			t.Errorf("IsZip(%q) = %v", raw, got)
		}
	}
}

// TestExtractDeepNesting: nesting is the input's to choose; it costs
// memory in proportion, never a stack overflow.
func TestExtractDeepNesting(t *testing.T) {
	const depth = 200000
	body := strings.Repeat("<w:sdt><w:sdtContent>", depth) + Para("", "深") + strings.Repeat("</w:sdtContent></w:sdt>", depth)
	d := extractText(t, WordFile{Body: body})
	if d.Text != "深" {
		t.Errorf("text %q", d.Text)
	}
	nested := strings.Repeat("<w:p><w:r><w:t>x</w:t>", 1000) + strings.Repeat("</w:r></w:p>", 1000)
	if d := extractText(t, WordFile{Body: nested}); len(d.Paragraphs) != 1000 {
		t.Errorf("%d paragraphs from 1000 nested ones", len(d.Paragraphs))
	}
}
