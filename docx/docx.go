// Package docx extracts the text of a Word document (.docx, Office Open XML
// WordprocessingML) as a reader of the document sees it: the paragraphs of
// the main document part in order, tables' paragraphs included, headers,
// footers, comments and deleted text left out, and Word's automatic
// numbering rendered into the text — in real speeches the 一、 and （一） are
// usually numbering, not typed characters, and the outline depends on them.
//
// It uses archive/zip and encoding/xml from the standard library: the
// format is a zip of XML parts, and only a few elements matter, so a
// streaming pass over the tokens (no document model in memory) is all it
// needs.
package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"path"
	"strings"
)

// Encoding is the source.encoding name of text extracted from a .docx.
const Encoding = "docx"

// Limits against zip bombs and hostile archives. Each bounds what a
// document can make the reader hold, so that the memory a document costs
// is that of the text it yields (three times that at most) and a constant
// of some tens of megabytes; a document beyond one is refused with an
// error that wraps ErrLimit (and ErrCorrupt) and names it. docs/limits.md
// lists them.
const (
	// MaxPartBytes caps the uncompressed size of the main document part.
	MaxPartBytes = 256 << 20
	// MaxAuxPartBytes caps the other parts read (relationships, styles,
	// numbering), which are small in any real document.
	MaxAuxPartBytes = 32 << 20
	// MaxEntries caps the number of entries in the archive.
	MaxEntries = 10000
	// MaxParagraphs caps the paragraphs of the main document part, tables'
	// and text boxes' included: a speech has hundreds, a long report some
	// thousands; each costs a Paragraph whatever its text.
	MaxParagraphs = 1 << 18
	// MaxDepth caps how deep the elements of a part nest: Word's nest a
	// few dozen deep; each open one costs a few bytes.
	MaxDepth = 1 << 19
	// MaxDefinitionBytes caps the memory the styles and list definitions
	// kept for the reading take (a document's take some kilobytes).
	MaxDefinitionBytes = 16 << 20
)

// Error kinds, for errors.Is.
var (
	// ErrNotDocx: a zip archive, but not a Word document.
	ErrNotDocx = errors.New("zip archive that is not a .docx document")
	// ErrCorrupt: a Word document that cannot be read (a truncated
	// download, a part that is not XML, a part larger than the limits).
	ErrCorrupt = errors.New("corrupt .docx document")
	// ErrLimit: a Word document beyond one of the limits above. Such an
	// error is ErrCorrupt too.
	ErrLimit = errors.New(".docx document beyond a limit")
)

// limitError is a document beyond a limit.
type limitError struct {
	part, msg string
}

func (e *limitError) Error() string {
	if e.part == "" {
		return ErrLimit.Error() + ": " + e.msg
	}
	return ErrLimit.Error() + ": " + e.part + ": " + e.msg
}

func (e *limitError) Is(target error) bool { return target == ErrLimit || target == ErrCorrupt }

func beyond(format string, args ...any) error {
	return &limitError{msg: fmt.Sprintf(format, args...)}
}

// Document is the text of a Word document.
type Document struct {
	// Text holds the paragraphs joined by "\n", each with its rendered
	// number in front of it as Word displays it ("一、" + text).
	Text       string
	Paragraphs []Paragraph
}

// Paragraph is one paragraph of the document.
type Paragraph struct {
	// Start and End delimit the paragraph in Document.Text, its number
	// included.
	Start, End int
	// Number is the rendered automatic number and the white space Word
	// puts after it ("（一）", "1.\t"), or "" for an unnumbered paragraph.
	Number string
	// Level is the outline level its style or w:outlineLvl gives (1 for
	// Heading 1 / 标题 1), or 0 for body text.
	Level int
	// Style is the paragraph's style id when the document defines the
	// style, or "".
	Style string
}

// IsZip reports whether raw starts like a zip archive: the only way a .docx
// starts.
func IsZip(raw []byte) bool {
	for _, sig := range []string{"PK\x03\x04", "PK\x05\x06", "PK\x07\x08"} {
		if bytes.HasPrefix(raw, []byte(sig)) {
			return true
		}
	}
	return false
}

// Extract reads the text of the .docx in raw.
func Extract(raw []byte) (*Document, error) {
	return extract(raw, defaultLimits)
}

// limits are the caps Extract applies (tests use smaller ones).
type limits struct {
	part, auxPart int64
	entries       int
	paragraphs    int
	depth         int
	definitions   int
}

var defaultLimits = limits{part: MaxPartBytes, auxPart: MaxAuxPartBytes, entries: MaxEntries,
	paragraphs: MaxParagraphs, depth: MaxDepth, definitions: MaxDefinitionBytes}

