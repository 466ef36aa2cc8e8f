package htmltext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"golang.org/x/net/html"
)

// benchPages reads the saved pages a benchmark runs on: the page
// fixtures, or the pages of ../shared/unseen when they are beside the
// project; UTF-8 pages only, as Read takes them.
func benchPages(b *testing.B, patterns ...string) []string {
	b.Helper()
	var pages []string
	for _, pattern := range patterns {
		files, _ := filepath.Glob(pattern)
		for _, f := range files {
			raw, err := os.ReadFile(f)
			if err != nil {
				b.Fatal(err)
			}
			if utf8.Valid(raw) {
				pages = append(pages, string(raw))
			}
		}
	}
	if len(pages) == 0 {
		b.Skip("no pages in", patterns)
	}
	return pages
}

var benchSets = []struct {
	name     string
	patterns []string
}{
	{"fixtures", []string{"../testdata/pages/*.html"}},
	{"unseen", []string{"../../shared/unseen/*/*.html"}},
}

// BenchmarkRead is the whole reader: parse, render, find the chrome.
func BenchmarkRead(b *testing.B) {
	for _, set := range benchSets {
		b.Run(set.name, func(b *testing.B) {
			pages := benchPages(b, set.patterns...)
			b.SetBytes(int64(totalLen(pages)))
			b.ReportAllocs()
			for b.Loop() {
				for _, p := range pages {
					Read(p)
				}
			}
		})
	}
}

// BenchmarkTokenize is golang.org/x/net/html's tokenizer alone on the
// same bytes: the floor under any reader built on it.
func BenchmarkTokenize(b *testing.B) {
	for _, set := range benchSets {
		b.Run(set.name, func(b *testing.B) {
			pages := benchPages(b, set.patterns...)
			b.SetBytes(int64(totalLen(pages)))
			b.ReportAllocs()
			for b.Loop() {
				for _, p := range pages {
					z := html.NewTokenizer(strings.NewReader(p))
					for z.Next() != html.ErrorToken {
					}
				}
			}
		})
	}
}

// BenchmarkParse is golang.org/x/net/html's tree construction alone.
func BenchmarkParse(b *testing.B) {
	for _, set := range benchSets {
		b.Run(set.name, func(b *testing.B) {
			pages := benchPages(b, set.patterns...)
			b.SetBytes(int64(totalLen(pages)))
			b.ReportAllocs()
			for b.Loop() {
				for _, p := range pages {
					if _, err := html.Parse(strings.NewReader(p)); err != nil {
						b.Fatal(err)
					}
				}
			}
		})
	}
}

func totalLen(pages []string) int {
	n := 0
	for _, p := range pages {
		n += len(p)
	}
	return n
}
