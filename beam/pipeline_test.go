package dagangbeam_test

import (
	"archive/zip"
	"bytes"
	"encoding/json"
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/testing/ptest"
	"golang.org/x/text/encoding/simplifiedchinese"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/ast"
	dagangbeam "github.com/dagang/dagang/beam"
	"github.com/dagang/dagang/docjson"
)

func TestMain(m *testing.M) {
	ptest.MainWithDefault(m, "prism")
}

// TestPipeline runs the pipeline on a folder of speeches in every form
// the dagang command reads (UTF-8 and GB18030 text, a .docx, a saved
// page) and one image, in both ways of writing the documents, and holds
// it to what the library and the dagang command make of the same files.
func TestPipeline(t *testing.T) {
	dir := fixtures(t)
	want := expected(t, dir)
	for _, tc := range []struct {
		name   string
		shards int
	}{
		{"shard per bundle", 0},
		{"three shards", 3},
	} {
		t.Run(tc.name, func(t *testing.T) {
			out := t.TempDir()
			opts := dagangbeam.Options{
				Inputs: []string{filepath.Join(dir, "*.txt"), filepath.Join(dir, "*.[dhp]*")},
				Output: filepath.Join(out, "docs"),
				Shards: tc.shards,
			}
			p, s := beam.NewPipelineWithRoot()
			if err := dagangbeam.Build(s, opts); err != nil {
				t.Fatal(err)
			}
			result, err := ptest.RunWithMetrics(p)
			if err != nil {
				t.Fatal(err)
			}

			shards := shardFiles(t, opts.Output, tc.shards)
			gotDocs := linesByName(t, shards...)
			if diff := compareSets(want.documents, gotDocs); diff != "" {
				t.Errorf("documents differ from dagang.Parse's:\n%s", diff)
			}
			gotErrors := linesByName(t, opts.ErrorsPath())
			if diff := compareSets(want.errors, gotErrors); diff != "" {
				t.Errorf("error records differ:\n%s", diff)
			}
			if leftover, _ := filepath.Glob(opts.Output + ".tmp-*"); len(leftover) > 0 {
				t.Errorf("temporary files left: %v", leftover)
			}
			if got := dagangbeam.CountersOf(result.Metrics()); got != want.counters {
				t.Errorf("counters = %+v, want %+v", got, want.counters)
			}
		})
	}
}

// TestPipelineMatchesCommand holds the pipeline's output, documents and
// error records, to what `dagang parse` prints for the same files.
func TestPipelineMatchesCommand(t *testing.T) {
	if testing.Short() {
		t.Skip("builds the dagang command")
	}
	dir := fixtures(t)
	bin := filepath.Join(t.TempDir(), "dagang")
	build := exec.Command("go", "build", "-o", bin, "./cmd/dagang")
	build.Dir = ".."
	if out, err := build.CombinedOutput(); err != nil {
		t.Fatalf("go build ./cmd/dagang: %v\n%s", err, out)
	}
	files, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		t.Fatal(err)
	}
	var stdout bytes.Buffer
	cmd := exec.Command(bin, append([]string{"parse", "--quiet"}, files...)...)
	cmd.Stdout = &stdout
	// The image fails: exit status 1, its error record in the output.
	var exit *exec.ExitError
	if err := cmd.Run(); !errors.As(err, &exit) || exit.ExitCode() != 1 {
		t.Fatalf("dagang parse: %v, want exit status 1", err)
	}
	want := linesOf(t, stdout.Bytes())

	out := t.TempDir()
	// Two patterns that match the .txt files both: each is parsed once.
	opts := dagangbeam.Options{
		Inputs: []string{filepath.Join(dir, "*"), filepath.Join(dir, "*.txt")},
		Output: filepath.Join(out, "docs"),
	}
	p, s := beam.NewPipelineWithRoot()
	if err := dagangbeam.Build(s, opts); err != nil {
		t.Fatal(err)
	}
	if err := ptest.Run(p); err != nil {
		t.Fatal(err)
	}
	got := linesByName(t, append(shardFiles(t, opts.Output, 0), opts.ErrorsPath())...)
	if diff := compareSets(want, got); diff != "" {
		t.Errorf("the pipeline's lines differ from dagang parse's:\n%s", diff)
	}
}

// TestBuildRefuses: options that cannot make a pipeline are refused
// before it runs.
func TestBuildRefuses(t *testing.T) {
	for _, opts := range []dagangbeam.Options{
		{Output: "out/docs"},
		{Inputs: []string{"in/*.txt"}},
		{Inputs: []string{"in/*.txt"}, Output: "out/docs", Shards: -1},
		{Inputs: []string{"nosuchscheme://bucket/*.txt"}, Output: "out/docs"},
	} {
		p, s := beam.NewPipelineWithRoot()
		if err := dagangbeam.Build(s, opts); err == nil {
			t.Errorf("Build(%+v) = nil, want an error", opts)
		}
		_ = p
	}
}

