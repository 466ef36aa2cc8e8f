// Command benchrun measures dagang against its speed and memory targets on
// a corpus generated from the project's fixtures, side by side with goldmark
// on the same bytes in the same run, the two timed in pairs (dagang, then
// goldmark, again and again) so that a slower stretch of a shared machine
// falls on both of a pair alike; a ratio is the median of the pairs'
// ratios, and a speed the median of its side's times. A command is timed
// in runs of its own and its peak RSS read in others, as the watch of its
// memory would take some of a core it may be using:
//
//   - library: dagang.Parse against goldmark's Parser().Parse (≥ 2×),
//     each library's one call that parses a text, called again and again;
//     both reading the bytes in place; dagang parses a large document on
//     every core, goldmark on one, so the figure of a Parser kept to one
//     goroutine is printed beside it, and what two such Parsers parsing at
//     once gain on this machine;
//   - command: `dagang parse FILE > /dev/null` against goldmark Convert
//     (`mdconvert FILE > /dev/null`) (≥ 2×);
//   - linear cost: 4× the input in at most 4.4× the time; peak RSS of
//     `dagang parse` on a 64 MB input at most 3× the input;
//   - batch: 5,000 files with -j 2 at least 1.8× as fast as -j 1, and peak
//     RSS independent of the number of files: five times the inputs in at
//     most 1.25× the memory.
//
// It prints a table and exits 1 when a target is missed.
package main

import (
	"bytes"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/text"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/testkit/speechgen"
)

type options struct {
	root    string // the dagang checkout
	work    string // scratch folder for the corpus and binaries
	libSize int    // bytes of the library benchmark input
	bigSize int    // bytes of the peak-RSS input
	files   int    // files of the batch corpus
	runs    int    // runs of each command (pairs, for the comparison with goldmark)
	quick   bool
}

type result struct {
	name   string
	value  string
	target string
	ok     bool
}

