package main

import (
	"fmt"
	"os"
	"slices"
	"time"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/text"

	"github.com/dagang/dagang"
)

// The pairs of calls timed in process. One pair's ratio spreads widely on
// a shared machine, the linear one's most, so each comparison takes many
// pairs and reads their median (docs/performance.md has the spreads that
// set these counts).
const (
	libPairs    = 93
	linearPairs = 63
)

// shapeRows measures the targets that every shape of input must meet.
func shapeRows(o options, s shape, bins binaries) ([]result, error) {
	var out []result
	row := func(name, value, target string, ok bool) {
		out = append(out, result{s.prefix + name, value, target, ok})
	}

	progress(s.prefix + "library Parse against goldmark Parser().Parse")
	raw, err := os.ReadFile(s.lib)
	if err != nil {
		return nil, err
	}
	parseDagang := func() { _, _ = dagang.Parse("lib.txt", raw, nil) }
	parseGoldmark := func() { goldmark.New().Parser().Parse(text.NewReader(raw)) }
	dgT, gmT, ratio := paired(libPairs, parseDagang, parseGoldmark)
	row("library: dagang Parse / goldmark Parser().Parse",
		fmt.Sprintf("%.0f / %.0f MB/s = %.2f×", mbps(len(raw), dgT), mbps(len(raw), gmT), ratio), "≥ 2×", ratio >= 2)
	dg1T, gm1T, ratio1 := paired(libPairs, oneGoroutine(raw, "lib.txt"), parseGoldmark)
	row("library on one goroutine (Workers: 1) / goldmark",
		fmt.Sprintf("%.0f / %.0f MB/s = %.2f×", mbps(len(raw), dg1T), mbps(len(raw), gm1T), ratio1), comparison, true)

	progress(s.prefix + "dagang parse > /dev/null against goldmark Convert")
	var dWalls, mWalls []time.Duration
	var ratios []float64
	for range o.runs {
		d, err := timed(command{name: bins.dagang, args: []string{"parse", s.lib}})
		if err != nil {
			return nil, err
		}
		m, err := timed(command{name: bins.mdconvert, args: []string{s.lib}})
		if err != nil {
			return nil, err
		}
		dWalls, mWalls = append(dWalls, d), append(mWalls, m)
		ratios = append(ratios, m.Seconds()/d.Seconds())
	}
	cr := median(ratios)
	row("command: dagang parse / goldmark Convert",
		fmt.Sprintf("%.0f / %.0f MB/s = %.2f×", mbps(len(raw), median(dWalls)), mbps(len(raw), median(mWalls)), cr), "≥ 2×", cr >= 2)

	progress(s.prefix + "linear cost")
	raw4, err := os.ReadFile(s.lib4)
	if err != nil {
		return nil, err
	}
	// In turns, as the comparison with goldmark: a slower stretch of the
	// machine falls on both sizes alike.
	_, _, growth := paired(linearPairs, parseDagang, func() { _, _ = dagang.Parse("lib4.txt", raw4, nil) })
	growth *= float64(len(raw)) * 4 / float64(len(raw4))
	row("linear: time for 4× the input", fmt.Sprintf("%.2f×", growth), "≤ 4.4×", growth <= 4.4)
	// The same on one goroutine: what is left when the two cores no longer
	// share the memory and the cache of a larger input.
	_, _, growth1 := paired(linearPairs, oneGoroutine(raw, "lib.txt"), oneGoroutine(raw4, "lib4.txt"))
	growth1 *= float64(len(raw)) * 4 / float64(len(raw4))
	row("linear on one goroutine (Workers: 1)", fmt.Sprintf("%.2f×", growth1), comparison, true)
	raw, raw4 = nil, nil

	progress(s.prefix + "peak RSS")
	st, err := os.Stat(s.big)
	if err != nil {
		return nil, err
	}
	bigPeak, err := peakRSS(1, command{name: bins.dagang, args: []string{"parse", s.big}})
	if err != nil {
		return nil, err
	}
	rss := float64(bigPeak) / float64(st.Size())
	row(fmt.Sprintf("memory: peak RSS of dagang parse on %d MB", st.Size()>>20),
		fmt.Sprintf("%d MB = %.2f× the input", bigPeak>>20, rss), "≤ 3×", rss <= 3)

	progress(s.prefix + "records against files")
	rec, err := recordsRow(o, s, bins.dagang)
	if err != nil {
		return nil, err
	}
	out = append(out, rec)

	progress(s.prefix + "check against check -j 1")
	chk, err := checkRow(o, s, bins.dagang, st.Size())
	if err != nil {
		return nil, err
	}
	return append(out, chk), nil
}

// recordsRow compares `parse --records` with `parse DIR` on the same
// texts: the records' MB/s at least 0.8× the files'. Both run as a user
// would, with the default -j.
func recordsRow(o options, s shape, bin string) (result, error) {
	n, err := textBytes(s.files)
	if err != nil {
		return result{}, err
	}
	files := command{name: bin, args: []string{"parse", "--quiet", s.files}}
	records := command{name: bin, args: []string{"parse", "--records"}, stdin: s.records}
	var fs, rs []time.Duration
	var ratios []float64
	for range o.runs {
		f, err := timed(files)
		if err != nil {
			return result{}, err
		}
		r, err := timed(records)
		if err != nil {
			return result{}, err
		}
		fs, rs = append(fs, f), append(rs, r)
		ratios = append(ratios, f.Seconds()/r.Seconds())
	}
	ratio := median(ratios)
	return result{fmt.Sprintf("%srecords: parse --records / the same texts as files", s.prefix),
		fmt.Sprintf("%.0f / %.0f MB/s = %.2f×", mbps(int(n), median(rs)), mbps(int(n), median(fs)), ratio),
		"≥ 0.8×", ratio >= 0.8}, nil
}

// checkRow compares `dagang check` of the large input with `check -j 1`:
// one large file is parsed on every core whatever -j says, so the default
// is at least as fast. Exit status 1 is check's answer (findings), not a
// failure.
func checkRow(o options, s shape, bin string, size int64) (result, error) {
	def := command{name: bin, args: []string{"check", s.big}, findings: true}
	one := command{name: bin, args: []string{"check", "-j", "1", s.big}, findings: true}
	var ds, js []time.Duration
	var ratios []float64
	for range o.runs {
		d, err := timed(def)
		if err != nil {
			return result{}, err
		}
		j, err := timed(one)
		if err != nil {
			return result{}, err
		}
		ds, js = append(ds, d), append(js, j)
		ratios = append(ratios, j.Seconds()/d.Seconds())
	}
	ratio := median(ratios)
	return result{fmt.Sprintf("%scheck: %d MB, default / -j 1", s.prefix, size>>20),
		fmt.Sprintf("%.2fs / %.2fs = %.2f×", median(ds).Seconds(), median(js).Seconds(), ratio),
		"≥ 1×", ratio >= 1}, nil
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
