package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"runtime/debug"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/vbauerster/mpb/v8"

	"github.com/dagang/dagang/ast"
)

// fixtureTexts are the speeches of testdata/docs, in name order.
func fixtureTexts(t testing.TB) [][]byte {
	t.Helper()
	paths, err := filepath.Glob("../../testdata/docs/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no fixtures: %v", err)
	}
	texts := make([][]byte, 0, len(paths))
	for _, p := range paths {
		raw, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		texts = append(texts, raw)
	}
	return texts
}

// writeCorpus writes n speeches made from the fixtures under dir, a
// hundred to a subdirectory, and returns their paths in lexical order.
func writeCorpus(t testing.TB, dir string, n int) []string {
	t.Helper()
	texts := fixtureTexts(t)
	paths := make([]string, 0, n)
	for i := range n {
		sub := filepath.Join(dir, fmt.Sprintf("part-%03d", i/100))
		if i%100 == 0 {
			if err := os.MkdirAll(sub, 0o755); err != nil {
				t.Fatal(err)
			}
		}
		path := filepath.Join(sub, fmt.Sprintf("speech-%05d.txt", i))
		// Each file differs from the fixture it comes from, so that a
		// line given to the wrong input shows.
		text := fmt.Appendf(slices.Clip(texts[i%len(texts)]), "\n第%d篇\n", i)
		if err := os.WriteFile(path, text, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	return paths
}

// badFile is an input that cannot be decoded, by name, with what the
// error says.
type badFile struct{ name, content, reason string }

func badFiles() []badFile {
	return []badFile{
		{"aa-picture.txt", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data, not text (PNG image)"},
		{"part-000/nul.txt", "一、提高站位\x00\x00\x01", "binary data, not text (NUL bytes)"},
		{"part-001/latin1.md", "Discours pr\xe9sident: \xe0 la fa\xe7on d'un r\xe9sum\xe9", "not text in a supported encoding"},
		{"part-001/zz-broken.docx", "PK\x03\x04 not really a zip", "zip archive that is not a .docx document"},
	}
}

// singleDocument is what `dagang parse FILE` prints for one file.
func singleDocument(t *testing.T, path string) string {
	t.Helper()
	code, out, errOut := runCLI(t, "", "parse", path)
	if code != 0 {
		t.Fatalf("parse %s: exit %d, stderr %q", path, code, errOut)
	}
	return out
}

// TestMixedGoodAndBad: a directory of good and bad files gives every good
// document, as parse gives it for the file alone, and one error line per
// bad file, in lexical order; each bad file is one "FILE: reason" line on
// stderr, and the exit status is 1.
func TestMixedGoodAndBad(t *testing.T) {
	dir := t.TempDir()
	good := writeCorpus(t, dir, 150)
	wantBad := map[string]string{}
	for _, b := range badFiles() {
		path := filepath.Join(dir, filepath.FromSlash(b.name))
		if err := os.WriteFile(path, []byte(b.content), 0o644); err != nil {
			t.Fatal(err)
		}
		wantBad[path] = b.reason
	}
	code, out, errOut := runCLI(t, "", "parse", "-j", "3", dir)
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	lines := strings.SplitAfter(out, "\n")
	lines = lines[:len(lines)-1] // after the last newline
	if len(lines) != len(good)+len(badFiles()) {
		t.Fatalf("%d lines, want %d", len(lines), len(good)+len(badFiles()))
	}
	var names []string
	gotGood := 0
	for _, line := range lines {
		var rec struct {
			Source struct {
				Name     string `json:"name"`
				Encoding string `json:"encoding"`
				Bytes    int    `json:"bytes"`
			} `json:"source"`
			Error *string `json:"error"`
		}
		if err := json.Unmarshal([]byte(line), &rec); err != nil {
			t.Fatalf("not JSON: %v", err)
		}
		name := rec.Source.Name
		names = append(names, name)
		reason, bad := wantBad[name]
		switch {
		case bad && (rec.Error == nil || !strings.Contains(*rec.Error, reason)):
			t.Errorf("%s: error line %q, want one saying %q", name, line, reason)
		case bad && (rec.Source.Encoding != "" || rec.Source.Bytes > len(fileContent(t, name))):
			t.Errorf("%s: source %+v", name, rec.Source)
		case !bad && line != singleDocument(t, name):
			t.Errorf("%s: the line differs from parse of the file alone", name)
		case !bad:
			gotGood++
		}
	}
	if !sort.StringsAreSorted(names) || gotGood != len(good) {
		t.Errorf("%d good documents of %d; names in order: %v", gotGood, len(good), sort.StringsAreSorted(names))
	}
	errLines := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
	if len(errLines) != len(badFiles()) {
		t.Fatalf("stderr has %d lines, want %d:\n%s", len(errLines), len(badFiles()), errOut)
	}
	for _, l := range errLines {
		name, reason, ok := strings.Cut(strings.TrimPrefix(l, "dagang: "), ": ")
		if !ok || !strings.HasPrefix(l, "dagang: ") || !strings.Contains(reason, wantBad[name]) || wantBad[name] == "" {
			t.Errorf("stderr line %q is not FILE: reason for a bad file", l)
		}
	}
}

func fileContent(t *testing.T, path string) []byte {
	t.Helper()
	raw, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return raw
}

// TestJobsGiveTheSameOutput: -j 1 and -j 4 write the same bytes, error
// lines included; --unordered writes the same lines in some order.
func TestJobsGiveTheSameOutput(t *testing.T) {
	dir := t.TempDir()
	writeCorpus(t, dir, 300)
	for _, b := range badFiles() {
		if err := os.WriteFile(filepath.Join(dir, filepath.FromSlash(b.name)), []byte(b.content), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, command := range [][]string{{"parse"}, {"outline", "-f", "chunks"}, {"outline", "-f", "text"}} {
		t.Run(command[0]+"/"+command[len(command)-1], func(t *testing.T) {
			run := func(flags ...string) (string, string) {
				code, out, errOut := runCLI(t, "", append(append(slices.Clone(command), flags...), dir)...)
				if code != 1 {
					t.Fatalf("%v: exit %d, want 1 (bad files)", flags, code)
				}
				return out, errOut
			}
			one, oneErr := run("-j", "1")
			four, fourErr := run("-j", "4")
			if one == "" || one != four || oneErr != fourErr {
				t.Errorf("-j 1 and -j 4 differ (%d and %d bytes)", len(one), len(four))
			}
			unordered, _ := run("-j", "4", "--unordered")
			if command[len(command)-1] != "text" && !slices.Equal(sortedLines(one), sortedLines(unordered)) {
				t.Error("--unordered gives other lines")
			}
		})
	}
}

func sortedLines(s string) []string {
	lines := strings.Split(s, "\n")
	sort.Strings(lines)
	return lines
}

// TestNoLeaks runs 5,000 files through the command in-process and checks
// that every goroutine it started has ended and every file it opened is
// closed.
func TestNoLeaks(t *testing.T) {
	if testing.Short() {
		t.Skip("writes 5,000 files")
	}
	dir := t.TempDir()
	writeCorpus(t, dir, 5000)
	goroutines, fds := runtime.NumGoroutine(), openFiles(t)
	lines := &lineCounter{}
	if code := run([]string{"parse", "--quiet", "-j", "4", dir}, strings.NewReader(""), lines, io.Discard); code != 0 {
		t.Fatalf("exit %d", code)
	}
	if lines.n != 5000 {
		t.Errorf("%d lines, want 5000", lines.n)
	}
	if after := settledGoroutines(goroutines); after > goroutines {
		buf := make([]byte, 1<<16)
		t.Errorf("%d goroutines before, %d after:\n%s", goroutines, after, buf[:runtime.Stack(buf, true)])
	}
	if after := openFiles(t); fds >= 0 && after > fds {
		t.Errorf("%d open files before, %d after", fds, after)
	}
}

// settledGoroutines waits, yielding, for goroutines that are ending to be
// gone, and returns how many are left.
func settledGoroutines(want int) int {
	n := runtime.NumGoroutine()
	for i := 0; i < 1000 && n > want; i++ {
		runtime.Gosched()
		runtime.GC()
		n = runtime.NumGoroutine()
	}
	return n
}

// openFiles counts the process's open file descriptors, or -1 where
// /proc is not there to tell.
func openFiles(t *testing.T) int {
	t.Helper()
	entries, err := os.ReadDir("/proc/self/fd")
	if err != nil {
		t.Log("no /proc/self/fd: the file descriptor check is skipped")
		return -1
	}
	return len(entries)
}

type lineCounter struct{ n int }

func (c *lineCounter) Write(p []byte) (int, error) {
	c.n += bytes.Count(p, []byte("\n"))
	return len(p), nil
}

// TestPoolHoldsTheSourceBack: while the first item is slow, the pool takes
// no more than its window from the source, and everything still comes out
// in order.
func TestPoolHoldsTheSourceBack(t *testing.T) {
	for _, unordered := range []bool{false, true} {
		t.Run(fmt.Sprintf("unordered=%v", unordered), func(t *testing.T) {
			p := pool{workers: 3, unordered: unordered}
			const items = 200
			var emitted, overrun atomic.Int64
			windowFull := make(chan struct{})
			source := func(yield func(int) bool) {
				for k := range items {
					if k == p.window()-1 {
						// With this item the window is full of items taken
						// but not emitted: from here on, only emitting lets
						// the pool go on.
						close(windowFull)
					}
					if int64(k)-emitted.Load() > int64(p.window()) {
						overrun.Add(1)
					}
					if !yield(k) {
						return
					}
				}
			}
			process := func(k int) int {
				if k == 0 {
					// Time for the other workers to ask for more than
					// the window, were the pool to let them.
					<-windowFull
					time.Sleep(20 * time.Millisecond)
				}
				return k
			}
			var got []int
			err := runPool(p, source, func() func(int) int { return process }, func(k int) error {
				got = append(got, k)
				emitted.Add(1)
				return nil
			})
			if err != nil || len(got) != items {
				t.Fatalf("err %v, %d items", err, len(got))
			}
			if overrun.Load() > 0 {
				t.Errorf("the source was asked for %d items beyond the window", overrun.Load())
			}
			if !unordered && !slices.IsSorted(got) {
				t.Errorf("out of order: %v", got)
			}
		})
	}
}

// TestPoolStopsOnEmitError: the first error of emit ends the run, is
// returned, and the source is not read to its end.
func TestPoolStopsOnEmitError(t *testing.T) {
	p := pool{workers: 4}
	taken := 0
	source := func(yield func(int) bool) {
		for k := range 100000 {
			taken++
			if !yield(k) {
				return
			}
		}
	}
	failure := errors.New("disk full")
	err := runPool(p, source, func() func(int) int { return func(k int) int { return k } }, func(k int) error {
		if k == 5 {
			return failure
		}
		return nil
	})
	if !errors.Is(err, failure) {
		t.Errorf("error %v, want %v", err, failure)
	}
	if taken > 6+p.window()+1 {
		t.Errorf("the source gave %d items after emit failed at the 6th", taken)
	}
}

// TestProgressBar draws the bar into a buffer: files done of the total,
// the rate and the end.
func TestProgressBar(t *testing.T) {
	var out syncBuffer
	bar := startProgress(english, &out, 3, mpb.WithAutoRefresh())
	for range 3 {
		bar.add(1 << 20)
	}
	bar.stop()
	drawn := out.String()
	for _, want := range []string{"3/3 files", "MB/s", "done"} {
		if !strings.Contains(drawn, want) {
			t.Errorf("the bar does not show %q: %q", want, drawn)
		}
	}
}

// TestProgressOnlyOnATerminal: no bar for a buffer or a file, for one
// input, or with --quiet; a run over many inputs into a buffer writes
// nothing but its failures on stderr.
func TestProgressOnlyOnATerminal(t *testing.T) {
	file, err := os.Create(filepath.Join(t.TempDir(), "stderr"))
	if err != nil {
		t.Fatal(err)
	}
	defer file.Close()
	for _, tt := range []struct {
		name   string
		stderr io.Writer
		total  int
		quiet  bool
	}{
		{"a buffer", &bytes.Buffer{}, 10, false},
		{"a file", file, 10, false},
		{"one input", os.Stderr, 1, false},
		{"quiet", os.Stderr, 10, true},
	} {
		counted := false
		count := func() int { counted = true; return tt.total }
		if p := newProgress(english, tt.stderr, tt.quiet, count); p != nil {
			p.stop()
			t.Errorf("%s: a progress bar", tt.name)
		}
		// The inputs are counted (a walk of every directory) only where
		// a bar may be drawn: on a terminal (os.Stderr may be one), not
		// quiet.
		if counted && (tt.quiet || tt.stderr != os.Stderr) {
			t.Errorf("%s: the inputs were counted with no bar to show", tt.name)
		}
	}
	dir := t.TempDir()
	writeCorpus(t, dir, 20)
	code, _, errOut := runCLI(t, "", "parse", dir)
	if code != 0 || errOut != "" {
		t.Errorf("exit %d, stderr %q", code, errOut)
	}
}

// syncBuffer is a bytes.Buffer the bar's goroutine and the test can share.
type syncBuffer struct {
	mu  sync.Mutex
	buf bytes.Buffer
}

func (b *syncBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.Write(p)
}

func (b *syncBuffer) String() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	return b.buf.String()
}

// TestOutlineManyInputs: text and markdown outlines are separated by a
// blank line, chunks and json follow each other; the one-root formats
// take one input.
func TestOutlineManyInputs(t *testing.T) {
	a, b := fixture, hostileFixture
	for _, format := range []string{"text", "markdown", "chunks", "json"} {
		t.Run(format, func(t *testing.T) {
			_, outA, _ := runCLI(t, "", "outline", "-f", format, a)
			_, outB, _ := runCLI(t, "", "outline", "-f", format, b)
			code, both, errOut := runCLI(t, "", "outline", "-f", format, a, b)
			separator, _ := outputSeparator(format)
			if code != 0 || errOut != "" || both != outA+separator+outB {
				t.Errorf("exit %d, stderr %q; output is not the two outlines joined by %q:\n%s", code, errOut, separator, both)
			}
		})
	}
	for _, format := range []string{"opml", "freemind", "mermaid"} {
		t.Run(format, func(t *testing.T) {
			code, out, errOut := runCLI(t, "", "outline", "-f", format, a, b)
			if code != 2 || out != "" || !strings.Contains(errOut, "these inputs hold 2 files: give one file") {
				t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
			}
			dir := t.TempDir()
			if err := os.WriteFile(filepath.Join(dir, "one.txt"), fileContent(t, a), 0o644); err != nil {
				t.Fatal(err)
			}
			if code, _, errOut := runCLI(t, "", "outline", "-f", format, dir); code != 0 {
				t.Errorf("a directory of one file: exit %d, stderr %q", code, errOut)
			}
		})
	}
}

// TestOutlineManyInputsWithAFailure: a bad input is reported on stderr
// only; the others are written; the exit status is 1.
func TestOutlineManyInputsWithAFailure(t *testing.T) {
	code, out, errOut := runCLI(t, "", "outline", "-f", "chunks", fixture, "no-such-file.txt", hostileFixture)
	_, want, _ := runCLI(t, "", "outline", "-f", "chunks", fixture, hostileFixture)
	if code != 1 || out != want || errOut != "dagang: no-such-file.txt: no such file or directory\n" {
		t.Errorf("exit %d, stderr %q, stdout as without the missing file: %v", code, errOut, out == want)
	}
}

// TestCheckDirectory: check walks a directory and, -j at a time, reports
// what it reports for the files named one by one, in input order.
func TestCheckDirectory(t *testing.T) {
	dir := t.TempDir()
	paths := writeCorpus(t, dir, 120)
	for _, p := range paths[:7] {
		if err := os.WriteFile(p, fileContent(t, checkDir+"numbering-gap.txt"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, byName, _ := runCLI(t, "", append([]string{"check", "--fail-on", "info", "-j", "1"}, paths...)...)
	code, byDir, errOut := runCLI(t, "", "check", "--fail-on", "info", "-j", "4", dir)
	if code != 1 || errOut != "" || byDir != byName || !strings.Contains(byDir, "[numbering-gap]") {
		t.Errorf("exit %d, stderr %q, same as the files by name: %v", code, errOut, byDir == byName)
	}
}

func TestBatchUsageErrors(t *testing.T) {
	tests := []struct {
		name    string
		args    []string
		message string
	}{
		{"no jobs", []string{"parse", "-j", "0", fixture, fixture}, "--jobs must be at least 1"},
		{"pretty JSON Lines", []string{"parse", "--pretty", fixture, fixture}, "--pretty"},
		{"pretty with --jsonl", []string{"parse", "--pretty", "--jsonl", fixture}, "--pretty"},
		{"check without jobs", []string{"check", "-j", "-1", fixture}, "--jobs must be at least 1"},
		{"outline without jobs", []string{"outline", "-j", "0", fixture}, "--jobs must be at least 1"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, out, errOut := runCLI(t, "", tt.args...)
			if code != 2 || out != "" || !strings.Contains(errOut, tt.message) || strings.Count(errOut, "\n") != 1 {
				t.Errorf("exit %d, stdout %q, stderr %q, want a usage error saying %q", code, out, errOut, tt.message)
			}
		})
	}
}

// TestJSONLinesForOneInput: --jsonl makes a failure of a single input an
// error line with exit 1, where without it stdout stays empty.
func TestJSONLinesForOneInput(t *testing.T) {
	code, out, errOut := runCLI(t, "", "parse", "--jsonl", "no-such-file.txt")
	want := `{"source":{"name":"no-such-file.txt","encoding":"","bytes":0},"error":"no such file or directory"}` + "\n"
	if code != 1 || out != want || errOut != "dagang: no-such-file.txt: no such file or directory\n" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
	code, out, _ = runCLI(t, "", "parse", "--jsonl", fixture)
	if code != 0 || out != singleDocument(t, fixture) {
		t.Errorf("--jsonl on a good file: exit %d, and not the document of parse", code)
	}
}

// TestErrorLineSize: a file refused unread is described by its size, as
// the pipeline of beam/, which reads files whole, describes it.
func TestErrorLineSize(t *testing.T) {
	dir := t.TempDir()
	png := filepath.Join(dir, "pixel.png")
	data := append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 40)...)
	if err := os.WriteFile(png, data, 0o644); err != nil {
		t.Fatal(err)
	}
	code, out, _ := runCLI(t, "", "parse", "--jsonl", png)
	want := `{"source":{"name":` + strconv.Quote(png) + `,"encoding":"","bytes":48},"error":"binary data, not text (PNG image)"}` + "\n"
	if code != 1 || out != want {
		t.Errorf("exit %d, stdout %q, want %q", code, out, want)
	}
}

func TestDocumentGC(t *testing.T) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		t.Skip("the environment sets the collector")
	}
	before := debug.SetMemoryLimit(-1)
	restore := documentGC(64<<20, 300_000)
	if got, want := debug.SetMemoryLimit(-1), int64(64<<20)*5/2+16<<20; got != want {
		t.Errorf("limit for 64 MB of speech = %d, want %d", got, want)
	}
	if p := debug.SetGCPercent(-1); p != -1 {
		t.Errorf("collector at %d%% under the limit, want off", p)
	}
	restore()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("limit after restore = %d, want %d", got, before)
	}
	if p := debug.SetGCPercent(100); p == -1 {
		t.Error("collector still off after restore")
	}
	// Many short lines: the nodes need more than 2.5 times the text.
	restore = documentGC(34<<20, 1_000_000)
	if got, want := debug.SetMemoryLimit(-1), int64(34<<20)+1_000_000*nodeBytesPerLine+16<<20; got != want {
		t.Errorf("limit for a million lines in 34 MB = %d, want %d", got, want)
	}
	restore()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("limit after restore = %d, want %d", got, before)
	}
	documentGC(1<<10, 10)()
	if got := debug.SetMemoryLimit(-1); got != before {
		t.Errorf("a small input changed the limit to %d", got)
	}
}

