package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"time"
)

// binaries are the commands built for the run.
type binaries struct{ dagang, mdconvert string }

// build compiles dagang and the goldmark converter into the work folder.
func build(o options) (binaries, error) {
	work, err := filepath.Abs(o.work)
	if err != nil {
		return binaries{}, err
	}
	bins := binaries{dagang: filepath.Join(work, "dagang"), mdconvert: filepath.Join(work, "mdconvert")}
	for _, b := range []struct{ dir, out, pkg string }{
		{o.root, bins.dagang, "./cmd/dagang"},
		{".", bins.mdconvert, "./cmd/mdconvert"},
	} {
		cmd := exec.Command("go", "build", "-o", b.out, b.pkg)
		cmd.Dir = b.dir
		cmd.Stderr = os.Stderr
		if err := cmd.Run(); err != nil {
			return binaries{}, fmt.Errorf("build %s: %w", b.pkg, err)
		}
	}
	return bins, nil
}

// command is a run of a command with its standard output to /dev/null.
type command struct {
	name  string
	args  []string
	stdin string // a file to read standard input from; none when ""
	// findings: exit status 1 is the command's answer (check's findings),
	// not a failure.
	findings bool
}

// timed runs a command once and returns its wall time. Nothing of this
// process runs meanwhile: a watch of the command's memory would take a
// core from a command that uses both (-j 2), and not from one that leaves
// one idle (-j 1).
func timed(c command) (time.Duration, error) {
	wall, _, err := c.run(false)
	return wall, err
}

// peakRSS runs a command n times, its memory watched, and returns the
// largest peak RSS seen, in bytes.
func peakRSS(n int, c command) (int64, error) {
	var peak int64
	for range n {
		_, hwm, err := c.run(true)
		if err != nil {
			return 0, err
		}
		peak = max(peak, hwm)
	}
	return peak, nil
}

// run runs the command and returns its wall time and, if watched, its
// peak RSS. The peak is read from the process's VmHWM while it runs: the
// maximum RSS that wait4 reports would count the memory of this process,
// which the child shares until it executes the command.
func (c command) run(watch bool) (time.Duration, int64, error) {
	cmd := exec.Command(c.name, c.args...)
	// Straight to /dev/null, as the targets say: io.Discard would put a
	// pipe and a copying goroutine of this process between them.
	devnull, err := os.OpenFile(os.DevNull, os.O_WRONLY, 0)
	if err != nil {
		return 0, 0, err
	}
	defer devnull.Close()
	cmd.Stdout = devnull
	if c.stdin != "" {
		in, err := os.Open(c.stdin)
		if err != nil {
			return 0, 0, err
		}
		defer in.Close()
		cmd.Stdin = in // a file, read by the command itself
	}
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
	var exit *exec.ExitError
	if c.findings && errors.As(err, &exit) && exit.ExitCode() == 1 {
		err = nil
	}
	if err != nil {
		return 0, 0, fmt.Errorf("%s %s: %v: %s", c.name, strings.Join(c.args, " "), err, strings.TrimSpace(stderr.String()))
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
