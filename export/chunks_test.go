package export_test

import (
	"bufio"
	"encoding/json"
	"fmt"
	"sort"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/export"
)

// chunk is one record of the chunks format as a consumer reads it.
type chunk struct {
	Source ast.Source `json:"source"`
	Speech *string    `json:"speech"`
	Kind   string     `json:"kind"`
	Path   []string   `json:"path"`
	Marker string     `json:"marker"`
	Title  string     `json:"title"`
	Level  int        `json:"level"`
	Part   int        `json:"part"`
	Parts  int        `json:"parts"`
	Text   string     `json:"text"`
	Span   ast.Span   `json:"span"`
	Lines  [2]int     `json:"lines"`
}

func readChunks(t *testing.T, out string) []chunk {
	t.Helper()
	var out2 []chunk
	sc := bufio.NewScanner(strings.NewReader(out))
	sc.Buffer(nil, 1<<24)
	for sc.Scan() {
		dec := json.NewDecoder(strings.NewReader(sc.Text()))
		dec.DisallowUnknownFields()
		var c chunk
		if err := dec.Decode(&c); err != nil {
			t.Fatalf("record %d: %v: %s", len(out2)+1, err, sc.Text())
		}
		out2 = append(out2, c)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out2
}

// wantChunk is a record the tree calls for: its kind, path, marker and
// text (the paragraphs of its own body joined with "\n").
type wantChunk struct {
	kind, path, marker, text string
	level                    int
}

func (w wantChunk) String() string {
	return fmt.Sprintf("%s %d %s %s %q", w.kind, w.level, w.path, w.marker, w.text)
}

func paraTexts(paras []*ast.Para) string {
	var texts []string
	for _, p := range paras {
		texts = append(texts, p.Text)
	}
	return strings.Join(texts, "\n")
}

// wantChunks walks the tree: per speech a preamble record, a record per
// leaf section (every section with all), then a closing record.
func wantChunks(doc *ast.Document, all bool) []wantChunk {
	var out []wantChunk
	for _, sp := range doc.Speeches {
		var base []string
		if sp.TitleSpan != nil {
			base = []string{sp.Title}
		}
		if len(sp.Preamble) > 0 {
			out = append(out, wantChunk{kind: "preamble", path: strings.Join(base, " > "), text: paraTexts(sp.Preamble)})
		}
		var walk func([]*ast.Section, []string)
		walk = func(secs []*ast.Section, path []string) {
			for _, sec := range secs {
				p := append(append([]string{}, path...), wantLabel(sec))
				if all || len(sec.Children) == 0 {
					out = append(out, wantChunk{kind: "section", path: strings.Join(p, " > "), marker: sec.Marker, level: sec.Level, text: paraTexts(sec.Body)})
				}
				walk(sec.Children, p)
			}
		}
		walk(sp.Sections, base)
		if sp.Closing != nil {
			paras := append([]*ast.Para{}, sp.Closing.Paragraphs...)
			if sp.Closing.Formula != nil {
				paras = append(paras, sp.Closing.Formula)
			}
			if len(paras) > 0 {
				out = append(out, wantChunk{kind: "closing", path: strings.Join(base, " > "), text: paraTexts(paras)})
			}
		}
	}
	return out
}

// withoutNoise is the decoded text with every stretch of boilerplate cut
// out, so that a paragraph the boilerplate was cut out of (政##paidbegin##治)
// lies in it as the paragraph's text does.
func withoutNoise(doc *ast.Document) string {
	noise := append([]ast.Noise{}, doc.Noise...)
	sort.Slice(noise, func(i, j int) bool { return noise[i].Span.Start < noise[j].Span.Start })
	var b strings.Builder
	at := 0
	for _, n := range noise {
		if n.Span.Start >= at {
			b.WriteString(doc.Text[at:n.Span.Start])
			at = n.Span.End
		}
	}
	b.WriteString(doc.Text[at:])
	return b.String()
}

// inSource reports whether piece lies in the text, give or take the white
// space the contract allows between a node's text and its bytes.
func inSource(piece, source, sourceNoSpace string) bool {
	if strings.Contains(source, piece) {
		return true
	}
	return strings.Contains(sourceNoSpace, stripSpace(piece))
}

func stripSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

// joinParts puts the pieces of each record back together: consecutive
// records with part 1…parts become one.
func joinParts(t *testing.T, cs []chunk) []chunk {
	t.Helper()
	var out []chunk
	for _, c := range cs {
		if c.Part < 1 || c.Part > c.Parts {
			t.Errorf("part %d of %d", c.Part, c.Parts)
		}
		if c.Part == 1 {
			out = append(out, c)
			continue
		}
		last := &out[len(out)-1]
		if c.Part != last.Part+1 || c.Parts != last.Parts || strings.Join(c.Path, ">") != strings.Join(last.Path, ">") || c.Kind != last.Kind {
			t.Errorf("piece %d/%d %v does not continue %d/%d %v", c.Part, c.Parts, c.Path, last.Part, last.Parts, last.Path)
		}
		last.Part = c.Part
		last.Text += "\n" + c.Text
	}
	return out
}

// TestChunks checks the records of every document, with and without all
// and max chars: they are the records the tree calls for, in its order,
// with its paths; every line of every text lies in the source less its
// boilerplate; spans and lines agree and lie in the text; and pieces are
// no longer than max chars and put together give the whole text.
func TestChunks(t *testing.T) {
	for _, d := range docs(t) {
		source := withoutNoise(d.doc)
		sourceNoSpace := stripSpace(source)
		for _, opt := range []export.Options{{}, {All: true}, {All: true, MaxChars: 60}, {MaxChars: 7}} {
			t.Run(fmt.Sprintf("%s/all=%v,max=%d", d.path, opt.All, opt.MaxChars), func(t *testing.T) {
				records := readChunks(t, exportString(t, "chunks", d.doc, opt))
				for _, c := range records {
					checkChunk(t, d.doc, c, opt)
					for _, piece := range strings.Split(c.Text, "\n") {
						if !inSource(piece, source, sourceNoSpace) {
							t.Errorf("%v: text %q is not in the source", c.Path, piece)
						}
					}
				}
				var got []string
				for _, c := range joinParts(t, records) {
					text := c.Text
					if opt.MaxChars > 0 {
						// A split between paragraphs or sentences may
						// fall where the whole text had a "\n" or not.
						text = strings.ReplaceAll(text, "\n", "")
					}
					got = append(got, wantChunk{kind: c.Kind, path: strings.Join(c.Path, " > "), marker: c.Marker, level: c.Level, text: text}.String())
				}
				var want []string
				for _, w := range wantChunks(d.doc, opt.All) {
					if opt.MaxChars > 0 {
						w.text = strings.ReplaceAll(w.text, "\n", "")
					}
					want = append(want, w.String())
				}
				if g, w := strings.Join(got, "\n"), strings.Join(want, "\n"); g != w {
					t.Errorf("records differ from the tree\n got:\n%s\nwant:\n%s", g, w)
				}
			})
		}
	}
}

func checkChunk(t *testing.T, doc *ast.Document, c chunk, opt export.Options) {
	t.Helper()
	if c.Source != doc.Source {
		t.Errorf("source %+v, want the document's %+v", c.Source, doc.Source)
	}
	if n := utf8.RuneCountInString(c.Text); opt.MaxChars > 0 && n > opt.MaxChars {
		t.Errorf("%v: %d characters, more than %d", c.Path, n, opt.MaxChars)
	}
	if !utf8.ValidString(c.Text) {
		t.Errorf("%v: text cut inside a character", c.Path)
	}
	s := c.Span
	if s.Start < 0 || s.Start > s.End || s.End > len(doc.Text) || s.Line < 1 || s.EndLine < s.Line {
		t.Errorf("%v: span %+v", c.Path, s)
	} else if want := strings.Count(doc.Text[:s.Start], "\n") + 1; !strings.Contains(doc.Text, "\r") && want != s.Line {
		t.Errorf("%v: span %+v starts on line %d", c.Path, s, want)
	}
	if c.Lines != [2]int{s.Line, s.EndLine} {
		t.Errorf("%v: lines %v, span %+v", c.Path, c.Lines, s)
	}
	if c.Kind == "section" && (c.Marker == "" || c.Level < 1) || c.Kind != "section" && (c.Marker != "" || c.Title != "" || c.Level != 0) {
		t.Errorf("%s record with marker %q, title %q, level %d", c.Kind, c.Marker, c.Title, c.Level)
	}
}
