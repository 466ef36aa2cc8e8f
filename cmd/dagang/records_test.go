package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/decode"
)

// recordsInput is n records {"name", "text"} made from the fixtures, one
// a line, and their names.
func recordsInput(t *testing.T, n int) (string, []string) {
	t.Helper()
	texts := fixtureTexts(t)
	var b strings.Builder
	names := make([]string, n)
	for i := range n {
		names[i] = fmt.Sprintf("shard-%d/record-%05d", i%7, i)
		line, err := json.Marshal(map[string]string{"name": names[i], "text": recordText(texts, i)})
		if err != nil {
			t.Fatal(err)
		}
		b.Write(line)
		b.WriteByte('\n')
	}
	return b.String(), names
}

// recordText is the i-th record's text: a fixture, marked so that a
// document given to the wrong record shows.
func recordText(texts [][]byte, i int) string {
	return string(texts[i%len(texts)]) + fmt.Sprintf("\n第%d篇\n", i)
}

// wantRecordLine is the line --records writes for a good record.
func wantRecordLine(t *testing.T, name, text string) string {
	t.Helper()
	doc, err := dagang.Parse(name, decode.Text{Text: text, Encoding: "utf-8", Bytes: len(text)}, nil)
	if err != nil {
		t.Fatal(err)
	}
	line, err := encodeDocument(doc)
	if err != nil {
		t.Fatal(err)
	}
	return string(line)
}

// TestRecordsInOrder: 10,000 records come back in order, one line each,
// with their names, each the document of its text, while four workers
// finish them in whatever order; with --unordered, the same lines in some
// order. (That -j does not change the bytes is TestJobsGiveTheSameOutput:
// records and files go through the same pool.)
func TestRecordsInOrder(t *testing.T) {
	in, names := recordsInput(t, 10000)
	texts := fixtureTexts(t)
	code, out, errOut := runCLI(t, in, "parse", "--records", "-j", "4")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	lines := strings.SplitAfter(out, "\n")
	if last := lines[len(lines)-1]; last != "" {
		t.Fatalf("output does not end in a newline: %.80q", last)
	}
	lines = lines[:len(lines)-1]
	if len(lines) != len(names) {
		t.Fatalf("%d lines, want %d", len(lines), len(names))
	}
	if got := lineNames(t, out); !slices.Equal(got, names) {
		t.Fatal("the names are not those of the records, in order")
	}
	for i := 0; i < len(lines); i += 97 {
		if lines[i] != wantRecordLine(t, names[i], recordText(texts, i)) {
			t.Errorf("line %d is not the document of record %d", i+1, i)
		}
	}
	code, unordered, _ := runCLI(t, in, "parse", "--records", "-j", "4", "--unordered")
	if code != 0 || !slices.Equal(sortedLines(out), sortedLines(unordered)) {
		t.Errorf("exit %d; --unordered gives other lines", code)
	}
}

// TestRecordsMalformed: every line gives one line; a malformed record
// gives an error line with the name when there is one, a "NAME: reason"
// line on stderr, and exit 1 at the end.
func TestRecordsMalformed(t *testing.T) {
	tests := []struct {
		line   string
		name   string // the error line's source.name
		reason string // in the error line and on stderr
	}{
		{`{"name": "a", "text": "一、提高站位"`, "", "line 2: not a record: unexpected end of JSON input"},
		{`not json`, "", `line 3: not a record: want a JSON object {"name": "...", "text": "..."}`},
		{`["a", "b"]`, "", `line 4: not a record: want a JSON object {"name": "...", "text": "..."}`},
		{`{"name": "no-text"}`, "no-text", `line 5: no "text" in the record`},
		{`{"name": "null-text", "text": null}`, "null-text", `line 6: no "text" in the record`},
		{`{"name": 7, "text": "一、提高站位"}`, "", `line 7: "name" is a JSON number, not a string`},
		{`{"name": "text-array", "text": ["一"]}`, "text-array", `line 8: "text" is a JSON array, not a string`},
		{``, "", "line 9: empty line, not a record"},
		{"  \t", "", "line 10: empty line, not a record"},
		// Held to what a file's text would be (issue 22): a lone
		// surrogate is text no UTF-8 holds, NUL is binary data.
		{`{"name": "lone", "text": "一、\ud800提高"}`, "lone", `line 11: not text in a supported encoding (UTF-8, GB18030, UTF-16 with BOM): a lone surrogate escape (\ud800) in the record`},
		{`{"name": "low", "text": "\udc00"}`, "low", `line 12: not text in a supported encoding (UTF-8, GB18030, UTF-16 with BOM): a lone surrogate escape (\udc00) in the record`},
		{`{"name": "nul", "text": "一、\u0000提高"}`, "nul", `line 13: binary data, not text (NUL bytes)`},
		{"{\"name\": \"bytes\", \"text\": \"\xff\xfe\"}", "", `line 14: not text in a supported encoding (UTF-8, GB18030, UTF-16 with BOM): the record is not UTF-8`},
		{`{"name": "esc", "text": "\q"}`, "esc", `line 15: not a record: invalid escape \q in a string`},
		{"{\"name\": \"ctl\", \"text\": \"a\tb\"}", "ctl", `line 16: not a record: a control character in a string`},
	}
	good := `{"name": "good", "text": "同志们：\n一、提高站位\n二、压实责任\n", "lang": "zh"}`
	var in strings.Builder
	in.WriteString(good + "\n")
	for _, tt := range tests {
		in.WriteString(tt.line + "\r\n")
	}
	in.WriteString(good) // the last line need not end in a newline
	code, out, errOut := runCLI(t, in.String(), "parse", "--records", "-j", "3")
	if code != 1 {
		t.Errorf("exit %d, want 1", code)
	}
	lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
	if len(lines) != len(tests)+2 {
		t.Fatalf("%d lines for %d records:\n%s", len(lines), len(tests)+2, out)
	}
	wantGood := wantRecordLine(t, "good", "同志们：\n一、提高站位\n二、压实责任\n")
	if lines[0]+"\n" != wantGood || lines[len(lines)-1]+"\n" != wantGood {
		t.Errorf("the good records around the bad ones are not their documents:\n%s\n%s", lines[0], lines[len(lines)-1])
	}
	stderr := strings.Split(strings.TrimSuffix(errOut, "\n"), "\n")
	if len(stderr) != len(tests) {
		t.Fatalf("stderr has %d lines for %d bad records:\n%s", len(stderr), len(tests), errOut)
	}
	for k, tt := range tests {
		var rec errorLine
		if err := json.Unmarshal([]byte(lines[k+1]), &rec); err != nil {
			t.Fatalf("line %d: %v", k+2, err)
		}
		if rec.Source.Name != tt.name || rec.Error != tt.reason {
			t.Errorf("line %d: %+v, want name %q and error %q", k+2, rec, tt.name, tt.reason)
		}
		wantName := tt.name
		if wantName == "" {
			wantName = "standard input"
		}
		if want := "dagang: " + wantName + ": " + tt.reason; stderr[k] != want {
			t.Errorf("stderr %q, want %q", stderr[k], want)
		}
	}
}

