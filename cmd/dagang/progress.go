package main

import (
	"fmt"
	"io"
	"os"
	"sync/atomic"
	"time"

	"github.com/vbauerster/mpb/v8"
	"github.com/vbauerster/mpb/v8/cwriter"
	"github.com/vbauerster/mpb/v8/decor"

	"github.com/dagang/dagang/internal/i18n"
)

// progress is the bar a run over many inputs shows on a terminal: files
// done of the total, the rate in MB/s of input read, and the time left.
// A nil *progress shows nothing; its methods do nothing.
type progress struct {
	container *mpb.Progress
	bar       *mpb.Bar
	bytes     atomic.Int64 // input bytes done; read by the bar as it redraws
	start     time.Time
	pr        *i18n.Printer
}

// newProgress returns the bar for a run over the inputs that count
// counts, or nil when it would only be in the way: stderr is not a
// terminal (a log file, a pipe, a cluster's task log), there is at most
// one input, or quiet. The inputs are counted only for a bar: a
// directory is then walked once to count its files and again as they
// are processed.
func newProgress(p *i18n.Printer, stderr io.Writer, quiet bool, count func() int) *progress {
	if quiet || !isTerminal(stderr) {
		return nil
	}
	total := count()
	if total < 2 {
		return nil
	}
	return startProgress(p, stderr, total)
}

// isTerminal reports whether w is a terminal.
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	return ok && cwriter.IsTerminal(int(f.Fd()))
}

// terminal is a reader that says whether it is a terminal (tests stand
// in for one with it).
type terminal interface{ IsTerminal() bool }

// isTerminalReader reports whether r is a terminal: then nobody piped
// anything into it.
func isTerminalReader(r io.Reader) bool {
	if t, ok := r.(terminal); ok {
		return t.IsTerminal()
	}
	f, ok := r.(*os.File)
	return ok && cwriter.IsTerminal(int(f.Fd()))
}

// startProgress draws a bar on out, whatever out is.
func startProgress(pr *i18n.Printer, out io.Writer, total int, options ...mpb.ContainerOption) *progress {
	p := &progress{start: time.Now(), pr: pr}
	p.container = mpb.New(append([]mpb.ContainerOption{mpb.WithOutput(out), mpb.WithWidth(40)}, options...)...)
	p.bar = p.container.AddBar(int64(total),
		mpb.PrependDecorators(decor.CountersNoUnit(pr.Pattern("progress.files"), decor.WCSyncWidth)),
		mpb.AppendDecorators(
			decor.Any(p.rate, decor.WC{W: 12}),
			decor.OnComplete(decor.Meta(decor.AverageETA(decor.ET_STYLE_GO), p.etaLabel), "  "+pr.T("progress.done")),
		),
	)
	return p
}

func (p *progress) etaLabel(eta string) string { return "  " + p.pr.T("progress.eta", eta) }

// rate is the input read per second so far, in MB/s.
func (p *progress) rate(decor.Statistics) string {
	elapsed := time.Since(p.start).Seconds()
	if elapsed <= 0 {
		return "0.0 MB/s"
	}
	return fmt.Sprintf("%.1f MB/s", float64(p.bytes.Load())/1e6/elapsed)
}

// add counts one input done, of size bytes.
func (p *progress) add(size int) {
	if p == nil {
		return
	}
	p.bytes.Add(int64(size))
	p.bar.Increment()
}

// writer is where messages go while the bar is shown: above it, so that
// neither garbles the other. Without a bar it is stderr itself.
func (p *progress) writer(stderr io.Writer) io.Writer {
	if p == nil {
		return stderr
	}
	return p.container
}

// stop draws the bar a last time and ends its goroutines. A run that
// ended early leaves the bar where it stopped.
func (p *progress) stop() {
	if p == nil {
		return
	}
	if !p.bar.Completed() {
		p.bar.Abort(false)
	}
	p.container.Wait()
}