// withDefaults fills the limits a test leaves at zero.
func (l limits) withDefaults() limits {
	if l.paragraphs == 0 {
		l.paragraphs = MaxParagraphs
	}
	if l.depth == 0 {
		l.depth = MaxDepth
	}
	if l.definitions == 0 {
		l.definitions = MaxDefinitionBytes
	}
	return l
}

// centralHeader starts every entry of a zip's central directory.
var centralHeader = []byte("PK\x01\x02")

func extract(raw []byte, lim limits) (*Document, error) {
	lim = lim.withDefaults()
	// archive/zip reads the whole central directory, a record for each
	// entry, before their number can be checked: count the signatures
	// that start the directory's headers first. Those of an archive
	// embedded in the document count too, so the count is never below the
	// number of entries.
	if n := bytes.Count(raw, centralHeader); n > lim.entries {
		return nil, beyond("%d entries in the archive (embedded archives' included), more than %d, the limit (docx.MaxEntries)", n, lim.entries)
	}
	zr, err := zip.NewReader(bytes.NewReader(raw), int64(len(raw)))
	if err != nil && !errors.Is(err, zip.ErrInsecurePath) {
		if looksLikeOOXML(raw) {
			return nil, fmt.Errorf("%w: %v", ErrCorrupt, err)
		}
		return nil, fmt.Errorf("%w: %v", ErrNotDocx, err)
	}
	if len(zr.File) > lim.entries {
		return nil, beyond("%d entries in the archive, more than %d, the limit (docx.MaxEntries)", len(zr.File), lim.entries)
	}
	pkg := newPackage(zr, lim)
	mainName, err := pkg.mainDocument()
	if err != nil {
		return nil, err
	}
	rels, err := pkg.relationships(mainName)
	if err != nil {
		return nil, err
	}
	st, err := readStyles(pkg, rels.target("styles", path.Join(path.Dir(mainName), "styles.xml")))
	if err != nil {
		return nil, err
	}
	nb, err := readNumbering(pkg, rels.target("numbering", path.Join(path.Dir(mainName), "numbering.xml")), st)
	if err != nil {
		return nil, err
	}
	return readDocument(pkg, mainName, st, nb)
}

// looksLikeOOXML: the first entry of a zip is named like a part of an
// Office document (archive/zip could not read the central directory, which
// a truncated download loses, but the first local header survives).
func looksLikeOOXML(raw []byte) bool {
	const localHeader = 30
	if !bytes.HasPrefix(raw, []byte("PK\x03\x04")) || len(raw) < localHeader {
		return false
	}
	n := int(raw[26]) | int(raw[27])<<8
	name := string(raw[localHeader:min(len(raw), localHeader+n)])
	for _, p := range []string{"[Content_Types].xml", "_rels/", "word/", "docProps/"} {
		// The name may itself be cut short.
		if name != "" && (strings.HasPrefix(name, p) || strings.HasPrefix(p, name)) {
			return true
		}
	}
	return false
}

// pkg is the archive's parts by name; part names are case-insensitive in an
// Office package.
type pkg struct {
	parts map[string]*zip.File
	lim   limits
	// kept is the memory the styles and list definitions read so far
	// take, against lim.definitions.
	kept int
}

// keep counts n more bytes of definitions kept.
func (p *pkg) keep(n int) error {
	p.kept += n
	if p.kept > p.lim.definitions {
		return beyond("styles and list definitions taking more than %d MB, the limit (docx.MaxDefinitionBytes)", p.lim.definitions>>20)
	}
	return nil
}

func newPackage(zr *zip.Reader, lim limits) *pkg {
	p := &pkg{parts: make(map[string]*zip.File, len(zr.File)), lim: lim}
	for _, f := range zr.File {
		name := partKey(f.Name)
		if _, dup := p.parts[name]; !dup {
			p.parts[name] = f
		}
	}
	return p
}

func (p *pkg) part(name string) *zip.File { return p.parts[partKey(name)] }

// partKey is the name a part is looked up by: cleaned, relative, lower case.
func partKey(name string) string {
	return strings.ToLower(strings.TrimPrefix(path.Clean("/"+name), "/"))
}

// open opens a part for streaming, capped at max bytes; a missing part is
// (nil, nil).
func (p *pkg) open(name string, max int64) (io.ReadCloser, error) {
	f := p.part(name)
	if f == nil {
		return nil, nil
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%w: %s: %v", ErrCorrupt, name, err)
	}
	return &cappedReader{rc: rc, left: max, max: max, name: name}, nil
}

// cappedReader fails once more than its limit has been read: the sizes in
// a zip's headers are the archive's word, not a promise.
type cappedReader struct {
	rc        io.ReadCloser
	left, max int64
	name      string
}

