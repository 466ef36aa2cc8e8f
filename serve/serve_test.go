package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/docjson"
	"github.com/dagang/dagang/export"
)

func readFixture(t *testing.T, name string) []byte {
	t.Helper()
	b, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// post sends body to the handler and returns the answer.
func post(t *testing.T, h http.Handler, target string, body []byte) *httptest.ResponseRecorder {
	t.Helper()
	req := httptest.NewRequest(http.MethodPost, target, bytes.NewReader(body))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, req)
	return rec
}

// errorOf decodes an {"error": "..."} answer, failing the test on any
// other shape.
func errorOf(t *testing.T, rec *httptest.ResponseRecorder) string {
	t.Helper()
	if ct := rec.Header().Get("Content-Type"); ct != "application/json" {
		t.Fatalf("error answered as %q, want application/json: %s", ct, rec.Body)
	}
	var e struct {
		Error string `json:"error"`
	}
	dec := json.NewDecoder(rec.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&e); err != nil || e.Error == "" {
		t.Fatalf("not an {\"error\": ...} object (%v): %s", err, rec.Body)
	}
	return e.Error
}

// jsonDocument is the part of the version-1 document the tests read.
type jsonDocument struct {
	Version int `json:"version"`
	Source  struct {
		Name     string `json:"name"`
		Encoding string `json:"encoding"`
	} `json:"source"`
	Speeches []struct {
		Title      *string         `json:"title"`
		Salutation json.RawMessage `json:"salutation"`
		Sections   []jsonSection   `json:"sections"`
	} `json:"speeches"`
	Diagnostics []struct {
		Code ast.Code `json:"code"`
	} `json:"diagnostics"`
}

type jsonSection struct {
	Title    string        `json:"title"`
	Children []jsonSection `json:"children"`
}

func decodeDocument(t *testing.T, body []byte) *jsonDocument {
	t.Helper()
	var doc jsonDocument
	if err := json.Unmarshal(body, &doc); err != nil {
		t.Fatalf("not a document: %v\n%.300s", err, body)
	}
	return &doc
}

func TestParseAnswersTheDocument(t *testing.T) {
	h := Handler(Options{})
	src := readFixture(t, "speech.txt")
	rec := post(t, h, "/api/parse?name=speech.txt", src)
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	if ct := rec.Header().Get("Content-Type"); ct != "application/json" {
		t.Errorf("Content-Type %q", ct)
	}
	doc, err := dagang.Parse("speech.txt", src, nil)
	if err != nil {
		t.Fatal(err)
	}
	var want bytes.Buffer
	if err := docjson.Write(&want, doc, docjson.Options{}); err != nil {
		t.Fatal(err)
	}
	want.WriteByte('\n')
	if rec.Body.String() != want.String() {
		t.Errorf("the answer is not the library's document:\n got %.300s\nwant %.300s", rec.Body, want.String())
	}
	got := decodeDocument(t, rec.Body.Bytes())
	if got.Source.Name != "speech.txt" || len(got.Speeches) != 1 || len(got.Speeches[0].Sections) != 3 {
		t.Errorf("source %+v, %d speeches", got.Source, len(got.Speeches))
	}
}

func TestParseNamesStandardInputWithoutName(t *testing.T) {
	rec := post(t, Handler(Options{}), "/api/parse", []byte("一、总体要求\n二、主要任务\n"))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	if doc := decodeDocument(t, rec.Body.Bytes()); doc.Source.Name != "-" {
		t.Errorf("source.name %q, want - as for standard input", doc.Source.Name)
	}
}

func TestParsePretty(t *testing.T) {
	rec := post(t, Handler(Options{}), "/api/parse?pretty=1", readFixture(t, "speech.txt"))
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Body.String(), "{\n  \"version\": 1,") {
		t.Errorf("status %d: %.60q", rec.Code, rec.Body)
	}
}

func TestOutlineEveryFormat(t *testing.T) {
	h := Handler(Options{})
	src := readFixture(t, "speech.txt")
	doc, err := dagang.Parse("speech.txt", src, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range export.All() {
		t.Run(e.Name(), func(t *testing.T) {
			rec := post(t, h, "/api/outline?name=speech.txt&format="+e.Name(), src)
			if rec.Code != http.StatusOK {
				t.Fatalf("status %d: %s", rec.Code, rec.Body)
			}
			if formatTypes[e.Name()] == "" || rec.Header().Get("Content-Type") != formatTypes[e.Name()] {
				t.Errorf("Content-Type %q", rec.Header().Get("Content-Type"))
			}
			var want bytes.Buffer
			if err := e.Export(&want, doc, export.Options{}); err != nil {
				t.Fatal(err)
			}
			if rec.Body.String() != want.String() {
				t.Errorf("got\n%s\nwant\n%s", rec.Body, want.String())
			}
		})
	}
	rec := post(t, h, "/api/outline", src)
	if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Body.String(), "在全市社区治理工作推进会上的讲话\n  一、") {
		t.Errorf("the default format is not text: %d %.80q", rec.Code, rec.Body)
	}
}

