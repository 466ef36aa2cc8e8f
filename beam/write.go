package dagangbeam

import (
	"bufio"
	"context"
	"crypto/rand"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"slices"

	"github.com/apache/beam/sdks/v2/go/pkg/beam"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem"
	"github.com/apache/beam/sdks/v2/go/pkg/beam/register"
)

func init() {
	register.DoFn1x2[[]byte, int, []byte](&shardFn{})
	register.DoFn3x1[context.Context, int, func(*[]byte) bool, error](&writeShardFn{})
	register.DoFn3x1[context.Context, []byte, func(string), error](&writeBundleFn{})
	register.DoFn3x1[context.Context, []byte, func(*string) bool, error](&finishShardsFn{})
	register.DoFn3x1[context.Context, []byte, func(*[]byte) bool, error](&writeFileFn{})
	register.Emitter1[string]()
	register.Iter1[[]byte]()
	register.Iter1[string]()
}

// ShardName is the name of shard k (from 0) of n under prefix:
// PREFIX-00000-of-00004.jsonl.
func ShardName(prefix string, k, n int) string {
	return fmt.Sprintf("%s-%05d-of-%05d.jsonl", prefix, k, n)
}

// writeShards writes lines as JSON Lines to a fixed number of shards,
// named by ShardName. The lines go through a shuffle to their shard: a
// line's shard follows from its bytes alone, so that a bundle a runner
// retries sends its lines to the same shard again. A shard that no line
// falls into is not written.
func writeShards(s beam.Scope, prefix string, shards int, lines beam.PCollection) {
	s = s.Scope("WriteShards")
	keyed := beam.ParDo(s, &shardFn{Shards: shards}, lines)
	beam.ParDo0(s, &writeShardFn{Prefix: prefix, Shards: shards}, beam.GroupByKey(s, keyed))
}

// shardFn keys a line by its shard.
type shardFn struct {
	Shards int `json:"shards"`
}

var castagnoli = crc32.MakeTable(crc32.Castagnoli)

func (fn *shardFn) ProcessElement(line []byte) (int, []byte) {
	return int(crc32.Checksum(line, castagnoli) % uint32(fn.Shards)), line
}

// writeShardFn writes the lines of one shard.
type writeShardFn struct {
	Prefix string `json:"prefix"`
	Shards int    `json:"shards"`
}

func (fn *writeShardFn) ProcessElement(ctx context.Context, shard int, lines func(*[]byte) bool) error {
	return writeLines(ctx, ShardName(fn.Prefix, shard, fn.Shards), lines)
}

// writeBundles writes lines as JSON Lines, one shard for each bundle of
// the runner's: each bundle writes its lines to a file of its own where
// they are, with no shuffle of the documents, and once every bundle is
// done the files that succeeded are renamed to their shard names (files
// of bundles that failed and were retried are removed). The shard count
// is the runner's: one on prism, which runs the parse in one bundle.
func writeBundles(s beam.Scope, prefix string, lines beam.PCollection) {
	s = s.Scope("WriteBundles")
	temp := prefix + ".tmp-" + rand.Text()
	files := beam.ParDo(s, &writeBundleFn{Temp: temp}, lines)
	beam.ParDo0(s, &finishShardsFn{Prefix: prefix, Temp: temp}, beam.Impulse(s), beam.SideInput{Input: files})
}

// writeBundleFn writes the lines of a bundle to a file of its own, Temp
// and a random suffix, and emits the file's name when the bundle ends.
type writeBundleFn struct {
	Temp string `json:"temp"`

	// The bundle's file, opened at its first line.
	name string
	fsys filesystem.Interface
	file io.WriteCloser
	w    *bufio.Writer
}

func (fn *writeBundleFn) StartBundle(_ context.Context, _ func(string)) {
	// A bundle that failed may have left its file open: it is abandoned,
	// and removed with the others at the end.
	fn.close()
}

// close closes the bundle's file and forgets it; the error is the first
// of flushing and closing.
func (fn *writeBundleFn) close() error {
	var err error
	if fn.w != nil {
		err = fn.w.Flush()
	}
	if fn.file != nil {
		if cerr := fn.file.Close(); err == nil {
			err = cerr
		}
	}
	if fn.fsys != nil {
		fn.fsys.Close()
	}
	fn.name, fn.fsys, fn.file, fn.w = "", nil, nil, nil
	return err
}