// TestOneInputNoCollection: a large file is read and parsed with the
// collector already set for its size, so that the buffer it is read into
// starts no collection that would run on into the parse.
func TestOneInputNoCollection(t *testing.T) {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		t.Skip("the environment sets the collector")
	}
	// The count of collections is the process's: the run is made in a
	// process of its own, where no other test allocates.
	if os.Getenv("DAGANG_TEST_COLLECTIONS") == "" {
		cmd := exec.Command(os.Args[0], "-test.run=^TestOneInputNoCollection$", "-test.count=1")
		cmd.Env = append(os.Environ(), "DAGANG_TEST_COLLECTIONS=1")
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("%v\n%s", err, out)
		}
		return
	}
	path := filepath.Join(t.TempDir(), "large.txt")
	para := strings.Repeat("这是正文，讲的是这一年的工作和明年的打算。", 10) + "\n"
	text := strings.Repeat("一、总体要求\n"+para+para, (12<<20)/(2*len(para)))
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	text = ""
	runtime.GC()
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	code := run([]string{"parse", "-o", os.DevNull, path}, strings.NewReader(""), io.Discard, io.Discard)
	runtime.ReadMemStats(&after)
	if code != 0 {
		t.Fatalf("exit %d", code)
	}
	if n := after.NumGC - before.NumGC; n != 0 {
		t.Errorf("%d collections while a 12 MB file was read and parsed, want none", n)
	}
}

