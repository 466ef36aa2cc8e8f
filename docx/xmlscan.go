package docx

import (
	"bytes"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode/utf8"
)

// xmlScanner reads the XML of a part as a stream of tokens, allocating
// nothing per element: encoding/xml's Decoder allocates every token, keeps
// a record per open element and holds a whole text, comment or attribute
// in memory, so that a small archive of empty or nested elements costs
// gigabytes. The scanner keeps 9 bytes per open element (a hash of its
// name, to match its end tag, and its namespace), the namespace
// declarations in scope, the attributes the readers look at (at most
// maxKeptAttrs of them, their values cut at maxValue bytes) and text in
// chunks of textChunk bytes; anything else is checked and dropped as it
// is read.
//
// It reads what encoding/xml reads, and refuses what it refuses: names,
// matched end tags, the five entities and character references, CDATA,
// comments, processing instructions (an XML declaration must declare
// UTF-8), directives, line ends read as "\n", characters outside XML's
// range. FuzzScanner holds it to encoding/xml's Decoder on any input. Its
// departures: a name may hold any character beyond ASCII (encoding/xml
// checks them against XML's tables of letters), and it refuses a name
// longer than maxName bytes, an XML declaration longer than maxDeclBytes,
// elements nested deeper than its limit and more than maxNamespaces
// declarations in scope. End tags and prefixes are matched by a 64-bit
// hash of their names: two names of the same hash (which no document
// holds by chance) would be taken for one.
type xmlScanner struct {
	src      io.Reader
	rbuf     []byte // read from src; rbuf[pos:end] not yet scanned
	pos, end int
	line     int
	err      error
	tok      xmlToken

	name     []byte   // the name being read
	open     []uint64 // hashes of the names of the open elements
	spaces   []nsKind // and their namespaces
	maxDepth int
	closing  bool // the last start tag was empty (<a/>): its end is next

	ns        map[uint64]nsKind // declared prefixes (by hash) in scope
	defaultNS nsKind
	undo      []nsUndo

	// A text run read over several calls.
	inText   bool
	cdata    bool
	b0, b1   byte // the last two bytes read in the run, for "]]>" and "\r\n"
	brackets int  // "]" held back in CDATA, which may be the start of "]]>"
	buf      []byte
}

type tokenKind uint8

const (
	tokStart tokenKind = iota + 1
	tokEnd
	tokText
)

// nsKind is what a namespace is to the readers.
type nsKind uint8

const (
	nsNone  nsKind = iota // no namespace
	nsOther               // a namespace no reader looks at
	nsW                   // WordprocessingML, transitional or strict
	nsMCK                 // markup compatibility
)

// xmlToken is a start tag, an end tag or a chunk of text; its slices are
// valid until the next token.
type xmlToken struct {
	kind   tokenKind
	space  nsKind
	local  []byte    // the element's local name
	attrs  []xmlAttr // the attributes kept
	values []byte    // their values
	text   []byte
}

type xmlAttr struct {
	name       string // one of keptAttrs
	space      nsKind
	prefix     uint64 // hash of the prefix, resolved into space
	hasPrefix  bool
	start, end int // the value in xmlToken.values
}

type nsUndo struct {
	depth  int
	prefix uint64
	isDef  bool // the default namespace
	was    nsKind
	wasSet bool
}

// Bounds on what one token keeps.
const (
	maxName      = 1024 // a longer name is refused
	maxValue     = 1024 // a kept attribute's value is cut to this
	maxKeptAttrs = 32
	textChunk    = 32 << 10
	maxDeclBytes = 4096 // an XML declaration
)

// keptAttr is the name of an attribute a reader looks at, or "".
func keptAttr(local []byte) string {
	switch string(local) {
	case "val":
		return "val"
	case "styleId":
		return "styleId"
	case "type":
		return "type"
	case "default":
		return "default"
	case "abstractNumId":
		return "abstractNumId"
	case "numId":
		return "numId"
	case "ilvl":
		return "ilvl"
	case "Type":
		return "Type"
	case "Target":
		return "Target"
	case "TargetMode":
		return "TargetMode"
	}
	return ""
}

func newXMLScanner(r io.Reader, maxDepth int) *xmlScanner {
	return &xmlScanner{src: r, rbuf: make([]byte, 64<<10), line: 1, maxDepth: maxDepth, ns: map[uint64]nsKind{}}
}

