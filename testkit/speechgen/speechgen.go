// Package speechgen builds realistic speech texts of any size for
// benchmarks. It takes its material — titles, salutations, paragraphs,
// heading titles, closing formulas, boilerplate lines — from speeches it is
// given (the project's own fixtures), parses them with dagang, and composes
// new speeches from the parts: a collection title, then speeches with a
// title, salutation, preamble, two or three levels of numbered sections
// (一、 （一） 1. 一是), points inside paragraphs, closing remarks, a formula,
// and now and then an advertisement or a page counter, as web copies have.
//
// It is a test kit for the benchmarks: it parses its material with the
// package dagang itself, so it sits in testkit/ above the root package,
// as a command does, and no package of the pipeline imports it.
package speechgen

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/grammar"
)

// Material is what speeches are composed from.
type Material struct {
	Titles        []string
	Salutations   []string
	Paragraphs    []string
	HeadingTitles []string
	Closings      []string
	Formulas      []string
	Noise         []string
}

// HarvestDir harvests the fixtures of a checkout, the .txt files of
// dir/testdata/docs: what the benchmarks, the load test and the pipeline's
// bench generate their speeches from.
func HarvestDir(dir string) (*Material, error) {
	files, err := filepath.Glob(filepath.Join(dir, "testdata", "docs", "*.txt"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no fixtures under %s", filepath.Join(dir, "testdata", "docs"))
	}
	sources := map[string][]byte{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		sources[f] = b
	}
	return Harvest(sources)
}

// Harvest parses the source texts and collects their parts.
func Harvest(sources map[string][]byte) (*Material, error) {
	m := &Material{}
	names := make([]string, 0, len(sources))
	for name := range sources {
		names = append(names, name)
	}
	sort.Strings(names) // the same material, in the same order, every time
	for _, name := range names {
		doc, err := dagang.Parse(name, sources[name], nil)
		if err != nil {
			return nil, fmt.Errorf("harvest %s: %w", name, err)
		}
		m.add(doc)
	}
	if len(m.Paragraphs) == 0 || len(m.HeadingTitles) == 0 || len(m.Titles) == 0 {
		return nil, errors.New("harvest: the sources hold no titled speech with sections and paragraphs")
	}
	if len(m.Salutations) == 0 {
		m.Salutations = []string{"同志们："}
	}
	if len(m.Formulas) == 0 {
		m.Formulas = []string{"谢谢大家！"}
	}
	return m, nil
}

func (m *Material) add(doc *ast.Document) {
	for _, n := range doc.Noise {
		if n.Kind == ast.NoiseAd || n.Kind == ast.NoiseWatermark {
			m.Noise = append(m.Noise, strings.Join(strings.Fields(n.Text), " "))
		}
	}
	for _, sp := range doc.Speeches {
		// A title of its own, not a separator that stood in for one (【篇三】).
		if sp.TitleSpan != nil && utf8.RuneCountInString(sp.Title) >= 6 && !strings.HasPrefix(sp.Title, "【") {
			m.Titles = append(m.Titles, sp.Title)
		}
		if sp.Salutation != nil {
			m.Salutations = append(m.Salutations, sp.Salutation.Text)
		}
		for _, p := range sp.Preamble {
			m.addParagraph(p.Text)
		}
		_ = ast.Walk(sp, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if s, ok := n.(*ast.Section); ok && entering && !s.Implied && s.Title != "" {
				m.HeadingTitles = append(m.HeadingTitles, s.Title)
				for _, p := range s.Body {
					m.addParagraph(p.Text)
				}
			}
			return ast.WalkContinue, nil
		})
		if sp.Closing != nil {
			for _, p := range sp.Closing.Paragraphs {
				m.Closings = append(m.Closings, p.Text)
			}
			if sp.Closing.Formula != nil {
				m.Formulas = append(m.Formulas, sp.Closing.Formula.Text)
			}
		}
	}
}

// addParagraph keeps paragraphs that do not open with a marker (a line
// kept as text, such as 二是… continuing an enumeration, would number
// wrongly where the generator puts it).
func (m *Material) addParagraph(p string) {
	if mk, ok := grammar.ParseMarker(p); ok && mk.Trap == "" {
		return
	}
	m.Paragraphs = append(m.Paragraphs, p)
}

// Generator writes speeches from a Material.
type Generator struct {
	m   *Material
	rnd *rand.Rand
}

// New returns a generator whose output depends only on m and seed.
func New(m *Material, seed uint64) *Generator {
	return &Generator{m: m, rnd: rand.New(rand.NewPCG(seed, seed^0x9e3779b97f4a7c15))}
}

func (g *Generator) pick(list []string) string { return list[g.rnd.IntN(len(list))] }