func (fn *writeBundleFn) ProcessElement(ctx context.Context, line []byte, _ func(string)) error {
	if fn.w == nil {
		fn.name = fn.Temp + "-" + rand.Text() + ".jsonl"
		var err error
		if fn.fsys, err = filesystem.New(ctx, fn.name); err != nil {
			return err
		}
		if fn.file, err = fn.fsys.OpenWrite(ctx, fn.name); err != nil {
			return err
		}
		fn.w = bufio.NewWriterSize(fn.file, 1<<20)
	}
	// A bufio.Writer's error sticks: Flush reports it.
	_, _ = fn.w.Write(line)
	_ = fn.w.WriteByte('\n')
	return nil
}

func (fn *writeBundleFn) FinishBundle(_ context.Context, emit func(string)) error {
	if fn.w == nil {
		return nil // no line in this bundle
	}
	name := fn.name
	if err := fn.close(); err != nil {
		return fmt.Errorf("write %s: %w", name, err)
	}
	emit(name)
	return nil
}

// finishShardsFn renames the files of the bundles that succeeded to their
// shard names and removes those of bundles that failed. Run again after
// a failure, it skips the files it renamed already.
type finishShardsFn struct {
	Prefix string `json:"prefix"`
	Temp   string `json:"temp"`
}

func (fn *finishShardsFn) ProcessElement(ctx context.Context, _ []byte, files func(*string) bool) error {
	var names []string
	var name string
	for files(&name) {
		names = append(names, name)
	}
	slices.Sort(names) // the same shard for each file if run again
	fsys, err := filesystem.New(ctx, fn.Temp)
	if err != nil {
		return err
	}
	defer fsys.Close()
	for k, name := range names {
		shard := ShardName(fn.Prefix, k, len(names))
		if err := filesystem.Rename(ctx, fsys, name, shard); err != nil && !renamedBefore(ctx, fsys, name, shard) {
			return fmt.Errorf("rename %s to %s: %w", name, shard, err)
		}
	}
	// What is left is the files of failed bundles.
	left, err := fsys.List(ctx, fn.Temp+"-*")
	if err != nil {
		return err
	}
	remover, ok := fsys.(filesystem.Remover)
	if !ok {
		return nil
	}
	var errs []error
	for _, name := range left {
		errs = append(errs, remover.Remove(ctx, name))
	}
	return errors.Join(errs...)
}

// renamedBefore says whether name is gone and shard is there: a run of
// finishShardsFn that failed after renaming it.
func renamedBefore(ctx context.Context, fsys filesystem.Interface, name, shard string) bool {
	_, errName := fsys.Size(ctx, name)
	_, errShard := fsys.Size(ctx, shard)
	return errName != nil && errShard == nil
}

// writeFile writes lines as JSON Lines to the one file path, even when
// there are none: a reader then finds the file empty rather than missing.
func writeFile(s beam.Scope, path string, lines beam.PCollection) {
	s = s.Scope("WriteFile")
	beam.ParDo0(s, &writeFileFn{Path: path}, beam.Impulse(s), beam.SideInput{Input: lines})
}

// writeFileFn writes the lines of its side input to Path, once, on the
// impulse.
type writeFileFn struct {
	Path string `json:"path"`
}

func (fn *writeFileFn) ProcessElement(ctx context.Context, _ []byte, lines func(*[]byte) bool) error {
	return writeLines(ctx, fn.Path, lines)
}

// writeLines writes each line and a newline to the file at path, on any
// filesystem linked in (local, gs://, s3://).
func writeLines(ctx context.Context, path string, lines func(*[]byte) bool) error {
	fsys, err := filesystem.New(ctx, path)
	if err != nil {
		return err
	}
	defer fsys.Close()
	f, err := fsys.OpenWrite(ctx, path)
	if err != nil {
		return err
	}
	w := bufio.NewWriterSize(f, 1<<20)
	var line []byte
	for lines(&line) {
		// A bufio.Writer's error sticks: Flush reports it.
		_, _ = w.Write(line)
		_ = w.WriteByte('\n')
	}
	err = w.Flush()
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("write %s: %w", path, err)
	}
	return nil
}