// fill reads more of the input; false (the error in s.err) at its end.
func (s *xmlScanner) fill() bool {
	for {
		n, err := s.src.Read(s.rbuf)
		if n > 0 {
			s.pos, s.end = 0, n
			return true
		}
		if err != nil {
			if s.err == nil {
				s.err = err
			}
			return false
		}
	}
}

// syntaxError is an error in the XML, worded as encoding/xml words it.
func (s *xmlScanner) syntaxError(msg string) error {
	return fmt.Errorf("XML syntax error on line %d: %s", s.line, msg)
}

func (s *xmlScanner) fail(err error) (*xmlToken, error) {
	if s.err == nil {
		s.err = err
	}
	return nil, s.err
}

func (s *xmlScanner) getc() (byte, bool) {
	if s.pos == s.end && !s.fill() {
		return 0, false
	}
	b := s.rbuf[s.pos]
	s.pos++
	if b == '\n' {
		s.line++
	}
	return b, true
}

// mustgetc is getc where the input may not end.
func (s *xmlScanner) mustgetc() (byte, bool) {
	b, ok := s.getc()
	if !ok && s.err == io.EOF {
		s.err = s.syntaxError("unexpected EOF")
	}
	return b, ok
}

// ungetc gives back the byte getc just read.
func (s *xmlScanner) ungetc(b byte) {
	s.pos--
	if b == '\n' {
		s.line--
	}
}

func (s *xmlScanner) space() {
	for {
		b, ok := s.getc()
		if !ok {
			return
		}
		switch b {
		case ' ', '\r', '\n', '\t':
		default:
			s.ungetc(b)
			return
		}
	}
}

func isNameByte(c byte) bool {
	return 'A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || '0' <= c && c <= '9' ||
		c == '_' || c == ':' || c == '.' || c == '-'
}

// readName reads a name into s.name; false (and no error unless the input
// ended) when the next byte starts none.
func (s *xmlScanner) readName() bool {
	s.name = s.name[:0]
	b, ok := s.mustgetc()
	if !ok {
		return false
	}
	if b < utf8.RuneSelf && !isNameByte(b) {
		s.ungetc(b)
		return false
	}
	s.pos-- // the name's bytes are taken from the buffer a stretch at a time
	for {
		if s.pos == s.end && !s.fill() {
			if s.err == io.EOF {
				s.err = s.syntaxError("unexpected EOF")
			}
			return false
		}
		run := s.rbuf[s.pos:s.end]
		n := 0
		for n < len(run) && (run[n] >= utf8.RuneSelf || isNameByte(run[n])) {
			n++
		}
		if len(s.name)+n > maxName {
			s.err = s.syntaxError(fmt.Sprintf("a name longer than %d bytes", maxName))
			return false
		}
		s.name = append(s.name, run[:n]...)
		s.pos += n
		if n < len(run) {
			break
		}
	}
	// A name starts with a letter, "_" or ":" (any character beyond ASCII
	// is let through, as a superset of XML's letters) and is UTF-8.
	if c := s.name[0]; c < utf8.RuneSelf && !('A' <= c && c <= 'Z' || 'a' <= c && c <= 'z' || c == '_' || c == ':') || !utf8.Valid(s.name) {
		s.err = s.syntaxError("invalid XML name: " + string(s.name))
		return false
	}
	return true
}

// splitName splits a name at its colon as encoding/xml does: a prefix and
// a local name when there is one colon with something on both sides, the
// whole name as the local name when there is none; false for more.
func splitName(name []byte) (prefix, local []byte, ok bool) {
	i := -1
	for k, c := range name {
		if c == ':' {
			if i >= 0 {
				return nil, nil, false
			}
			i = k
		}
	}
	if i <= 0 || i == len(name)-1 {
		return nil, name, true
	}
	return name[:i], name[i+1:], true
}

// hashName is FNV-1a: end tags are matched, and prefixes looked up, by
// the hash of their names, so that no name is kept.
func hashName(b []byte) uint64 {
	h := uint64(14695981039346656037)
	for _, c := range b {
		h ^= uint64(c)
		h *= 1099511628211
	}
	return h
}

var (
	hashXML   = hashName([]byte("xml"))
	hashXMLNS = hashName([]byte("xmlns"))
)

