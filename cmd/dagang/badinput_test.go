package main

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
)

// zipFile zips name/content pairs.
func zipFile(t *testing.T, files ...string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for i := 0; i+1 < len(files); i += 2 {
		w, err := zw.Create(files[i])
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

const wordDocument = `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>` +
	`<w:p><w:r><w:t>在全县工作会议上的讲话</w:t></w:r></w:p><w:p><w:r><w:t>同志们：</w:t></w:r></w:p>` +
	`<w:p><w:r><w:t>一、提高站位</w:t></w:r></w:p><w:p><w:r><w:t>二、压实责任</w:t></w:r></w:p></w:body></w:document>`

func gb18030(t *testing.T, s string) []byte {
	t.Helper()
	b, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// TestBadInput runs every kind of input users have been seen to feed a
// tool like this through parse and outline: a failure is exit 1, one line
// on stderr that says what is wrong, and nothing on stdout (never half a
// document); text that is only a little damaged, and empty or blank text,
// give a document.
func TestBadInput(t *testing.T) {
	dir := t.TempDir()
	docx := zipFile(t, "[Content_Types].xml", "<Types/>", "word/document.xml", wordDocument)
	speech := strings.Repeat("同志们，我们要提高站位，压实责任，推动工作落实。", 10)
	tests := []struct {
		name    string
		file    string // written under dir unless content is nil
		content []byte
		code    int
		stderr  string // what the message says after the input's name; "" on success
		json    func(t *testing.T, doc map[string]any)
	}{
		{name: "missing file", file: "missing.txt", code: 1, stderr: "no such file or directory"},
		{name: "PNG named .txt", file: "png.txt", content: []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"), code: 1, stderr: "binary data, not text (PNG image)"},
		{name: "JPEG named .txt", file: "jpeg.txt", content: []byte{0xFF, 0xD8, 0xFF, 0xE0, 0x00, 0x10, 'J', 'F', 'I', 'F'}, code: 1, stderr: "binary data, not text (JPEG image)"},
		{name: "PDF named .txt", file: "pdf.txt", content: []byte("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj"), code: 1, stderr: "binary data, not text (PDF document)"},
		{name: "legacy Word document", file: "old.doc", content: []byte{0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0}, code: 1, stderr: "binary data, not text (legacy Office document (.doc) or password-protected .docx)"},
		{name: "NUL bytes", file: "nul.txt", content: []byte("一、提高站位\x00\x00\x01"), code: 1, stderr: "binary data, not text (NUL bytes)"},
		{name: "zip that is not docx", file: "notes.txt", content: zipFile(t, "notes.txt", "一、提高站位"), code: 1,
			stderr: "binary data, not text (zip archive that is not a .docx document: no word/document.xml)"},
		{name: "truncated docx", file: "cut.docx", content: docx[:len(docx)*2/3], code: 1, stderr: "corrupt .docx document: zip: not a valid zip file"},
		{name: "docx whose document.xml is not XML", file: "notxml.docx", content: zipFile(t, "[Content_Types].xml", "<Types/>", "word/document.xml", "一、提高站位 <<"),
			code: 1, stderr: "corrupt .docx document: word/document.xml: XML syntax error on line 1: expected element name after <"},
		{name: "undecodable bytes above 1%", file: "latin1.txt", content: []byte("Discours pr\xe9sident: \xe0 la fa\xe7on d'un r\xe9sum\xe9"), code: 1,
			stderr: "not text in a supported encoding (UTF-8, GB18030, UTF-16 with BOM): 2 of 39 characters undecodable as gb18030"},
		{name: "undecodable bytes below 1%", file: "stray.txt", content: append(gb18030(t, speech), 0xFF), code: 0,
			json: func(t *testing.T, doc map[string]any) {
				diags, _ := doc["diagnostics"].([]any)
				if len(diags) == 0 || diags[0].(map[string]any)["code"] != "encoding" {
					t.Errorf("no encoding diagnostic first: %v", diags)
				}
				if enc := doc["source"].(map[string]any)["encoding"]; enc != "gb18030" {
					t.Errorf("encoding %v", enc)
				}
			}},
		{name: "empty", file: "empty.txt", content: []byte{}, code: 0, json: noSpeeches},
		{name: "blank", file: "blank.txt", content: []byte(" \r\n\t\n\u3000\u3000\n\n"), code: 0, json: noSpeeches},
		{name: "a byte order mark alone", file: "bom.txt", content: []byte{0xEF, 0xBB, 0xBF}, code: 0, json: noSpeeches},
		{name: "docx", file: "speech.docx", content: docx, code: 0,
			json: func(t *testing.T, doc map[string]any) {
				if enc := doc["source"].(map[string]any)["encoding"]; enc != "docx" {
					t.Errorf("encoding %v", enc)
				}
				sp := doc["speeches"].([]any)
				if len(sp) != 1 || len(sp[0].(map[string]any)["sections"].([]any)) != 2 {
					t.Errorf("speeches %v", sp)
				}
			}},
	}
	for _, tt := range tests {
		path := filepath.Join(dir, tt.file)
		if tt.content != nil {
			if err := os.WriteFile(path, tt.content, 0o644); err != nil {
				t.Fatal(err)
			}
		}
		for _, command := range []string{"parse", "outline"} {
			t.Run(command+"/"+tt.name, func(t *testing.T) {
				for _, from := range []string{"file", "stdin"} {
					args, stdin := []string{command, path}, ""
					if from == "stdin" {
						if tt.content == nil {
							continue // nothing to pipe in
						}
						args, stdin = []string{command, "-"}, string(tt.content)
					}
					code, out, errOut := runCLI(t, stdin, args...)
					if code != tt.code {
						t.Fatalf("from %s: exit %d, want %d (stderr %q)", from, code, tt.code, errOut)
					}
					if tt.code != 0 {
						name := path
						if from == "stdin" {
							name = "standard input"
						}
						checkFailure(t, from, out, errOut, name+": "+tt.stderr)
						continue
					}
					if errOut != "" {
						t.Errorf("from %s: stderr %q", from, errOut)
					}
					if command == "parse" && tt.json != nil {
						var doc map[string]any
						if err := json.Unmarshal([]byte(out), &doc); err != nil {
							t.Fatalf("from %s: stdout is not JSON: %v", from, err)
						}
						tt.json(t, doc)
					}
				}
			})
		}
	}
}

// checkFailure: nothing on stdout, and one line on stderr naming the input
// and saying what is wrong with it.
func checkFailure(t *testing.T, from, out, errOut, want string) {
	t.Helper()
	if out != "" {
		t.Errorf("from %s: %d bytes on stdout after a failure", from, len(out))
	}
	if !strings.HasPrefix(errOut, "dagang: ") || !strings.HasSuffix(errOut, "\n") || strings.Count(errOut, "\n") != 1 {
		t.Errorf("from %s: stderr is not one line: %q", from, errOut)
	}
	if errOut != "dagang: "+want+"\n" {
		t.Errorf("from %s: stderr %q, want %q", from, errOut, "dagang: "+want)
	}
}

func noSpeeches(t *testing.T, doc map[string]any) {
	t.Helper()
	if sp, ok := doc["speeches"].([]any); !ok || len(sp) != 0 {
		t.Errorf("speeches %v, want none", doc["speeches"])
	}
	if doc["version"] != float64(1) {
		t.Errorf("version %v", doc["version"])
	}
}