func TestOutlineChunkOptions(t *testing.T) {
	h := Handler(Options{})
	src := readFixture(t, "speech.txt")
	leaves := post(t, h, "/api/outline?format=chunks", src)
	all := post(t, h, "/api/outline?format=chunks&all=true&max_chars=20", src)
	if leaves.Code != http.StatusOK || all.Code != http.StatusOK {
		t.Fatalf("status %d, %d", leaves.Code, all.Code)
	}
	if n, m := strings.Count(leaves.Body.String(), "\n"), strings.Count(all.Body.String(), "\n"); m <= n {
		t.Errorf("all and max_chars gave %d records, the leaves %d", m, n)
	}
}

func TestCheckAnswersFindings(t *testing.T) {
	rec := post(t, Handler(Options{}), "/api/check?name=speech.txt", readFixture(t, "speech.txt"))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	var findings []struct {
		File, Code string
		Line       int
	}
	if err := json.Unmarshal(rec.Body.Bytes(), &findings); err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, f := range findings {
		if f.File != "speech.txt" {
			t.Errorf("file %q", f.File)
		}
		got = append(got, f.Code)
	}
	want := []string{"numbering-gap", "numbering-gap", "numbering-duplicate"}
	if strings.Join(got, " ") != strings.Join(want, " ") || findings[0].Line != 24 {
		t.Errorf("findings %v (first on line %d), want %v from line 24", got, findings[0].Line, want)
	}
	clean := post(t, Handler(Options{}), "/api/check", []byte("一、总体要求\n二、主要任务\n谢谢大家！\n"))
	if clean.Body.String() != "[]\n" {
		t.Errorf("no findings answered %q, want []", clean.Body)
	}
}

func TestFixAnswersTheCorrectedText(t *testing.T) {
	h := Handler(Options{})
	src := readFixture(t, "speech.txt")
	rec := post(t, h, "/api/fix?name=speech.txt", src)
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	if got := rec.Header().Get("Dagang-Edits"); got != "2" {
		t.Errorf("Dagang-Edits %q, want 2", got)
	}
	want := strings.NewReplacer("\n四、扎实", "\n三、扎实", "（三）抓好减负", "（二）抓好减负").Replace(string(src))
	if rec.Body.String() != want {
		t.Errorf("fixed text:\n%s", rec.Body)
	}
	diff := post(t, h, "/api/fix?name=speech.txt&diff=1", src)
	if !strings.HasPrefix(diff.Body.String(), "--- speech.txt\n+++ speech.txt (fixed)\n") ||
		!strings.Contains(diff.Body.String(), "\n+三、扎实做好今年重点工作\n") {
		t.Errorf("diff:\n%s", diff.Body)
	}
	if ct := diff.Header().Get("Content-Type"); !strings.HasPrefix(ct, "text/x-diff") {
		t.Errorf("diff Content-Type %q", ct)
	}
}

func TestFixKeepsTheInputsEncoding(t *testing.T) {
	gb := []byte{0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xcc, 0xe5, '\n', 0xc8, 0xfd, 0xa1, 0xa2, 0xd6, 0xf7, 0xd2, 0xaa, '\n'} // 一、总体\n三、主要\n
	rec := post(t, Handler(Options{}), "/api/fix", gb)
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	if rec.Header().Get("Dagang-Encoding") != "gb18030" || rec.Header().Get("Content-Type") != "text/plain; charset=gb18030" {
		t.Errorf("headers %v", rec.Header())
	}
	want := append(append([]byte{}, gb[:9]...), 0xb6, 0xfe) // 二
	want = append(want, gb[11:]...)
	if !bytes.Equal(rec.Body.Bytes(), want) {
		t.Errorf("fixed bytes % x, want % x", rec.Body.Bytes(), want)
	}
}