func main() {
	var o options
	flag.StringVar(&o.root, "root", "..", "the dagang checkout")
	flag.StringVar(&o.work, "work", "work", "scratch folder")
	flag.IntVar(&o.libSize, "lib-mb", 16, "MB of text for the library and command comparisons")
	flag.IntVar(&o.bigSize, "big-mb", 64, "MB of text for the peak-RSS measure")
	flag.IntVar(&o.files, "files", 5000, "files in the batch corpus")
	flag.IntVar(&o.runs, "runs", 21, "runs of each command (pairs, where two are compared)")
	flag.BoolVar(&o.quick, "quick", false, "small sizes, for a smoke run")
	flag.Parse()
	o.libSize <<= 20
	o.bigSize <<= 20
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

// measure returns the table's rows and the notes to print under it.
func measure(o options) ([]result, []string, error) {
	if err := os.MkdirAll(o.work, 0o755); err != nil {
		return nil, nil, err
	}
	m, err := material(o.root)
	if err != nil {
		return nil, nil, err
	}
	lib := filepath.Join(o.work, "lib.txt")
	lib4 := filepath.Join(o.work, "lib4.txt")
	big := filepath.Join(o.work, "big.txt")
	for path, size := range map[string]int{lib: o.libSize, lib4: 4 * o.libSize, big: o.bigSize} {
		if err := writeCollection(m, path, size); err != nil {
			return nil, nil, err
		}
	}
	dagangBin, mdBin, err := build(o)
	if err != nil {
		return nil, nil, err
	}
	var out []result
	var notes []string
	progress := func(s string) { fmt.Fprintln(os.Stderr, "benchrun:", s) }

	progress("library Parse against goldmark Parser().Parse")
	raw, err := os.ReadFile(lib)
	if err != nil {
		return nil, nil, err
	}
	parseDagang := func() { _, _ = dagang.Parse("lib.txt", raw, nil) }
	parseGoldmark := func() { goldmark.New().Parser().Parse(text.NewReader(raw)) }
	dgT, gmT, ratio := paired(libPairs, parseDagang, parseGoldmark)
	dg, gm := mbps(len(raw), dgT), mbps(len(raw), gmT)
	out = append(out, result{"library: dagang Parse / goldmark Parser().Parse",
		fmt.Sprintf("%.0f / %.0f MB/s = %.2f×", dg, gm, ratio), "≥ 2×", ratio >= 2})
	dg1T, gm1T, ratio1 := paired(libPairs, oneGoroutine(raw, "lib.txt"), parseGoldmark)
	out = append(out, result{"library on one goroutine (Workers: 1) / goldmark",
		fmt.Sprintf("%.0f / %.0f MB/s = %.2f×", mbps(len(raw), dg1T), mbps(len(raw), gm1T), ratio1), "(for comparison)", true})

	cores := coreScaling()
	out = append(out, result{"machine: a loop of arithmetic on two goroutines at once against one",
		fmt.Sprintf("%.2f×", cores), "(for comparison)", true})
	if note := coresNote(cores); note != "" {
		notes = append(notes, note)
	}
	out = append(out, result{"machine: two parses on one goroutine each at once against one",
		fmt.Sprintf("%.2f×", parseScaling(raw)), "(for comparison)", true})

	progress("dagang parse > /dev/null against goldmark Convert")
	// One run of each in turn, so that a slower stretch of the machine
	// falls on both alike; the ratio is the median of the runs' ratios.
	var dWalls, mWalls []time.Duration
	var ratios []float64
	for i := 0; i < o.runs; i++ {
		d, err := timed(dagangBin, "parse", lib)
		if err != nil {
			return nil, nil, err
		}
		m, err := timed(mdBin, lib)
		if err != nil {
			return nil, nil, err
		}
		dWalls, mWalls = append(dWalls, d), append(mWalls, m)
		ratios = append(ratios, m.Seconds()/d.Seconds())
	}
	dc, mc := mbps(len(raw), median(dWalls)), mbps(len(raw), median(mWalls))
	cr := median(ratios)
	out = append(out, result{"command: dagang parse / goldmark Convert",
		fmt.Sprintf("%.0f / %.0f MB/s = %.2f×", dc, mc, cr), "≥ 2×", cr >= 2})

	progress("linear cost")
	raw4, err := os.ReadFile(lib4)
	if err != nil {
		return nil, nil, err
	}
	// In turns, as the comparison with goldmark: a slower stretch of the
	// machine falls on both sizes alike.
	_, _, growth := paired(linearPairs, parseDagang, func() { _, _ = dagang.Parse("lib4.txt", raw4, nil) })
	growth *= float64(len(raw)) * 4 / float64(len(raw4))
	out = append(out, result{"linear: time for 4× the input",
		fmt.Sprintf("%.2f×", growth), "≤ 4.4×", growth <= 4.4})
	// The same on one goroutine: what is left when the two cores no longer
	// share the memory and the cache of a larger input.
	_, _, growth1 := paired(linearPairs, oneGoroutine(raw, "lib.txt"), oneGoroutine(raw4, "lib4.txt"))
	growth1 *= float64(len(raw)) * 4 / float64(len(raw4))
	out = append(out, result{"linear on one goroutine (Workers: 1)",
		fmt.Sprintf("%.2f×", growth1), "(for comparison)", true})
	raw, raw4 = nil, nil

	progress("peak RSS")
	bigPeak, err := peakRSS(1, dagangBin, "parse", big)
	if err != nil {
		return nil, nil, err
	}
	st, err := os.Stat(big)
	if err != nil {
		return nil, nil, err
	}
	rss := float64(bigPeak) / float64(st.Size())
	out = append(out, result{fmt.Sprintf("memory: peak RSS of dagang parse on %d MB", st.Size()>>20),
		fmt.Sprintf("%d MB = %.2f× the input", bigPeak>>20, rss), "≤ 3×", rss <= 3})

	progress("batch")
	batch, err := batchResults(o, m, dagangBin)
	if err != nil {
		return append(out, result{"batch", "could not run: " + err.Error(), "runs", false}), notes, nil
	}
	return append(out, batch...), notes, nil
}

func batchResults(o options, m *speechgen.Material, bin string) ([]result, error) {
	dir := filepath.Join(o.work, fmt.Sprintf("batch-%d", o.files))
	small := filepath.Join(o.work, fmt.Sprintf("batch-%d", o.files/5))
	if err := writeBatch(m, dir, o.files); err != nil {
		return nil, err
	}
	if err := writeBatch(m, small, o.files/5); err != nil {
		return nil, err
	}
	// -j 1 and -j 2 in pairs, as dagang and goldmark: the speed-up is the
	// median of the pairs' ratios. A pair takes about a second, and on a
	// shared machine one pair's ratio falls anywhere from 1.4× to 2.2×
	// (31 pairs), so that the median of 21 moved by about 0.05 from one
	// run of the bench to the next: the batch has three times the pairs.
	var j1s, j2s []time.Duration
	var speedups []float64
	for range batchPairs(o) {
		t1, err := timed(bin, "parse", "--quiet", "-j", "1", dir)
		if err != nil {
			return nil, err
		}
		t2, err := timed(bin, "parse", "--quiet", "-j", "2", dir)
		if err != nil {
			return nil, err
		}
		j1s, j2s = append(j1s, t1), append(j2s, t2)
		speedups = append(speedups, t1.Seconds()/t2.Seconds())
	}
	// The peaks, in runs of their own: the largest of as many runs on
	// each side. Independent of the count: the corpus named five times
	// against once. A fifth of the corpus is printed beside them: such a
	// run can end before the collector has run at all, so that its peak
	// is the process before a batch's memory settles, not after.
	peaks := make([]int64, 3)
	for k, args := range [][]string{{small}, {dir}, slices.Repeat([]string{dir}, 5)} {
		args = append([]string{"parse", "--quiet", "-j", "2"}, args...)
		var err error
		if peaks[k], err = peakRSS(o.runs, bin, args...); err != nil {
			return nil, err
		}
	}
	few, one, many := peaks[0], peaks[1], peaks[2]
	independent, err := machineScaling(o, m, bin)
	if err != nil {
		return nil, err
	}
	speedup := median(speedups)
	growth, early := float64(many)/float64(one), float64(one)/float64(few)
	return []result{
		{fmt.Sprintf("batch: %d files, -j 2 against -j 1", o.files),
			fmt.Sprintf("%.2fs / %.2fs = %.2f×", median(j1s).Seconds(), median(j2s).Seconds(), speedup), "≥ 1.8×", speedup >= 1.8},
		{"machine: two -j 1 processes on halves, at once against one after the other",
			fmt.Sprintf("%.2f×", independent), "(for comparison)", true},
		{fmt.Sprintf("batch: peak RSS, %d inputs (the %d files five times) against %d", 5*o.files, o.files, o.files),
			fmt.Sprintf("%d MB / %d MB = %.2f×", many>>20, one>>20, growth), "≤ 1.25× (independent of count)", growth <= 1.25},
		{fmt.Sprintf("batch: peak RSS, %d files against %d", o.files, o.files/5),
			fmt.Sprintf("%d MB / %d MB = %.2f×", one>>20, few>>20, early), "(for comparison)", true},
	}, nil
}

// batchPairs is how many pairs of runs the batch's speed-up and the
// machine's scaling beside it are the medians of.
func batchPairs(o options) int { return 3 * o.runs }

// machineScaling measures what two cores give two independent processes:
// the halves of the batch corpus parsed by two `-j 1` processes one after
// the other, then at the same time. No -j can scale better than this.
func machineScaling(o options, m *speechgen.Material, bin string) (float64, error) {
	var halves [2]string
	for k := range halves {
		halves[k] = filepath.Join(o.work, fmt.Sprintf("half-%d-%d", o.files/2, k))
		if err := writeBatchSeed(m, halves[k], o.files/2, uint64(100+k)); err != nil {
			return 0, err
		}
	}
	// In pairs too, as many as the batch's: the median of their ratios.
	var ratios []float64
	for range batchPairs(o) {
		start := time.Now()
		for _, h := range halves {
			if _, err := timed(bin, "parse", "--quiet", "-j", "1", h); err != nil {
				return 0, err
			}
		}
		apart := time.Since(start)
		start = time.Now()
		errs := make(chan error, 2)
		for _, h := range halves {
			go func() { _, err := timed(bin, "parse", "--quiet", "-j", "1", h); errs <- err }()
		}
		for range halves {
			if err := <-errs; err != nil {
				return 0, err
			}
		}
		ratios = append(ratios, apart.Seconds()/time.Since(start).Seconds())
	}
	return median(ratios), nil
}

// material harvests the fixtures of the checkout.
func material(root string) (*speechgen.Material, error) {
	files, err := filepath.Glob(filepath.Join(root, "testdata", "docs", "*.txt"))
	if err != nil || len(files) == 0 {
		return nil, fmt.Errorf("no fixtures under %s/testdata/docs", root)
	}
	src := map[string][]byte{}
	for _, f := range files {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		src[f] = b
	}
	return speechgen.Harvest(src)
}

func writeCollection(m *speechgen.Material, path string, size int) error {
	if st, err := os.Stat(path); err == nil && st.Size() >= int64(size) && st.Size() < int64(size)+1<<20 {
		return nil // already generated
	}
	var b bytes.Buffer
	if err := speechgen.New(m, uint64(size)).WriteCollection(&b, size); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

func writeBatch(m *speechgen.Material, dir string, n int) error {
	return writeBatchSeed(m, dir, n, 42)
}

func writeBatchSeed(m *speechgen.Material, dir string, n int, seed uint64) error {
	if entries, err := os.ReadDir(dir); err == nil && len(entries) == n {
		return nil
	}
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	g := speechgen.New(m, seed)
	for i := 0; i < n; i++ {
		var b bytes.Buffer
		if err := g.WriteSpeech(&b, 4<<10+(i%8)<<10); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("speech-%05d.txt", i)), b.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}

// build compiles dagang and the goldmark converter into the work folder.
func build(o options) (dagangBin, mdBin string, err error) {
	work, err := filepath.Abs(o.work)
	if err != nil {
		return "", "", err
	}
	dagangBin = filepath.Join(work, "dagang")
	mdBin = filepath.Join(work, "mdconvert")
	for _, b := range []struct{ dir, out, pkg string }{
		{o.root, dagangBin, "./cmd/dagang"},
		{".", mdBin, "./cmd/mdconvert"},
	} {
		cmd := exec.Command("go", "build", "-o", b.out, b.pkg)
		cmd.Dir = b.dir
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			return "", "", fmt.Errorf("build %s: %w", b.pkg, err)
		}
	}
	return dagangBin, mdBin, nil
}

// timed runs a command once with stdout to /dev/null and returns its wall
// time. Nothing of this process runs meanwhile: a watch of the command's
// memory would take a core from a command that uses both (-j 2), and not
// from one that leaves one idle (-j 1).
func timed(name string, args ...string) (time.Duration, error) {
	wall, _, err := runCommand(false, name, args...)
	return wall, err
}

// peakRSS runs a command n times with stdout to /dev/null, its memory
// watched, and returns the largest peak RSS seen, in bytes.
func peakRSS(n int, name string, args ...string) (int64, error) {
	var peak int64
	for range n {
		_, hwm, err := runCommand(true, name, args...)
		if err != nil {
			return 0, err
		}
		peak = max(peak, hwm)
	}
	return peak, nil
}

// runCommand runs a command with stdout to /dev/null and returns its wall
// time and, if watched, its peak RSS. The peak is read from the process's
// VmHWM while it runs: the maximum RSS that wait4 reports would count the
// memory of this process, which the child shares until it executes the
// command.
func runCommand(watch bool, name string, args ...string) (time.Duration, int64, error) {
	cmd := exec.Command(name, args...)
	// Straight to /dev/null, as the targets say: io.Discard would put a
	// pipe and a copying goroutine of this process between them.
	devnull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		return 0, 0, err
	}
	defer devnull.Close()
	cmd.Stdout = devnull
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	start := time.Now()
	if err := cmd.Start(); err != nil {
		return 0, 0, err
	}
	var peak <-chan int64
	if watch {
		peak = watchPeak(cmd.Process.Pid)
	}
	err = cmd.Wait()
	wall := time.Since(start)
	var hwm int64
	if watch {
		hwm = <-peak
	}
	if err != nil {
		return 0, 0, fmt.Errorf("%s %s: %v: %s", name, strings.Join(args, " "), err, strings.TrimSpace(stderr.String()))
	}
	return wall, hwm, nil
}

