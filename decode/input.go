package decode

import (
	"errors"
	"fmt"

	"github.com/dagang/dagang/docx"
)

// Options say how Input reads an input.
type Options struct {
	// Encoding names the input's text encoding (one of the names above),
	// overriding detection; "" detects it.
	Encoding string
	// Shared says raw is handed over for good: the text may share its
	// memory rather than copy it, and raw must never be modified after.
	Shared bool
}

// Input turns the bytes of any input dagang reads into text: a Word
// document (.docx, recognised by its zip signature) gives the text Word
// displays, automatic numbering included; anything else is text in one of
// the supported encodings.
func Input(raw []byte, opt Options) (Text, error) {
	if docx.IsZip(raw) {
		return docxText(raw)
	}
	if opt.Encoding != "" {
		return forced(raw, opt.Encoding)
	}
	if opt.Shared {
		return DecodeShared(raw)
	}
	return Decode(raw)
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

// forced decodes raw in the named encoding, undecodable bytes replaced and
// counted as detection would.
func forced(raw []byte, name string) (Text, error) {
	switch name {
	case UTF8:
		t := Text{Bytes: len(raw), Encoding: UTF8}
		body := raw
		if len(raw) >= 3 && raw[0] == 0xEF && raw[1] == 0xBB && raw[2] == 0xBF {
			t.BOM, body = true, raw[3:]
		}
		t.Text, t.Replaced = utf8Replacing(body)
		return t, checkReplaced(t)
	case GB18030:
		g, bad, err := gb18030(raw)
		if err != nil {
			return Text{}, fmt.Errorf("%w: %v", ErrEncoding, err)
		}
		t := Text{Bytes: len(raw), Encoding: GB18030, Text: g, Replaced: bad}
		return t, checkReplaced(t)
	}
	return Text{}, fmt.Errorf("%w %q (known: %s, %s)", ErrUnknownEncoding, name, UTF8, GB18030)
}
