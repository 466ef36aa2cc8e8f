package export_test

import (
	"flag"
	"os"
	"path/filepath"
	"testing"

	"github.com/dagang/dagang/export"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/outline")

// goldenFixtures are the fixtures every format is kept for as a golden
// file: titles full of syntax, four ranked levels, a collection without a
// title, and an implied section.
var goldenFixtures = []string{"hostile-titles", "gbt-four-levels", "two-speeches", "restart-implied"}

// TestGolden compares every format of the golden fixtures, and the chunks
// of one with --all and --max-chars, with the files under
// testdata/outline (go test ./export -run TestGolden -update rewrites
// them). A golden file is named <fixture>.<format>: the text format's would
// otherwise be a .txt that the fixture globs take for an input.
func TestGolden(t *testing.T) {
	type golden struct {
		fixture, format, suffix string
		opt                     export.Options
	}
	var cases []golden
	for _, fixture := range goldenFixtures {
		for _, format := range export.Names() {
			cases = append(cases, golden{fixture: fixture, format: format})
		}
	}
	cases = append(cases, golden{fixture: "hostile-titles", format: "chunks", suffix: "-all-max20", opt: export.Options{All: true, MaxChars: 20}})
	for _, c := range cases {
		name := c.fixture + "." + c.format + c.suffix
		t.Run(name, func(t *testing.T) {
			doc, err := parseFile(filepath.Join("..", "testdata", "docs", c.fixture+".txt"))
			if err != nil {
				t.Fatal(err)
			}
			got := exportString(t, c.format, doc, c.opt)
			path := filepath.Join("..", "testdata", "outline", name)
			if *update {
				if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
					t.Fatal(err)
				}
				if err := os.WriteFile(path, []byte(got), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			want, err := os.ReadFile(path)
			if err != nil {
				t.Fatalf("%v (run go test ./export -run TestGolden -update)", err)
			}
			if got != string(want) {
				t.Errorf("%s differs from %s; run go test ./export -run TestGolden -update and review the diff\n got:\n%s", name, path, got)
			}
		})
	}
}
