package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/unicode"
)

// TestTextCommand: dagang text prints the decoded text every span of the
// document points into: a .docx's text, a GB18030 file's in UTF-8.
func TestTextCommand(t *testing.T) {
	dir := t.TempDir()
	docx := filepath.Join(dir, "讲话.docx")
	os.WriteFile(docx, zipFile(t, "word/document.xml", wordDocument), 0o644)
	code, text, errOut := runCLI(t, "", "text", docx)
	if code != 0 || errOut != "" || !strings.HasPrefix(text, "在全县工作会议上的讲话\n同志们：\n一、提高站位\n") {
		t.Fatalf("exit %d, stderr %q, text %q", code, errOut, text)
	}
	_, js, _ := runCLI(t, "", "parse", docx)
	var doc struct {
		Speeches []struct {
			Sections []struct {
				Span struct{ Start, End int } `json:"span"`
			} `json:"sections"`
		} `json:"speeches"`
	}
	if err := json.Unmarshal([]byte(js), &doc); err != nil || len(doc.Speeches) == 0 {
		t.Fatal(err)
	}
	sec := doc.Speeches[0].Sections[0].Span
	if got := text[sec.Start:sec.End]; !strings.HasPrefix(got, "一、提高站位") {
		t.Errorf("a section's span in the text is %q", got)
	}
	// The text of a .docx goes to fix as a text copy would.
	code, fixed, errOut := runCLI(t, text, "fix")
	if code != 0 || errOut != "" || fixed != text {
		t.Errorf("dagang text | dagang fix: exit %d, stderr %q", code, errOut)
	}
	gb := filepath.Join(dir, "gb.txt")
	os.WriteFile(gb, gb18030(t, "一、提高站位\n二、压实责任\n"), 0o644)
	if _, out, _ := runCLI(t, "", "text", gb); out != "一、提高站位\n二、压实责任\n" {
		t.Errorf("GB18030 text: %q", out)
	}
}

// TestEncodingFlag: --encoding reads an input in the named encoding
// rather than the one detection would pick; a name no decoder knows is a
// usage error.
func TestEncodingFlag(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "a.txt")
	// Bytes that are valid UTF-8 and valid GB18030: detection takes
	// UTF-8, --encoding gb18030 reads them as GB18030.
	raw := []byte("\xc3\xa9\xc3\xa9\n") // éé in UTF-8, two Han characters in GB18030
	os.WriteFile(path, raw, 0o644)
	_, detected, _ := runCLI(t, "", "text", path)
	_, forced, errOut := runCLI(t, "", "text", "--encoding", "gb18030", path)
	if detected != "éé\n" || forced == detected || errOut != "" || len([]rune(forced)) != 3 {
		t.Errorf("detected %q, forced %q (%s)", detected, forced, errOut)
	}
	_, js, _ := runCLI(t, "", "parse", "--encoding", "gb18030", path)
	if !strings.Contains(js, `"encoding":"gb18030"`) {
		t.Errorf("parse --encoding gb18030: %s", js)
	}
	for _, command := range []string{"parse", "outline", "check", "text"} {
		code, _, errOut := runCLI(t, "", command, "--encoding", "ebcdic", path)
		if code != 2 || !strings.Contains(errOut, "unknown encoding “ebcdic”") {
			t.Errorf("%s --encoding ebcdic: exit %d, %q", command, code, errOut)
		}
	}
	_ = unicode.UTF8
}

// wordLock is the owner file Word writes beside a document it opens:
// the user's name after its length, NUL padding to 54 bytes, the name
// again in UTF-16, padding to 162.
func wordLock(user string) []byte {
	b := make([]byte, 162)
	b[0] = byte(len(user))
	copy(b[1:], user)
	u16, _ := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder().Bytes([]byte(user))
	copy(b[54:], u16)
	return b
}

// TestWordLockFile: the lock file of an open document gets its own
// message, in either language, found by name or by content.
func TestWordLockFile(t *testing.T) {
	dir := t.TempDir()
	lock := filepath.Join(dir, "~$讲话.docx")
	os.WriteFile(lock, wordLock("zhangsan"), 0o644)
	code, out, errOut := runCLI(t, "", "parse", lock)
	if code != 1 || out != "" || !strings.Contains(errOut, "a Word lock file, not the document") {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
	code, _, errOut = runCLI(t, "", "parse", "--lang", "zh", lock)
	if code != 1 || !strings.Contains(errOut, "Word 的锁定文件") {
		t.Errorf("in Chinese: exit %d, stderr %q", code, errOut)
	}
	code, _, errOut = runCLI(t, string(wordLock("李四")), "check")
	if code != 1 || !strings.Contains(errOut, "a Word lock file") {
		t.Errorf("from standard input: exit %d, stderr %q", code, errOut)
	}
	// A file of NUL bytes named like no lock file stays binary data.
	other := filepath.Join(dir, "zeros.txt")
	os.WriteFile(other, bytes.Repeat([]byte{0}, 162), 0o644)
	if _, _, errOut := runCLI(t, "", "parse", other); strings.Contains(errOut, "lock") {
		t.Errorf("zeros: %q", errOut)
	}
}

// TestDirectoryWalkTakesPages: .html and .htm are in the default walk.
func TestDirectoryWalkTakesPages(t *testing.T) {
	root := writeTree(t, "a.txt", "b.html", "c.HTM", "d.pdf")
	got, _ := listed(t, root, []string{root}, defaultIncludes())
	if strings.Join(got, " ") != "a.txt b.html c.HTM" {
		t.Errorf("walked %q", got)
	}
}