func TestTextAnswersTheDecodedText(t *testing.T) {
	h := Handler(Options{})
	rec := post(t, h, "/api/text?name=speech.docx", readFixture(t, "speech.docx"))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	if rec.Header().Get("Dagang-Encoding") != "docx" {
		t.Errorf("Dagang-Encoding %q", rec.Header().Get("Dagang-Encoding"))
	}
	if want := strings.Join(docxSpeech, "\n"); !strings.HasPrefix(rec.Body.String(), want) {
		t.Errorf("text %q, want %q", rec.Body, want)
	}
	gb := post(t, h, "/api/text", []byte{0xd2, 0xbb, 0xa1, 0xa2, 0xd7, 0xdc, 0xcc, 0xe5})
	if gb.Body.String() != "一、总体" || gb.Header().Get("Dagang-Encoding") != "gb18030" {
		t.Errorf("GB18030 text %q as %q", gb.Body, gb.Header().Get("Dagang-Encoding"))
	}
}

func TestDocxUpload(t *testing.T) {
	h := Handler(Options{})
	src := readFixture(t, "speech.docx")
	rec := post(t, h, "/api/parse?name=speech.docx", src)
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	doc := decodeDocument(t, rec.Body.Bytes())
	if doc.Source.Encoding != "docx" || len(doc.Speeches) != 1 {
		t.Fatalf("source %+v, %d speeches", doc.Source, len(doc.Speeches))
	}
	sp := doc.Speeches[0]
	if sp.Title == nil || *sp.Title != docxSpeech[0] || string(sp.Salutation) == "null" || len(sp.Sections) != 2 ||
		len(sp.Sections[0].Children) != 2 {
		t.Errorf("speech %q with %d sections", docxSpeech[0], len(sp.Sections))
	}
	if len(doc.Diagnostics) != 1 || doc.Diagnostics[0].Code != ast.CodeNumberingGap {
		t.Errorf("diagnostics %+v", doc.Diagnostics)
	}
	// A Word document is read, but fix cannot write it back.
	fixed := post(t, h, "/api/fix?name=speech.docx", src)
	if fixed.Code != http.StatusUnprocessableEntity {
		t.Errorf("fix of a .docx: status %d, want 422", fixed.Code)
	}
	errorOf(t, fixed)
}

// TestHTMLUpload holds what must be true of a saved web page whether
// dagang reads it as HTML (the text a browser shows) or as text: it is
// answered with a document that has the speech in it.
func TestHTMLUpload(t *testing.T) {
	rec := post(t, Handler(Options{}), "/api/parse?name=speech.html", readFixture(t, "speech.html"))
	if rec.Code != http.StatusOK {
		t.Fatalf("status %d: %s", rec.Code, rec.Body)
	}
	doc := decodeDocument(t, rec.Body.Bytes())
	if doc.Version != ast.Version || doc.Source.Name != "speech.html" || len(doc.Speeches) == 0 {
		t.Fatalf("document %+v with %d speeches", doc.Source, len(doc.Speeches))
	}
	// Nothing is lost: the headings are in the document, as headings or
	// as text.
	for _, heading := range []string{"认清形势，增强做好整治工作的紧迫感", "抓好垃圾治理"} {
		if !strings.Contains(rec.Body.String(), heading) {
			t.Errorf("the page's heading %s is not in the document", heading)
		}
	}
}

