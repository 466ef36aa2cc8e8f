package decode

import (
	"errors"
	"fmt"
	"path/filepath"
	"strings"

	"github.com/dagang/dagang/docx"
	"github.com/dagang/dagang/htmltext"
)

// Options say how Input reads an input.
type Options struct {
	// Encoding names the input's text encoding (one of Names, or an alias
	// EncodingName knows), overriding detection — for a saved page,
	// overriding the charset it declares; "" detects it.
	Encoding string
	// Shared says raw is handed over for good: the text may share its
	// memory rather than copy it, and raw must never be modified after.
	Shared bool
	// HTML says the input is a saved web page (its name ends in .html or
	// .htm), even if it does not start like one.
	HTML bool
}

// Input turns the bytes of any input dagang reads into text: a Word
// document (.docx, recognised by its zip signature) gives the text Word
// displays, automatic numbering included; a saved web page (recognised by
// how it starts, see htmltext.Sniff, or by Options.HTML) the text a browser
// shows, its site chrome marked as regions of navigation; anything else is
// text in one of the supported encodings, detected (UTF-8, GB18030, Big5,
// UTF-16 with or without a byte order mark) or named by Options.Encoding.
func Input(raw []byte, opt Options) (Text, error) {
	if docx.IsZip(raw) {
		return docxText(raw)
	}
	if opt.HTML || htmltext.Sniff(raw) {
		return pageText(raw, opt.Encoding)
	}
	var t Text
	var err error
	if opt.Encoding != "" {
		t, err = forced(raw, opt.Encoding)
	} else {
		t, err = detect(raw, opt.Shared)
	}
	if err == nil && (t.Encoding == UTF16LE || t.Encoding == UTF16BE) && htmltext.Sniff([]byte(t.Text)) {
		return readPage(t, len(raw)), nil // a page saved as UTF-16
	}
	return t, err
}

// detect is Decode (or DecodeShared), with what it leaves to the caller:
// UTF-16 without a byte order mark, which it refuses for its NUL bytes,
// and the choice between GB18030 and Big5 for a text that is not UTF-8.
func detect(raw []byte, shared bool) (Text, error) {
	t, err := decode(raw, shared)
	switch {
	case errors.Is(err, ErrBinary) && !hasBOM(raw) && signatureKind(raw) == "":
		if u, ok := utf16WithoutBOM(raw); ok {
			return u, checkReplaced(u)
		}
	case t.BOM || t.Encoding == UTF16LE || t.Encoding == UTF16BE:
	case t.Encoding == GB18030 || t.Replaced > 0 && err != nil:
		return chineseDoubleByte(raw, t, err)
	}
	return t, err
}

func docxText(raw []byte) (Text, error) {
	d, err := docx.Extract(raw)
	if errors.Is(err, docx.ErrNotDocx) {
		return Text{}, fmt.Errorf("%w (%w)", ErrBinary, err)
	}
	if err != nil {
		return Text{}, err
	}
	return Text{Text: d.Text, Encoding: docx.Encoding, Bytes: len(raw)}, nil
}

// ErrUnknownEncoding: Options.Encoding names no encoding this package reads.
var ErrUnknownEncoding = errors.New("unknown encoding")

// IsPageName reports whether a file name is a saved web page's (.html,
// .htm, .xhtml): Options.HTML for an input known by its name.
func IsPageName(name string) bool {
	ext := strings.ToLower(filepath.Ext(name))
	return ext == ".html" || ext == ".htm" || ext == ".xhtml"
}