// WriteCollection writes a collection of about size bytes: a collection
// title, then speeches separated by 【篇N】 lines.
func (g *Generator) WriteCollection(w io.Writer, size int) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	cw := &countingWriter{w: bw}
	fmt.Fprintf(cw, "%s汇编\n", g.pick(g.m.Titles))
	for n := 1; cw.n < size; n++ {
		fmt.Fprintf(cw, "【篇%s】\n", numeral(n))
		g.speech(cw)
	}
	if cw.err != nil {
		return cw.err
	}
	return bw.Flush()
}

// WriteSpeech writes one speech of about size bytes.
func (g *Generator) WriteSpeech(w io.Writer, size int) error {
	bw := bufio.NewWriterSize(w, 64<<10)
	cw := &countingWriter{w: bw}
	g.speechOfSize(cw, size)
	if cw.err != nil {
		return cw.err
	}
	return bw.Flush()
}

// speech writes a speech of two to five top-level sections.
func (g *Generator) speech(w *countingWriter) {
	g.head(w)
	for i := 1; i <= 2+g.rnd.IntN(4); i++ {
		g.section(w, i)
	}
	g.tail(w)
}

// speechOfSize writes one speech with as many sections as it takes to
// reach size, in parts (第一部分 …) of at most 99 sections each.
func (g *Generator) speechOfSize(w *countingWriter, size int) {
	g.head(w)
	for part, i := 1, 1; w.n < size; i++ {
		if i%99 == 1 {
			fmt.Fprintf(w, "第%s部分 %s\n", numeral(part), g.pick(g.m.HeadingTitles))
			part++
		}
		g.section(w, (i-1)%99+1)
	}
	g.tail(w)
}

func (g *Generator) head(w *countingWriter) {
	fmt.Fprintln(w, g.pick(g.m.Titles))
	if len(g.m.Noise) > 0 && g.rnd.IntN(4) == 0 {
		fmt.Fprintln(w, g.pick(g.m.Noise))
	}
	fmt.Fprintln(w, g.pick(g.m.Salutations))
	for i := 0; i <= g.rnd.IntN(3); i++ {
		fmt.Fprintln(w, g.paragraph())
	}
}

func (g *Generator) tail(w *countingWriter) {
	if len(g.m.Closings) > 0 && g.rnd.IntN(2) == 0 {
		fmt.Fprintln(w, g.pick(g.m.Closings))
	}
	fmt.Fprintln(w, g.pick(g.m.Formulas))
	if len(g.m.Noise) > 0 && g.rnd.IntN(3) == 0 {
		fmt.Fprintln(w, g.pick(g.m.Noise))
	}
}

// section writes 一、 with its paragraphs and, most of the time, a list of
// （一） items, some of which hold 1. items or 一是 items.
func (g *Generator) section(w *countingWriter, n int) {
	fmt.Fprintf(w, "%s、%s\n", numeral(n), g.pick(g.m.HeadingTitles))
	g.paragraphs(w, 1+g.rnd.IntN(2))
	if g.rnd.IntN(4) == 0 {
		return
	}
	for i := 1; i <= 2+g.rnd.IntN(3); i++ {
		fmt.Fprintf(w, "（%s）%s。%s\n", grammar.HanNumeral(i), g.pick(g.m.HeadingTitles), g.paragraph())
		switch g.rnd.IntN(3) {
		case 0:
			for j := 1; j <= 2+g.rnd.IntN(3); j++ {
				fmt.Fprintf(w, "%d.%s。%s\n", j, g.pick(g.m.HeadingTitles), g.paragraph())
			}
		case 1:
			for j := 1; j <= 2+g.rnd.IntN(3); j++ {
				fmt.Fprintf(w, "%s是%s。%s\n", grammar.HanNumeral(j), g.pick(g.m.HeadingTitles), g.paragraph())
			}
		default:
			g.paragraphs(w, 1+g.rnd.IntN(2))
		}
	}
}

func (g *Generator) paragraphs(w *countingWriter, k int) {
	for i := 0; i < k; i++ {
		p := g.paragraph()
		if g.rnd.IntN(5) == 0 {
			p += "一是" + g.pick(g.m.HeadingTitles) + "。二是" + g.pick(g.m.HeadingTitles) + "。"
		}
		fmt.Fprintln(w, p)
	}
}

// paragraph joins two to six harvested paragraphs: the fixtures' paragraphs
// are short, and the paragraphs of real speeches run to 150–500 characters
// (the seeds average 340 to 520 bytes a line).
func (g *Generator) paragraph() string {
	var b strings.Builder
	for i := 0; i < 2+g.rnd.IntN(5); i++ {
		b.WriteString(g.pick(g.m.Paragraphs))
	}
	return b.String()
}

// numeral writes n as a Chinese numeral; past 999 (a speech of many
// megabytes) it counts on in chapters of 999.
func numeral(n int) string {
	return grammar.HanNumeral((n-1)%999 + 1)
}

type countingWriter struct {
	w   io.Writer
	n   int
	err error
}

func (c *countingWriter) Write(p []byte) (int, error) {
	if c.err != nil {
		return 0, c.err
	}
	n, err := c.w.Write(p)
	c.n += n
	c.err = err
	return n, err
}
