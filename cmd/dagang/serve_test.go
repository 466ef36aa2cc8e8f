package main

import (
	"bytes"
	"context"
	"github.com/dagang/dagang/internal/i18n"
	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dagang/dagang/export"
	"github.com/dagang/dagang/serve"
)

// serveInputs are the inputs on which the API must answer what the
// commands print: every fixture of the project's, text and Word.
func serveInputs(t *testing.T) []string {
	t.Helper()
	var files []string
	for _, pattern := range []string{"../../testdata/docs/*.txt", "../../testdata/check/*.txt", "../../serve/testdata/speech.*"} {
		m, err := filepath.Glob(pattern)
		if err != nil {
			t.Fatal(err)
		}
		files = append(files, m...)
	}
	if len(files) < 20 {
		t.Fatalf("only %d fixtures", len(files))
	}
	return files
}

// cliRun runs a command line in Chinese, the server's default language,
// and returns its exit code and stdout.
func cliRun(stdin []byte, args ...string) (int, []byte) {
	var out bytes.Buffer
	code := run(append([]string{"--lang", "zh"}, args...), bytes.NewReader(stdin), &out, io.Discard)
	return code, out.Bytes()
}

// apiPost posts body to the handler.
func apiPost(h http.Handler, target string, body []byte) *httptest.ResponseRecorder {
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, target, bytes.NewReader(body)))
	return rec
}

// TestServeAnswersWhatTheCommandsPrint holds every endpoint to its
// command, byte for byte, for the same bytes: under the file's name (the
// command given the file) and without a name (the command reading standard
// input, "-").
func TestServeAnswersWhatTheCommandsPrint(t *testing.T) {
	h := serve.Handler(serve.Options{})
	inputs := serveInputs(t)
	t.Chdir(t.TempDir())
	for _, path := range inputs {
		src, err := os.ReadFile(filepath.Join(testRoot, path))
		if err != nil {
			t.Fatal(err)
		}
		name := filepath.Base(path)
		if err := os.WriteFile(name, src, 0o644); err != nil {
			t.Fatal(err)
		}
		t.Run(name, func(t *testing.T) {
			for _, input := range []struct{ arg, query string }{{name, "name=" + name}, {"-", ""}} {
				same := func(endpoint, query string, args ...string) {
					t.Helper()
					code, want := cliRun(src, append(args, input.arg)...)
					target := "/api/" + endpoint + "?" + strings.TrimPrefix(input.query+"&"+query, "&")
					rec := apiPost(h, target, src)
					if (code == 0 || code == exitInput && args[0] == "check") != (rec.Code == http.StatusOK) {
						t.Fatalf("%s: the command exits %d, the API answers %d: %s", target, code, rec.Code, rec.Body)
					}
					if rec.Code == http.StatusOK && !bytes.Equal(rec.Body.Bytes(), want) {
						t.Errorf("%s: the API answers\n%.400s\nthe command prints\n%.400s", target, rec.Body, want)
					}
				}
				same("parse", "", "parse")
				same("parse", "pretty=1", "parse", "--pretty")
				for _, format := range export.Names() {
					same("outline", "format="+format, "outline", "--format", format)
				}
				same("outline", "format=chunks&all=1&max_chars=40", "outline", "--format", "chunks", "--all", "--max-chars", "40")
				same("check", "", "check", "--format", "json")
				same("fix", "", "fix")
				same("fix", "diff=1", "fix", "--dry-run")
			}
		})
	}
}

// testRoot is the package's directory, where the tests start, before
// TestServeAnswersWhatTheCommandsPrint moves to a directory of its own.
var testRoot, _ = os.Getwd()

func TestServeUsageErrors(t *testing.T) {
	for _, args := range [][]string{
		{"serve", "extra"},
		{"serve", "--lang", "fr"},
		{"serve", "--addr", "127.0.0.1:99999"},
	} {
		var errOut bytes.Buffer
		if code := run(args, strings.NewReader(""), io.Discard, &errOut); code != exitUsage {
			t.Errorf("%v: exit %d, want %d (%s)", args, code, exitUsage, errOut.String())
		}
	}
}

// serveStderr is a buffer that the server's goroutines write while the
// test reads it.
type serveStderr struct {
	mu sync.Mutex
	b  bytes.Buffer
}

func (s *serveStderr) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *serveStderr) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// startServe runs `dagang serve` with args until the returned stop is
// called, and returns the address it listens on and what it wrote on
// stderr.
func startServe(t *testing.T, args ...string) (url string, stderr *serveStderr, stop func() int) {
	t.Helper()
	stderr = &serveStderr{}
	ctx, cancel := context.WithCancel(context.Background())
	a := &app{stdin: strings.NewReader(""), stdout: io.Discard, stderr: stderr, p: i18n.New(i18n.English)}
	root := a.newRootCmd()
	root.SetArgs(append([]string{"serve"}, args...))
	done := make(chan error, 1)
	go func() { done <- root.ExecuteContext(ctx) }()
	banner := regexp.MustCompile(`dagang serve: (http://\S+/)`)
	deadline := time.Now().Add(10 * time.Second)
	for {
		if m := banner.FindStringSubmatch(stderr.String()); m != nil {
			url = m[1]
			break
		}
		select {
		case err := <-done:
			cancel()
			t.Fatalf("serve ended: %v\n%s", err, stderr.String())
		default:
		}
		if time.Now().After(deadline) {
			cancel()
			t.Fatalf("serve did not start:\n%s", stderr.String())
		}
		time.Sleep(5 * time.Millisecond)
	}
	return url, stderr, func() int {
		cancel()
		if err := <-done; err != nil {
			t.Errorf("serve: %v", err)
			return 1
		}
		return 0
	}
}

func TestServeCommand(t *testing.T) {
	url, stderr, stop := startServe(t, "--addr", "127.0.0.1:0", "--lang", "en")
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	page, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != http.StatusOK || !bytes.Contains(page, []byte(`data-lang="en"`)) {
		t.Errorf("the page: %d, in English: %v", res.StatusCode, bytes.Contains(page, []byte(`data-lang="en"`)))
	}
	res, err = http.Post(url+"api/parse?name=a.txt", "text/plain", strings.NewReader("一、总体要求\n"))
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusOK {
		t.Errorf("parse: %d", res.StatusCode)
	}
	// Bound to loopback, the server answers loopback names only.
	req, _ := http.NewRequest(http.MethodGet, url+"healthz", nil)
	req.Host = "dagang.example"
	res, err = http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	if res.StatusCode != http.StatusMisdirectedRequest {
		t.Errorf("Host dagang.example: %d", res.StatusCode)
	}
	stop()
	log := stderr.String()
	if strings.Contains(log, "warning") {
		t.Errorf("a warning on loopback:\n%s", log)
	}
	if !strings.Contains(log, "msg=request method=POST path=/api/parse status=200") {
		t.Errorf("no request log:\n%s", log)
	}
	if !strings.Contains(log, "dagang serve: stopping") {
		t.Errorf("no stop:\n%s", log)
	}
}

func TestServeWarnsOffLoopback(t *testing.T) {
	url, stderr, stop := startServe(t, "--addr", "0.0.0.0:0")
	port := url[strings.LastIndex(url, ":"):]
	res, err := http.Get("http://127.0.0.1" + port + "healthz")
	if err != nil {
		t.Fatal(err)
	}
	res.Body.Close()
	stop()
	if !strings.Contains(stderr.String(), "dagang: warning: 0.0.0.0:0 is not a loopback address") {
		t.Errorf("no warning:\n%s", stderr.String())
	}
}
