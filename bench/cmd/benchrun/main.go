// Command benchrun measures dagang against its speed and memory targets,
// side by side with goldmark on the same bytes in the same run, on two
// shapes of input: collections generated from the project's fixtures, and
// the real corpus of ../shared/corpus concatenated and repeated (skipped,
// with a note, where ../shared is absent), so that no change can pass on one
// shape and fail on the other. The two sides of a comparison are timed in
// pairs (one, then the other, again and again) so that a slower stretch of
// a shared machine falls on both of a pair alike; a ratio is the median of
// the pairs' ratios, and a speed the median of its side's times. A command
// is timed in runs of its own and its peak RSS read in others, as the
// watch of its memory would take some of a core it may be using.
//
// On each shape:
//
//   - library: dagang.Parse against goldmark's Parser().Parse (≥ 2×),
//     each library's one call that parses a text, called again and again;
//     both reading the bytes in place; dagang parses a large document on
//     every core, goldmark on one, so the figure of a Parser kept to one
//     goroutine is printed beside it;
//   - command: `dagang parse FILE > /dev/null` against goldmark Convert
//     (`mdconvert FILE > /dev/null`) (≥ 2×);
//   - linear cost: 4× the input in at most 4.4× the time;
//   - memory: peak RSS of `dagang parse` on the large input at most 3× the
//     input;
//   - records: the same texts as JSON Lines records (`parse --records`)
//     at least 0.8× the MB/s of the texts as files;
//   - check: `dagang check` of the large input at least as fast as
//     `check -j 1`.
//
// On the generated shape alone: what two goroutines give on this machine
// (arithmetic, and two parses at once), and the batch: 5,000 files with
// -j 2 at least 1.8× as fast as -j 1, and peak RSS independent of the
// number of files: five times the inputs in at most 1.25× the memory.
//
// It prints a table and exits 1 when a target is missed. docs/performance.md
// says how to read it.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/dagang/dagang/testkit/speechgen"
)

type options struct {
	root    string // the dagang checkout
	shared  string // ../shared beside it: the real corpus
	work    string // scratch folder for the inputs and binaries
	libSize int    // bytes of the library and command comparisons' input
	bigSize int    // bytes of the peak-RSS and check input
	files   int    // files of the batch corpus
	runs    int    // runs of each command (pairs, for a comparison)
	quick   bool
}

type result struct {
	name   string
	value  string
	target string
	ok     bool
}

// comparison is the target of a row that is printed for comparison only.
const comparison = "(for comparison)"

func main() {
	var o options
	flag.StringVar(&o.root, "root", "..", "the dagang checkout")
	flag.StringVar(&o.shared, "shared", "", "the shared folder with corpus/ (default: ROOT/../shared)")
	flag.StringVar(&o.work, "work", "work", "scratch folder")
	flag.IntVar(&o.libSize, "lib-mb", 16, "MB of text for the library and command comparisons")
	flag.IntVar(&o.bigSize, "big-mb", 64, "MB of text for the peak-RSS and check measures")
	flag.IntVar(&o.files, "files", 5000, "files in the batch corpus")
	flag.IntVar(&o.runs, "runs", 21, "runs of each command (pairs, where two are compared)")
	flag.BoolVar(&o.quick, "quick", false, "small sizes, for a smoke run")
	flag.Parse()
	o.libSize <<= 20
	o.bigSize <<= 20
	if o.shared == "" {
		o.shared = filepath.Join(o.root, "..", "shared")
	}
	if o.quick {
		o.libSize, o.bigSize, o.files, o.runs = 2<<20, 8<<20, 500, 2
	}
	results, notes, err := measure(o)
	if err != nil {
		fmt.Fprintln(os.Stderr, "benchrun:", err)
		os.Exit(2)
	}
	fmt.Printf("\nmachine: %s\n\n", machine())
	fmt.Println("| measure | result | target | |")
	fmt.Println("|---|---|---|---|")
	failed := false
	for _, r := range results {
		mark := "met"
		if strings.HasPrefix(r.target, "(") {
			mark = "—" // a comparison, not a target
		} else if !r.ok {
			mark, failed = "MISSED", true
		}
		fmt.Printf("| %s | %s | %s | %s |\n", r.name, r.value, r.target, mark)
	}
	for _, n := range notes {
		fmt.Printf("\n%s\n", n)
	}
	if failed {
		os.Exit(1)
	}
}

func progress(s string) { fmt.Fprintln(os.Stderr, "benchrun:", s) }

// measure returns the table's rows and the notes to print under it.
func measure(o options) ([]result, []string, error) {
	if err := os.MkdirAll(o.work, 0o755); err != nil {
		return nil, nil, err
	}
	m, err := speechgen.HarvestDir(o.root)
	if err != nil {
		return nil, nil, err
	}
	generated, err := generatedShape(o, m)
	if err != nil {
		return nil, nil, err
	}
	bins, err := build(o)
	if err != nil {
		return nil, nil, err
	}
	var out []result
	var notes []string

	progress("generated corpus")
	rows, err := shapeRows(o, generated, bins)
	if err != nil {
		return nil, nil, err
	}
	out = append(out, rows...)
	machineRows, note, err := machineRows(generated)
	if err != nil {
		return nil, nil, err
	}
	out = append(out, machineRows...)
	if note != "" {
		notes = append(notes, note)
	}

	progress("batch")
	batch, err := batchResults(o, m, bins.dagang)
	if err != nil {
		out = append(out, result{"batch", "could not run: " + err.Error(), "runs", false})
	} else {
		out = append(out, batch...)
	}

	real, err := realShape(o)
	switch {
	case err != nil:
		return nil, nil, err
	case real == nil:
		notes = append(notes, fmt.Sprintf("The rows on the real corpus were skipped: no %s.",
			filepath.Join(o.shared, "corpus", "*.txt")))
	default:
		progress("real corpus")
		rows, err := shapeRows(o, *real, bins)
		if err != nil {
			return nil, nil, err
		}
		out = append(out, rows...)
	}
	return out, notes, nil
}

func machine() string {
	model := "unknown CPU"
	if b, err := os.ReadFile("/proc/cpuinfo"); err == nil {
		for _, line := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(line, "model name") {
				model = strings.TrimSpace(strings.SplitN(line, ":", 2)[1])
				break
			}
		}
	}
	return fmt.Sprintf("%s, %d cores, %s %s/%s", model, runtime.NumCPU(), runtime.Version(), runtime.GOOS, runtime.GOARCH)
}