func TestErrorsAreJSON(t *testing.T) {
	h := Handler(Options{})
	binary := append([]byte("PNG\x00\x00\x00"), bytes.Repeat([]byte{0, 1, 2, 0xff}, 100)...)
	notDocx := wordDocument(nil)[:40] // a zip signature, then nothing a reader can open
	for _, tc := range []struct {
		name   string
		method string
		target string
		body   []byte
		status int
	}{
		{"binary input", "POST", "/api/parse", binary, http.StatusUnsupportedMediaType},
		{"binary input to check", "POST", "/api/check", binary, http.StatusUnsupportedMediaType},
		{"binary input to outline", "POST", "/api/outline?format=json", binary, http.StatusUnsupportedMediaType},
		{"binary input to fix", "POST", "/api/fix", binary, http.StatusUnsupportedMediaType},
		{"binary input to text", "POST", "/api/text", binary, http.StatusUnsupportedMediaType},
		{"a broken Word document", "POST", "/api/parse?name=x.docx", notDocx, http.StatusUnprocessableEntity},
		{"unknown format", "POST", "/api/outline?format=pdf", []byte("一、总体要求"), http.StatusBadRequest},
		{"chunk options with text", "POST", "/api/outline?format=text&all=1", []byte("一、总体要求"), http.StatusBadRequest},
		{"negative max_chars", "POST", "/api/outline?format=chunks&max_chars=-1", []byte("一、总体要求"), http.StatusBadRequest},
		{"bad flag", "POST", "/api/parse?pretty=maybe", []byte("一、总体要求"), http.StatusBadRequest},
		{"empty name", "POST", "/api/parse?name=", []byte("一、总体要求"), http.StatusBadRequest},
		{"control in name", "POST", "/api/parse?name=a%0Ab", []byte("一、总体要求"), http.StatusBadRequest},
		{"long name", "POST", "/api/parse?name=" + strings.Repeat("a", maxNameBytes+1), []byte("一、总体要求"), http.StatusBadRequest},
		{"GET of the API", "GET", "/api/parse", nil, http.StatusMethodNotAllowed},
		{"POST of the page", "POST", "/", nil, http.StatusMethodNotAllowed},
		{"unknown endpoint", "POST", "/api/render", nil, http.StatusNotFound},
		{"POST of healthz", "POST", "/healthz", nil, http.StatusMethodNotAllowed},
	} {
		t.Run(tc.name, func(t *testing.T) {
			req := httptest.NewRequest(tc.method, tc.target, bytes.NewReader(tc.body))
			rec := httptest.NewRecorder()
			h.ServeHTTP(rec, req)
			if rec.Code != tc.status {
				t.Fatalf("status %d, want %d: %s", rec.Code, tc.status, rec.Body)
			}
			errorOf(t, rec)
			if tc.status == http.StatusMethodNotAllowed && rec.Header().Get("Allow") == "" {
				t.Error("405 without Allow")
			}
		})
	}
}

// TestTooLarge sends 40 MB through a real connection: the server answers
// 413 after reading 16 MiB, not the whole body.
func TestTooLarge(t *testing.T) {
	srv := httptest.NewServer(Handler(Options{}))
	defer srv.Close()
	body := bytes.Repeat([]byte("一、总体要求。\n"), 40<<20/22)
	answered := 0
	for _, endpoint := range []string{"parse", "outline", "check", "fix", "text"} {
		res, err := http.Post(srv.URL+"/api/"+endpoint, "text/plain", bytes.NewReader(body))
		if err != nil {
			// The server may close the connection while the rest is
			// still being sent; the answer was 413 all the same, but the
			// client could not read it.
			t.Logf("%s: %v", endpoint, err)
			continue
		}
		answered++
		b, _ := io.ReadAll(res.Body)
		res.Body.Close()
		if res.StatusCode != http.StatusRequestEntityTooLarge || !bytes.Contains(b, []byte(`"error":"the input is larger than the limit of 16777216 bytes"`)) {
			t.Errorf("%s: status %d: %s", endpoint, res.StatusCode, b)
		}
	}
	if answered == 0 {
		t.Fatal("no answer could be read")
	}
	// Exactly the limit is read.
	small := Handler(Options{MaxBody: 1 << 10})
	if rec := post(t, small, "/api/parse", bytes.Repeat([]byte("a"), 1<<10)); rec.Code != http.StatusOK {
		t.Errorf("a body of exactly MaxBody: status %d", rec.Code)
	}
	if rec := post(t, small, "/api/parse", bytes.Repeat([]byte("a"), 1<<10+1)); rec.Code != http.StatusRequestEntityTooLarge {
		t.Errorf("one byte over MaxBody: status %d", rec.Code)
	}
}

func TestHealthz(t *testing.T) {
	rec := httptest.NewRecorder()
	Handler(Options{}).ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/healthz", nil))
	if rec.Code != http.StatusOK || rec.Body.String() != "{\"status\":\"ok\"}\n" {
		t.Errorf("status %d: %s", rec.Code, rec.Body)
	}
}

