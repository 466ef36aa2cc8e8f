//go:build linux

// Command beambench times the pipeline on prism against `dagang parse -j
// 2` over the same generated corpus, the bench's batch corpus (5,000
// speeches of 4 to 11 KB, bench/cmd/benchrun), one run of each, and
// checks that both wrote the same lines. It prints files per second and
// MB/s of input for each, with the processor time and peak memory of
// each (Linux: from the process's resource usage).
//
//	go run ./cmd/beambench -root .. -work /tmp/beambench
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strings"
	"syscall"
	"time"

	"github.com/dagang/dagang/testkit/speechgen"
)

func main() {
	root := flag.String("root", "..", "the dagang checkout: its fixtures feed the generator")
	work := flag.String("work", filepath.Join(os.TempDir(), "dagang-beambench"), "scratch folder for the corpus, the binaries and the outputs")
	files := flag.Int("files", 5000, "files in the corpus")
	jobs := flag.Int("j", 2, "-j of dagang parse")
	flag.Parse()
	if err := run(*root, *work, *files, *jobs); err != nil {
		fmt.Fprintln(os.Stderr, "beambench:", err)
		os.Exit(1)
	}
}

func run(root, work string, files, jobs int) error {
	root, err := filepath.Abs(root)
	if err != nil {
		return err
	}
	if work, err = filepath.Abs(work); err != nil {
		return err
	}
	corpus := filepath.Join(work, fmt.Sprintf("batch-%d", files))
	size, err := writeCorpus(root, corpus, files)
	if err != nil {
		return err
	}
	dagangBin, beamBin := filepath.Join(work, "dagang"), filepath.Join(work, "dagang-beam")
	if err := goBuild(root, dagangBin, "./cmd/dagang"); err != nil {
		return err
	}
	if err := goBuild(filepath.Join(root, "beam"), beamBin, "./cmd/dagang-beam"); err != nil {
		return err
	}
	out := filepath.Join(work, "out")
	if err := os.RemoveAll(out); err != nil {
		return err
	}
	if err := os.MkdirAll(out, 0o755); err != nil {
		return err
	}

	cliOut := filepath.Join(out, "dagang.jsonl")
	cli, err := timed(cliOut, dagangBin, "parse", "--quiet", "-j", fmt.Sprint(jobs), corpus)
	if err != nil {
		return err
	}
	pipeline, err := timed("", beamBin, "--input", filepath.Join(corpus, "*.txt"), "--output", filepath.Join(out, "beam"))
	if err != nil {
		return err
	}
	load, _ := os.ReadFile("/proc/loadavg")
	if err := sameLines(cliOut, filepath.Join(out, "beam-*-of-*.jsonl")); err != nil {
		return err
	}

	mb := float64(size) / 1e6
	fmt.Printf("corpus: %d files, %.1f MB (%s)\n", files, mb, corpus)
	fmt.Printf("load average after: %s", load)
	for _, r := range []struct {
		name string
		run  usage
	}{
		{fmt.Sprintf("dagang parse -j %d", jobs), cli},
		{"dagang-beam on prism", pipeline},
	} {
		wall := r.run.wall.Seconds()
		fmt.Printf("%-22s %6.2fs  %7.0f files/s  %6.2f MB/s  CPU %.2fs  peak RSS %d MB\n", r.name, wall,
			float64(files)/wall, mb/wall, r.run.cpu.Seconds(), r.run.peakRSS>>20)
	}
	fmt.Printf("pipeline/parse: %.2f× the time, %.2f× the CPU\n",
		pipeline.wall.Seconds()/cli.wall.Seconds(), pipeline.cpu.Seconds()/cli.cpu.Seconds())
	return nil
}

// usage is what a command took: the time it ran, the processor time it
// used (user and system: on a busy machine the steadier figure) and its
// peak resident memory.
type usage struct {
	wall, cpu time.Duration
	peakRSS   int64
}

// writeCorpus writes n speeches into dir as bench/cmd/benchrun writes its
// batch corpus (the same material, seed and sizes), unless they are there
// already, and returns their total size.
func writeCorpus(root, dir string, n int) (int64, error) {
	if entries, err := os.ReadDir(dir); err != nil || len(entries) != n {
		m, err := speechgen.HarvestDir(root)
		if err != nil {
			return 0, err
		}
		if err := os.RemoveAll(dir); err != nil {
			return 0, err
		}
		if err := os.MkdirAll(dir, 0o755); err != nil {
			return 0, err
		}
		g := speechgen.New(m, 42)
		for i := range n {
			var b bytes.Buffer
			if err := g.WriteSpeech(&b, 4<<10+(i%8)<<10); err != nil {
				return 0, err
			}
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("speech-%05d.txt", i)), b.Bytes(), 0o644); err != nil {
				return 0, err
			}
		}
	}
	var size int64
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0, err
	}
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			return 0, err
		}
		size += info.Size()
	}
	return size, nil
}

func goBuild(dir, out, pkg string) error {
	cmd := exec.Command("go", "build", "-o", out, pkg)
	cmd.Dir = dir
	cmd.Stderr = os.Stderr
	if err := cmd.Run(); err != nil {
		return fmt.Errorf("go build %s: %w", pkg, err)
	}
	return nil
}

// timed runs a command to its end, its standard output into the file
// stdout ("" discards it), and returns what it took.
func timed(stdout, name string, args ...string) (usage, error) {
	cmd := exec.Command(name, args...)
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	if stdout != "" {
		f, err := os.Create(stdout)
		if err != nil {
			return usage{}, err
		}
		defer f.Close()
		cmd.Stdout = f
	}
	start := time.Now()
	err := cmd.Run()
	u := usage{wall: time.Since(start)}
	if err != nil {
		return u, fmt.Errorf("%s %s: %w\n%s", filepath.Base(name), strings.Join(args, " "), err, stderr.Bytes())
	}
	u.cpu = cmd.ProcessState.UserTime() + cmd.ProcessState.SystemTime()
	if ru, ok := cmd.ProcessState.SysUsage().(*syscall.Rusage); ok {
		u.peakRSS = ru.Maxrss << 10 // kilobytes on Linux
	}
	return u, nil
}

// sameLines checks that the file want and the files matching the pattern
// got hold the same lines, in any order.
func sameLines(want, got string) error {
	w, err := os.ReadFile(want)
	if err != nil {
		return err
	}
	shards, err := filepath.Glob(got)
	if err != nil {
		return err
	}
	var g []byte
	for _, s := range shards {
		b, err := os.ReadFile(s)
		if err != nil {
			return err
		}
		g = append(g, b...)
	}
	wl, gl := lines(w), lines(g)
	if !slices.Equal(wl, gl) {
		return errors.New("the pipeline's documents differ from dagang parse's")
	}
	return nil
}

func lines(b []byte) []string {
	l := strings.Split(strings.TrimSuffix(string(b), "\n"), "\n")
	slices.Sort(l)
	return l
}
