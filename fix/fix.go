// Package fix corrects the numbering slips of a speech that have one right
// answer: it renumbers lists with gaps, duplicates or numbers out of order,
// and writes heading markers' punctuation and brackets as GB/T 15834-2011
// wants them. It edits heading markers only — never a title, a paragraph, a
// line end or a line that the outline keeps as text — and writes the result
// back in the input's own encoding, so that every byte outside the markers
// it corrects is kept.
//
// The edits are computed from the parsed outline: every heading knows its
// marker and its list, and the diagnostics of package parser say which lists
// are misnumbered. Before the edits are accepted the corrected text is parsed
// again; an edit that would change the shape of the outline (a renumbered
// list that would turn a line of text into a heading, say) is left out.
package fix

import (
	"bytes"
	"errors"
	"fmt"
	"sort"
	"unicode/utf8"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/decode"
	"github.com/dagang/dagang/docx"
)

// Edit replaces Text[Start:End] of the decoded text with New.
type Edit struct {
	Start, End int    // byte offsets into the decoded text
	New        string // the replacement
	Old        string // what it replaces
	Code       ast.Code
	Line       int // 1-based line of Start
	Column     int // 1-based column of Start, in characters
}

// String writes an edit as "line:column old→new code".
func (e Edit) String() string {
	return fmt.Sprintf("%d:%d %s→%s %s", e.Line, e.Column, e.Old, e.New, e.Code)
}

// Fixable reports whether fix corrects findings of code.
func Fixable(code ast.Code) bool {
	switch code {
	case ast.CodeNumberingGap, ast.CodeNumberingDuplicate, ast.CodeNumberingOrder,
		ast.CodeMarkerPunctuation, ast.CodeBracketMismatch:
		return true
	}
	return false
}

// Result is a corrected input.
type Result struct {
	Before, After string // the decoded text, before and after the edits
	Fixed         []byte // After in the input's encoding (the input itself when nothing changed)
	Edits         []Edit // in text order
	Encoding      string // source.encoding of the input
}

// ErrNotRoundTrip is returned when the input's bytes cannot be written back
// unchanged from its decoded text (it held bytes that had to be replaced
// with U+FFFD): rewriting it would change more than the markers.
var ErrNotRoundTrip = errors.New("the input does not survive decoding and encoding unchanged")

// ErrDocx is returned for a Word document: its markers are often Word's
// automatic numbering, which is not text that could be edited.
var ErrDocx = errors.New("a .docx document cannot be rewritten; check it with dagang check, fix a text copy")

// ErrPage is returned for a saved web page: its text is what a browser
// shows, not the bytes of the page, which hold markup between the
// characters.
var ErrPage = errors.New("a saved web page cannot be rewritten; check it with dagang check, fix a text copy")

// Bytes decodes raw as opt says (decode.Input), finds the slips that have
// one right answer and returns the corrected input in raw's encoding. name
// is used in errors.
func Bytes(raw []byte, name string, opt decode.Options) (*Result, error) {
	if docx.IsZip(raw) {
		return nil, fmt.Errorf("%s: %w", name, ErrDocx)
	}
	opt.Shared = false // raw is written back, and may be the caller's
	t, err := decode.Input(raw, opt)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if t.Encoding == decode.HTML {
		return nil, fmt.Errorf("%s: %w", name, ErrPage)
	}
	doc, err := dagang.Parse(name, t, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	edits := Safe(doc)
	res := &Result{Before: t.Text, After: t.Text, Fixed: raw, Edits: edits, Encoding: t.Encoding}
	if len(edits) == 0 {
		return res, nil
	}
	if t.Replaced > 0 {
		return nil, fmt.Errorf("%s: %w (%d characters undecodable as %s)", name, ErrNotRoundTrip, t.Replaced, t.Encoding)
	}
	if res.After, err = Apply(t.Text, edits); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if err := roundTrips(t, raw); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	if res.Fixed, err = Encode(res.After, t.Encoding, t.BOM); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	return res, nil
}

// Encode writes text in the named encoding (a source.encoding), with a
// byte order mark first when bom is set.
func Encode(text, encoding string, bom bool) ([]byte, error) {
	enc, ok := decode.Encodings(encoding)
	if !ok {
		return nil, fmt.Errorf("no encoder for %q", encoding)
	}
	if bom {
		text = "\uFEFF" + text
	}
	out, err := enc.NewEncoder().Bytes([]byte(text))
	if err != nil {
		return nil, fmt.Errorf("encode as %s: %w", encoding, err)
	}
	return out, nil
}

// roundTrips checks that encoding the decoded text gives back the input:
// then the encoded corrected text differs from the input only where the
// edits are, since every supported encoding writes each character on its
// own.
func roundTrips(t decode.Text, raw []byte) error {
	again, err := Encode(t.Text, t.Encoding, t.BOM)
	if err != nil {
		return err
	}
	if !bytes.Equal(again, raw) {
		return fmt.Errorf("%w as %s", ErrNotRoundTrip, t.Encoding)
	}
	return nil
}

// Apply applies edits, which must be in text order and must not overlap,
// to text.
func Apply(text string, edits []Edit) (string, error) {
	var b bytes.Buffer
	b.Grow(len(text) + 16*len(edits))
	pos := 0
	for _, e := range edits {
		if e.Start < pos || e.End < e.Start || e.End > len(text) {
			return "", fmt.Errorf("edit [%d,%d) out of order or out of range", e.Start, e.End)
		}
		if !utf8.RuneStart(byteAt(text, e.Start)) || !utf8.RuneStart(byteAt(text, e.End)) {
			return "", fmt.Errorf("edit [%d,%d) splits a character", e.Start, e.End)
		}
		b.WriteString(text[pos:e.Start])
		b.WriteString(e.New)
		pos = e.End
	}
	b.WriteString(text[pos:])
	return b.String(), nil
}

// byteAt is text[i], or a rune start at the very end of text.
func byteAt(text string, i int) byte {
	if i >= len(text) {
		return 0
	}
	return text[i]
}

// sortEdits puts edits in text order.
func sortEdits(es []Edit) {
	sort.SliceStable(es, func(i, j int) bool { return es[i].Start < es[j].Start })
}
