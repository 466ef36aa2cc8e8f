package export_test

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/export"
)

// The inputs every format is checked on: the project's fixtures, and the
// shared seeds when they are beside the project (they are in CI).
const (
	fixturesGlob = "../testdata/docs/*.txt"
	seedsGlob    = "../../shared/seeds/*.txt"
	corpusGlob   = "../../shared/corpus/*.txt"
)

type parsed struct {
	path string
	doc  *ast.Document
}

// loadDocs parses every file the patterns match, once per test binary.
var loadDocs = sync.OnceValues(func() ([]parsed, error) {
	var out []parsed
	for _, pattern := range []string{fixturesGlob, seedsGlob} {
		docs, err := parseAll(pattern)
		if err != nil {
			return nil, err
		}
		out = append(out, docs...)
	}
	return out, nil
})

func parseAll(pattern string) ([]parsed, error) {
	paths, err := filepath.Glob(pattern)
	if err != nil {
		return nil, err
	}
	sort.Strings(paths)
	var out []parsed
	for _, p := range paths {
		doc, err := parseFile(p)
		if err != nil {
			return nil, err
		}
		out = append(out, parsed{p, doc})
	}
	return out, nil
}

func parseFile(path string) (*ast.Document, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	doc, err := dagang.Parse(filepath.Base(path), raw, nil)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return doc, nil
}

// docs returns the parsed fixtures and seeds, saying when the seeds are
// not there.
func docs(t *testing.T) []parsed {
	t.Helper()
	out, err := loadDocs()
	if err != nil {
		t.Fatal(err)
	}
	if len(out) == 0 {
		t.Fatal("no fixtures")
	}
	if seeds, _ := filepath.Glob(seedsGlob); len(seeds) == 0 {
		t.Log("../../shared/seeds is absent: checking the fixtures only")
	}
	return out
}

// exportString runs the named exporter.
func exportString(t *testing.T, format string, doc *ast.Document, opt export.Options) string {
	t.Helper()
	e, err := export.Lookup(format)
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := e.Export(&b, doc, opt); err != nil {
		t.Fatalf("%s: %v", format, err)
	}
	return b.String()
}

// What the formats promise to show, written out here independently of the
// package: a section shows as "marker title" (the marker alone when the
// title is empty), a missing title as "(untitled)", and a document that is
// not exactly one speech under no collection title has a root of its own.

func wantLabel(sec *ast.Section) string {
	if sec.Title == "" {
		return sec.Marker
	}
	return sec.Marker + " " + sec.Title
}

// wantTextLabel is a heading in the text outline: the marker and title
// as the speech sets them, with no ASCII space after 一、 (a chapter's
// title, and the title after a marker that ends with its numeral, after
// an ideographic space).
func wantTextLabel(sec *ast.Section) string {
	last := []rune(sec.Marker)
	switch {
	case sec.Title == "":
		return sec.Marker
	case sec.Style == ast.StyleChapter, sec.Style == ast.StyleArticle,
		len(last) > 0 && strings.ContainsRune("〇零一二三四五六七八九十百0123456789０１２３４５６７８９", last[len(last)-1]):
		return sec.Marker + "\u3000" + sec.Title
	}
	return sec.Marker + sec.Title
}

func wantSpeechTitle(sp *ast.Speech) string {
	if sp.TitleSpan == nil || strings.TrimSpace(sp.Title) == "" {
		return "(untitled)"
	}
	return sp.Title
}

func wantCollection(doc *ast.Document) bool {
	return doc.TitleSpan != nil || len(doc.Speeches) != 1
}

func wantRootTitle(doc *ast.Document) string {
	switch {
	case doc.TitleSpan != nil:
		return doc.Title
	case len(doc.Speeches) == 1:
		return wantSpeechTitle(doc.Speeches[0])
	}
	return "(untitled)"
}

// topic is a node of an outline as a format shows it: its text, the facts
// it carries beside the text, and its children.
type topic struct {
	text     string
	facts    map[string]string
	children []topic
}

// render writes topics one per line, indented by depth, facts sorted, so
// that two outlines compare as strings and differ readably.
func render(topics []topic) string {
	var b strings.Builder
	var walk func([]topic, int)
	walk = func(ts []topic, depth int) {
		for _, tp := range ts {
			b.WriteString(strings.Repeat("  ", depth) + tp.text)
			keys := make([]string, 0, len(tp.facts))
			for k := range tp.facts {
				keys = append(keys, k)
			}
			sort.Strings(keys)
			for _, k := range keys {
				fmt.Fprintf(&b, " {%s=%s}", k, tp.facts[k])
			}
			b.WriteByte('\n')
			walk(tp.children, depth+1)
		}
	}
	walk(topics, 0)
	return b.String()
}

// withFacts says whether wanted topics carry facts (the XML formats) or
// text only.
type withFacts bool

func wantSpeech(sp *ast.Speech, facts withFacts) topic {
	tp := topic{text: wantSpeechTitle(sp), children: wantSections(sp.Sections, facts)}
	if facts && sp.TitleSpan != nil {
		tp.facts = map[string]string{"line": fmt.Sprint(sp.TitleSpan.Line)}
	}
	return tp
}

func wantSections(secs []*ast.Section, facts withFacts) []topic {
	var out []topic
	for _, sec := range secs {
		tp := topic{text: wantLabel(sec), children: wantSections(sec.Children, facts)}
		if facts {
			tp.facts = map[string]string{
				"marker": sec.Marker,
				"number": fmt.Sprint(sec.Number),
				"style":  string(sec.Style),
				"line":   fmt.Sprint(sec.Span.Line),
			}
			if sec.Implied {
				tp.facts["implied"] = "true"
			}
		}
		out = append(out, tp)
	}
	return out
}

func wantSpeeches(doc *ast.Document, facts withFacts) []topic {
	var out []topic
	for _, sp := range doc.Speeches {
		out = append(out, wantSpeech(sp, facts))
	}
	return out
}

// wantMap is the one-root tree of the mind-map formats.
func wantMap(doc *ast.Document, facts withFacts) topic {
	if !wantCollection(doc) {
		return wantSpeech(doc.Speeches[0], facts)
	}
	return topic{text: wantRootTitle(doc), children: wantSpeeches(doc, facts)}
}