func TestPageIsEmbeddedAndLocked(t *testing.T) {
	for _, lang := range []string{"zh", "en"} {
		h := Handler(Options{Lang: lang})
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
		if rec.Code != http.StatusOK || !strings.HasPrefix(rec.Header().Get("Content-Type"), "text/html") {
			t.Fatalf("%s: status %d, %q", lang, rec.Code, rec.Header().Get("Content-Type"))
		}
		body := rec.Body.String()
		if !strings.Contains(body, `data-lang="`+lang+`"`) {
			t.Errorf("%s: the page does not open in its language", lang)
		}
		for _, hook := range []string{`<textarea id="source"`, `id="parse"`, `id="outline"`, `id="diagnostics"`, `type="file" id="file"`} {
			if !strings.Contains(body, hook) {
				t.Errorf("the page lacks %s", hook)
			}
		}
		// Nothing is loaded from elsewhere, nothing runs inline.
		for _, bad := range []string{"http://", "https://", "<script>", " style="} {
			if strings.Contains(body, bad) {
				t.Errorf("the page holds %q", bad)
			}
		}
		csp := rec.Header().Get("Content-Security-Policy")
		if !strings.HasPrefix(csp, "default-src 'self';") || strings.Contains(csp, "unsafe") {
			t.Errorf("Content-Security-Policy %q", csp)
		}
	}
	h := Handler(Options{})
	for path, ctype := range map[string]string{
		"/app.js": "text/javascript; charset=utf-8", "/app.css": "text/css; charset=utf-8",
		"/favicon.svg": "image/svg+xml", "/licenses.txt": "text/plain; charset=utf-8",
	} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != http.StatusOK || rec.Header().Get("Content-Type") != ctype || rec.Body.Len() == 0 {
			t.Errorf("%s: status %d, %q", path, rec.Code, rec.Header().Get("Content-Type"))
		}
		etag := rec.Header().Get("ETag")
		again := httptest.NewRequest(http.MethodGet, path, nil)
		again.Header.Set("If-None-Match", etag)
		rec = httptest.NewRecorder()
		h.ServeHTTP(rec, again)
		if etag == "" || rec.Code != http.StatusNotModified {
			t.Errorf("%s: ETag %q, asked again: %d", path, etag, rec.Code)
		}
	}
	for _, path := range []string{"/nope.js", "/index.html", "/web/app.js"} {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, path, nil))
		if rec.Code != http.StatusNotFound {
			t.Errorf("%s: status %d", path, rec.Code)
		}
	}
}

// TestBundle: the stylesheet loads nothing (no font, no image) from
// elsewhere, and the licences of the bundled packages are beside it.
// (app.js holds the addresses of markmap's CDNs, for the plugins the page
// does not use; the browser test shows that nothing is asked of them.)
func TestBundle(t *testing.T) {
	css, err := web.ReadFile("web/app.css")
	if err != nil {
		t.Fatal(err)
	}
	if bytes.Contains(css, []byte("url(")) || bytes.Contains(css, []byte("@import")) {
		t.Error("app.css loads a file")
	}
	lic, err := web.ReadFile("web/licenses.txt")
	if err != nil {
		t.Fatal(err)
	}
	for _, pkg := range []string{"markmap-lib", "markmap-view", "d3-selection", "markdown-it"} {
		if !bytes.Contains(lic, []byte("\n"+pkg+" ")) {
			t.Errorf("licenses.txt lacks %s", pkg)
		}
	}
}

func TestLoopbackHosts(t *testing.T) {
	h := Handler(Options{LoopbackHosts: true})
	for host, want := range map[string]int{
		"127.0.0.1:7878": http.StatusOK, "localhost:7878": http.StatusOK, "[::1]:7878": http.StatusOK,
		"app.localhost": http.StatusOK, "attacker.example:7878": http.StatusMisdirectedRequest,
		"192.168.1.10:7878": http.StatusMisdirectedRequest,
	} {
		req := httptest.NewRequest(http.MethodGet, "/healthz", nil)
		req.Host = host
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, req)
		if rec.Code != want {
			t.Errorf("Host %s: status %d, want %d", host, rec.Code, want)
		}
	}
}

func TestIsLoopbackHost(t *testing.T) {
	for host, want := range map[string]bool{
		"127.0.0.1:7878": true, "127.1.2.3": true, "localhost": true, "LOCALHOST.:80": true, "[::1]:0": true, "::1": true,
		"x.localhost:1": true, ":7878": false, "0.0.0.0:7878": false, "[::]:7878": false, "192.168.0.2:80": false,
		"example.com": false, "localhost.example.com": false,
	} {
		if got := IsLoopbackHost(host); got != want {
			t.Errorf("IsLoopbackHost(%q) = %v", host, got)
		}
	}
}

