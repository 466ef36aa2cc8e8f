// Package export writes a parsed document (package ast) in the forms people
// take an outline to: an indented outline to read in a terminal, Markdown
// for markmap, OPML and FreeMind maps for outliners and mind-map tools, a
// Mermaid mindmap, JSON Lines chunks for search and retrieval, and the
// version-1 JSON document itself.
//
// Every format is one Exporter in a file of its own, listed once in
// registry.go. Exporters stream to an io.Writer from the tree they are
// given; none re-parses or changes it.
//
// Where a format needs one root and the document has several (a collection,
// or no speech at all), the root is the collection title, or "(untitled)"
// when there is none, with the speeches as its children; a single speech of
// a document without a collection title is the root itself. An untitled
// speech shows as "(untitled)" in the formats meant to be looked at (text,
// markdown, opml, freemind, mermaid); the data formats (chunks, json) keep
// the missing title missing.
package export

import (
	"io"
	"strings"

	"github.com/dagang/dagang/ast"
)

// Options tunes an export. A format ignores the options it has no use for.
type Options struct {
	// All makes chunks write a record for every section, not only for
	// the leaves.
	All bool
	// MaxChars, when positive, makes chunks split a text longer than this
	// many characters (runes) into pieces of at most MaxChars.
	MaxChars int
	// Untitled stands for a missing title in the formats meant to be
	// looked at: "(untitled)" when empty, or the reader's language's
	// word for it (（无标题）).
	Untitled string
}

// untitled is the placeholder for a missing title.
func (o Options) untitled() string {
	if o.Untitled != "" {
		return o.Untitled
	}
	return untitled
}

// Exporter writes a document in one format.
type Exporter interface {
	// Name is the format's name, the value of `dagang outline --format`.
	Name() string
	// Summary says in one line what the format is for.
	Summary() string
	// Export writes doc to w.
	Export(w io.Writer, doc *ast.Document, opt Options) error
}

// untitled stands for a missing title where a format must show one.
const untitled = "(untitled)"

// speechTitle is a speech's title, or untitled when it has none (or a
// blank one).
func speechTitle(sp *ast.Speech, opt Options) string {
	if sp.TitleSpan == nil || strings.TrimSpace(sp.Title) == "" {
		return opt.untitled()
	}
	return oneLine(sp.Title)
}

// isCollection reports whether the document shows as a collection, with
// the speeches under a root of their own: it has a collection title, or it
// has other than exactly one speech.
func isCollection(doc *ast.Document) bool {
	return doc.TitleSpan != nil || len(doc.Speeches) != 1
}

// rootTitle is the title of the document's root: the collection title,
// the only speech's title, or untitled.
func rootTitle(doc *ast.Document, opt Options) string {
	if doc.TitleSpan != nil {
		return oneLine(doc.Title)
	}
	if len(doc.Speeches) == 1 {
		return speechTitle(doc.Speeches[0], opt)
	}
	return opt.untitled()
}

// headingLabel is how a section's heading shows in an outline: its marker,
// a space and its title, or the marker alone when the title is empty (an
// implied section, or a marker with no heading text).
func headingLabel(sec *ast.Section) string {
	title := oneLine(sec.Title)
	if title == "" {
		return sec.Marker
	}
	return sec.Marker + " " + title
}

// oneLine turns the line breaks, tabs and other control characters a text
// might hold into spaces, so that it keeps to the one line a format gives
// it.
func oneLine(s string) string {
	for i := 0; i < len(s); i++ {
		if s[i] < 0x20 || s[i] == 0x7f {
			return replaceControls(s)
		}
	}
	return s
}

func replaceControls(s string) string {
	b := []byte(s)
	for i, c := range b {
		if c < 0x20 || c == 0x7f {
			b[i] = ' '
		}
	}
	return string(b)
}
