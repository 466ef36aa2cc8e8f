package dagang_test

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"runtime"
	"strings"
	"testing"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/docjson"
)

// Hostile shapes of input, each built at a size n (about n repetitions of
// its unit). Users feed whatever they have: gigantic single-line dumps,
// files of a million short lines, brackets nested thousands deep, heading
// numbering that restarts on every line.
var shapes = []struct {
	name string
	make func(n int) []byte
}{
	{"one long line", repeat("这是一段很长的正文，没有换行。", "")},
	{"one long line of points", repeat("一是学习理论。二是联系实际。三是推动工作。", "")},
	{"one long line of formulas", repeat("谢谢大家！", "")},
	{"one long line of distinct formulas", func(n int) []byte {
		var b strings.Builder
		for i := range n {
			fmt.Fprintf(&b, "谢谢大家%d！", i)
		}
		return []byte(b.String())
	}},
	{"many short lines", repeat("一、提高站位\n（一）加强领导。\n1.抓好落实。\n一是要学习，二是要实践。\n正文正文正文。\n", "")},
	{"nested brackets", func(n int) []byte {
		return []byte("一、" + strings.Repeat("（", n) + "一" + strings.Repeat("）", n) + "\n")
	}},
	{"nested brackets as markers", repeat("（（（（（（（（（（一）））））））））\n", "")},
	{"every ranked style, nested", func(n int) []byte {
		var b strings.Builder
		for i := 1; i <= n/10+1; i++ {
			fmt.Fprintf(&b, "第%d部分 总\n第%d章 章\n第%d节 节\n%d、标题\n（%d）标题\n%d.标题\n（%d）标题\n%c标题\n%c标题\n%c标题\n",
				i, i, i, i, i, i, i, '①'+rune((i-1)%20), '⑴'+rune((i-1)%20), '⒈'+rune((i-1)%20))
		}
		return []byte(b.String())
	}},
	{"restarts on every line", repeat("（一）标题\n一是学习\n", "")},
	{"title repeated with boilerplate inside", repeat("政##paidbegin##治\n", "在会议上的讲话\n")},
	{"collection separators", repeat("【篇一】\n在会议上的讲话\n同志们：\n谢谢大家！\n", "讲话稿汇编10篇\n")},
	{"title-like lines", repeat("关于学习的讲话\n", "")},
}

func shapeNamed(tb testing.TB, name string) func(int) []byte {
	for _, s := range shapes {
		if s.name == name {
			return s.make
		}
	}
	tb.Fatalf("no shape %q", name)
	return nil
}

// repeat builds an input of a head and n copies of unit.
func repeat(unit, head string) func(int) []byte {
	return func(n int) []byte { return []byte(head + strings.Repeat(unit, n)) }
}

// measure parses raw and writes its JSON, and returns the bytes allocated
// on the way and the bytes the document holds on to (the live heap it
// adds, its copy of the text included, measured after a collection).
func measure(t testing.TB, raw []byte) (allocated, retained uint64) {
	t.Helper()
	var before, parsed, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	doc, err := dagang.Parse("x", raw, nil)
	if err != nil {
		t.Fatal(err)
	}
	if err := docjson.Write(io.Discard, doc, docjson.Options{}); err != nil {
		t.Fatal(err)
	}
	runtime.ReadMemStats(&after)
	runtime.GC()
	runtime.ReadMemStats(&parsed)
	runtime.KeepAlive(doc)
	runtime.KeepAlive(raw)
	return after.TotalAlloc - before.TotalAlloc, parsed.HeapAlloc - min(parsed.HeapAlloc, before.HeapAlloc)
}

// TestLinearAllocation parses every shape at sizes n and 4n and asserts
// that the bytes allocated grow linearly: at most 5.5 times for 4 times the
// input (quadratic growth gives 16). It also bounds the constants: the
// bytes allocated per byte of input (the worst shape, a new list style on
// every line, takes about 420) and the bytes the document keeps per byte of
// input (about 30 at worst: every line a node of the tree).
func TestLinearAllocation(t *testing.T) {
	if testing.Short() {
		t.Skip("parses several megabytes")
	}
	const (
		n                        = 2500
		maxAllocatedPerInputByte = 512
		maxKeptPerInputByte      = 48
	)
	for _, s := range shapes {
		t.Run(s.name, func(t *testing.T) {
			small, large := s.make(n), s.make(4*n)
			a, _ := measure(t, small)
			b, kept := measure(t, large)
			ratio := float64(b) / float64(a)
			t.Logf("%d → %d input bytes: %d → %d bytes allocated (×%.2f), %d kept (%.1f per input byte)",
				len(small), len(large), a, b, ratio, kept, float64(kept)/float64(len(large)))
			if ratio > 5.5 {
				t.Errorf("4× the input allocates %.1f× the memory", ratio)
			}
			if per := float64(b) / float64(len(large)); per > maxAllocatedPerInputByte {
				t.Errorf("%.0f bytes allocated per byte of input", per)
			}
			if per := float64(kept) / float64(len(large)); per > maxKeptPerInputByte {
				t.Errorf("the document keeps %.0f bytes per byte of input", per)
			}
		})
	}
}

