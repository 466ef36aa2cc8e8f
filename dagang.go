// Package dagang recovers the outline of a Chinese speech (讲话稿, 发言稿,
// 交流发言, 研讨发言提纲, 党课讲稿) from its text as people have it: the title,
// salutation, preamble, numbered sections (一、 （一） 1. （1） ① 一是 第一，),
// closing remarks and closing formula, with the boilerplate of the web page
// it was copied from set aside.
//
// Parse is the whole pipeline: bytes → decode (UTF-8, GB18030, Big5,
// UTF-16, the text of a .docx, or the text a browser shows of a saved web
// page, its site chrome marked) → lines → the grammar (package grammar) →
// the tree builder (package parser) → the tree (package ast), which
// encodes as the version-1 JSON document of docs/json.md.
package dagang

import (
	"fmt"
	"io"
	"os"
	"runtime"
	"strconv"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/decode"
	"github.com/dagang/dagang/internal/i18n"
	"github.com/dagang/dagang/parser"
)

// DefaultMaxInput is the largest input read when Options.MaxInput is 0:
// far above any speech or collection (the longest congress report is under
// 1 MB), far below what would take a machine's memory.
const DefaultMaxInput = decode.DefaultMaxInput

// Errors, for errors.Is.
var (
	// ErrTooLarge: the input is larger than Options.MaxInput.
	ErrTooLarge = decode.ErrTooLarge
	// ErrBinary: the input is not text (an image, an archive, NUL bytes).
	ErrBinary = decode.ErrBinary
	// ErrEncoding: the input is not text in a supported encoding.
	ErrEncoding = decode.ErrEncoding
)

// Options tune a parse. The zero value is the default everywhere.
type Options struct {
	// Workers is how many goroutines one large document (a collection, a
	// long report) is parsed on: 0 means GOMAXPROCS, 1 the caller's alone,
	// which suits a program that parses several documents at once.
	// Documents of a few hundred kilobytes or less are always parsed on
	// the caller's goroutine. The outline never depends on it.
	Workers int
	// MaxInput is the size in bytes above which an input is refused with
	// ErrTooLarge, before more than that is read: 0 means DefaultMaxInput,
	// a negative value no limit.
	MaxInput int64
	// Encoding names the input's text encoding ("utf-8", "gb18030",
	// "big5", "utf-16le", "utf-16be", or an alias such as "gbk"; see
	// decode.EncodingName), overriding detection and a saved page's own
	// declaration; "" detects it.
	Encoding string
}

// Parse reads one input and builds its outline. name is recorded as
// source.name; src holds the input:
//
//   - nil: the file named name is read;
//   - []byte or string: the input's bytes (a []byte is not kept: the
//     document's text is a copy);
//   - io.Reader: read to its end;
//   - decode.Text: text already decoded.
//
// A Word document (.docx) is read as the text Word displays, automatic
// numbering included, and every span points into that text, which is the
// document's Text. The error is non-nil only when the input cannot be
// read, is larger than opts.MaxInput, or is not text in a supported
// encoding; any text gives a document. opts may be nil.
func Parse(name string, src any, opts *Options) (*ast.Document, error) {
	p := parsers.get()
	p.opts = optionsOf(opts)
	doc, err := p.Parse(name, src)
	parsers.put(p)
	return doc, err
}

// A Parser parses documents one after another and remembers, from one to
// the next, what the grammar read in them, and reuses the working tables
// of one parse in the next (see parser.Memo): a program that parses many
// speeches keeps one Parser per goroutine, or calls Parse, which lends
// each call one from a pool. The outline of a document never depends on
// what the Parser read before. A Parser holds the memory of its last
// document until its next parse, for Recycle. A Parser is not safe for
// concurrent use.
type Parser struct {
	memo *parser.Memo
	opts Options
	// last is the document of the last parse, which Recycle may hand back.
	last *ast.Document
}

// NewParser returns a Parser that has read nothing yet. opts may be nil.
func NewParser(opts *Options) *Parser {
	return &Parser{memo: parser.NewMemo(), opts: optionsOf(opts)}
}

func optionsOf(opts *Options) Options {
	if opts == nil {
		return Options{}
	}
	return *opts
}

// Recycle hands back doc, the document of the Parser's last parse, which
// the caller is done with: the next parse builds its sections and
// paragraphs in doc's memory, which then allocates about a quarter of
// what a speech's parse otherwise does. doc must not be used after. A
// document that is not the Parser's last is ignored.
func (p *Parser) Recycle(doc *ast.Document) {
	if doc != nil && doc == p.last {
		p.memo.ReuseLastDocument()
		p.last = nil
	}
}

// Parse is the package's Parse with the Parser's options.
func (p *Parser) Parse(name string, src any) (*ast.Document, error) {
	workers := p.opts.Workers
	if workers <= 0 {
		workers = runtime.GOMAXPROCS(0)
	}
	p.memo.SetWorkers(workers)
	t, err := p.text(name, src)
	if err != nil {
		return nil, err
	}
	doc := p.memo.ParseRegions(t.Text,
		ast.Source{Name: name, Encoding: t.Encoding, Bytes: t.Bytes, Charset: t.Charset}, t.Regions)
	encoding := t.Encoding
	if t.Charset != "" {
		encoding = t.Charset
	}
	var notes []ast.Diagnostic
	if t.Replaced > 0 {
		notes = append(notes, encodingNote("replaced", strconv.Itoa(t.Replaced), encoding))
	}
	if t.Doubt != "" {
		notes = append(notes, encodingNote("doubt", encoding, t.Doubt))
	}
	if len(notes) > 0 {
		doc.Diagnostics = append(notes, doc.Diagnostics...)
	}
	p.last = doc
	return doc, nil
}

// encodingNote is a diagnostic about how the input was decoded, at its
// head, its message written from the catalog as the parser's are.
func encodingNote(args ...string) ast.Diagnostic {
	d := ast.Diagnostic{Severity: ast.CodeEncoding.DefaultSeverity(), Code: ast.CodeEncoding,
		Args: args, Line: 1, Column: 1, Span: ast.Span{Line: 1, EndLine: 1}}
	d.Message = i18n.New(i18n.Chinese).Diagnostic(d)
	return d
}

// text reads and decodes src.
func (p *Parser) text(name string, src any) (decode.Text, error) {
	limit := p.opts.MaxInput
	if limit == 0 {
		limit = DefaultMaxInput
	}
	opt := decode.Options{Encoding: p.opts.Encoding, HTML: decode.IsPageName(name)}
	var raw []byte
	switch s := src.(type) {
	case decode.Text:
		return s, nil
	case nil:
		f, err := os.Open(name)
		if err != nil {
			return decode.Text{}, err
		}
		defer f.Close()
		if raw, err = decode.Read(f, nil, limit); err != nil {
			return decode.Text{}, err
		}
		opt.Shared = true // read for this parse alone
	case io.Reader:
		var err error
		if raw, err = decode.Read(s, nil, limit); err != nil {
			return decode.Text{}, err
		}
		opt.Shared = true
	case []byte:
		raw = s
	case string:
		raw = []byte(s)
		opt.Shared = true
	default:
		return decode.Text{}, fmt.Errorf("dagang.Parse: src of type %T, want nil, []byte, string, io.Reader or decode.Text", src)
	}
	if limit > 0 && int64(len(raw)) > limit {
		return decode.Text{}, decode.TooLarge(limit)
	}
	return decode.Input(raw, opt)
}
