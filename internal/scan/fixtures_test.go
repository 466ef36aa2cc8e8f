package scan

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// fixtureLines is every line of the fixtures (and of ../shared when it is
// there), and texts built from the characters the helpers look at.
func fixtureLines(t *testing.T) []string {
	t.Helper()
	var lines []string
	for _, pattern := range []string{"../../testdata/*/*.txt", "../../../shared/seeds/*.txt", "../../../shared/corpus/*.txt"} {
		files, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			lines = append(lines, strings.Split(string(raw), "\n")...)
		}
	}
	if len(lines) == 0 {
		t.Fatal("no fixtures in ../../testdata")
	}
	parts := []string{"一", "。", "！", "？", "!", "?", "；", ";", "…", "“", "”", "（", "）", "(", ")", "【", "】",
		"《", "》", " ", "\u3000", "\t", "\v", "*", "_", "a", "\u00a0", "\ufeff"}
	var build func(prefix string, depth int)
	build = func(prefix string, depth int) {
		lines = append(lines, prefix)
		if depth == 0 {
			return
		}
		for _, p := range parts {
			build(prefix+p, depth-1)
		}
	}
	build("", 3)
	return lines
}
