package report

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dagang/dagang/ast"
)

func TestRulesApply(t *testing.T) {
	fs := []Finding{
		{Code: ast.CodeMarkerPunctuation, Severity: ast.SeverityWarning},
		{Code: ast.CodeNumberingGap, Severity: ast.SeverityError},
		{Code: ast.CodeMixedStyle, Severity: ast.SeverityWarning},
	}
	r := Rules{Disable: []ast.Code{ast.CodeMarkerPunctuation}, Severity: map[ast.Code]ast.Severity{ast.CodeMixedStyle: ast.SeverityError}}
	got := r.Apply(fs)
	if len(got) != 2 || got[0].Code != ast.CodeNumberingGap || got[1].Severity != ast.SeverityError {
		t.Errorf("%+v", got)
	}
	if fs[2].Severity != ast.SeverityWarning {
		t.Error("Apply changed its input")
	}
	// The command line's --enable undoes the file's --disable; its
	// --disable and fail-on win over the file's.
	file := Rules{Disable: []ast.Code{ast.CodeMarkerPunctuation}, FailOn: ast.SeverityWarning}
	flags := Rules{Enable: []ast.Code{ast.CodeMarkerPunctuation}, Disable: []ast.Code{ast.CodeClosingMissing}, FailOn: ast.SeverityInfo}
	both := file.Over(flags)
	if len(both.Disable) != 1 || both.Disable[0] != ast.CodeClosingMissing || both.FailOn != ast.SeverityInfo {
		t.Errorf("%+v", both)
	}
	if !(Rules{}).Fails(Finding{Severity: ast.SeverityError}) || (Rules{}).Fails(Finding{Severity: ast.SeverityWarning}) {
		t.Error("the zero rules fail on errors only")
	}
}

func TestRulesCheck(t *testing.T) {
	bad := []Rules{
		{Disable: []ast.Code{"marker-punctuations"}},
		{FailOn: "fatal"},
		{Severity: map[ast.Code]ast.Severity{ast.CodeMixedStyle: "grave"}},
		{Severity: map[ast.Code]ast.Severity{"nope": ast.SeverityError}},
	}
	for _, r := range bad {
		if r.Check() == nil {
			t.Errorf("%+v passed", r)
		}
	}
	if err := (Rules{Disable: ast.Codes(), FailOn: ast.SeverityInfo}).Check(); err != nil {
		t.Error(err)
	}
}

// TestConfigFile: the nearest .dagang.yaml up from a directory applies;
// its keys are those of the command line, and a key it does not know is
// an error.
func TestConfigFile(t *testing.T) {
	root := t.TempDir()
	deep := filepath.Join(root, "a", "b")
	if err := os.MkdirAll(deep, 0o755); err != nil {
		t.Fatal(err)
	}
	if FindConfig(deep) != "" && !strings.HasPrefix(FindConfig(deep), "/") {
		t.Fatal("a config outside the test's tree")
	}
	cfg := filepath.Join(root, "a", ConfigName)
	os.WriteFile(cfg, []byte("disable: [marker-punctuation]\nfail-on: warning\nseverity:\n  mixed-style: error\n"), 0o644)
	if got := FindConfig(deep); got != cfg {
		t.Fatalf("FindConfig = %q, want %q", got, cfg)
	}
	r, err := ReadRules(cfg)
	if err != nil || len(r.Disable) != 1 || r.FailOn != ast.SeverityWarning || r.Severity[ast.CodeMixedStyle] != ast.SeverityError {
		t.Fatalf("%+v %v", r, err)
	}
	os.WriteFile(cfg, []byte("disabled: [marker-punctuation]\n"), 0o644)
	if _, err := ReadRules(cfg); err == nil || !strings.Contains(err.Error(), "disabled") {
		t.Errorf("an unknown key: %v", err)
	}
	os.WriteFile(cfg, []byte("disable: [no-such-code]\n"), 0o644)
	if _, err := ReadRules(cfg); err == nil || !strings.Contains(err.Error(), "no-such-code") {
		t.Errorf("an unknown code: %v", err)
	}
	os.WriteFile(cfg, nil, 0o644)
	if r, err := ReadRules(cfg); err != nil || r.FailOn != "" {
		t.Errorf("an empty file: %+v %v", r, err)
	}
	var b bytes.Buffer
	if err := WriteConfig(&b, Rules{Disable: []ast.Code{ast.CodeMarkerPunctuation}}); err != nil {
		t.Fatal(err)
	}
	os.WriteFile(cfg, b.Bytes(), 0o644)
	back, err := ReadRules(cfg)
	if err != nil || len(back.Disable) != 1 || back.FailOn != ast.SeverityError || len(back.Severity) != len(ast.Codes()) {
		t.Errorf("a printed config does not read back: %+v %v\n%s", back, err, b.String())
	}
}