// TestPoolProcessPerWorker: every worker asks for its own process function
// once, and items are processed only by the function of the worker that
// holds it (each has its own dagang.Parser).
func TestPoolProcessPerWorker(t *testing.T) {
	p := pool{workers: 3}
	var made atomic.Int32
	newProcess := func() func(int) int {
		id := made.Add(1)
		var running atomic.Int32
		return func(k int) int {
			if running.Add(1) != 1 {
				t.Errorf("worker %d's process function runs twice at once", id)
			}
			defer running.Add(-1)
			return k
		}
	}
	n := 0
	err := runPool(p, slices.Values(make([]int, 1000)), newProcess, func(int) error { n++; return nil })
	if err != nil || n != 1000 {
		t.Fatalf("err %v, %d items", err, n)
	}
	if made.Load() != 3 {
		t.Errorf("%d process functions made for 3 workers", made.Load())
	}
}

// TestPoolOneWorker: with one worker the items are processed and emitted
// one after another, by one process function, in order, and the first
// error of emit stops the source at once.
func TestPoolOneWorker(t *testing.T) {
	p := pool{workers: 1}
	taken := 0
	source := func(yield func(int) bool) {
		for k := range 1000 {
			taken++
			if !yield(k) {
				return
			}
		}
	}
	made := 0
	newProcess := func() func(int) int { made++; return func(k int) int { return 2 * k } }
	var got []int
	if err := runPool(p, source, newProcess, func(v int) error { got = append(got, v); return nil }); err != nil {
		t.Fatal(err)
	}
	if made != 1 || len(got) != 1000 || got[999] != 1998 || !slices.IsSorted(got) {
		t.Fatalf("%d process functions, %d results, in order %v", made, len(got), slices.IsSorted(got))
	}
	taken = 0
	failure := errors.New("disk full")
	err := runPool(p, source, newProcess, func(v int) error {
		if v == 10 {
			return failure
		}
		return nil
	})
	if !errors.Is(err, failure) || taken != 6 {
		t.Errorf("error %v after %d items taken, want %v after 6", err, taken, failure)
	}
}