// next reads the next token; io.EOF at the end of a well-formed part.
func (s *xmlScanner) next() (*xmlToken, error) {
	if s.err != nil {
		return nil, s.err
	}
	t := &s.tok
	if s.closing {
		s.closing = false
		t.kind, t.attrs, t.values = tokEnd, t.attrs[:0], t.values[:0]
		return s.pop()
	}
	for {
		if s.inText {
			// A run's chunks; an empty run (<![CDATA[]]>) gives none, and
			// the loop reads on rather than recursing, however many there
			// are in a row.
			if t, err := s.textRun(); t != nil || err != nil {
				return t, err
			}
			continue
		}
		b, ok := s.getc()
		if !ok {
			if s.err == io.EOF && len(s.open) > 0 {
				s.err = s.syntaxError("unexpected EOF")
			}
			return nil, s.err
		}
		if b != '<' {
			s.ungetc(b)
			s.inText, s.cdata, s.b0, s.b1, s.brackets = true, false, 0, 0, 0
			continue
		}
		if b, ok = s.mustgetc(); !ok {
			return nil, s.err
		}
		switch b {
		case '/':
			return s.endTag()
		case '?':
			if err := s.procInst(); err != nil {
				return s.fail(err)
			}
		case '!':
			if b, ok = s.mustgetc(); !ok {
				return nil, s.err
			}
			switch b {
			case '-':
				if err := s.comment(); err != nil {
					return s.fail(err)
				}
			case '[':
				for i := 0; i < 6; i++ {
					if b, ok = s.mustgetc(); !ok {
						return nil, s.err
					}
					if b != "CDATA["[i] {
						return s.fail(s.syntaxError("invalid <![ sequence"))
					}
				}
				s.inText, s.cdata, s.b0, s.b1, s.brackets = true, true, 0, 0, 0
			default:
				if err := s.directive(); err != nil {
					return s.fail(err)
				}
			}
		default:
			s.ungetc(b)
			return s.startTag()
		}
	}
}

func (s *xmlScanner) startTag() (*xmlToken, error) {
	t := &s.tok
	t.kind, t.attrs, t.values = tokStart, t.attrs[:0], t.values[:0]
	if !s.readName() {
		if s.err == nil {
			s.err = s.syntaxError("expected element name after <")
		}
		return nil, s.err
	}
	prefix, local, ok := splitName(s.name)
	if !ok {
		return s.fail(s.syntaxError("expected element name after <"))
	}
	if len(s.open) >= s.maxDepth {
		return s.fail(beyond("elements nested more than %d deep, the limit (docx.MaxDepth)", s.maxDepth))
	}
	qname := hashName(s.name)
	elemPrefix, hasPrefix := hashName(prefix), len(prefix) > 0
	isXMLPrefix := string(prefix) == "xml"
	// The local name goes to the token's own buffer: attribute names reuse
	// s.name.
	t.local = append(t.local[:0], local...)
	depth := len(s.open) + 1
	for {
		s.space()
		b, ok := s.mustgetc()
		if !ok {
			return nil, s.err
		}
		if b == '/' {
			if b, ok = s.mustgetc(); !ok {
				return nil, s.err
			}
			if b != '>' {
				return s.fail(s.syntaxError("expected /> in element"))
			}
			s.closing = true
			break
		}
		if b == '>' {
			break
		}
		s.ungetc(b)
		if !s.readName() {
			if s.err == nil {
				s.err = s.syntaxError("expected attribute name in element")
			}
			return nil, s.err
		}
		aprefix, alocal, ok := splitName(s.name)
		if !ok {
			return s.fail(s.syntaxError("expected attribute name in element"))
		}
		// What the attribute is to a reader, before its value is read
		// over s.name's bytes.
		declares := string(aprefix) == "xmlns"
		isDefault := len(aprefix) == 0 && string(alocal) == "xmlns"
		declared := hashName(alocal)
		name := keptAttr(alocal)
		a := xmlAttr{name: name, prefix: hashName(aprefix), hasPrefix: len(aprefix) > 0}
		if string(aprefix) == "xml" {
			a.space, a.hasPrefix = nsOther, false
		}
		s.space()
		if b, ok = s.mustgetc(); !ok {
			return nil, s.err
		}
		if b != '=' {
			return s.fail(s.syntaxError("attribute name without = in element"))
		}
		s.space()
		q, ok := s.mustgetc()
		if !ok {
			return nil, s.err
		}
		if q != '"' && q != '\'' {
			return s.fail(s.syntaxError("unquoted or missing attribute value in element"))
		}
		keep := (name != "" && len(t.attrs) < maxKeptAttrs) || declares || isDefault
		a.start = len(t.values)
		full, err := s.attrValue(q, keep)
		if err != nil {
			return s.fail(err)
		}
		a.end = len(t.values)
		switch {
		case declares || isDefault:
			kind := namespaceKind(t.values[a.start:a.end], full)
			t.values = t.values[:a.start]
			if err := s.declare(depth, declared, isDefault, kind); err != nil {
				return s.fail(err)
			}
		case keep:
			t.attrs = append(t.attrs, a)
		}
	}
	// Declarations on the element apply to its own name and attributes.
	switch {
	case isXMLPrefix:
		t.space = nsOther
	case hasPrefix:
		t.space = s.lookup(elemPrefix)
	default:
		t.space = s.defaultNS
	}
	for i := range t.attrs {
		if t.attrs[i].hasPrefix {
			t.attrs[i].space = s.lookup(t.attrs[i].prefix)
		}
	}
	s.open = append(s.open, qname)
	s.spaces = append(s.spaces, t.space)
	return t, nil
}

