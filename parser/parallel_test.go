package parser

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/decode"
	"github.com/dagang/dagang/docjson"
	"github.com/dagang/dagang/grammar"
	"github.com/dagang/dagang/internal/scan"
	"github.com/dagang/dagang/testkit/alloc"
)

// splitEverything returns a Memo that parses every document, however
// small, on workers goroutines.
func splitEverything(workers int) *Memo {
	m := NewMemo()
	m.SetWorkers(workers)
	m.splitMin, m.titlesMin = 0, 0
	return m
}

func encoded(t testing.TB, doc *ast.Document) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := docjson.Write(&b, doc, docjson.Options{}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// parallelInputs is every fixture and shared document, decoded, and one
// collection made of them all: the speeches of a collection are what is
// built on several goroutines.
func parallelInputs(t *testing.T) map[string]string {
	t.Helper()
	texts := map[string]string{}
	var all strings.Builder
	all.WriteString("讲话稿合集\n\n")
	k := 0
	for _, pattern := range []string{"../testdata/*/*.txt", "../../shared/seeds/*.txt", "../../shared/corpus/*.txt"} {
		files, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d, err := decode.Decode(raw)
			if err != nil {
				continue // the fixtures of undecodable input
			}
			texts[f] = d.Text
			k++
			fmt.Fprintf(&all, "【篇%d】\n%s\n\n", k, d.Text)
		}
	}
	if k == 0 {
		t.Fatal("no fixtures")
	}
	texts["collection"] = all.String()
	// And a collection without separators: speeches that follow each
	// other's closing formula, whose starts are found by their titles.
	var titled strings.Builder
	titled.WriteString("讲话稿合集\n\n")
	for k := range 40 {
		fmt.Fprintf(&titled, "在第%d次工作会议上的讲话\n同志们：\n一、总体要求\n今年以来，我们做了大量工作。\n二、重点任务\n要抓好落实。\n谢谢大家！\n\n", k+1)
	}
	texts["titled collection"] = titled.String()
	return texts
}

// TestParallelSameDocument: a document parsed on several goroutines is the
// document parsed on one, to the byte, whatever the number of goroutines.
func TestParallelSameDocument(t *testing.T) {
	one := NewMemo()
	one.SetWorkers(1)
	split := map[int]*Memo{2: splitEverything(2), 3: splitEverything(3), 8: splitEverything(8)}
	speeches := 0
	for name, text := range parallelInputs(t) {
		want := one.Parse(text, ast.Source{Name: name})
		wantJSON := encoded(t, want)
		if name == "collection" {
			speeches = len(want.Speeches)
		}
		for n, m := range split {
			if got := encoded(t, m.Parse(text, ast.Source{Name: name})); !bytes.Equal(got, wantJSON) {
				t.Errorf("%s on %d goroutines: another document than on one (first difference at byte %d)", name, n, firstDifference(got, wantJSON))
			}
		}
	}
	if speeches < 10 {
		t.Errorf("the collection has %d speeches: too few to share out", speeches)
	}
}

func firstDifference(a, b []byte) int {
	for i := range min(len(a), len(b)) {
		if a[i] != b[i] {
			return i
		}
	}
	return min(len(a), len(b))
}

func TestWorkersFor(t *testing.T) {
	m := NewMemo()
	m.SetWorkers(4)
	if got := m.workersFor(defaultSplitMin - 1); got != 1 {
		t.Errorf("a small text on %d goroutines, want 1", got)
	}
	if got := m.workersFor(defaultSplitMin); got != 4 {
		t.Errorf("a large text on %d goroutines, want 4", got)
	}
	m.SetWorkers(0)
	if got := m.workersFor(1 << 30); got != 1 {
		t.Errorf("SetWorkers(0): %d goroutines, want 1", got)
	}
}

func TestTextStretches(t *testing.T) {
	for _, tt := range []struct {
		text string
		n    int
		want []int
	}{
		{"", 2, []int{0, 0}},
		{"一\n二\n三\n四", 2, []int{0, 8, 15}},
		{"一\n二\n三\n四", 4, []int{0, 4, 8, 12, 15}},
		{"一行很长的文字一行很长的文字\n短", 3, []int{0, 43, 46}},
		{"一\n二\n", 8, []int{0, 4, 8}},
		{"一\r二\r三", 2, []int{0, 11}}, // no \n to cut after
	} {
		if got := textStretches(tt.text, tt.n); fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("textStretches(%q, %d) = %v, want %v", tt.text, tt.n, got, tt.want)
		}
	}
}

// FuzzParallel: on any text, the document parsed on several goroutines is
// the document parsed on one.
func FuzzParallel(f *testing.F) {
	for _, s := range []string{
		"讲话稿合集\n【篇一】\n在会上的讲话\n同志们：\n一、总体要求\n（一）提高认识。一是学习，二是落实。\n谢谢大家！\n【篇二】\n发言稿\n一、问题\n以上发言，请批评指正。",
		"标题\n\n一、甲\n二、乙\n三、丙\n本作品是公有领域\n",
		"第一篇\n标题一\n1.甲\n第二篇\n标题二\n（1）乙\n",
	} {
		f.Add(s)
	}
	one := NewMemo()
	one.SetWorkers(1)
	split := splitEverything(3)
	f.Fuzz(func(t *testing.T, s string) {
		text := strings.ToValidUTF8(s, "\uFFFD")
		var doc *ast.Document
		if allocated := alloc.Bytes(func() { doc = one.Parse(text, ast.Source{}) }); allocated > maxParseAllocPerByte*uint64(len(text))+alloc.Slack {
			t.Fatalf("the parse allocated %d bytes for a text of %d", allocated, len(text))
		}
		want := encoded(t, doc)
		if got := encoded(t, split.Parse(text, ast.Source{})); !bytes.Equal(got, want) {
			t.Errorf("on 3 goroutines: another document than on one (first difference at byte %d)\n%s\n%s", firstDifference(got, want), got, want)
		}
	})
}