// TestScratchReuse: a worker that reads each input into the buffer of the
// one before, and builds each document in the memory of the one before,
// gives every document as a fresh read and parse do, long inputs after
// short ones and short after long, and the lines it gave before are not
// changed by the inputs after them (a line must share no memory with the
// buffer or the document). A buffer too large to keep is let go.
func TestScratchReuse(t *testing.T) {
	dir := t.TempDir()
	texts := fixtureTexts(t)
	slices.SortFunc(texts, func(a, b []byte) int { return len(b) - len(a) })
	var paths []string
	for i, text := range thereAndBack(texts) {
		path := filepath.Join(dir, fmt.Sprintf("%02d.txt", i))
		if err := os.WriteFile(path, text, 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, path)
	}
	parser := batchParser(1)
	scratch := new([]byte)
	var lines lineBuffers
	var got [][]byte
	for _, path := range paths {
		r := processFile(testBatch(), parser, scratch, true, input{path: path}, lines.encode)
		if r.err != nil {
			t.Fatal(r.err)
		}
		got = append(got, r.value)
		if cap(*scratch) == 0 {
			t.Fatalf("%s: the buffer was not kept", path)
		}
	}
	for i, path := range paths {
		fresh := processFile(testBatch(), batchParser(1), nil, false, input{path: path}, encodeDocument)
		if !bytes.Equal(got[i], fresh.value) {
			t.Errorf("%s: the line read into a reused buffer differs from a fresh one", path)
		}
	}
	keepBuffer(scratch, make([]byte, keptBufferMax+1))
	if *scratch != nil {
		t.Errorf("a buffer of %d bytes was kept", keptBufferMax+1)
	}
}