// lookup is the namespace a prefix is bound to; an undeclared prefix is a
// namespace of its own, which no reader looks at.
func (s *xmlScanner) lookup(prefix uint64) nsKind {
	if prefix == hashXMLNS {
		return nsOther
	}
	if k, ok := s.ns[prefix]; ok {
		return k
	}
	return nsOther
}

// maxNamespaces bounds the namespace declarations in scope at once (a
// document declares a few dozen, on its root).
const maxNamespaces = 4096

func (s *xmlScanner) declare(depth int, prefix uint64, isDefault bool, kind nsKind) error {
	if len(s.undo) >= maxNamespaces {
		return beyond("more than %d namespace declarations in scope, the limit", maxNamespaces)
	}
	u := nsUndo{depth: depth, prefix: prefix, isDef: isDefault}
	if isDefault {
		u.was, u.wasSet = s.defaultNS, true
		s.defaultNS = kind
	} else {
		u.was, u.wasSet = s.ns[prefix]
		s.ns[prefix] = kind
	}
	s.undo = append(s.undo, u)
	return nil
}

// namespaceKind classifies a namespace name; a name cut short by maxValue
// is none of the known ones.
func namespaceKind(v []byte, full bool) nsKind {
	if !full {
		return nsOther
	}
	switch string(v) {
	case "":
		return nsNone
	case nsMain, nsStrict:
		return nsW
	case nsMC:
		return nsMCK
	}
	return nsOther
}

func (s *xmlScanner) endTag() (*xmlToken, error) {
	t := &s.tok
	t.kind, t.attrs, t.values = tokEnd, t.attrs[:0], t.values[:0]
	if !s.readName() {
		if s.err == nil {
			s.err = s.syntaxError("expected element name after </")
		}
		return nil, s.err
	}
	_, local, ok := splitName(s.name)
	if !ok {
		return s.fail(s.syntaxError("expected element name after </"))
	}
	s.space()
	b, ok := s.mustgetc()
	if !ok {
		return nil, s.err
	}
	if b != '>' {
		return s.fail(s.syntaxError("invalid characters between </" + string(local) + " and >"))
	}
	if len(s.open) == 0 {
		return s.fail(s.syntaxError("unexpected end element </" + string(local) + ">"))
	}
	if s.open[len(s.open)-1] != hashName(s.name) {
		return s.fail(s.syntaxError("element closed by </" + string(local) + ">"))
	}
	t.local = append(t.local[:0], local...)
	return s.pop()
}

// pop closes the innermost element: the token is its end.
func (s *xmlScanner) pop() (*xmlToken, error) {
	t := &s.tok
	depth := len(s.open)
	t.space = s.spaces[depth-1]
	s.open, s.spaces = s.open[:depth-1], s.spaces[:depth-1]
	for len(s.undo) > 0 && s.undo[len(s.undo)-1].depth == depth {
		u := s.undo[len(s.undo)-1]
		s.undo = s.undo[:len(s.undo)-1]
		switch {
		case u.isDef:
			s.defaultNS = u.was
		case u.wasSet:
			s.ns[u.prefix] = u.was
		default:
			delete(s.ns, u.prefix)
		}
	}
	return t, nil
}

