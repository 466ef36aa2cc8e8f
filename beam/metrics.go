package dagangbeam

import (
	"github.com/apache/beam/sdks/v2/go/pkg/beam/core/metrics"
)

// Counters are the pipeline's counters at the end of a run.
type Counters struct {
	Files, Bytes, Speeches, Sections, Failures int64
}

// CountersOf reads the pipeline's counters from a run's metrics: the
// committed values where the runner gives them, the attempted otherwise,
// summed over the steps that count.
func CountersOf(results metrics.Results) Counters {
	var c Counters
	fields := map[string]*int64{
		CounterFiles:    &c.Files,
		CounterBytes:    &c.Bytes,
		CounterSpeeches: &c.Speeches,
		CounterSections: &c.Sections,
		CounterFailures: &c.Failures,
	}
	for _, r := range results.AllMetrics().Counters() {
		if r.Namespace() != Namespace {
			continue
		}
		if field, ok := fields[r.Name()]; ok {
			*field += r.Result()
		}
	}
	return c
}
