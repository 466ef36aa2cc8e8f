package dagangbeam

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"slices"
	"testing"

	"github.com/apache/beam/sdks/v2/go/pkg/beam/io/fileio"
	_ "github.com/apache/beam/sdks/v2/go/pkg/beam/io/filesystem/local"

	"github.com/dagang/dagang"
)

// TestFinishShards: the files of the bundles that succeeded become the
// shards, those of failed bundles are removed, and a run again after a
// failure finds the work done.
func TestFinishShards(t *testing.T) {
	dir := t.TempDir()
	prefix := filepath.Join(dir, "docs")
	temp := prefix + ".tmp-JOB"
	done := []string{temp + "-B.jsonl", temp + "-A.jsonl"}
	failed := temp + "-C.jsonl" // a bundle that failed and was retried as B
	for _, name := range append(slices.Clone(done), failed) {
		if err := os.WriteFile(name, []byte(filepath.Base(name)+"\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	fn := &finishShardsFn{Prefix: prefix, Temp: temp}
	for run := range 2 {
		if err := fn.ProcessElement(context.Background(), nil, iterate(done)); err != nil {
			t.Fatalf("run %d: %v", run, err)
		}
		got, err := filepath.Glob(filepath.Join(dir, "*"))
		if err != nil {
			t.Fatal(err)
		}
		want := []string{ShardName(prefix, 0, 2), ShardName(prefix, 1, 2)}
		if !slices.Equal(got, want) {
			t.Fatalf("run %d: files %v, want %v", run, got, want)
		}
		// The files in sorted order: A is shard 0.
		b, err := os.ReadFile(want[0])
		if err != nil || string(b) != "docs.tmp-JOB-A.jsonl\n" {
			t.Fatalf("run %d: shard 0 holds %q (%v), want A's line", run, b, err)
		}
	}
}

func iterate(names []string) func(*string) bool {
	i := 0
	return func(s *string) bool {
		if i == len(names) {
			return false
		}
		*s = names[i]
		i++
		return true
	}
}

// TestReadRefusesTooLarge: a file larger than the library takes is
// refused by its size before it is opened.
func TestReadRefusesTooLarge(t *testing.T) {
	fn := &parseFn{}
	file := fileio.ReadableFile{Metadata: fileio.FileMetadata{
		Path: filepath.Join(t.TempDir(), "absent.txt"), Size: dagang.DefaultMaxInput + 1,
	}}
	if _, err := fn.read(context.Background(), file); !errors.Is(err, dagang.ErrTooLarge) {
		t.Fatalf("read = %v, want ErrTooLarge", err)
	}
}

// TestReadGrownFile: a file longer than the size the match gave (it grew
// since) is read to its end.
func TestReadGrownFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "grew.txt")
	text := []byte("同志们：\n一、提高站位\n二、压实责任\n")
	if err := os.WriteFile(path, text, 0o644); err != nil {
		t.Fatal(err)
	}
	fn := &parseFn{scratch: make([]byte, 0, 4)}
	file := fileio.ReadableFile{Metadata: fileio.FileMetadata{Path: path, Size: 3}}
	got, err := fn.read(context.Background(), file)
	if err != nil || string(got) != string(text) {
		t.Fatalf("read = %q, %v; want the whole file", got, err)
	}
}