func watchPeak(pid int) <-chan int64 {
	out := make(chan int64, 1)
	go func() {
		path := fmt.Sprintf("/proc/%d/status", pid)
		var peak int64
		for {
			b, err := os.ReadFile(path)
			if err != nil {
				break // the process has exited
			}
			v, ok := vmHWM(b)
			if !ok {
				break // a zombie has no memory lines left
			}
			peak = max(peak, v)
			time.Sleep(2 * time.Millisecond)
		}
		out <- peak
	}()
	return out
}

func vmHWM(status []byte) (int64, bool) {
	for _, line := range strings.Split(string(status), "\n") {
		if rest, ok := strings.CutPrefix(line, "VmHWM:"); ok {
			var kb int64
			if _, err := fmt.Sscanf(strings.TrimSpace(rest), "%d kB", &kb); err == nil {
				return kb << 10, true
			}
		}
	}
	return 0, false
}

// The pairs of calls timed: the library comparisons take some 150 ms a
// pair, the linear one some 250 ms. One pair's ratio spreads widely on a
// shared machine (the linear one's from 2.3× to 6.6× in 60 pairs on two
// goroutines, half of them between 3.3× and 4.5×), so that the median of
// 21 pairs fell anywhere from 3.77× to 4.55× in eleven runs of the bench
// on one day: each has three times the pairs it had.
const (
	libPairs    = 93
	linearPairs = 63
)

