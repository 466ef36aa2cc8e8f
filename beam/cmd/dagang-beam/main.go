// Command dagang-beam runs dagang over a corpus as an Apache Beam
// pipeline: locally on Beam's in-process prism runner, or on Flink, Spark
// (through the portable job server) or Dataflow with Beam's pipeline
// options (docs/beam.md).
//
//	dagang-beam --input 'corpus/*.txt' --output out/speeches
//
// writes the version-1 documents as JSON Lines shards (out/speeches-00000-of-00001.jsonl,
// …), the files that failed as {"source": {...}, "error": "..."} lines in
// out/speeches-errors.jsonl, and the counters on standard error. The exit
// status is 1 when the pipeline failed or a file did, 2 for a usage error.
package main

import (
	"context"
	"flag"
	"fmt"
	"os"
	"strings"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/options/jobopts"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/x/beamx"

	// The filesystems of --input, --output and --errors beside the local
	// one and gs://, which beamx links.
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/s3"

	dagangbeam "github.com/dagang/dagang/beam"
)

// patterns is a flag that may be given more than once.
type patterns []string

func (p *patterns) String() string { return strings.Join(*p, " ") }

func (p *patterns) Set(v string) error {
	*p = append(*p, v)
	return nil
}

func main() {
	var opts dagangbeam.Options
	flag.Var((*patterns)(&opts.Inputs), "input", "file pattern of the speeches to parse: a path, a glob, gs://… or s3://… (repeatable)")
	flag.StringVar(&opts.Output, "output", "", "prefix of the JSON Lines shards of documents: PREFIX-00000-of-00002.jsonl, …")
	flag.StringVar(&opts.Errors, "errors", "", `JSON Lines file of the files that failed (default PREFIX-errors.jsonl)`)
	flag.IntVar(&opts.Shards, "shards", 0, "number of document shards, through a shuffle; 0: one for each of the runner's bundles, with no shuffle")
	// beamx runs on prism when --runner is empty: the help says so.
	if f := flag.Lookup("runner"); f != nil {
		f.DefValue = "prism"
		_ = f.Value.Set("prism")
	}
	flag.Usage = func() {
		fmt.Fprintf(flag.CommandLine.Output(), "usage: dagang-beam --input PATTERN... --output PREFIX [--errors FILE] [--runner prism|flink|spark|dataflow|universal] [Beam pipeline options]\n\n")
		flag.PrintDefaults()
	}
	flag.Parse()
	// A worker started by a runner runs its bundles in here and exits.
	beam.Init()
	if flag.NArg() > 0 {
		usageError(fmt.Errorf("unexpected argument %q: give each pattern with --input", flag.Arg(0)))
	}
	p, s := beam.NewPipelineWithRoot()
	if err := dagangbeam.Build(s, opts); err != nil {
		usageError(err)
	}
	result, err := beamx.RunWithMetrics(context.Background(), p)
	if err != nil {
		fmt.Fprintln(os.Stderr, "dagang-beam:", err)
		os.Exit(1)
	}
	if result == nil || *jobopts.Async {
		return // submitted and not waited for: no counters yet
	}
	c := dagangbeam.CountersOf(result.Metrics())
	fmt.Fprintf(os.Stderr, "dagang-beam: %d files, %d bytes, %d speeches, %d sections, %d failed\n",
		c.Files, c.Bytes, c.Speeches, c.Sections, c.Failures)
	if c.Failures > 0 {
		fmt.Fprintln(os.Stderr, "dagang-beam: the files that failed are in", opts.ErrorsPath())
		os.Exit(1)
	}
}

func usageError(err error) {
	fmt.Fprintln(os.Stderr, "dagang-beam:", err)
	flag.Usage()
	os.Exit(2)
}
