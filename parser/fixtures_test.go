package parser

import (
	"os"
	"path/filepath"
	"testing"
)

// fixtureTexts is the text of every fixture document in testdata/docs.
func fixtureTexts(tb testing.TB) []string {
	tb.Helper()
	texts := readTexts(tb, "../testdata/docs/*.txt")
	if len(texts) == 0 {
		tb.Fatal("no fixtures in ../testdata/docs")
	}
	return texts
}

// readTexts is the text of every file that matches pattern, none if no
// file does (../shared is not always there).
func readTexts(tb testing.TB, pattern string) []string {
	tb.Helper()
	files, err := filepath.Glob(pattern)
	if err != nil {
		tb.Fatal(err)
	}
	var texts []string
	for _, f := range files {
		raw, err := os.ReadFile(f)
		if err != nil {
			tb.Fatal(err)
		}
		texts = append(texts, string(raw))
	}
	return texts
}
