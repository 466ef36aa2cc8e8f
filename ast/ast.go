// Package ast holds the outline tree of a speech document: the types that
// docs/json.md describes, the spans that tie every node to the decoded text,
// a Walk over the tree, and the contract's version and schema. It is the
// model only, plain data on the standard library; package docjson writes it
// as JSON.
//
// All offsets are byte offsets into the decoded UTF-8 text (after the input's
// encoding was converted and a byte order mark dropped); End is exclusive and
// lines are 1-based.
package ast

// Version is the version of the JSON contract this package encodes.
const Version = 1

// Span is a stretch of the decoded text.
type Span struct {
	Start   int `json:"start"`
	End     int `json:"end"`
	Line    int `json:"line"`
	EndLine int `json:"end_line"`
}

// Len is the span's length in bytes.
func (s Span) Len() int { return s.End - s.Start }

// Contains reports whether o lies inside s.
func (s Span) Contains(o Span) bool { return s.Start <= o.Start && o.End <= s.End }

// Source names the input a document was parsed from.
type Source struct {
	Name     string `json:"name"`
	Encoding string `json:"encoding"`
	Bytes    int    `json:"bytes"`
	// Charset is the page's own charset when Encoding is "html" (the
	// encoding its bytes were decoded from); "" otherwise, and then not
	// encoded.
	Charset string `json:"charset,omitempty"`
}

// Document is one input file: a collection title (or none), its speeches, the
// boilerplate that was removed and the problems found.
type Document struct {
	Source Source
	// Title is the collection title; meaningful only when TitleSpan is set.
	Title       string
	TitleSpan   *Span
	Speeches    []*Speech
	Noise       []Noise
	Diagnostics []Diagnostic

	// Text is the decoded input that every span points into. It is not part
	// of the JSON document.
	Text string
}

// Speech is one speech of a document.
type Speech struct {
	// Title is meaningful only when TitleSpan is set; an untitled speech has
	// a nil TitleSpan and encodes "title": null.
	Title      string
	TitleSpan  *Span
	Subtitle   *Para
	Date       *Para
	Speaker    *Para
	Span       Span
	Salutation *Para
	Preamble   []*Para
	Sections   []*Section
	Closing    *Closing
}

// Section is one numbered heading and everything under it.
type Section struct {
	Marker   string // exactly as written: "（一）", "一是", "第一，" ...
	Style    Style
	Number   int
	Level    int // depth in the speech's tree, 1 = top
	Title    string
	Implied  bool // a parent the text lacks but its numbering proves
	Span     Span // the heading: marker, title and the sentence mark ending it
	Body     []*Para
	Children []*Section
}

// Closing is a speech's concluding remarks and closing formula.
type Closing struct {
	Paragraphs []*Para
	Formula    *Para
}

// Para is a paragraph (one input line, or a part of one).
type Para struct {
	Text   string
	Span   Span
	Points []Point
}

// Point is an enumeration inside running text: 一是…二是…, 其次…最后….
type Point struct {
	Marker string `json:"marker"`
	Number int    `json:"number"`
	Title  string `json:"title"`
	Offset int    `json:"offset"` // byte offset of the marker in the decoded text
}

// Noise is a stretch of boilerplate that is not part of any speech.
type Noise struct {
	Text string    `json:"text"`
	Kind NoiseKind `json:"kind"`
	Span Span      `json:"span"`
}

// NoiseKind says what a stretch of boilerplate is.
type NoiseKind string

// The kinds of boilerplate (docs/json.md).
const (
	NoiseAd        NoiseKind = "ad"
	NoisePaywall   NoiseKind = "paywall"
	NoiseHidden    NoiseKind = "hidden"
	NoisePage      NoiseKind = "page"
	NoiseMetadata  NoiseKind = "metadata"
	NoiseRelated   NoiseKind = "related"
	NoiseWatermark NoiseKind = "watermark"
	NoiseLicense   NoiseKind = "license"
	NoiseSeparator NoiseKind = "separator"
	// NoiseFrontMatter is the YAML or TOML block at the head of a
	// Markdown file.
	NoiseFrontMatter NoiseKind = "front-matter"
	// NoiseMarkup is markup left in text: <!--more-->, shortcodes, image
	// lines.
	NoiseMarkup NoiseKind = "markup"
	// NoiseNavigation is a saved page's site chrome: menus, breadcrumbs,
	// footers, copyright and ICP lines.
	NoiseNavigation NoiseKind = "navigation"
	// NoiseTOC is a manual table of contents.
	NoiseTOC NoiseKind = "toc"
	// NoiseNotes is the editor's apparatus: notes, footnotes, source
	// lines.
	NoiseNotes NoiseKind = "notes"
	NoiseOther NoiseKind = "other"
)

// NoiseKinds lists every kind, in the order the contract names them.
func NoiseKinds() []NoiseKind {
	return []NoiseKind{NoiseAd, NoisePaywall, NoiseHidden, NoisePage, NoiseMetadata,
		NoiseRelated, NoiseWatermark, NoiseLicense, NoiseSeparator, NoiseFrontMatter,
		NoiseMarkup, NoiseNavigation, NoiseTOC, NoiseNotes, NoiseOther}
}
