package dagang_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/docjson"
)

// TestRulesGolden parses the fixtures of the rules (testdata/rules) that
// have a golden JSON beside them and compares: the golden file pins what
// the outline format of the fixtures cannot see — speakers, dates, noise
// kinds, diagnostics, spans. go test -run TestRulesGolden -update rewrites
// them; a new one is added by creating an empty NAME.json first.
func TestRulesGolden(t *testing.T) {
	goldens, err := filepath.Glob("testdata/rules/*.json")
	if err != nil || len(goldens) == 0 {
		t.Fatalf("no golden files under testdata/rules: %v", err)
	}
	for _, golden := range goldens {
		in := strings.TrimSuffix(golden, ".json") + ".txt"
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
			if *update {
				if err := os.WriteFile(golden, got.Bytes(), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(golden)
			if err != nil {
				t.Fatal(err)
			}
			if !bytes.Equal(got.Bytes(), want) {
				t.Errorf("%s differs from %s; run go test -run TestRulesGolden -update and review the diff", name, golden)
			}
		})
	}
}
