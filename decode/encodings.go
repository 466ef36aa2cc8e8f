package decode

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

// More source.encoding names: Big5, the encoding of Hong Kong and Taiwan
// texts, and html, the text a browser shows of a saved page (whose own
// charset is Text.Charset).
const (
	Big5 = "big5"
	HTML = "html"
)

// Names lists the encodings Options.Encoding may name (besides the
// aliases EncodingName knows).
func Names() []string { return []string{UTF8, GB18030, Big5, UTF16LE, UTF16BE} }

// encodingAliases are the other names people give the supported
// encodings: GBK and GB2312 are subsets of GB18030, and are read as it.
var encodingAliases = map[string]string{
	"utf8": UTF8, "utf-8": UTF8,
	"gb18030": GB18030, "gbk": GB18030, "gb2312": GB18030, "cp936": GB18030, "x-gbk": GB18030,
	"big5": Big5, "big-5": Big5, "cp950": Big5, "big5-hkscs": Big5, "x-x-big5": Big5, "cn-big5": Big5,
	"utf-16le": UTF16LE, "utf16le": UTF16LE, "utf-16be": UTF16BE, "utf16be": UTF16BE,
	"utf-16": "utf-16", "utf16": "utf-16",
}

// EncodingName is the encoding a user's name for one stands for ("GBK" is
// gb18030, "UTF8" utf-8), and false for a name of no supported encoding.
// "utf-16" stands for UTF-16 in the byte order of the input's byte order
// mark, or of its NUL bytes.
func EncodingName(name string) (string, bool) {
	e, ok := encodingAliases[strings.ToLower(strings.TrimSpace(name))]
	return e, ok
}

// forced decodes raw in the named encoding, undecodable bytes replaced and
// counted as detection would.
func forced(raw []byte, name string) (Text, error) {
	enc, ok := EncodingName(name)
	if !ok {
		return Text{}, fmt.Errorf("%w %q (known: %s; gbk and gb2312 read as gb18030)",
			ErrUnknownEncoding, name, strings.Join(Names(), ", "))
	}
	switch enc {
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
	case Big5:
		t := big5Text(raw)
		return t, checkReplaced(t)
	case "utf-16":
		switch {
		case bytes.HasPrefix(raw, []byte{0xFF, 0xFE}):
			enc = UTF16LE
		case bytes.HasPrefix(raw, []byte{0xFE, 0xFF}):
			enc = UTF16BE
		default:
			enc = utf16Order(raw)
		}
	}
	t := utf16Bytes(raw, enc)
	return t, checkReplaced(t)
}

// utf16Bytes decodes raw as UTF-16 in the byte order enc names, with or
// without a byte order mark.
func utf16Bytes(raw []byte, enc string) Text {
	order, bom := unicode.LittleEndian, []byte{0xFF, 0xFE}
	if enc == UTF16BE {
		order, bom = unicode.BigEndian, []byte{0xFE, 0xFF}
	}
	t := Text{Bytes: len(raw), Encoding: enc}
	body := raw
	if bytes.HasPrefix(raw, bom) {
		t.BOM, body = true, raw[2:]
	}
	out, _ := unicode.UTF16(order, unicode.IgnoreBOM).NewDecoder().Bytes(body)
	// The decoder never fails: it replaces every unpaired surrogate and an
	// odd last byte with U+FFFD. The U+FFFD characters the input itself
	// holds are not replacements.
	t.Text = string(out)
	t.Replaced = max(0, bytes.Count(out, []byte("\uFFFD"))-utf16WrittenFFFD(body, order))
	return t
}

// big5Text decodes raw as Big5 (with the Hong Kong extensions a browser
// reads).
func big5Text(raw []byte) Text {
	out, _ := traditionalchinese.Big5.NewDecoder().Bytes(raw)
	// Big5 has no code for U+FFFD: every one in the output is a
	// replacement.
	return Text{Bytes: len(raw), Encoding: Big5, Text: string(out), Replaced: bytes.Count(out, []byte("\uFFFD"))}
}
