package dagang_test

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/docjson"
	"github.com/dagang/dagang/testkit/invariant"
)

// TestRulesGolden compares the JSON document of every fixture under
// testdata/rules that has a golden file (NAME.json beside NAME.txt) with
// it: the golden pins what the fixture's outline cannot show — noise
// kinds, speakers, dates, diagnostics. go test -run TestRulesGolden
// -update rewrites them; to pin a new fixture, create its NAME.json empty
// and run the same.
func TestRulesGolden(t *testing.T) {
	goldens, err := filepath.Glob("testdata/rules/*.json")
	if err != nil || len(goldens) == 0 {
		t.Fatalf("no golden files under testdata/rules: %v", err)
	}
	for _, golden := range goldens {
		in := strings.TrimSuffix(golden, ".json") + ".txt"
		t.Run(filepath.Base(in), func(t *testing.T) {
			raw, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			doc, err := dagang.Parse(filepath.Base(in), raw, nil)
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
				t.Errorf("%s differs from %s; run go test -run TestRulesGolden -update and review the diff", in, golden)
			}
			for _, e := range invariant.Check(doc, 5) {
				t.Error(e)
			}
		})
	}
}
