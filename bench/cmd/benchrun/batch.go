package main

import (
	"fmt"
	"path/filepath"
	"slices"
	"time"

	"github.com/dagang/dagang/testkit/speechgen"
)

// batchResults measures the batch targets on the generated batch corpus.
func batchResults(o options, m *speechgen.Material, bin string) ([]result, error) {
	dir := batchDir(o)
	small := filepath.Join(o.work, fmt.Sprintf("batch-%d", o.files/5))
	if err := writeBatch(m, dir, o.files); err != nil {
		return nil, err
	}
	if err := writeBatch(m, small, o.files/5); err != nil {
		return nil, err
	}
	// -j 1 and -j 2 in pairs, as dagang and goldmark: the speed-up is the
	// median of the pairs' ratios, over three times the pairs of a command
	// comparison, as one pair's ratio spreads widely on a shared machine.
	var j1s, j2s []time.Duration
	var speedups []float64
	for range batchPairs(o) {
		t1, err := timed(command{name: bin, args: []string{"parse", "--quiet", "-j", "1", dir}})
		if err != nil {
			return nil, err
		}
		t2, err := timed(command{name: bin, args: []string{"parse", "--quiet", "-j", "2", dir}})
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
		if peaks[k], err = peakRSS(o.runs, command{name: bin, args: args}); err != nil {
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
			fmt.Sprintf("%.2f×", independent), comparison, true},
		{fmt.Sprintf("batch: peak RSS, %d inputs (the %d files five times) against %d", 5*o.files, o.files, o.files),
			fmt.Sprintf("%d MB / %d MB = %.2f×", many>>20, one>>20, growth), "≤ 1.25× (independent of count)", growth <= 1.25},
		{fmt.Sprintf("batch: peak RSS, %d files against %d", o.files, o.files/5),
			fmt.Sprintf("%d MB / %d MB = %.2f×", one>>20, few>>20, early), comparison, true},
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
	half := func(h string) command { return command{name: bin, args: []string{"parse", "--quiet", "-j", "1", h}} }
	// In pairs too, as many as the batch's: the median of their ratios.
	var ratios []float64
	for range batchPairs(o) {
		start := time.Now()
		for _, h := range halves {
			if _, err := timed(half(h)); err != nil {
				return 0, err
			}
		}
		apart := time.Since(start)
		start = time.Now()
		errs := make(chan error, 2)
		for _, h := range halves {
			go func() { _, err := timed(half(h)); errs <- err }()
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
