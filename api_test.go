package dagang_test

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/decode"
	"github.com/dagang/dagang/docjson"
)

const apiSpeech = "在总结会上的讲话\n同志们：\n一、回顾过去\n要总结经验。\n二、展望未来\n要明确方向。\n谢谢大家！\n"

func jsonOf(t *testing.T, doc *ast.Document) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := docjson.Write(&b, doc, docjson.Options{}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// TestParseSources: every kind of src gives the same document.
func TestParseSources(t *testing.T) {
	path := filepath.Join(t.TempDir(), "speech.txt")
	if err := os.WriteFile(path, []byte(apiSpeech), 0o644); err != nil {
		t.Fatal(err)
	}
	want, err := dagang.Parse(path, []byte(apiSpeech), nil)
	if err != nil {
		t.Fatal(err)
	}
	text, err := decode.Input([]byte(apiSpeech), decode.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for name, src := range map[string]any{
		"nil (the file)": nil,
		"string":         apiSpeech,
		"io.Reader":      strings.NewReader(apiSpeech),
		"decode.Text":    text,
	} {
		got, err := dagang.Parse(path, src, nil)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if !bytes.Equal(jsonOf(t, got), jsonOf(t, want)) {
			t.Errorf("%s: another document than from []byte", name)
		}
	}
	if _, err := dagang.Parse("x", 42, nil); err == nil {
		t.Error("src of type int gave no error")
	}
	if _, err := dagang.Parse(filepath.Join(t.TempDir(), "missing.txt"), nil, nil); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("a missing file: %v, want os.ErrNotExist", err)
	}
}

// TestParseByteSliceNotKept: the document of a []byte does not change when
// the caller reuses the slice.
func TestParseByteSliceNotKept(t *testing.T) {
	raw := []byte(apiSpeech)
	doc, err := dagang.Parse("x", raw, nil)
	if err != nil {
		t.Fatal(err)
	}
	before := jsonOf(t, doc)
	for i := range raw {
		raw[i] = 'x'
	}
	if !bytes.Equal(jsonOf(t, doc), before) {
		t.Error("the document changed with the caller's slice")
	}
}

// TestMaxInput: an input over the limit is refused with ErrTooLarge from
// every kind of src; at the limit it is read.
func TestMaxInput(t *testing.T) {
	path := filepath.Join(t.TempDir(), "speech.txt")
	if err := os.WriteFile(path, []byte(apiSpeech), 0o644); err != nil {
		t.Fatal(err)
	}
	n := int64(len(apiSpeech))
	for name, src := range map[string]func() any{
		"file":      func() any { return nil },
		"[]byte":    func() any { return []byte(apiSpeech) },
		"io.Reader": func() any { return strings.NewReader(apiSpeech) },
	} {
		if _, err := dagang.Parse(path, src(), &dagang.Options{MaxInput: n - 1}); !errors.Is(err, dagang.ErrTooLarge) {
			t.Errorf("%s, one byte over: %v, want ErrTooLarge", name, err)
		}
		if _, err := dagang.Parse(path, src(), &dagang.Options{MaxInput: n}); err != nil {
			t.Errorf("%s, at the limit: %v", name, err)
		}
	}
}

// TestEncodingOption: a GB18030 text read as UTF-8 because the caller says
// so is refused as undecodable, and read right when named.
func TestEncodingOption(t *testing.T) {
	gb := []byte{0xCD, 0xAC, 0xD6, 0xBE, 0xC3, 0xC7, 0xA3, 0xBA} // 同志们：
	doc, err := dagang.Parse("x", gb, &dagang.Options{Encoding: decode.GB18030})
	if err != nil {
		t.Fatal(err)
	}
	if doc.Text != "同志们：" || doc.Source.Encoding != decode.GB18030 {
		t.Errorf("text %q as %s", doc.Text, doc.Source.Encoding)
	}
	if _, err := dagang.Parse("x", gb, &dagang.Options{Encoding: decode.UTF8}); !errors.Is(err, dagang.ErrEncoding) {
		t.Errorf("GB18030 bytes forced as UTF-8: %v, want ErrEncoding", err)
	}
	if _, err := dagang.Parse("x", gb, &dagang.Options{Encoding: "klingon"}); !errors.Is(err, decode.ErrUnknownEncoding) {
		t.Errorf("an unknown encoding: %v", err)
	}
}

// TestRecycle: only the Parser's last document is recycled; a document
// handed back is rebuilt in, and every other one is left alone.
func TestRecycle(t *testing.T) {
	p := dagang.NewParser(nil)
	first, _ := p.Parse("a", apiSpeech)
	firstJSON := jsonOf(t, first)
	second, _ := p.Parse("b", "一、学思想\n（一）原原本本学\n二、强党性\n")
	p.Recycle(first) // not the last: ignored
	third, _ := p.Parse("c", "一、提高站位\n二、压实责任\n谢谢大家！\n")
	if !bytes.Equal(jsonOf(t, first), firstJSON) {
		t.Fatal("a document that was not the Parser's last was written over")
	}
	_ = second
	p.Recycle(third)
	fourth, _ := p.Parse("d", apiSpeech)
	fresh, _ := dagang.Parse("d", apiSpeech, nil)
	if !bytes.Equal(jsonOf(t, fourth), jsonOf(t, fresh)) {
		t.Error("a document built in recycled memory differs from a fresh one")
	}
}
