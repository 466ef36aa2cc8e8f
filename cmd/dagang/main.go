// Command dagang recovers the outline of a Chinese speech and prints it as
// JSON or as an outline for other tools.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
