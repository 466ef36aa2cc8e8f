package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"github.com/dagang/dagang/testkit/speechgen"
)

// A shape is one kind of input every target must hold on: its files for
// the comparisons, the linear cost and the large input, and a folder of
// texts as files with the same texts as JSON Lines records.
type shape struct {
	prefix  string // before the names of its rows: "" for the generated shape
	lib     string // libSize bytes
	lib4    string // four times lib
	big     string // bigSize bytes
	files   string // a folder of texts
	records string // the same texts as {"name", "text"} records
}

// generatedShape writes the generated collections and the batch corpus's
// records.
func generatedShape(o options, m *speechgen.Material) (shape, error) {
	s := shape{
		lib:   filepath.Join(o.work, "lib.txt"),
		lib4:  filepath.Join(o.work, "lib4.txt"),
		big:   filepath.Join(o.work, "big.txt"),
		files: batchDir(o),
	}
	s.records = s.files + ".jsonl"
	for path, size := range map[string]int{s.lib: o.libSize, s.lib4: 4 * o.libSize, s.big: o.bigSize} {
		if err := writeCollection(m, path, size); err != nil {
			return s, err
		}
	}
	if err := writeBatch(m, s.files, o.files); err != nil {
		return s, err
	}
	return s, writeRecords(s.files, s.records)
}

// realShape writes the real corpus concatenated and repeated to each size,
// a folder of its files repeated to libSize, and their records. It returns
// nil when there is no corpus.
func realShape(o options) (*shape, error) {
	corpus, err := filepath.Glob(filepath.Join(o.shared, "corpus", "*.txt"))
	if err != nil || len(corpus) == 0 {
		return nil, err
	}
	slices.Sort(corpus)
	var one bytes.Buffer
	for _, f := range corpus {
		b, err := os.ReadFile(f)
		if err != nil {
			return nil, err
		}
		one.Write(b)
	}
	s := &shape{
		prefix:  "real corpus, ",
		lib:     filepath.Join(o.work, "real-lib.txt"),
		lib4:    filepath.Join(o.work, "real-lib4.txt"),
		big:     filepath.Join(o.work, "real-big.txt"),
		files:   filepath.Join(o.work, "real-files"),
		records: filepath.Join(o.work, "real-files.jsonl"),
	}
	// Whole copies of the concatenation, so that no character is cut: the
	// linear input is four times the copies of the smaller one.
	copies := max(1, (o.libSize+one.Len()-1)/one.Len())
	for path, n := range map[string]int{s.lib: copies, s.lib4: 4 * copies, s.big: max(1, (o.bigSize+one.Len()-1)/one.Len())} {
		if err := writeRepeated(path, one.Bytes(), n); err != nil {
			return nil, err
		}
	}
	if err := writeCorpusFiles(corpus, s.files, copies); err != nil {
		return nil, err
	}
	return s, writeRecords(s.files, s.records)
}

// writeRepeated writes n copies of b to path, unless it holds them.
func writeRepeated(path string, b []byte, n int) error {
	if st, err := os.Stat(path); err == nil && st.Size() == int64(n*len(b)) {
		return nil
	}
	return os.WriteFile(path, bytes.Repeat(b, n), 0o644)
}

// writeCorpusFiles writes n copies of each corpus file into dir.
func writeCorpusFiles(corpus []string, dir string, n int) error {
	if entries, err := os.ReadDir(dir); err == nil && len(entries) == n*len(corpus) {
		return nil
	}
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	for k := range n {
		for _, f := range corpus {
			b, err := os.ReadFile(f)
			if err != nil {
				return err
			}
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("%02d-%s", k, filepath.Base(f))), b, 0o644); err != nil {
				return err
			}
		}
	}
	return nil
}

// writeRecords writes the files of dir, in the order the command walks
// them, as {"name", "text"} JSON Lines records to path.
func writeRecords(dir, path string) error {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return err
	}
	f, err := os.Create(path)
	if err != nil {
		return err
	}
	w := bufio.NewWriter(f)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, e := range entries {
		b, err := os.ReadFile(filepath.Join(dir, e.Name()))
		if err != nil {
			f.Close()
			return err
		}
		if err := enc.Encode(struct {
			Name string `json:"name"`
			Text string `json:"text"`
		}{e.Name(), string(b)}); err != nil {
			f.Close()
			return err
		}
	}
	if err := w.Flush(); err != nil {
		f.Close()
		return err
	}
	return f.Close()
}

// textBytes is the size of the files of dir.
func textBytes(dir string) (int64, error) {
	entries, err := os.ReadDir(dir)
	if err != nil {
		return 0, err
	}
	var n int64
	for _, e := range entries {
		info, err := e.Info()
		if err != nil {
			return 0, err
		}
		n += info.Size()
	}
	return n, nil
}

func writeCollection(m *speechgen.Material, path string, size int) error {
	if st, err := os.Stat(path); err == nil && st.Size() >= int64(size) && st.Size() < int64(size)+1<<20 {
		return nil // already generated
	}
	var b bytes.Buffer
	if err := speechgen.New(m, uint64(size)).WriteCollection(&b, size); err != nil {
		return err
	}
	return os.WriteFile(path, b.Bytes(), 0o644)
}

// batchDir is the folder of the batch corpus.
func batchDir(o options) string { return filepath.Join(o.work, fmt.Sprintf("batch-%d", o.files)) }

func writeBatch(m *speechgen.Material, dir string, n int) error {
	return writeBatchSeed(m, dir, n, 42)
}

func writeBatchSeed(m *speechgen.Material, dir string, n int, seed uint64) error {
	if entries, err := os.ReadDir(dir); err == nil && len(entries) == n {
		return nil
	}
	if err := os.RemoveAll(dir); err != nil {
		return err
	}
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return err
	}
	g := speechgen.New(m, seed)
	for i := 0; i < n; i++ {
		var b bytes.Buffer
		if err := g.WriteSpeech(&b, 4<<10+(i%8)<<10); err != nil {
			return err
		}
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("speech-%05d.txt", i)), b.Bytes(), 0o644); err != nil {
			return err
		}
	}
	return nil
}
