package docx

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"strconv"
	"strings"
)

// WordFile is a .docx assembled in a test from hand-written
// WordprocessingML, laid out as Word lays it out.
type WordFile struct {
	Body      string            // the children of w:body
	Numbering string            // the children of w:numbering; "" for no numbering part
	Styles    string            // the children of w:styles; "" for no styles part
	Extra     map[string]string // more parts by name: a header, comments
	Stored    bool              // entries stored rather than deflated (faster to build)
}

const wordNS = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" ` +
	`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships" ` +
	`xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006" ` +
	`xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape" ` +
	`xmlns:v="urn:schemas-microsoft-com:vml"`

const relNS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"

// Bytes zips the parts.
func (f WordFile) Bytes() ([]byte, error) {
	parts := map[string]string{
		"[Content_Types].xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
			`<Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
			`</Types>`,
		"_rels/.rels": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="` + relNS + `/officeDocument" Target="word/document.xml"/>` +
			`</Relationships>`,
		"word/document.xml": `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<w:document ` + wordNS + `><w:body>` + f.Body + `<w:sectPr/></w:body></w:document>`,
	}
	rels := `<Relationship Id="rId9" Type="` + relNS + `/header" Target="header1.xml"/>`
	if f.Numbering != "" {
		parts["word/numbering.xml"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<w:numbering ` + wordNS + `>` + f.Numbering + `</w:numbering>`
		rels += `<Relationship Id="rId2" Type="` + relNS + `/numbering" Target="numbering.xml"/>`
	}
	if f.Styles != "" {
		parts["word/styles.xml"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<w:styles ` + wordNS + `>` + f.Styles + `</w:styles>`
		rels += `<Relationship Id="rId3" Type="` + relNS + `/styles" Target="styles.xml"/>`
	}
	parts["word/_rels/document.xml.rels"] = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
		`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + rels + `</Relationships>`
	for name, body := range f.Extra {
		parts[name] = body
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	// [Content_Types].xml first, as Word writes it; the rest in a fixed order.
	names := []string{"[Content_Types].xml", "_rels/.rels", "word/document.xml", "word/_rels/document.xml.rels",
		"word/numbering.xml", "word/styles.xml"}
	for name := range f.Extra {
		names = append(names, name)
	}
	for _, name := range names {
		body, ok := parts[name]
		if !ok {
			continue
		}
		delete(parts, name)
		method := zip.Deflate
		if f.Stored {
			method = zip.Store
		}
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: method})
		if err != nil {
			return nil, err
		}
		if _, err := w.Write([]byte(body)); err != nil {
			return nil, err
		}
	}
	if err := zw.Close(); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// Para is a w:p with the given paragraph properties (the children of
// w:pPr, or "") and one run of text; tabs in the text become w:tab.
func Para(props, text string) string {
	var b strings.Builder
	b.WriteString("<w:p>")
	if props != "" {
		b.WriteString("<w:pPr>" + props + "</w:pPr>")
	}
	b.WriteString(Run(text))
	b.WriteString("</w:p>")
	return b.String()
}

// Run is a w:r holding text; tabs become w:tab.
func Run(text string) string {
	var b strings.Builder
	b.WriteString("<w:r>")
	for i, part := range strings.Split(text, "\t") {
		if i > 0 {
			b.WriteString("<w:tab/>")
		}
		if part == "" {
			continue
		}
		b.WriteString(`<w:t xml:space="preserve">`)
		_ = xml.EscapeText(&b, []byte(part)) // a strings.Builder does not fail
		b.WriteString("</w:t>")
	}
	b.WriteString("</w:r>")
	return b.String()
}

// NumPr is the paragraph property that numbers a paragraph with list numID
// at level ilvl.
func NumPr(numID, ilvl int) string {
	return `<w:numPr><w:ilvl w:val="` + strconv.Itoa(ilvl) + `"/><w:numId w:val="` + strconv.Itoa(numID) + `"/></w:numPr>`
}