// TestLineBuffersReuse: a line encoded into a buffer taken back after a
// longer one is the document's line alone; a buffer too large to keep is
// not taken back.
func TestLineBuffersReuse(t *testing.T) {
	texts := fixtureTexts(t)
	parser := batchParser(1)
	var lines lineBuffers
	for _, text := range thereAndBack(texts) {
		doc, err := parser.Parse("x.txt", slices.Clone(text))
		if err != nil {
			t.Fatal(err)
		}
		want, _ := encodeDocument(doc)
		got, _ := lines.encode(doc)
		parser.Recycle(doc)
		if !bytes.Equal(got, want) {
			t.Fatalf("%d bytes, want %d: %.80q", len(got), len(want), got)
		}
		lines.release(got)
	}
	huge := make([]byte, 0, keptBufferMax+1)
	lines.release(huge)
	for range 100 {
		if p, ok := lines.free.Get().(*[]byte); ok && cap(*p) == cap(huge) {
			t.Fatal("a buffer too large to keep was taken back")
		}
	}
}

// thereAndBack is texts, then texts backwards.
func thereAndBack(texts [][]byte) [][]byte {
	back := slices.Clone(texts)
	slices.Reverse(back)
	return append(slices.Clone(texts), back...)
}

// encodeDocument is the document's line of JSON Lines in a buffer of its
// own: what the reused buffers are held to.
func encodeDocument(doc *ast.Document) ([]byte, error) {
	return appendDocumentLine(nil, doc), nil
}