// TestBoundedDepth: no shape of input nests sections deeper than the
// styles allow, however long it is (the tree and its encoders recurse by
// depth).
func TestBoundedDepth(t *testing.T) {
	const maxDepth = 16
	for _, s := range shapes {
		doc, err := dagang.Parse("x", s.make(2000), nil)
		if err != nil {
			t.Fatal(err)
		}
		deepest := 0
		_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if sec, ok := n.(*ast.Section); ok && entering {
				deepest = max(deepest, sec.Level)
			}
			return ast.WalkContinue, nil
		})
		if deepest > maxDepth {
			t.Errorf("%s: sections nested %d deep", s.name, deepest)
		}
	}
}

// BenchmarkShapes parses every shape at two sizes, 4× apart; ns/op and
// B/op of the pair show whether the cost is linear:
//
//	go test -run '^$' -bench BenchmarkShapes -benchmem .
func BenchmarkShapes(b *testing.B) {
	for _, s := range shapes {
		for _, n := range []int{10000, 40000} {
			raw := s.make(n)
			b.Run(fmt.Sprintf("%s/%d", s.name, n), func(b *testing.B) {
				b.SetBytes(int64(len(raw)))
				b.ReportAllocs()
				for b.Loop() {
					if _, err := dagang.Parse("x", raw, nil); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

// BenchmarkHuge parses the sizes the limits promise: a 200 MB file of one
// line, a million-line file, 10,000 nested brackets. It takes a minute and
// gigabytes of memory; run it on purpose:
//
//	go test -run '^$' -bench BenchmarkHuge -benchtime 1x -benchmem .
func BenchmarkHuge(b *testing.B) {
	huge := []struct {
		name string
		raw  func() []byte
	}{
		{"one line of 200 MB", func() []byte {
			unit := "这是一段很长的正文，没有换行。"
			return bytes.Repeat([]byte(unit), 200<<20/len(unit))
		}},
		{"a million lines", func() []byte { return shapeNamed(b, "many short lines")(1000000 / 5) }},
		{"10000 nested brackets", func() []byte { return shapeNamed(b, "nested brackets")(10000) }},
	}
	for _, h := range huge {
		raw := h.raw()
		b.Run(h.name, func(b *testing.B) {
			b.SetBytes(int64(len(raw)))
			b.ReportAllocs()
			for b.Loop() {
				doc, err := dagang.Parse("x", raw, nil)
				if err != nil {
					b.Fatal(err)
				}
				if err := docjson.Write(io.Discard, doc, docjson.Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// endless is a reader that never ends: one unit over and over.
type endless struct {
	unit []byte
	at   int
	read int64
}

func (r *endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = r.unit[r.at]
		r.at = (r.at + 1) % len(r.unit)
	}
	r.read += int64(len(p))
	return len(p), nil
}

// TestParseEndlessInput: an input that never ends is refused, not read
// until memory runs out: zeros (dagang parse /dev/zero) as binary after
// their first bytes, text (yes 一、标题 | dagang parse --max-input 64MiB -)
// at the limit, with an error that names it.
func TestParseEndlessInput(t *testing.T) {
	zeros := &endless{unit: []byte{0}}
	if _, err := dagang.Parse("/dev/zero", zeros, nil); !errors.Is(err, dagang.ErrBinary) {
		t.Errorf("zeros: %v, want ErrBinary", err)
	}
	if zeros.read > 64<<10 {
		t.Errorf("zeros: %d bytes read before the refusal", zeros.read)
	}
	text := &endless{unit: []byte("一、标题\n")}
	_, err := dagang.Parse("-", text, &dagang.Options{MaxInput: 64 << 20})
	if !errors.Is(err, dagang.ErrTooLarge) || !strings.Contains(err.Error(), "64 MiB") {
		t.Errorf("text: %v, want ErrTooLarge naming 64 MiB", err)
	}
	if text.read > 64<<20+1 {
		t.Errorf("text: %d bytes read, the limit is %d", text.read, 64<<20)
	}
}