// want is what the pipeline must write and count for a folder.
type want struct {
	documents map[string]string // line by source.name
	errors    map[string]string
	counters  dagangbeam.Counters
}

// expected parses every file of dir with the library and encodes it as
// `dagang parse` does a single document; the files the library refuses
// give the error record the dagang command writes for them.
func expected(t *testing.T, dir string) want {
	t.Helper()
	w := want{documents: map[string]string{}, errors: map[string]string{}}
	files, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil {
		t.Fatal(err)
	}
	for _, name := range files {
		raw, err := os.ReadFile(name)
		if err != nil {
			t.Fatal(err)
		}
		w.counters.Files++
		w.counters.Bytes += int64(len(raw))
		doc, err := dagang.Parse(name, nil, nil)
		if err != nil {
			w.counters.Failures++
			// As the dagang command writes it: the source as far as it is
			// known, the reason without the name.
			var line bytes.Buffer
			enc := json.NewEncoder(&line)
			enc.SetEscapeHTML(false)
			if err := enc.Encode(struct {
				Source ast.Source `json:"source"`
				Error  string     `json:"error"`
			}{ast.Source{Name: name, Bytes: len(raw)}, err.Error()}); err != nil {
				t.Fatal(err)
			}
			w.errors[name] = strings.TrimSuffix(line.String(), "\n")
			continue
		}
		var b bytes.Buffer
		if err := docjson.Write(&b, doc, docjson.Options{}); err != nil {
			t.Fatal(err)
		}
		w.documents[name] = b.String()
		speeches, sections := countJSON(t, b.Bytes())
		w.counters.Speeches += speeches
		w.counters.Sections += sections
	}
	if len(w.errors) == 0 || len(w.documents) < 20 {
		t.Fatalf("fixtures: %d documents and %d failures, want 20 or more and some", len(w.documents), len(w.errors))
	}
	return w
}

// countJSON counts the speeches of a version-1 document and their
// sections at every level, from its JSON.
func countJSON(t *testing.T, line []byte) (speeches, sections int64) {
	t.Helper()
	type section struct {
		Children []section `json:"children"`
	}
	var doc struct {
		Speeches []struct {
			Sections []section `json:"sections"`
		} `json:"speeches"`
	}
	if err := json.Unmarshal(line, &doc); err != nil {
		t.Fatal(err)
	}
	var count func([]section) int64
	count = func(ss []section) int64 {
		n := int64(len(ss))
		for _, s := range ss {
			n += count(s.Children)
		}
		return n
	}
	for _, sp := range doc.Speeches {
		sections += count(sp.Sections)
	}
	return int64(len(doc.Speeches)), sections
}

// shardFiles lists the shards written under prefix and checks their
// names: PREFIX-k-of-n for every k below n, n the given shard count
// when it is not 0.
func shardFiles(t *testing.T, prefix string, shards int) []string {
	t.Helper()
	files, err := filepath.Glob(prefix + "-*-of-*.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(files) == 0 {
		t.Fatalf("no shard under %s", prefix)
	}
	n := shards
	if n == 0 {
		n = len(files) // one for each bundle: all of them are there
	}
	var names []string
	for k := range n {
		names = append(names, dagangbeam.ShardName(prefix, k, n))
	}
	for _, f := range files {
		if !slices.Contains(names, f) {
			t.Errorf("shard %s is not one of %v", f, names)
		}
	}
	return files
}

// linesByName reads JSON Lines files into their lines by source.name.
func linesByName(t *testing.T, files ...string) map[string]string {
	t.Helper()
	var all []byte
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		all = append(all, b...)
	}
	return linesOf(t, all)
}

func linesOf(t *testing.T, b []byte) map[string]string {
	t.Helper()
	lines := map[string]string{}
	if len(b) == 0 {
		return lines
	}
	if !bytes.HasSuffix(b, []byte("\n")) {
		t.Fatalf("output does not end in a newline")
	}
	for _, line := range strings.Split(strings.TrimSuffix(string(b), "\n"), "\n") {
		var rec struct {
			Source ast.Source `json:"source"`
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("not a JSON line: %v: %.80s", err, line)
		}
		if _, dup := lines[rec.Source.Name]; dup {
			t.Errorf("%s written twice", rec.Source.Name)
		}
		lines[rec.Source.Name] = line
	}
	return lines
}