func (c *cappedReader) Read(b []byte) (int, error) {
	if c.left <= 0 {
		return 0, &limitError{part: c.name, msg: fmt.Sprintf("more than %s uncompressed, the limit for a part (docx.MaxPartBytes, docx.MaxAuxPartBytes)", megabytes(c.max))}
	}
	if int64(len(b)) > c.left {
		b = b[:c.left]
	}
	n, err := c.rc.Read(b)
	c.left -= int64(n)
	return n, err
}

func (c *cappedReader) Close() error { return c.rc.Close() }

// megabytes writes a limit for a message: "256 MB", or bytes when smaller
// than a megabyte.
func megabytes(n int64) string {
	if n >= 1<<20 {
		return fmt.Sprintf("%d MB", n>>20)
	}
	return fmt.Sprintf("%d bytes", n)
}

// relationship types, by the last element of their URI.
type rels map[string]string

// target is the part a relationship of the given type points to, or def.
func (r rels) target(typ, def string) string {
	if t, ok := r[typ]; ok {
		return t
	}
	return def
}

// mainDocument finds the main document part: the target of the package's
// officeDocument relationship, or word/document.xml.
func (p *pkg) mainDocument() (string, error) {
	r, err := p.readRels("_rels/.rels", "")
	if err != nil {
		return "", err
	}
	name := r.target("officeDocument", "word/document.xml")
	if p.part(name) == nil {
		if p.part("word/document.xml") == nil {
			return "", fmt.Errorf("%w: no word/document.xml", ErrNotDocx)
		}
		name = "word/document.xml"
	}
	return name, nil
}

// relationships reads the relationships of a part (word/_rels/document.xml.rels
// for word/document.xml).
func (p *pkg) relationships(part string) (rels, error) {
	dir, base := path.Split(part)
	return p.readRels(dir+"_rels/"+base+".rels", strings.TrimSuffix(dir, "/"))
}

// readRels reads a relationships part; targets are resolved against dir.
// A missing part has no relationships.
func (p *pkg) readRels(name, dir string) (rels, error) {
	out := rels{}
	err := p.scan(name, p.lim.auxPart, func(t *xmlToken) error {
		if t.kind != tokStart || string(t.local) != "Relationship" || string(t.attr("TargetMode")) == "External" {
			return nil
		}
		typ := string(t.attr("Type"))
		typ = typ[strings.LastIndexByte(typ, '/')+1:]
		target := string(t.attr("Target"))
		if _, seen := out[typ]; seen || target == "" {
			return nil
		}
		if strings.HasPrefix(target, "/") {
			out[typ] = path.Clean(target[1:])
		} else {
			out[typ] = path.Clean(path.Join(dir, target))
		}
		return nil
	})
	return out, err
}

// scan streams the tokens of a part to fn. A missing part is no error.
func (p *pkg) scan(name string, max int64, fn func(*xmlToken) error) error {
	rc, err := p.open(name, max)
	if err != nil || rc == nil {
		return err
	}
	defer rc.Close()
	s := newXMLScanner(rc, p.lim.depth)
	for {
		tok, err := s.next()
		if err == io.EOF {
			return nil
		}
		if err != nil {
			var le *limitError
			if errors.As(err, &le) {
				if le.part == "" {
					le.part = name
				}
				return le
			}
			if errors.Is(err, ErrCorrupt) {
				return err
			}
			return fmt.Errorf("%w: %s: %v", ErrCorrupt, name, err)
		}
		if err := fn(tok); err != nil {
			var le *limitError
			if errors.As(err, &le) && le.part == "" {
				le.part = name
			}
			return err
		}
	}
}

// The WordprocessingML namespaces: transitional (what Word writes) and
// strict.
const (
	nsMain   = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
	nsStrict = "http://purl.oclc.org/ooxml/wordprocessingml/main"
	nsMC     = "http://schemas.openxmlformats.org/markup-compatibility/2006"
)

// attr is the value of a kept attribute by local name (w:val, or val as
// some writers leave it unqualified), or nil.
func (t *xmlToken) attr(local string) []byte {
	for _, a := range t.attrs {
		if a.name == local && (a.space == nsNone || a.space == nsW) {
			return t.values[a.start:a.end]
		}
	}
	return nil
}

// hasAttr reports whether the element has a kept attribute of that local
// name, in any namespace.
func (t *xmlToken) hasAttr(local string) bool {
	for _, a := range t.attrs {
		if a.name == local {
			return true
		}
	}
	return false
}

// onOff reads a toggle property: present means on unless w:val says off.
func (t *xmlToken) onOff() bool { return onOffAttr(string(t.attr("val"))) }

// wName is the local name of a WordprocessingML element as the readers
// name the elements they look at, "?" for one they do not, and "" for an
// element of another namespace.
func (t *xmlToken) wName() string {
	if t.space != nsW {
		return ""
	}
	return knownName(t.local)
}
