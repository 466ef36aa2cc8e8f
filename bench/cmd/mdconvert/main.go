// Command mdconvert renders a Markdown file to HTML on standard output with
// goldmark: the yardstick `dagang parse` is measured against.
package main

import (
	"bufio"
	"fmt"
	"os"

	"github.com/yuin/goldmark"
)

func main() {
	if len(os.Args) != 2 {
		fmt.Fprintln(os.Stderr, "usage: mdconvert FILE")
		os.Exit(2)
	}
	raw, err := os.ReadFile(os.Args[1])
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	w := bufio.NewWriterSize(os.Stdout, 256<<10)
	if err := goldmark.Convert(raw, w); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	if err := w.Flush(); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
}