// compareSets says which names are missing, extra or different.
func compareSets(want, got map[string]string) string {
	var diff []string
	for name, w := range want {
		g, ok := got[name]
		switch {
		case !ok:
			diff = append(diff, "missing "+name)
		case g != w:
			diff = append(diff, "differs "+name+"\n  got  "+clip(g)+"\n  want "+clip(w))
		}
	}
	for name := range got {
		if _, ok := want[name]; !ok {
			diff = append(diff, "extra "+name)
		}
	}
	slices.Sort(diff)
	return strings.Join(diff, "\n")
}

func clip(s string) string {
	if len(s) > 300 {
		return s[:300] + "…"
	}
	return s
}

// fixtures makes a folder of the repository's speech fixtures and, beside
// them, a speech saved as GB18030, a Word document, a saved page and a
// PNG image.
func fixtures(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	docs, err := filepath.Glob(filepath.Join("..", "testdata", "docs", "*.txt"))
	if err != nil || len(docs) == 0 {
		t.Fatalf("no fixtures in ../testdata/docs: %v", err)
	}
	for _, f := range docs {
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		write(t, filepath.Join(dir, filepath.Base(f)), b)
	}
	gb, err := simplifiedchinese.GB18030.NewEncoder().Bytes([]byte(speech))
	if err != nil {
		t.Fatal(err)
	}
	write(t, filepath.Join(dir, "gb18030.txt"), gb)
	write(t, filepath.Join(dir, "numbered.docx"), wordDocument(t))
	write(t, filepath.Join(dir, "page.html"), []byte(page))
	write(t, filepath.Join(dir, "pixel.png"), []byte("\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"))
	return dir
}

func write(t *testing.T, path string, b []byte) {
	t.Helper()
	if err := os.WriteFile(path, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

const speech = `在全市秋季农业生产工作会议上的讲话
（2025年9月3日）
同志们：
今天召开会议，主要是部署秋收秋种工作。
一、认清形势，增强做好秋季农业生产的责任感
（一）今年以来全市农业生产总体平稳。
（二）秋季生产面临的困难不容忽视。
二、突出重点，抓好秋收秋种各项工作
（一）抓好秋粮收获。
（二）抓好冬小麦播种。
同志们，做好秋季农业生产工作意义重大，让我们共同努力，确保全年粮食丰收。
谢谢大家！
`

const page = `<!DOCTYPE html>
<html><head><meta charset="utf-8"><title>在全县教育工作会议上的讲话</title></head>
<body><div class="nav">首页 &gt; 领导讲话</div>
<h1>在全县教育工作会议上的讲话</h1>
<p>同志们：</p>
<p>这次会议的主要任务是总结去年工作，安排今年任务。</p>
<p>一、肯定成绩，坚定办好人民满意教育的信心</p>
<p>二、突出重点，推动教育事业高质量发展</p>
<p>谢谢大家！</p>
</body></html>
`

// wordDocument builds a .docx whose headings Word numbers itself (一、
// and （一）from numbering.xml), so that the text the library reads is
// the text Word displays.
func wordDocument(t *testing.T) []byte {
	t.Helper()
	const w = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	para := func(text string, level int) string {
		if level < 0 {
			return `<w:p><w:r><w:t>` + text + `</w:t></w:r></w:p>`
		}
		return `<w:p><w:pPr><w:numPr><w:ilvl w:val="` + string(rune('0'+level)) + `"/><w:numId w:val="1"/></w:numPr></w:pPr>` +
			`<w:r><w:t>` + text + `</w:t></w:r></w:p>`
	}
	body := para("在全区河湖治理工作推进会上的讲话", -1) +
		para("同志们：", -1) +
		para("今天的会议，主要是推动河湖治理各项任务落地见效。", -1) +
		para("压实河长责任", 0) + para("健全巡河制度。", 1) + para("强化考核问责。", 1) +
		para("加快项目建设", 0) + para("抓好清淤疏浚。", 1) +
		para("谢谢大家！", -1)
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
			`<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>` +
			`<Default Extension="xml" ContentType="application/xml"/>` +
			`<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>` +
			`</Types>`},
		{"_rels/.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>` +
			`</Relationships>`},
		{"word/_rels/document.xml.rels", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` +
			`<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>` +
			`</Relationships>`},
		{"word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + w + `><w:body>` + body + `</w:body></w:document>`},
		{"word/numbering.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:numbering ` + w + `>` +
			`<w:abstractNum w:abstractNumId="0">` +
			`<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="%1、"/></w:lvl>` +
			`<w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:suff w:val="nothing"/><w:lvlText w:val="（%2）"/></w:lvl>` +
			`</w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`},
	}
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, part := range parts {
		fw, err := zw.Create(part.name)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := fw.Write([]byte(part.body)); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}