// BenchmarkPool measures what runPool costs on top of the work: 5,000
// items of pure arithmetic (about a speech's parse each) on two workers,
// against two bare goroutines sharing the items out in halves.
func BenchmarkPool(b *testing.B) {
	const items, work = 5000, 50000
	var sink atomic.Int64
	b.Run("pool", func(b *testing.B) {
		for b.Loop() {
			newProcess := func() func(int) int { return func(int) int { return spin(work) } }
			err := runPool(pool{workers: 2}, slices.Values(make([]int, items)), newProcess,
				func(v int) error { sink.Add(int64(v)); return nil })
			if err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("bare", func(b *testing.B) {
		for b.Loop() {
			var wg sync.WaitGroup
			for range 2 {
				wg.Go(func() {
					for range items / 2 {
						sink.Add(int64(spin(work)))
					}
				})
			}
			wg.Wait()
		}
	})
}

// spin is n steps of a linear congruential generator: work that touches
// no memory.
func spin(n int) int {
	x := 1
	for range n {
		x = x*1664525 + 1013904223
	}
	return x
}

// TestPoolOrderUnderDelays: items that take random times on many workers
// still come out one each, in order, and never more than the window of
// them is taken but not emitted, ordered or not.
func TestPoolOrderUnderDelays(t *testing.T) {
	for _, unordered := range []bool{false, true} {
		for _, workers := range []int{2, 3, 8} {
			t.Run(fmt.Sprintf("unordered=%v/workers=%d", unordered, workers), func(t *testing.T) {
				p := pool{workers: workers, unordered: unordered}
				const items = 1000
				var taken, emitted, overrun atomic.Int64
				source := func(yield func(int) bool) {
					for k := range items {
						if taken.Add(1)-emitted.Load() > int64(p.window()) {
							overrun.Add(1)
						}
						if !yield(k) {
							return
						}
					}
				}
				newProcess := func() func(int) int {
					// Each worker its own generator: a delay of 0 to 3
					// steps of 20 µs, so that items finish out of order.
					rng := rand.New(rand.NewPCG(uint64(workers), 7))
					return func(k int) int {
						if d := rng.IntN(4); d > 0 {
							time.Sleep(time.Duration(d) * 20 * time.Microsecond)
						}
						return k
					}
				}
				seen := make([]bool, items)
				var got []int
				err := runPool(p, source, newProcess, func(k int) error {
					if seen[k] {
						t.Errorf("item %d emitted twice", k)
					}
					seen[k] = true
					got = append(got, k)
					emitted.Add(1)
					return nil
				})
				if err != nil || len(got) != items {
					t.Fatalf("err %v, %d items", err, len(got))
				}
				if !unordered && !slices.IsSorted(got) {
					t.Errorf("out of order")
				}
				if overrun.Load() > 0 {
					t.Errorf("%d items taken beyond the window", overrun.Load())
				}
			})
		}
	}
}

// TestPoolWorkersDoNotWaitForWriting: while one worker writes a result,
// the others go on with their items and leave theirs to be written after
// it, in order.
func TestPoolWorkersDoNotWaitForWriting(t *testing.T) {
	for _, unordered := range []bool{false, true} {
		t.Run(fmt.Sprintf("unordered=%v", unordered), func(t *testing.T) {
			p := pool{workers: 2, unordered: unordered}
			const items = 100
			ahead := int64(p.window() - 2) // items the other worker finishes during the first write
			var started atomic.Int64
			aheadDone := make(chan struct{})
			process := func(k int) int {
				if started.Add(1) == ahead+2 {
					close(aheadDone)
				}
				return k
			}
			source := func(yield func(int) bool) {
				for k := range items {
					if !yield(k) {
						return
					}
				}
			}
			var got []int
			waited := false
			err := runPool(p, source, func() func(int) int { return process }, func(k int) error {
				if len(got) == 0 {
					select {
					case <-aheadDone:
					case <-time.After(5 * time.Second):
						waited = true
					}
				}
				got = append(got, k)
				return nil
			})
			if err != nil || len(got) != items {
				t.Fatalf("err %v, %d items", err, len(got))
			}
			if waited {
				t.Errorf("during the first write the other worker did not go on to %d more items", ahead)
			}
			if !unordered && !slices.IsSorted(got) {
				t.Errorf("out of order: %v", got)
			}
		})
	}
}

// TestOneInputParsedOnEveryCore: check and outline of one input parse it
// on -j cores, as parse does; of many, each on one core of its worker.
func TestOneInputParsedOnEveryCore(t *testing.T) {
	if o := parserOptions(true, 4); o.Workers != 4 {
		t.Errorf("one input: %d workers for its parse, want 4", o.Workers)
	}
	if o := parserOptions(false, 4); o.Workers != 1 {
		t.Errorf("many inputs: %d workers for each parse, want 1", o.Workers)
	}
	plan, err := testApp().planInputs([]string{fixture}, defaultIncludes())
	if err != nil || !plan.single() {
		t.Fatalf("one file is not a single input: %v", err)
	}
}