// attrValue reads a quoted value up to quote, appending it (entities
// decoded, cut at maxValue) to the token's values when keep is set, and
// reports whether it was kept whole.
func (s *xmlScanner) attrValue(quote byte, keep bool) (full bool, err error) {
	t := &s.tok
	start := len(t.values)
	full = true
	var b1 byte
	var carry [utf8.UTFMax]byte // a character being checked
	n := 0
	emit := func(c byte) error {
		if keep {
			if len(t.values)-start < maxValue {
				t.values = append(t.values, c)
			} else {
				full = false
			}
		}
		if n == 0 && c < utf8.RuneSelf {
			if !inCharacterRange(rune(c)) {
				return s.syntaxError(fmt.Sprintf("illegal character code %U", rune(c)))
			}
			return nil
		}
		carry[n] = c
		n++
		if !utf8.FullRune(carry[:n]) {
			return nil
		}
		r, size := utf8.DecodeRune(carry[:n])
		n = 0
		if r == utf8.RuneError && size == 1 {
			return s.syntaxError("invalid UTF-8")
		}
		if !inCharacterRange(r) {
			return s.syntaxError(fmt.Sprintf("illegal character code %U", r))
		}
		return nil
	}
	for {
		b, ok := s.mustgetc()
		if !ok {
			return false, s.err
		}
		switch {
		case b == '<':
			return false, s.syntaxError("unescaped < inside quoted string")
		case b == quote:
			if n > 0 {
				return false, s.syntaxError("invalid UTF-8")
			}
			return full, nil
		case b == '&':
			text, err := s.entity()
			if err != nil {
				return false, err
			}
			for i := 0; i < len(text); i++ {
				if err := emit(text[i]); err != nil {
					return false, err
				}
			}
			b1 = 0
			continue
		case b == '\r':
			err = emit('\n')
		case b1 == '\r' && b == '\n':
		default:
			err = emit(b)
		}
		if err != nil {
			return false, err
		}
		b1 = b
	}
}

// entity reads an entity or character reference after its "&" and
// returns its text: the five XML predefines, &#N; and &#xH;.
func (s *xmlScanner) entity() (string, error) {
	b, ok := s.mustgetc()
	if !ok {
		return "", s.err
	}
	if b == '#' {
		if b, ok = s.mustgetc(); !ok {
			return "", s.err
		}
		base := uint64(10)
		if b == 'x' {
			base = 16
			if b, ok = s.mustgetc(); !ok {
				return "", s.err
			}
		}
		var n uint64
		digits, over := 0, false
		for {
			var d uint64
			switch {
			case '0' <= b && b <= '9':
				d = uint64(b - '0')
			case base == 16 && 'a' <= b && b <= 'f':
				d = uint64(b-'a') + 10
			case base == 16 && 'A' <= b && b <= 'F':
				d = uint64(b-'A') + 10
			default:
				d = 99
			}
			if d == 99 {
				break
			}
			digits++
			if n > utf8.MaxRune {
				over = true
			} else {
				n = n*base + d
			}
			if b, ok = s.mustgetc(); !ok {
				return "", s.err
			}
		}
		if b != ';' || digits == 0 || over || n > utf8.MaxRune {
			return "", s.syntaxError("invalid character entity &#" + strconv.FormatUint(n, int(base)))
		}
		return string(rune(n)), nil
	}
	s.ungetc(b)
	var name [8]byte
	k := 0
	for {
		if b, ok = s.mustgetc(); !ok {
			return "", s.err
		}
		if !(b < utf8.RuneSelf && isNameByte(b) || b >= utf8.RuneSelf) {
			break
		}
		if k < len(name) {
			name[k] = b
		}
		k++
	}
	if b == ';' && k <= len(name) {
		switch string(name[:k]) {
		case "lt":
			return "<", nil
		case "gt":
			return ">", nil
		case "amp":
			return "&", nil
		case "apos":
			return "'", nil
		case "quot":
			return `"`, nil
		}
	}
	return "", s.syntaxError("invalid character entity &" + string(name[:min(k, len(name))]))
}