// lineState is what the line phase leaves: the lines with their markers
// and noise, where they start, their scores, the inline cuts, the
// separator lines and the table of clause marks.
func lineState(p *parser, scores []lineScore) string {
	var b strings.Builder
	for i, l := range p.lines {
		fmt.Fprintf(&b, "%d %d %d %q %v", i, l.start, l.end, l.noise.kind(), scores[i])
		if l.marker != nil {
			fmt.Fprintf(&b, " %+v", *l.marker)
		}
		b.WriteByte('\n')
	}
	fmt.Fprintf(&b, "starts %v\ncuts %v\nseparators %v\n", p.idx.starts, p.cuts, p.separators)
	fmt.Fprintf(&b, "noise lines %v of %d\nclause marks %x\n", p.noiseAt, p.nonBlank, p.clauses)
	return b.String()
}

// checkNoiseListed: the noise lines listed while scoring are those a pass
// over the lines finds, and so is the count of lines that are not blank.
func checkNoiseListed(t *testing.T, p *parser, what string) {
	t.Helper()
	listed, counted := p.noiseAt, p.nonBlank
	if found := p.noiseLines(); !slices.Equal(found, listed) || p.nonBlank != counted {
		t.Errorf("%s: noise lines %v of %d listed, %v of %d found", what, listed, counted, found, p.nonBlank)
	}
}

// TestReadLinesOn: the lines read in stretches, a block at a time, are the
// lines read in one pass, whatever the line ends, the number of stretches
// and the size of the blocks.
func TestReadLinesOn(t *testing.T) {
	for _, text := range []string{
		"", "\n", "\n\n\n", "一", "一\n", "一\r\n二\r\n", "一\r二\r三", "一\r\n\r\n二\n\r三\r",
		"\u3000一、总体要求\u3000\n\t（一）提高认识。 \r\n\n\n二、落实\n【篇二】\n关注公众号获取更多范文##paidbegin##\n",
		strings.Repeat("第一行文字\r\n", 40) + strings.Repeat("1.第二段\n", 37) + "末行",
		strings.Repeat("\r", 9) + strings.Repeat("\n", 9),
		"扫码关注公众号获取更多范文\n一、总体要求\n仅供学习 禁止外传\n", // boilerplate first and last
	} {
		seq := newParser(text, NewMemo())
		seq.findMarkers()
		seqScores := make([]lineScore, len(seq.lines))
		seq.scoreLines(0, len(seq.lines), seqScores)
		want := lineState(seq, seqScores)
		checkNoiseListed(t, seq, fmt.Sprintf("%q in one pass", text))
		for n := 1; n <= 6; n++ {
			p := &parser{text: text, markers: grammar.NewMarkers(), phrases: grammar.NewPhrases(), scratch: new(tables)}
			scores := p.readLinesOn(n, splitEverything(n))
			checkNoiseListed(t, p, fmt.Sprintf("%q on %d", text, n))
			if got := lineState(p, scores); got != want {
				t.Errorf("readLinesOn(%q, %d):\n%s\nreading in one pass:\n%s", text, n, got, want)
			}
		}
		for _, block := range []int{1, 5, 64} {
			n := lineCount(text, 0, len(text), true)
			p := &parser{text: text, lines: make([]line, n), clauses: scan.Table(nil, len(text)), markers: grammar.NewMarkers(), phrases: grammar.NewPhrases(), scratch: new(tables)}
			starts, scores := make([]int, n), make([]lineScore, n)
			p.readStretch(0, textBlocks(text, 0, len(text), true, block), 0, starts, scores)
			p.idx = &lineIndex{starts: starts, text: text}
			if got := lineState(p, scores); got != want {
				t.Errorf("readStretch(%q) in blocks of %d:\n%s\nreading in one pass:\n%s", text, block, got, want)
			}
		}
	}
}

// TestBuildSpeechesOnPanic: a panic while building a speech on another
// goroutine reaches the caller's goroutine, which can recover from it as
// from a parse on one goroutine, rather than ending the program.
func TestBuildSpeechesOnPanic(t *testing.T) {
	text := "讲话稿合集\n【篇一】\n一、甲\n【篇二】\n二、乙\n【篇三】\n三、丙\n"
	m := splitEverything(3)
	p := newParser(text, m)
	p.findMarkers()
	p.markNoise()
	segs := p.segmentsOn(p.contentLines()[1:], true, 1, nil)
	if len(segs) < 3 {
		t.Fatalf("%d segments, want 3", len(segs))
	}
	segs[2].lines = []int{len(p.lines) + 10} // no such line: building it panics
	defer func() {
		if recover() == nil {
			t.Error("no panic from a speech with a line that does not exist")
		}
	}()
	p.buildSpeechesOn(segs, 3, m)
}

// maxParseAllocPerByte bounds what a parse allocates per byte of its text
// (FuzzParallel): the root package's TestLinearAllocation holds the worst
// shapes to 512 with the JSON written; the parse alone takes less.
const maxParseAllocPerByte = 512