func TestRequestsAreLogged(t *testing.T) {
	var buf bytes.Buffer
	var mu sync.Mutex
	log := slog.New(slog.NewJSONHandler(&lockedWriter{w: &buf, mu: &mu}, nil))
	h := Handler(Options{Log: log})
	post(t, h, "/api/check?name=secret.txt", []byte("一、总体要求\n三、主要任务\n"))
	var rec struct {
		Msg, Method, Path string
		Status            int
		In                int64
	}
	mu.Lock()
	defer mu.Unlock()
	if err := json.Unmarshal(buf.Bytes(), &rec); err != nil {
		t.Fatalf("%v: %s", err, buf.String())
	}
	if rec.Msg != "request" || rec.Method != "POST" || rec.Path != "/api/check" || rec.Status != 200 || rec.In <= 0 {
		t.Errorf("log record %+v", rec)
	}
	if strings.Contains(buf.String(), "secret") {
		t.Errorf("the log names the file: %s", buf.String())
	}
}

type lockedWriter struct {
	w  io.Writer
	mu *sync.Mutex
}

func (l *lockedWriter) Write(b []byte) (int, error) {
	l.mu.Lock()
	defer l.mu.Unlock()
	return l.w.Write(b)
}

func TestSlotsQueueThenRefuse(t *testing.T) {
	s := newSlots(1, 1, 50*time.Millisecond)
	ctx := context.Background()
	if err := s.acquire(ctx); err != nil {
		t.Fatal(err)
	}
	// The one waiter allowed queues, and runs once the slot is free.
	got := make(chan error, 1)
	go func() { got <- s.acquire(ctx) }()
	for s.waiting.Load() != 1 {
		time.Sleep(time.Millisecond)
	}
	// A second waiter finds the queue full.
	if err := s.acquire(ctx); !errors.Is(err, errBusy) {
		t.Errorf("over the queue: %v, want errBusy", err)
	}
	s.release()
	if err := <-got; err != nil {
		t.Errorf("the waiter: %v", err)
	}
	// Waiting ends when the wait runs out, or the client goes away.
	if err := s.acquire(ctx); !errors.Is(err, errBusy) {
		t.Errorf("after the wait: %v, want errBusy", err)
	}
	gone, cancel := context.WithCancel(ctx)
	cancel()
	if err := s.acquire(gone); !errors.Is(err, context.Canceled) {
		t.Errorf("a client gone: %v", err)
	}
	s.release()
	if s.waiting.Load() != 0 {
		t.Errorf("%d still waiting", s.waiting.Load())
	}
}

func TestBusyIs503(t *testing.T) {
	srv := &server{opts: Options{MaxBody: DefaultMaxBody}.withDefaults(), slots: newSlots(1, 1, time.Millisecond)}
	if err := srv.slots.acquire(context.Background()); err != nil {
		t.Fatal(err)
	}
	rec := httptest.NewRecorder()
	srv.api(srv.parse).ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/api/parse", strings.NewReader("一、总体要求")))
	if rec.Code != http.StatusServiceUnavailable || rec.Header().Get("Retry-After") == "" {
		t.Errorf("status %d, Retry-After %q", rec.Code, rec.Header().Get("Retry-After"))
	}
	errorOf(t, rec)
}

func TestServerHasTimeouts(t *testing.T) {
	srv := NewServer("127.0.0.1:0", Handler(Options{}), nil)
	if srv.ReadHeaderTimeout <= 0 || srv.ReadTimeout <= 0 || srv.WriteTimeout <= 0 || srv.IdleTimeout <= 0 {
		t.Errorf("timeouts %v %v %v %v", srv.ReadHeaderTimeout, srv.ReadTimeout, srv.WriteTimeout, srv.IdleTimeout)
	}
}

func TestPanicIs500(t *testing.T) {
	h := recoverPanics(slog.New(slog.NewTextHandler(io.Discard, nil)), http.HandlerFunc(func(http.ResponseWriter, *http.Request) {
		panic("broken")
	}))
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest(http.MethodGet, "/", nil))
	if rec.Code != http.StatusInternalServerError {
		t.Errorf("status %d", rec.Code)
	}
	errorOf(t, rec)
}

// TestPanicReleasesItsSlot: a parse that panics gives its slot back, so
// that the next request is parsed rather than refused.
func TestPanicReleasesItsSlot(t *testing.T) {
	srv := &server{opts: Options{}.withDefaults(), slots: newSlots(1, 1, time.Millisecond)}
	h := recoverPanics(srv.opts.Log, srv.api(func(*request) (*response, error) { panic("broken") }))
	for i := range 2 {
		rec := httptest.NewRecorder()
		h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, "/api/parse", strings.NewReader("一、")))
		if rec.Code != http.StatusInternalServerError {
			t.Errorf("request %d: status %d, want 500", i+1, rec.Code)
		}
	}
}