// paired times one call of a and one of b in turns, n times each after a
// call of each to warm up, and returns the median time of a call of each
// and the median of the pairs' ratios (b's time over a's). Each pair runs
// on the machine as it is at that moment, so a slower stretch of a shared
// machine slows both of a pair, and the median sets aside the pairs that
// a pause fell on. The collector runs as it would in any program that
// parses one text after another.
func paired(n int, a, b func()) (ta, tb time.Duration, ratio float64) {
	a()
	b()
	var as, bs []time.Duration
	var ratios []float64
	for range n {
		t := time.Now()
		a()
		da := time.Since(t)
		t = time.Now()
		b()
		db := time.Since(t)
		as, bs = append(as, da), append(bs, db)
		ratios = append(ratios, db.Seconds()/da.Seconds())
	}
	return median(as), median(bs), median(ratios)
}

// coreScaling measures what the second core adds to a program that
// keeps both busy with nothing but arithmetic: twice the work of one
// goroutine on two at once, in pairs with the work on one alone. On a
// machine whose cores share their units (hyperthreads of one core, or a
// host that lends a virtual core's sibling to others) it is well under 2,
// and the library's speed on two goroutines is bounded by it.
func coreScaling() float64 {
	one := func() { arithmeticSink.Add(arithmetic(arithmeticSteps)) }
	two := func() {
		var wg sync.WaitGroup
		for range 2 {
			wg.Go(func() { arithmeticSink.Add(arithmetic(arithmeticSteps)) })
		}
		wg.Wait()
	}
	_, _, ratio := paired(libPairs, two, one)
	return 2 * ratio
}