// inCharacterRange reports whether r is a character XML allows.
func inCharacterRange(r rune) bool {
	return r == 0x09 || r == 0x0A || r == 0x0D || r >= 0x20 && r <= 0xD7FF ||
		r >= 0xE000 && r <= 0xFFFD || r >= 0x10000 && r <= 0x10FFFF
}

// textRun reads the next chunk of a text run (character data up to the
// next "<", or a CDATA section), entities decoded and line ends read as
// "\n". A chunk is cut before a byte that starts a character, so that it
// holds whole characters.
func (s *xmlScanner) textRun() (*xmlToken, error) {
	t := &s.tok
	t.kind, t.attrs, t.values = tokText, t.attrs[:0], t.values[:0]
	s.buf = s.buf[:0]
	for {
		b, ok := s.getc()
		if !ok {
			if s.err != io.EOF {
				return nil, s.err
			}
			if s.cdata {
				s.err = s.syntaxError("unexpected EOF in CDATA section")
				return nil, s.err
			}
			s.err = nil // the end of the input ends the text; next reports it
			s.inText = false
			return s.flushText()
		}
		if len(s.buf) >= textChunk {
			if b < utf8.RuneSelf || utf8.RuneStart(b) {
				s.ungetc(b)
				if err := s.checkText(); err != nil {
					return s.fail(err)
				}
				t.text = s.buf
				return t, nil
			}
			if len(s.buf) >= textChunk+utf8.UTFMax {
				return s.fail(s.syntaxError("invalid UTF-8")) // a run of continuation bytes
			}
		}
		if !s.cdata && plainText(b) && len(s.buf) < textChunk && !(b == '\n' && s.b1 == '\r') {
			// A stretch of bytes that need nothing done goes in at once.
			s.pos--
			run := s.rbuf[s.pos:s.end]
			n := 0
			for n < len(run) && plainText(run[n]) {
				n++
			}
			n = min(n, textChunk-len(s.buf))
			run = run[:n]
			s.buf = append(s.buf, run...)
			s.line += bytes.Count(run, []byte{'\n'})
			s.pos += n
			if n >= 2 {
				s.b0, s.b1 = run[n-2], run[n-1]
			} else {
				s.b0, s.b1 = s.b1, run[0]
			}
			continue
		}
		if s.cdata {
			if b == '>' && s.brackets == 2 {
				s.inText = false
				return s.flushText()
			}
			if b == ']' {
				if s.brackets == 2 {
					s.buf = append(s.buf, ']')
				} else {
					s.brackets++
				}
				s.b0, s.b1 = s.b1, b
				continue
			}
			for ; s.brackets > 0; s.brackets-- {
				s.buf = append(s.buf, ']')
			}
		} else {
			if s.b0 == ']' && s.b1 == ']' && b == '>' {
				return s.fail(s.syntaxError("unescaped ]]> not in CDATA section"))
			}
			if b == '<' {
				s.ungetc(b)
				s.inText = false
				return s.flushText()
			}
			if b == '&' {
				text, err := s.entity()
				if err != nil {
					return s.fail(err)
				}
				s.buf = append(s.buf, text...)
				s.b0, s.b1 = 0, 0
				continue
			}
		}
		switch {
		case b == '\r':
			s.buf = append(s.buf, '\n')
		case s.b1 == '\r' && b == '\n':
		default:
			s.buf = append(s.buf, b)
		}
		s.b0, s.b1 = s.b1, b
	}
}

// flushText ends a run with its last chunk, or with no token (nil, nil)
// when the run is empty.
func (s *xmlScanner) flushText() (*xmlToken, error) {
	if err := s.checkText(); err != nil {
		return s.fail(err)
	}
	if len(s.buf) == 0 {
		return nil, nil
	}
	s.tok.text = s.buf
	return &s.tok, nil
}

// checkText checks that s.buf is UTF-8 of characters XML allows.
func (s *xmlScanner) checkText() error {
	buf := s.buf
	for i := 0; i < len(buf); {
		c := buf[i]
		if c < utf8.RuneSelf {
			if c < 0x20 && c != '\t' && c != '\n' && c != '\r' {
				return s.syntaxError(fmt.Sprintf("illegal character code %U", rune(c)))
			}
			i++
			continue
		}
		r, size := utf8.DecodeRune(buf[i:])
		if r == utf8.RuneError && size == 1 {
			return s.syntaxError("invalid UTF-8")
		}
		if !inCharacterRange(r) {
			return s.syntaxError(fmt.Sprintf("illegal character code %U", r))
		}
		i += size
	}
	return nil
}

