package report

import (
	"bytes"
	"encoding/json"
	"os"
	"strings"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/internal/i18n"
)

// speech has a numbering gap at line 4 behind CJK text, a bracket
// mismatch and a marker-punctuation slip, in words of the test's own.
const speech = "在全市读书活动推进会上的讲话\n同志们：\n一、提高认识\n三、抓好落实\n（一)明确分工\n1、建立台账\n谢谢大家！\n"

func findings(t *testing.T, name, text string) []Finding {
	t.Helper()
	doc, err := dagang.Parse(name, text, nil)
	if err != nil {
		t.Fatal(err)
	}
	fs := Findings(doc, i18n.New(i18n.English))
	if len(fs) == 0 {
		t.Fatal("no findings")
	}
	return fs
}

// TestByteColumns: the byte column is where the finding's first
// character starts in the line's UTF-8, the character column counts
// runes, and the offset is the span's start.
func TestByteColumns(t *testing.T) {
	fs := findings(t, "speech.txt", speech)
	lines := strings.SplitAfter(speech, "\n")
	for _, f := range fs {
		line := lines[f.Line-1]
		if f.ByteColumn < 1 || f.ByteColumn > len(line) {
			t.Fatalf("%+v: byte column outside its line", f)
		}
		if got := []rune(line)[f.Column-1]; !strings.HasPrefix(line[f.ByteColumn-1:], string(got)) {
			t.Errorf("%+v: byte column %d is not the character at column %d", f, f.ByteColumn, f.Column)
		}
		if !strings.HasPrefix(speech[f.Offset:], line[f.ByteColumn-1:f.ByteColumn]) {
			t.Errorf("%+v: offset is not at the byte column", f)
		}
	}
	if byteColumn("一、二", len("一、"), 3) != len("一、")+1 {
		t.Error("byteColumn of the third character")
	}
	if byteColumn("a\n一、二", len("a\n一"), 2) != len("一")+1 {
		t.Error("byteColumn on the second line")
	}
}

func TestTextFormat(t *testing.T) {
	fs := findings(t, "讲话.txt", speech)
	var b bytes.Buffer
	if err := Write(&b, "text", fs, Options{}); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSuffix(b.String(), "\n"), "\n")
	if len(lines) != len(fs) {
		t.Fatalf("%d lines for %d findings", len(lines), len(fs))
	}
	want := "讲话.txt:4:1: error: numbering skips: “三、” follows “一、”, 1 missing between them [numbering-gap]"
	if lines[0] != want && !strings.Contains(b.String(), "讲话.txt:4:1: error: ") {
		t.Errorf("first line %q", lines[0])
	}
}

// TestNameWithControlCharacters: a check line for a file named with a
// newline and an escape code stays one line, the characters escaped.
func TestNameWithControlCharacters(t *testing.T) {
	name := "evil\n\x1b[31mname.txt"
	fs := findings(t, name, speech)
	for _, format := range []string{"text", "github"} {
		var b bytes.Buffer
		if err := Write(&b, format, fs[:1], Options{}); err != nil {
			t.Fatal(err)
		}
		out := b.String()
		if strings.Count(out, "\n") != 1 || strings.ContainsRune(out, '\x1b') {
			t.Errorf("%s: %q is not one clean line", format, out)
		}
	}
	var b bytes.Buffer
	Write(&b, "text", fs[:1], Options{})
	if !strings.HasPrefix(b.String(), `"evil\n\033[31mname.txt":`) {
		t.Errorf("text line %q", b.String())
	}
}

func TestGitHubFormat(t *testing.T) {
	fs := findings(t, "dir,a:b.txt", speech)
	fs[0].Message = "50% done\nnext"
	var b bytes.Buffer
	if err := Write(&b, "github", fs, Options{}); err != nil {
		t.Fatal(err)
	}
	first := strings.SplitN(b.String(), "\n", 2)[0]
	want := "::error file=dir%2Ca%3Ab.txt,line=4,col=1,endLine=4,endColumn=3,title=numbering-gap::50%25 done%0Anext"
	if first != want {
		t.Errorf("got  %s\nwant %s", first, want)
	}
	for _, line := range strings.Split(strings.TrimSpace(b.String()), "\n") {
		if !strings.HasPrefix(line, "::error ") && !strings.HasPrefix(line, "::warning ") && !strings.HasPrefix(line, "::notice ") {
			t.Errorf("not a workflow command: %q", line)
		}
	}
}