// TestRecordsLongLine: a record of a couple of MB, more than any fixed
// line buffer holds, is read whole.
func TestRecordsLongLine(t *testing.T) {
	texts := fixtureTexts(t)
	var text strings.Builder
	for i := 0; text.Len() < 2<<20; i++ {
		text.Write(texts[i%len(texts)])
	}
	line, err := json.Marshal(map[string]string{"name": "long", "text": text.String()})
	if err != nil {
		t.Fatal(err)
	}
	code, out, errOut := runCLI(t, string(line)+"\n"+string(line)+"\n", "parse", "--records")
	want := wantRecordLine(t, "long", text.String())
	if code != 0 || errOut != "" || out != want+want {
		t.Errorf("exit %d, stderr %q, %d bytes out, want %d", code, errOut, len(out), 2*len(want))
	}
}

// TestRecordsStream: each line is written as soon as it is ready, before
// the next record arrives, as a streaming engine needs: the test sends a
// record only once it has read the line of the one before.
func TestRecordsStream(t *testing.T) {
	inR, inW := io.Pipe()
	outR, outW := io.Pipe()
	done := make(chan int)
	go func() {
		done <- run([]string{"parse", "--records", "-j", "2"}, inR, outW, io.Discard)
		outW.Close()
	}()
	outLines := bufio.NewReader(outR)
	for i := range 5 {
		name := fmt.Sprintf("r%d", i)
		if _, err := fmt.Fprintf(inW, "{\"name\": %q, \"text\": \"一、提高站位\"}\n", name); err != nil {
			t.Fatal(err)
		}
		got := make(chan string)
		go func() {
			line, _ := outLines.ReadString('\n')
			got <- line
		}()
		select {
		case line := <-got:
			if !strings.Contains(line, `"name":"`+name+`"`) {
				t.Fatalf("record %d: line %.100q", i, line)
			}
		case <-time.After(time.Minute):
			// Not a measure of speed: without a line per record, the
			// test would otherwise wait for ever.
			t.Fatalf("record %d: no line while the input stays open", i)
		}
	}
	inW.Close()
	if code := <-done; code != 0 {
		t.Errorf("exit %d", code)
	}
}

func TestRecordsUsageErrors(t *testing.T) {
	tests := []struct {
		args    []string
		message string
	}{
		{[]string{"parse", "--records", fixture}, "--records reads standard input and takes no file"},
		{[]string{"parse", "--records", "--pretty"}, "--pretty, --jsonl, --include and --encoding do not apply"},
		{[]string{"parse", "--records", "--include", "*.md"}, "--pretty, --jsonl, --include and --encoding do not apply"},
		{[]string{"parse", "--records", "-j", "0"}, "--jobs must be at least 1"},
	}
	for _, tt := range tests {
		code, out, errOut := runCLI(t, `{"name": "a", "text": "一、提高站位"}`+"\n", tt.args...)
		if code != 2 || out != "" || !strings.Contains(errOut, tt.message) {
			t.Errorf("%v: exit %d, stdout %q, stderr %q, want a usage error saying %q", tt.args, code, out, errOut, tt.message)
		}
	}
}

// TestRecordsEmptyInput: no records, no lines, exit 0, as for an empty
// partition.
func TestRecordsEmptyInput(t *testing.T) {
	if code, out, errOut := runCLI(t, "", "parse", "--records"); code != 0 || out != "" || errOut != "" {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}

// BenchmarkRecordDecode reads a record of a fixture speech with the
// records' decoder, and with encoding/json's reflection for comparison.
func BenchmarkRecordDecode(b *testing.B) {
	texts := fixtureTexts(b)
	line, _ := json.Marshal(map[string]string{"name": "speech.txt", "text": string(texts[0]), "lang": "zh"})
	b.Run("fastjson", func(b *testing.B) {
		var d recordDecoder
		b.SetBytes(int64(len(line)))
		for b.Loop() {
			if _, err := d.decode(line, 0); err != nil {
				b.Fatal(err)
			}
		}
	})
	b.Run("encoding-json", func(b *testing.B) {
		b.SetBytes(int64(len(line)))
		for b.Loop() {
			var rec struct {
				Name string  `json:"name"`
				Text *string `json:"text"`
			}
			if err := json.Unmarshal(line, &rec); err != nil {
				b.Fatal(err)
			}
		}
	})
}