// procInst reads a processing instruction after its "<?". An XML
// declaration may only declare version 1.0 and the encoding UTF-8.
func (s *xmlScanner) procInst() error {
	if !s.readName() {
		if s.err == nil {
			s.err = s.syntaxError("expected target name after <?")
		}
		return s.err
	}
	isDecl := string(s.name) == "xml"
	s.space()
	s.buf = s.buf[:0]
	var b0 byte
	for {
		b, ok := s.mustgetc()
		if !ok {
			return s.err
		}
		if isDecl {
			if len(s.buf) >= maxDeclBytes {
				return s.syntaxError(fmt.Sprintf("an XML declaration longer than %d bytes", maxDeclBytes))
			}
			s.buf = append(s.buf, b)
		}
		if b0 == '?' && b == '>' {
			break
		}
		b0 = b
	}
	if !isDecl {
		return nil
	}
	content := string(s.buf[:len(s.buf)-2])
	if ver := procInstParam("version", content); ver != "" && ver != "1.0" {
		return fmt.Errorf("xml: unsupported version %q; only version 1.0 is supported", ver)
	}
	if enc := procInstParam("encoding", content); enc != "" && !strings.EqualFold(enc, "utf-8") {
		return fmt.Errorf("xml: encoding %q declared but Decoder.CharsetReader is nil", enc)
	}
	return nil
}

// procInstParam is encoding/xml's reading of a param="..." in an XML
// declaration.
func procInstParam(param, s string) string {
	param += "="
	lenp := len(param)
	i := 0
	var sep byte
	for i < len(s) {
		sub := s[i:]
		k := strings.Index(sub, param)
		if k < 0 || lenp+k >= len(sub) {
			return ""
		}
		i += lenp + k + 1
		if c := sub[lenp+k]; c == '\'' || c == '"' {
			sep = c
			break
		}
	}
	if sep == 0 {
		return ""
	}
	j := strings.IndexByte(s[i:], sep)
	if j < 0 {
		return ""
	}
	return s[i : i+j]
}

// comment reads a comment after its "<!-".
func (s *xmlScanner) comment() error {
	b, ok := s.mustgetc()
	if !ok {
		return s.err
	}
	if b != '-' {
		return s.syntaxError("invalid sequence <!- not part of <!--")
	}
	var b0, b1 byte
	for {
		if b, ok = s.mustgetc(); !ok {
			return s.err
		}
		if b0 == '-' && b1 == '-' {
			if b != '>' {
				return s.syntaxError(`invalid sequence "--" not allowed in comments`)
			}
			return nil
		}
		b0, b1 = b1, b
	}
}

// directive skips a directive (<!DOCTYPE …>) after its "<!" and first
// byte, as encoding/xml reads one: quoted ">" and nested "<…>" do not end
// it, nor do comments inside it.
func (s *xmlScanner) directive() error {
	var inquote byte
	depth := 0
	for {
		b, ok := s.mustgetc()
		if !ok {
			return s.err
		}
		if inquote == 0 && b == '>' && depth == 0 {
			return nil
		}
	handle:
		switch {
		case b == inquote:
			inquote = 0
		case inquote != 0:
		case b == '\'' || b == '"':
			inquote = b
		case b == '>':
			depth--
		case b == '<':
			for i := 0; i < 3; i++ {
				if b, ok = s.mustgetc(); !ok {
					return s.err
				}
				if b != "!--"[i] {
					depth++
					goto handle
				}
			}
			var b0, b1 byte
			for {
				if b, ok = s.mustgetc(); !ok {
					return s.err
				}
				if b0 == '-' && b1 == '-' && b == '>' {
					break
				}
				b0, b1 = b1, b
			}
		}
	}
}

// plainText reports whether a byte of character data is copied as it is:
// not markup, an entity, a line end to rewrite, or part of "]]>".
func plainText(b byte) bool {
	return b != '<' && b != '&' && b != '\r' && b != ']' && b != '>'
}