// TestSARIFValidates: the SARIF log validates against the constraints of
// the SARIF 2.1.0 schema, with findings, with none, in both languages,
// and for names that need escaping in a URI.
func TestSARIFValidates(t *testing.T) {
	sarifValidates(t, "testdata/sarif-2.1.0.schema.json")
}

// TestSARIFValidatesOfficial is TestSARIFValidates against the official
// schema of OASIS, which CI takes from the npm package of Microsoft's SARIF
// Multitool (.ci/run) and names in DAGANG_SARIF_SCHEMA.
func TestSARIFValidatesOfficial(t *testing.T) {
	path := os.Getenv("DAGANG_SARIF_SCHEMA")
	if path == "" {
		t.Skip("DAGANG_SARIF_SCHEMA names no copy of the official SARIF 2.1.0 schema")
	}
	sarifValidates(t, path)
}

func sarifValidates(t *testing.T, schema string) {
	raw, err := os.ReadFile(schema)
	if err != nil {
		t.Fatal(err)
	}
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatal(err)
	}
	c := jsonschema.NewCompiler()
	c.AssertFormat()
	if err := c.AddResource("sarif.json", doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile("sarif.json")
	if err != nil {
		t.Fatal(err)
	}
	cases := map[string][]Finding{
		"none":    nil,
		"plain":   findings(t, "speech.txt", speech),
		"escaped": findings(t, "讲话 稿/第 1%.txt", speech),
		"abs":     findings(t, "/tmp/讲话.txt", speech),
	}
	for name, fs := range cases {
		for _, l := range i18n.Langs() {
			var b bytes.Buffer
			if err := Write(&b, "sarif", fs, Options{Printer: i18n.New(l), Version: "v1.0.0"}); err != nil {
				t.Fatal(err)
			}
			inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(b.Bytes()))
			if err != nil {
				t.Fatal(err)
			}
			if err := sch.Validate(inst); err != nil {
				t.Errorf("%s %s: %v\n%s", name, l, err, b.String())
			}
			var log sarifLog
			if err := json.Unmarshal(b.Bytes(), &log); err != nil {
				t.Fatal(err)
			}
			for _, r := range log.Runs[0].Results {
				rule := log.Runs[0].Tool.Driver.Rules[r.RuleIndex]
				if rule.ID != r.RuleID || rule.ShortDescription.Text == "" || rule.ShortDescription.Text == rule.ID {
					t.Errorf("%s: result of %s points at rule %+v", name, r.RuleID, rule)
				}
			}
		}
	}
	// The schema is not a formality: a log without its version fails.
	inst, _ := jsonschema.UnmarshalJSON(strings.NewReader(`{"runs": [{"tool": {"driver": {"name": "x"}}, "results": [{"level": "fatal", "message": {"text": "x"}}]}]}`))
	if sch.Validate(inst) == nil {
		t.Error("a log without version and with level fatal validates")
	}
}

func TestArtifactURI(t *testing.T) {
	for in, want := range map[string]string{
		"speech.txt":     "speech.txt",
		"dir/讲话.txt":     "dir/%E8%AE%B2%E8%AF%9D.txt",
		"a b%.txt":       "a%20b%25.txt",
		"/tmp/x.txt":     "file:///tmp/x.txt",
		"c:notdrive.txt": "./c:notdrive.txt",
	} {
		if got := artifactURI(in); got != want {
			t.Errorf("artifactURI(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestEveryCodeHasARuleDescription(t *testing.T) {
	for _, c := range allCodes() {
		for _, l := range i18n.Langs() {
			if !i18n.New(l).Has("rule." + string(c)) {
				t.Errorf("%s: no rule.%s", l, c)
			}
		}
	}
	_ = ast.CodeEncoding
}
