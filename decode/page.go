package decode

import (
	"bytes"
	"strings"

	"golang.org/x/text/encoding/htmlindex"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/htmltext"
)

// A saved web page is read in two steps: its bytes become UTF-8 in the
// page's charset, then its markup becomes the text a browser shows (package
// htmltext), with the site's chrome marked as regions of navigation. The
// charset is the one the page declares — after a byte order mark, which
// overrides any declaration, as in a browser — unless the declaration is
// plainly wrong: a page saved again as UTF-8 often keeps its old
// <meta charset=gb2312>, and is then valid UTF-8, which no GB2312 text of
// any length is by accident; and a declaration that leaves many bytes
// undecodable is ignored for detection.

// pageText reads raw, a saved page, as the text a browser shows. forced
// names the encoding to read its bytes in, overriding its declaration, or
// is "".
func pageText(raw []byte, forcedEncoding string) (Text, error) {
	var t Text
	var err error
	switch {
	case forcedEncoding != "":
		t, err = forced(raw, forcedEncoding)
	default:
		t, err = pageBytes(raw)
	}
	if err != nil {
		return Text{}, err
	}
	return readPage(t, len(raw)), nil
}

// readPage reads t, a page's text in UTF-8, as the text a browser shows.
func readPage(t Text, size int) Text {
	page := htmltext.Read(t.Text)
	regions := make([]ast.Region, len(page.Chrome))
	for i, r := range page.Chrome {
		regions[i] = ast.Region{Start: r.Start, End: r.End, Kind: ast.NoiseNavigation}
	}
	return Text{Text: page.Text, Encoding: HTML, Charset: t.Encoding, Bytes: size,
		Replaced: t.Replaced, BOM: t.BOM, Regions: regions, Doubt: t.Doubt}
}

// pageBytes decodes a page's bytes in the charset it declares, or the one
// detection finds.
func pageBytes(raw []byte) (Text, error) {
	if hasBOM(raw) {
		return detect(raw, false)
	}
	label := htmltext.DeclaredCharset(raw)
	if label == "" {
		return detect(raw, false)
	}
	name, ok := EncodingName(label)
	if !ok {
		// A charset outside the ones speeches come in (windows-1252,
		// Shift_JIS …): the browser's own decoder for it.
		if t, ok := otherCharset(raw, label); ok {
			return t, nil
		}
		return detect(raw, false)
	}
	if name != UTF8 {
		if name == UTF16LE || name == UTF16BE || name == "utf-16" {
			// A declaration read as ASCII cannot be true of UTF-16: a
			// browser takes it for UTF-8.
			name = UTF8
		} else if validText(raw) && !ascii(raw) {
			return detect(raw, false) // saved again as UTF-8
		}
	}
	t, err := forced(raw, name)
	if err != nil {
		return detect(raw, false)
	}
	return t, nil
}

// otherCharset decodes raw in a charset the HTML standard knows by label,
// other than the supported encodings; ok is false for an unknown label or
// a reading with too many replacements.
func otherCharset(raw []byte, label string) (Text, bool) {
	enc, err := htmlindex.Get(label)
	if err != nil {
		return Text{}, false
	}
	name, err := htmlindex.Name(enc)
	if err != nil {
		return Text{}, false
	}
	out, err := enc.NewDecoder().Bytes(raw)
	if err != nil {
		return Text{}, false
	}
	t := Text{Text: string(out), Encoding: strings.ToLower(name), Bytes: len(raw),
		Replaced: max(0, bytes.Count(out, []byte("\uFFFD"))-bytes.Count(raw, []byte("\uFFFD")))}
	return t, checkReplaced(t) == nil
}

func hasBOM(raw []byte) bool {
	return bytes.HasPrefix(raw, []byte{0xEF, 0xBB, 0xBF}) || bytes.HasPrefix(raw, []byte{0xFF, 0xFE}) ||
		bytes.HasPrefix(raw, []byte{0xFE, 0xFF})
}

// ascii reports whether raw is all ASCII.
func ascii(raw []byte) bool {
	for _, c := range raw {
		if c >= 0x80 {
			return false
		}
	}
	return true
}
