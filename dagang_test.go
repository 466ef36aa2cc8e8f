package dagang_test

import (
	"bytes"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/unicode"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/decode"
	"github.com/dagang/dagang/docjson"
	"github.com/dagang/dagang/testkit/invariant"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/docs")

// TestGolden parses every fixture under testdata/docs and compares the JSON
// document with the golden file beside it (go test -run TestGolden -update
// rewrites them).
func TestGolden(t *testing.T) {
	inputs, err := filepath.Glob("testdata/docs/*.txt")
	if err != nil || len(inputs) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	for _, in := range inputs {
		name := filepath.Base(in)
		t.Run(strings.TrimSuffix(name, ".txt"), func(t *testing.T) {
			raw, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := dagang.Parse(name, raw, nil)
			if err != nil {
				t.Fatal(err)
			}
			var got bytes.Buffer
			if err := docjson.Write(&got, doc, docjson.Options{Indent: "  "}); err != nil {
				t.Fatal(err)
			}
			got.WriteByte('\n')
			golden := strings.TrimSuffix(in, ".txt") + ".json"
			if *update {
				if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatalf("%v (run go test -run TestGolden -update)", err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("%s differs from %s; run go test -run TestGolden -update and review the diff", name, golden)
			}
		})
	}
}

// inputs lists the text files the invariants are checked on: every
// fixture, and the shared seeds and corpus when they are beside the
// project (they are in CI).
func inputs(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, pattern := range []string{"testdata/*/*.txt", "../shared/seeds/*.txt", "../shared/corpus/*.txt"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	return files
}

// TestLossless asserts docs/json.md's invariants (the same ones
// ../shared/tools/lossless-check checks) on every input.
func TestLossless(t *testing.T) {
	for _, in := range inputs(t) {
		raw, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		doc, err := dagang.Parse(in, raw, nil)
		if err != nil {
			t.Errorf("%s: %v", in, err)
			continue
		}
		for _, e := range invariant.Check(doc, 5) {
			t.Errorf("%s: %v", in, e)
		}
		if len(bytes.TrimSpace(raw)) > 0 && len(doc.Speeches) == 0 {
			t.Errorf("%s: a non-empty input gave no speech", in)
		}
	}
}

// outline is the part of a document that must not depend on how the input
// was encoded: titles, salutations, the section trees, the closings, the
// noise kinds and the diagnostics' codes and lines.
func outline(doc *ast.Document) string {
	var b strings.Builder
	b.WriteString("@" + doc.Title + "\n")
	for _, sp := range doc.Speeches {
		b.WriteString("# " + sp.Title + "\n")
		_ = ast.Walk(sp, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
			if !entering {
				return ast.WalkContinue, nil
			}
			switch n := n.(type) {
			case *ast.Section:
				b.WriteString(strings.Repeat("  ", n.Level) + n.Marker + " " + n.Title + "\n")
			case *ast.Para:
				b.WriteString(strings.Repeat(".", len(n.Points)) + n.Text + "\n")
			}
			return ast.WalkContinue, nil
		})
	}
	for _, n := range doc.Noise {
		b.WriteString(string(n.Kind) + " " + strings.Join(strings.Fields(n.Text), " ") + "\n")
	}
	for _, d := range doc.Diagnostics {
		b.WriteString(string(d.Code) + " " + d.Message + "\n")
	}
	return b.String()
}

// TestEncodings builds GB18030, UTF-16 (both byte orders, with BOM),
// BOM-prefixed UTF-8 and CRLF copies of every seed and fixture, and checks
// that each gives the same outline as the UTF-8 original.
func TestEncodings(t *testing.T) {
	gb := simplifiedchinese.GB18030.NewEncoder()
	le := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder()
	be := unicode.UTF16(unicode.BigEndian, unicode.UseBOM).NewEncoder()
	for _, in := range inputs(t) {
		if strings.Contains(in, "corpus") {
			continue // long; the seeds and fixtures cover the encodings
		}
		raw, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		orig, err := dagang.Parse("x", raw, nil)
		if err != nil {
			t.Fatal(err)
		}
		want := outline(orig)
		crlf := []byte(strings.ReplaceAll(strings.ReplaceAll(string(raw), "\r\n", "\n"), "\n", "\r\n"))
		copies := map[string][]byte{
			"bom":  append([]byte{0xEF, 0xBB, 0xBF}, raw...),
			"crlf": crlf,
			"cr":   []byte(strings.ReplaceAll(strings.ReplaceAll(string(raw), "\r\n", "\n"), "\n", "\r")),
		}
		for name, enc := range map[string]interface{ Bytes([]byte) ([]byte, error) }{"gb18030": gb, "utf-16le": le, "utf-16be": be} {
			b, err := enc.Bytes(raw)
			if err != nil {
				t.Fatalf("%s: encode %s: %v", in, name, err)
			}
			copies[name] = b
		}
		copies["gb18030-crlf"], _ = gb.Bytes(crlf)
		for name, b := range copies {
			doc, err := dagang.Parse("x", b, nil)
			if err != nil {
				t.Errorf("%s as %s: %v", in, name, err)
				continue
			}
			if got := outline(doc); got != want {
				t.Errorf("%s as %s: outline differs:\n%s", in, name, firstDiff(want, got))
			}
			wantEnc := map[string]string{"gb18030": "gb18030", "gb18030-crlf": "gb18030", "utf-16le": "utf-16le", "utf-16be": "utf-16be"}[name]
			if wantEnc == "" {
				wantEnc = "utf-8"
			}
			if len(bytes.TrimSpace(raw)) > 0 && isASCII(raw) {
				continue
			}
			if doc.Source.Encoding != wantEnc && len(raw) > 0 {
				t.Errorf("%s as %s: source.encoding %q", in, name, doc.Source.Encoding)
			}
			for _, e := range invariant.Check(doc, 3) {
				t.Errorf("%s as %s: %v", in, name, e)
			}
		}
	}
}

func isASCII(b []byte) bool {
	for _, c := range b {
		if c >= 0x80 {
			return false
		}
	}
	return true
}

func firstDiff(a, b string) string {
	al, bl := strings.Split(a, "\n"), strings.Split(b, "\n")
	for i := 0; i < len(al) || i < len(bl); i++ {
		var x, y string
		if i < len(al) {
			x = al[i]
		}
		if i < len(bl) {
			y = bl[i]
		}
		if x != y {
			return "want: " + x + "\n got: " + y
		}
	}
	return ""
}

// TestParserReuse: a Parser that has read other documents gives each the
// outline a fresh one gives, in whatever order the documents come.
func TestParserReuse(t *testing.T) {
	files := inputs(t)
	fresh := make([][]byte, len(files))
	for k, in := range files {
		fresh[k] = encodeFile(t, dagang.NewParser(nil), in)
	}
	forward, backward := dagang.NewParser(nil), dagang.NewParser(nil)
	for k, in := range files {
		if got := encodeFile(t, forward, in); !bytes.Equal(got, fresh[k]) {
			t.Errorf("%s: a Parser that read the files before it gives another document: %s", in, firstDiff(string(got), string(fresh[k])))
		}
	}
	for k := len(files) - 1; k >= 0; k-- {
		if got := encodeFile(t, backward, files[k]); !bytes.Equal(got, fresh[k]) {
			t.Errorf("%s: a Parser that read the files after it gives another document: %s", files[k], firstDiff(string(got), string(fresh[k])))
		}
	}
}

// TestPooledParsers: the package's functions, which lend one Parser after
// another to whoever calls them, give every document the outline a fresh
// Parser gives, called from several goroutines at once, each reading the
// inputs in an order of its own, through each of the four functions.
func TestPooledParsers(t *testing.T) {
	files := inputs(t)
	fresh := make([][]byte, len(files))
	raws := make([][]byte, len(files))
	for k, in := range files {
		raw, err := os.ReadFile(in)
		if err != nil {
			t.Fatal(err)
		}
		raws[k] = raw
		fresh[k] = encodeBytes(t, dagang.NewParser(nil), raw, in)
	}
	parse := []func(raw []byte, name string) (*ast.Document, error){
		func(raw []byte, name string) (*ast.Document, error) {
			return dagang.Parse(name, raw, nil)
		},
		func(raw []byte, name string) (*ast.Document, error) {
			return dagang.Parse(name, string(raw), nil)
		},
		func(raw []byte, name string) (*ast.Document, error) {
			return dagang.Parse(name, bytes.NewReader(raw), nil)
		},
		func(raw []byte, name string) (*ast.Document, error) {
			text, err := decode.Input(raw, decode.Options{})
			if err != nil {
				return nil, err
			}
			return dagang.Parse(name, text, nil)
		},
	}
	var wg sync.WaitGroup
	for g := range 4 {
		wg.Go(func() {
			order := rand.New(rand.NewPCG(uint64(g), 7)).Perm(len(files))
			for n, k := range order {
				doc, err := parse[(g+n)%len(parse)](raws[k], files[k])
				var got bytes.Buffer
				if err == nil {
					err = docjson.Write(&got, doc, docjson.Options{})
				}
				if err != nil || !bytes.Equal(got.Bytes(), fresh[k]) {
					t.Errorf("goroutine %d, %s: err %v, %s", g, files[k], err, firstDiff(got.String(), string(fresh[k])))
				}
			}
		})
	}
	wg.Wait()
}

func encodeFile(t *testing.T, p *dagang.Parser, path string) []byte {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return encodeBytes(t, p, raw, path)
}

// TestWorkers: a large document parsed on several goroutines is the one
// parsed on the caller's alone, for a collection (whose speeches are built
// at the same time) and for one long speech.
func TestWorkers(t *testing.T) {
	for _, in := range []struct {
		name      string
		oneSpeech bool
	}{{"collection", false}, {"speech", true}} {
		raw := generated(t, 2<<20, in.oneSpeech)
		one := dagang.NewParser(&dagang.Options{Workers: 1})
		want := encodeBytes(t, one, raw, "generated.txt")
		for _, n := range []int{2, 4} {
			p := dagang.NewParser(&dagang.Options{Workers: n})
			doc, err := p.Parse("generated.txt", raw)
			if err != nil {
				t.Fatal(err)
			}
			if got := encodeWith(t, doc, docjson.Options{}); !bytes.Equal(got, want) {
				t.Errorf("%s parsed on %d goroutines: another document than on one: %s", in.name, n, byteDiff(got, want))
			}
		}
	}
}

func encodeBytes(t *testing.T, p *dagang.Parser, raw []byte, name string) []byte {
	t.Helper()
	doc, err := p.Parse(name, raw)
	if err != nil {
		t.Fatalf("%s: %v", name, err)
	}
	return encodeWith(t, doc, docjson.Options{})
}

func encodeWith(t *testing.T, doc *ast.Document, opt docjson.Options) []byte {
	t.Helper()
	var out bytes.Buffer
	if err := docjson.Write(&out, doc, opt); err != nil {
		t.Fatal(err)
	}
	return out.Bytes()
}

// byteDiff shows where two encodings first differ.
func byteDiff(got, want []byte) string {
	i := 0
	for i < len(got) && i < len(want) && got[i] == want[i] {
		i++
	}
	from := max(i-60, 0)
	return fmt.Sprintf("at byte %d: got …%s…, want …%s…", i, got[from:min(i+60, len(got))], want[from:min(i+60, len(want))])
}