// coresNote says, when two goroutines of arithmetic did well under twice
// the work of one, that the host lent the second core to others for part
// of the run: the rows that need two cores then measure the host as much
// as dagang (the arithmetic row has read anywhere from 1.02× to 2.00×).
func coresNote(scaling float64) string {
	if scaling >= 1.8 {
		return ""
	}
	return fmt.Sprintf("Note: two goroutines of arithmetic did %.2f× the work of one in this run; "+
		"the second core was busy with other work for part of it, and the rows that need two cores "+
		"(library, linear, batch) read the host as much as dagang.", scaling)
}

// parseScaling measures what the second core adds to the parse itself:
// two Parsers kept to one goroutine each parse raw at the same time, in
// pairs with one of them parsing it alone. The arithmetic loop needs
// nothing but the cores' own units; a parse also reads its text and
// writes its tables through the caches and memory that the two cores
// share, with each other and, on a host lent out in virtual cores, with
// other machines. This is the most that one parse split over two
// goroutines could gain, and the library's row is bounded by the one on
// one goroutine times this.
func parseScaling(raw []byte) float64 {
	a, b := oneGoroutine(raw, "lib.txt"), oneGoroutine(raw, "lib.txt")
	two := func() {
		var wg sync.WaitGroup
		wg.Go(a)
		wg.Go(b)
		wg.Wait()
	}
	_, _, ratio := paired(libPairs, two, a)
	return 2 * ratio
}

// arithmeticSteps is a loop of about 50 ms.
const arithmeticSteps = 30_000_000

// arithmeticSink keeps the loops' results, so that they are computed.
var arithmeticSink atomic.Uint64

// arithmetic runs six independent chains of multiplications and shifts,
// as many steps as asked: work for the processor's units alone, with no
// memory to wait for.
func arithmetic(steps int) uint64 {
	var a, b, c, d, e, f uint64 = 1, 2, 3, 4, 5, 6
	for range steps {
		a = a*3 + 1
		b = b*5 + 2
		c = c*7 + 3
		d = d*9 + 4
		e ^= e<<1 + 7
		f += f>>3 + 9
	}
	return a ^ b ^ c ^ d ^ e ^ f
}

// median is the middle value of xs (of the two middle ones, the mean).
func median[T time.Duration | float64](xs []T) T {
	s := slices.Clone(xs)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// oneGoroutine parses raw with a Parser kept to one goroutine, the same
// Parser each time, as dagang.Parse lends the Parsers of its pool to one
// call after another.
func oneGoroutine(raw []byte, name string) func() {
	one := dagang.NewParser(&dagang.Options{Workers: 1})
	return func() { _, _ = one.Parse(name, raw) }
}

func mbps(n int, d time.Duration) float64 { return float64(n) / 1e6 / d.Seconds() }

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
