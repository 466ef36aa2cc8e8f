package serve

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

var update = flag.Bool("update", false, "rewrite testdata/speech.docx")

// wordDocument zips paragraphs into a .docx as Word lays one out: the
// parts a reader needs and nothing else, entries stored (not deflated)
// and undated, so that the same paragraphs always make the same bytes.
func wordDocument(paragraphs []string) []byte {
	const relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
	var body strings.Builder
	for _, p := range paragraphs {
		body.WriteString(`<w:p><w:r><w:t xml:space="preserve">`)
		_ = xml.EscapeText(&body, []byte(p))
		body.WriteString(`</w:t></w:r></w:p>`)
	}
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
			`<Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
			`</Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="` + relNS + `/officeDocument" Target="word/document.xml"/>` +
			`</Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
			body.String() + `<w:sectPr/></w:body></w:document>`},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, p := range parts {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Store})
		if err != nil {
			panic(err)
		}
		if _, err := w.Write([]byte(p.body)); err != nil {
			panic(err)
		}
	}
	if err := zw.Close(); err != nil {
		panic(err)
	}
	return buf.Bytes()
}

// docxSpeech is the Word document of the tests here and of the page's
// browser test (webapp/test): a short speech with a gap in its numbering.
var docxSpeech = []string{
	"关于做好秋季防汛工作的讲话",
	"同志们：",
	"入汛以来，各地认真落实防汛责任，没有发生重大险情。下面，我讲两点意见。",
	"一、压紧压实防汛责任",
	"各级防汛指挥机构要严格落实二十四小时值班制度。",
	"（一）落实包保责任。每一座水库、每一段堤防都要有人盯守。",
	"（二）落实巡查责任。雨前雨中雨后都要巡查到位。",
	"三、做好应急准备",
	"物资储备要足，抢险队伍要随时拉得出、用得上。",
	"以上意见，请大家认真抓好落实。谢谢大家！",
}

const docxFixture = "testdata/speech.docx"

// TestDocxFixture keeps testdata/speech.docx what wordDocument makes of
// docxSpeech (go test -update rewrites it).
func TestDocxFixture(t *testing.T) {
	want := wordDocument(docxSpeech)
	if *update {
		if err := os.WriteFile(filepath.FromSlash(docxFixture), want, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(filepath.FromSlash(docxFixture))
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Fatalf("%s is not what docxSpeech makes: run go test ./serve -run TestDocxFixture -update", docxFixture)
	}
}
