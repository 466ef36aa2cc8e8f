package dagang_test

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/decode"
	"github.com/dagang/dagang/docjson"
	"github.com/dagang/dagang/docx"
	"github.com/dagang/dagang/testkit/alloc"
	"github.com/dagang/dagang/testkit/invariant"
)

// FuzzParse feeds Parse arbitrary bytes and checks what docs/json.md
// promises for every input: no panic; an error only for input that is not
// text (binary, undecodable, a zip that is not a usable .docx); and for
// every document the invariants (spans inside the text and on character
// boundaries, nothing lost, nothing invented, levels equal to depth) and
// JSON that is valid and valid against ast.Schema(). The seed corpus is in
// testdata/fuzz/FuzzParse (the fixtures and short hostile inputs). One
// Parser also reads every input in turn and must give the document a fresh
// one gives: what it keeps from one document to the next (the grammar's
// answers, its working tables) never shows in another. Run it
// with
//
//	go test -run '^$' -fuzz '^FuzzParse$' -fuzztime 30s .
//
// It also bounds what a parse allocates: maxParseAllocPerByte bytes per
// byte of the input and of its text (a .docx's text may be larger than
// the archive), plus alloc.Slack.
func FuzzParse(f *testing.F) {
	for _, s := range []string{
		"", "\n", "同志们：\n一、提高站位\n（一）加强学习。\n谢谢大家！\n",
		"\xef\xbb\xbf一、\r\n（一）\r\n", "\xff\xfe\x00N\x01N", "一、\xff\n二、\n",
		"<html><body><nav><a>首页</a></nav><h1>讲话</h1><p>同志们：</p><p>一、统一思想。</p></body></html>",
		"---\ntitle: 站点->讲话 | x.cn\n---\n一、统一\n<!--more-->\n思想\n![图](a.jpg)\n",
		"N\x00\x01N:\x00", // UTF-16 without a byte order mark
	} {
		f.Add([]byte(s))
	}
	for _, d := range seedDocxFiles(f) {
		f.Add(d)
	}
	schema := compileSchema(f)
	reused := dagang.NewParser(nil)
	// recycling builds each document in the memory of the one before.
	recycling := dagang.NewParser(nil)
	var last *ast.Document
	f.Fuzz(func(t *testing.T, raw []byte) {
		var doc *ast.Document
		var err error
		allocated := alloc.Bytes(func() { doc, err = dagang.Parse("fuzz", raw, nil) })
		textLen := 0
		if doc != nil {
			textLen = len(doc.Text)
		}
		if limit := maxParseAllocPerByte*uint64(len(raw)+textLen) + alloc.Slack; allocated > limit {
			t.Fatalf("Parse allocated %d bytes for %d bytes of input, %d of text", allocated, len(raw), textLen)
		}
		if err != nil {
			if !errors.Is(err, decode.ErrBinary) && !errors.Is(err, decode.ErrEncoding) && !errors.Is(err, docx.ErrCorrupt) {
				t.Fatalf("Parse: an error of no known kind: %v", err)
			}
			return
		}
		for _, e := range invariant.Check(doc, 5) {
			t.Error(e)
		}
		var out bytes.Buffer
		if err := docjson.Write(&out, doc, docjson.Options{}); err != nil {
			t.Fatalf("docjson.Write: %v", err)
		}
		if !json.Valid(out.Bytes()) {
			t.Fatalf("docjson.Write wrote invalid JSON: %.200q", out.Bytes())
		}
		again, err := reused.Parse("fuzz", raw)
		if err != nil {
			t.Fatalf("a Parser that read other inputs before fails where a fresh one does not: %v", err)
		}
		var outAgain bytes.Buffer
		if err := docjson.Write(&outAgain, again, docjson.Options{}); err != nil {
			t.Fatalf("docjson.Write: %v", err)
		}
		if !bytes.Equal(outAgain.Bytes(), out.Bytes()) {
			t.Fatalf("a Parser that read other inputs before gives another document:\n%.300s\n%.300s", outAgain.Bytes(), out.Bytes())
		}
		recycling.Recycle(last)
		recycled, err := recycling.Parse("fuzz", raw)
		last = recycled
		if err != nil {
			t.Fatalf("a Parser that reuses its documents' memory fails where a fresh one does not: %v", err)
		}
		if got := docjson.Append(nil, recycled, docjson.Options{}); !bytes.Equal(bytes.TrimSuffix(out.Bytes(), []byte("\n")), bytes.TrimSuffix(got, []byte("\n"))) {
			t.Fatalf("a Parser that reuses its documents' memory gives another document:\n%.300s\n%.300s", got, out.Bytes())
		}
		inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(out.Bytes()))
		if err != nil {
			t.Fatalf("JSON does not unmarshal: %v", err)
		}
		if err := schema.Validate(inst); err != nil {
			t.Fatalf("JSON is not valid against the schema: %v", err)
		}
	})
}

// compileSchema compiles ast.Schema() with a JSON Schema 2020-12 validator.
func compileSchema(tb testing.TB) *jsonschema.Schema {
	tb.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(ast.Schema()))
	if err != nil {
		tb.Fatalf("schema is not JSON: %v", err)
	}
	id, _ := doc.(map[string]any)["$id"].(string)
	c := jsonschema.NewCompiler()
	if err := c.AddResource(id, doc); err != nil {
		tb.Fatal(err)
	}
	sch, err := c.Compile(id)
	if err != nil {
		tb.Fatalf("schema does not compile: %v", err)
	}
	return sch
}

// seedDocxFiles are two small .docx files, one with typed markers and one
// with Word numbering, stored rather than deflated so that the fuzzer's
// changes reach the XML.
func seedDocxFiles(tb testing.TB) [][]byte {
	const w = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	typed := `<w:document ` + w + `><w:body><w:p><w:r><w:t>在会议上的讲话</w:t></w:r></w:p>` +
		`<w:p><w:r><w:t>一、加强学习</w:t><w:tab/><w:t>正文。</w:t></w:r></w:p></w:body></w:document>`
	numbered := `<w:document ` + w + `><w:body><w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr>` +
		`<w:r><w:t>加强学习</w:t></w:r></w:p><w:p><w:pPr><w:numPr><w:ilvl w:val="1"/><w:numId w:val="1"/></w:numPr></w:pPr>` +
		`<w:r><w:t>深入学习</w:t></w:r></w:p></w:body></w:document>`
	numbering := `<w:numbering ` + w + `><w:abstractNum w:abstractNumId="0">` +
		`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl>` +
		`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="（%2）"/></w:lvl>` +
		`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
	return [][]byte{
		storedZip(tb, "word/document.xml", typed),
		storedZip(tb, "word/document.xml", numbered, "word/numbering.xml", numbering),
	}
}

func storedZip(tb testing.TB, files ...string) []byte {
	tb.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(files); i += 2 {
		fw, err := zw.CreateHeader(&zip.FileHeader{Name: files[i], Method: zip.Store})
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := fw.Write([]byte(files[i+1])); err != nil {
			tb.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		tb.Fatal(err)
	}
	return buf.Bytes()
}

// maxParseAllocPerByte bounds the bytes a parse allocates per byte of input
// and of text: TestLinearAllocation holds the worst shapes of text to 512
// with the JSON written, and a .docx's reading takes at most 256 a byte of
// the archive (docx.FuzzExtract).
const maxParseAllocPerByte = 512
