// Package dagang recovers the outline of a Chinese speech (讲话稿, 发言稿,
// 交流发言, 研讨发言提纲, 党课讲稿) from its text as people have it: the title,
// salutation, preamble, numbered sections (一、 （一） 1. （1） ① 一是 第一，),
// closing remarks and closing formula, with the boilerplate of the web page
// it was copied from set aside.
//
// Parse is the whole pipeline: bytes → decode (UTF-8, GB18030, UTF-16, or
// the text of a .docx) → lines → the head grammar (package grammar) → the
// tree builder (package parser) → the tree (package ast), which encodes as
// the version-1 JSON document of spec/json.md.
package dagang

import (
	"errors"
	"fmt"
	"io"
	"runtime"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/decode"
	"github.com/dagang/dagang/docx"
	"github.com/dagang/dagang/parser"
)

// Parse reads a speech from r and builds its outline. name is recorded as
// source.name. The error is non-nil only when r cannot be read or its bytes
// are not text in a supported encoding; any text gives a document.
func Parse(r io.Reader, name string) (*ast.Document, error) {
	return withParser(func(p *Parser) (*ast.Document, error) { return p.Parse(r, name) })
}

// ParseBytes is Parse on bytes already read. A zip archive is read as a
// Word document (.docx): the outline is that of its text as Word displays
// it, automatic numbering included (package docx), and every span points
// into that text, which is the document's Text.
func ParseBytes(raw []byte, name string) (*ast.Document, error) {
	return withParser(func(p *Parser) (*ast.Document, error) { return p.ParseBytes(raw, name) })
}

// ParseBuffer is ParseBytes for a buffer the caller hands over for good:
// the document's Text may share raw's memory rather than copy it, which
// halves the memory a large input needs. raw must never be modified after
// the call.
func ParseBuffer(raw []byte, name string) (*ast.Document, error) {
	return withParser(func(p *Parser) (*ast.Document, error) { return p.ParseBuffer(raw, name) })
}

// ParseText builds the outline of text that is already decoded.
func ParseText(t decode.Text, name string) *ast.Document {
	doc, _ := withParser(func(p *Parser) (*ast.Document, error) { return p.ParseText(t, name), nil })
	return doc
}

// withParser calls parse with a Parser from the package's pool, set to
// parse a large document on as many goroutines as GOMAXPROCS allows now,
// as a new one would, and puts it back once parse has returned. A parse
// that panics never puts its Parser back, so a half-written one is never
// lent.
func withParser(parse func(*Parser) (*ast.Document, error)) (*ast.Document, error) {
	p := parsers.get()
	p.SetWorkers(runtime.GOMAXPROCS(0))
	doc, err := parse(p)
	parsers.put(p)
	return doc, err
}

// A Parser parses documents one after another and remembers, from one to
// the next, what the grammar read in them, and reuses the working tables of
// one parse in the next (see parser.Memo). A program that parses many
// speeches may keep one Parser per goroutine, or call the package's
// functions, which lend each call one from a pool. The outline of a
// document does not depend on what the Parser read before. A Parser is not
// safe for concurrent use.
type Parser struct {
	memo *parser.Memo
}

// NewParser returns a Parser that has read nothing yet. It parses a large
// document (a collection of speeches, a long report) on as many goroutines
// as GOMAXPROCS allows; see SetWorkers.
func NewParser() *Parser { return &Parser{memo: parser.NewMemo()} }

// SetWorkers sets how many goroutines the Parser parses one large document
// on; 1 (or less) keeps each parse on the calling goroutine, which suits a
// program that already parses several documents at once. Documents of a few
// hundred kilobytes or less are always parsed on the calling goroutine. The
// outline does not depend on it.
func (p *Parser) SetWorkers(n int) { p.memo.SetWorkers(n) }

// SetReuseDocument sets whether a parse may build its document in the
// memory of the Parser's last, as encoding/csv's ReuseRecord does for
// records: a program that is done with each document before it parses the
// next (it writes it out, as `dagang parse` over many files does) then
// allocates about a quarter of what a speech's parse otherwise allocates,
// and its documents' nodes stay in the processor's cache. A document
// parsed so is valid only until the Parser's next parse, which writes
// over its sections and paragraphs. Off by default.
func (p *Parser) SetReuseDocument(reuse bool) { p.memo.SetReuseDocument(reuse) }

// Parse is the package's Parse.
func (p *Parser) Parse(r io.Reader, name string) (*ast.Document, error) {
	raw, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read %s: %w", name, err)
	}
	return p.ParseBuffer(raw, name)
}

// ParseBytes is the package's ParseBytes.
func (p *Parser) ParseBytes(raw []byte, name string) (*ast.Document, error) {
	if docx.IsZip(raw) {
		return p.parseDocx(raw, name)
	}
	t, err := decode.Decode(raw)
	if err != nil {
		return nil, err
	}
	return p.ParseText(t, name), nil
}

// ParseBuffer is the package's ParseBuffer.
func (p *Parser) ParseBuffer(raw []byte, name string) (*ast.Document, error) {
	if docx.IsZip(raw) {
		return p.parseDocx(raw, name)
	}
	t, err := decode.DecodeShared(raw)
	if err != nil {
		return nil, err
	}
	return p.ParseText(t, name), nil
}

func (p *Parser) parseDocx(raw []byte, name string) (*ast.Document, error) {
	d, err := docx.Extract(raw)
	if errors.Is(err, docx.ErrNotDocx) {
		return nil, fmt.Errorf("%w (%w)", decode.ErrBinary, err)
	}
	if err != nil {
		return nil, err
	}
	return p.ParseText(decode.Text{Text: d.Text, Encoding: docx.Encoding, Bytes: len(raw)}, name), nil
}

// ParseText is the package's ParseText.
func (p *Parser) ParseText(t decode.Text, name string) *ast.Document {
	doc := p.memo.Parse(t.Text, ast.Source{Name: name, Encoding: t.Encoding, Bytes: t.Bytes})
	if t.Replaced > 0 {
		doc.Diagnostics = append([]ast.Diagnostic{{
			Severity: ast.CodeEncoding.DefaultSeverity(), Code: ast.CodeEncoding,
			Message: fmt.Sprintf("有 %d 个字符无法按 %s 解码，已替换为 U+FFFD", t.Replaced, t.Encoding),
			Line:    1, Column: 1, Span: ast.Span{Line: 1, EndLine: 1},
		}}, doc.Diagnostics...)
	}
	return doc
}
