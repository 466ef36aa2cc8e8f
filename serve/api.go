package serve

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/decode"
	"github.com/dagang/dagang/docjson"
	"github.com/dagang/dagang/docx"
	"github.com/dagang/dagang/export"
	"github.com/dagang/dagang/fix"
	"github.com/dagang/dagang/internal/i18n"
	"github.com/dagang/dagang/report"
)

// stdinName is source.name when the request names no file: the name
// `dagang parse -` gives standard input, so that the API and the command
// answer the same for the same bytes.
const stdinName = "-"

// maxNameBytes bounds ?name=: it is recorded, never opened.
const maxNameBytes = 1024

// request is one API call: its input and what it asked for.
type request struct {
	r    *http.Request
	name string // source.name
	body []byte // the input's bytes, as sent
}

// response is what an endpoint answers on success.
type response struct {
	contentType string
	header      map[string]string
	body        []byte
}

// endpoint computes the answer to one request.
type endpoint func(req *request) (*response, error)

// badRequest is a request the API cannot take as it was sent (400).
type badRequest struct{ msg string }

func (e *badRequest) Error() string { return e.msg }

func badRequestf(format string, args ...any) error {
	return &badRequest{fmt.Sprintf(format, args...)}
}

// api wraps an endpoint: POST only, the body read up to MaxBody, the
// input's name checked, a parse slot taken for the computation, and every
// failure answered as {"error": "..."} with its status (statusOf).
func (s *server) api(fn endpoint) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if r.Method != http.MethodPost {
			w.Header().Set("Allow", http.MethodPost)
			writeError(w, http.StatusMethodNotAllowed, r.Method+" is not allowed here: send the input with POST")
			return
		}
		name, err := inputName(r)
		if err != nil {
			writeFailure(w, err)
			return
		}
		body, err := readBody(w, r, s.opts.MaxBody)
		if err != nil {
			writeFailure(w, err)
			return
		}
		res, err := s.compute(fn, &request{r: r, name: name, body: body})
		if err != nil {
			writeFailure(w, err)
			return
		}
		h := w.Header()
		h.Set("Content-Type", res.contentType)
		h.Set("Content-Length", strconv.Itoa(len(res.body)))
		h.Set("Cache-Control", "no-store")
		for k, v := range res.header {
			h.Set(k, v)
		}
		w.WriteHeader(http.StatusOK)
		_, _ = w.Write(res.body)
	})
}

// compute runs fn in a parse slot.
func (s *server) compute(fn endpoint, req *request) (*response, error) {
	if err := s.slots.acquire(req.r.Context()); err != nil {
		return nil, err
	}
	defer s.slots.release()
	return fn(req)
}

// readBody reads the request's body, up to limit bytes, into a buffer of
// the size the request announced when it announced one.
func readBody(w http.ResponseWriter, r *http.Request, limit int64) ([]byte, error) {
	body := http.MaxBytesReader(w, r.Body, limit)
	if r.ContentLength < 0 || r.ContentLength > limit {
		return io.ReadAll(body)
	}
	// net/http ends the body at its announced length.
	buf := make([]byte, r.ContentLength)
	if _, err := io.ReadFull(body, buf); err != nil {
		return nil, badRequestf("the body ended before its announced %d bytes: %v", r.ContentLength, err)
	}
	return buf, nil
}

// inputName is ?name=, or stdinName.
func inputName(r *http.Request) (string, error) {
	q := r.URL.Query()
	if !q.Has("name") {
		return stdinName, nil
	}
	name := q.Get("name")
	switch {
	case name == "":
		return "", badRequestf("name is empty: leave it out, or give the file's name")
	case len(name) > maxNameBytes:
		return "", badRequestf("name is longer than %d bytes", maxNameBytes)
	case !utf8.ValidString(name):
		return "", badRequestf("name is not UTF-8")
	case strings.IndexFunc(name, unicode.IsControl) >= 0:
		return "", badRequestf("name holds a control character")
	}
	return name, nil
}

// parseOptions is how the server parses: the body limit as the input
// limit, and one goroutine per document, since the server parses several
// documents at once (Options.Workers).
func (s *server) parseOptions() *dagang.Options {
	return &dagang.Options{MaxInput: s.opts.MaxBody, Workers: 1}
}

func (s *server) document(req *request) (*ast.Document, error) {
	return dagang.Parse(req.name, req.body, s.parseOptions())
}

// parse answers the version-1 JSON document, as `dagang parse` prints it
// (?pretty=1: indented, as with --pretty).
func (s *server) parse(req *request) (*response, error) {
	pretty, err := boolParam(req.r, "pretty")
	if err != nil {
		return nil, err
	}
	doc, err := s.document(req)
	if err != nil {
		return nil, err
	}
	// The document is about one and a half times the input.
	b := bytes.NewBuffer(make([]byte, 0, 2*len(req.body)+4096))
	enc := docjson.Options{}
	if pretty {
		enc.Indent = "  "
	}
	if err := docjson.Write(b, doc, enc); err != nil {
		return nil, err
	}
	b.WriteByte('\n')
	return &response{contentType: "application/json", body: b.Bytes()}, nil
}

// outline answers the outline in ?format= (export.Names; text when left
// out), as `dagang outline --format` prints it; ?all=1 and ?max_chars=N
// are --all and --max-chars of chunks.
func (s *server) outline(req *request) (*response, error) {
	q := req.r.URL.Query()
	format := export.Default
	if q.Has("format") {
		format = q.Get("format")
	}
	exporter, err := export.Lookup(format)
	if err != nil {
		return nil, &badRequest{err.Error()}
	}
	all, err := boolParam(req.r, "all")
	if err != nil {
		return nil, err
	}
	maxChars := 0
	if v := q.Get("max_chars"); v != "" {
		if maxChars, err = strconv.Atoi(v); err != nil || maxChars < 0 {
			return nil, badRequestf("max_chars must be a whole number of characters, 0 or more, got %q", v)
		}
	}
	if format != "chunks" && (all || maxChars != 0) {
		return nil, badRequestf("all and max_chars apply to format=chunks only")
	}
	doc, err := s.document(req)
	if err != nil {
		return nil, err
	}
	p, err := s.printer(req)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := exporter.Export(&b, doc, export.Options{All: all, MaxChars: maxChars, Untitled: p.T("placeholder.untitled")}); err != nil {
		return nil, err
	}
	return &response{contentType: formatTypes[format], body: b.Bytes()}, nil
}

// formatTypes is the media type of each export format.
var formatTypes = map[string]string{
	"text":     "text/plain; charset=utf-8",
	"markdown": "text/markdown; charset=utf-8",
	"opml":     "text/x-opml; charset=utf-8",
	"freemind": "application/x-freemind; charset=utf-8",
	"mermaid":  "text/vnd.mermaid; charset=utf-8",
	"chunks":   "application/jsonl; charset=utf-8",
	"json":     "application/json",
}

// check answers the findings, as `dagang check --format json` prints them
// with every rule at its default.
func (s *server) check(req *request) (*response, error) {
	p, err := s.printer(req)
	if err != nil {
		return nil, err
	}
	doc, err := s.document(req)
	if err != nil {
		return nil, err
	}
	var b bytes.Buffer
	if err := report.Write(&b, "json", report.Findings(doc, p), report.Options{Printer: p}); err != nil {
		return nil, err
	}
	return &response{contentType: "application/json", body: b.Bytes()}, nil
}

// fix answers the corrected input in its own encoding, as `dagang fix`
// prints it, or with ?diff=1 the unified diff of `dagang fix --dry-run`.
// Dagang-Edits says how many corrections were made, Dagang-Encoding in
// which encoding the input was read and the answer is written.
func (s *server) fix(req *request) (*response, error) {
	diff, err := boolParam(req.r, "diff")
	if err != nil {
		return nil, err
	}
	res, err := fix.Bytes(req.body, req.name, decode.Options{HTML: decode.IsPageName(req.name)})
	if err != nil {
		return nil, err
	}
	header := map[string]string{
		"Dagang-Edits":    strconv.Itoa(len(res.Edits)),
		"Dagang-Encoding": res.Encoding,
	}
	if diff {
		return &response{contentType: "text/x-diff; charset=utf-8", header: header,
			body: []byte(res.Diff(req.name))}, nil
	}
	return &response{contentType: "text/plain; charset=" + res.Encoding, header: header, body: res.Fixed}, nil
}

// text answers the text dagang reads in the input (a .docx's paragraphs,
// a GB18030 file's characters, a page's text) as UTF-8: the text every
// span and line of the document points into, which the page shows so that
// a finding's line can be selected in it. Dagang-Encoding is its
// source.encoding.
func (s *server) text(req *request) (*response, error) {
	doc, err := s.document(req)
	if err != nil {
		return nil, err
	}
	return &response{contentType: "text/plain; charset=utf-8",
		header: map[string]string{"Dagang-Encoding": doc.Source.Encoding}, body: []byte(doc.Text)}, nil
}

func (s *server) healthz(w http.ResponseWriter, r *http.Request) {
	if r.Method != http.MethodGet && r.Method != http.MethodHead {
		w.Header().Set("Allow", "GET, HEAD")
		writeError(w, http.StatusMethodNotAllowed, r.Method+" is not allowed here")
		return
	}
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Cache-Control", "no-store")
	_, _ = io.WriteString(w, `{"status":"ok"}`+"\n")
}

// boolParam reads a flag of the query: absent is false.
// printer writes in ?lang= (zh or en), or the server's language: the
// words of the answers a person reads (check's messages, the outline's
// placeholder for a missing title), as the command line's --lang does.
func (s *server) printer(req *request) (*i18n.Printer, error) {
	lang := s.opts.Lang
	if v := req.r.URL.Query().Get("lang"); v != "" {
		lang = v
	}
	l, ok := i18n.ParseLang(lang)
	if !ok {
		return nil, badRequestf("lang must be zh or en, got %q", lang)
	}
	return i18n.New(l), nil
}

func boolParam(r *http.Request, name string) (bool, error) {
	v := r.URL.Query().Get(name)
	if v == "" {
		return false, nil
	}
	b, err := strconv.ParseBool(v)
	if err != nil {
		return false, badRequestf("%s must be true or false, got %q", name, v)
	}
	return b, nil
}

// statusOf maps an error to the status it is answered with: the one place
// errors become statuses.
func statusOf(err error) int {
	var maxBytes *http.MaxBytesError
	var bad *badRequest
	switch {
	case errors.As(err, &bad):
		return http.StatusBadRequest
	case errors.As(err, &maxBytes), errors.Is(err, dagang.ErrTooLarge):
		return http.StatusRequestEntityTooLarge
	case errors.Is(err, dagang.ErrBinary), errors.Is(err, dagang.ErrEncoding):
		// Not text in an encoding dagang reads, nor a Word document.
		return http.StatusUnsupportedMediaType
	case errors.Is(err, docx.ErrCorrupt):
		// A Word document that cannot be read: truncated, or broken.
		return http.StatusUnprocessableEntity
	case errors.Is(err, fix.ErrDocx), errors.Is(err, fix.ErrPage), errors.Is(err, fix.ErrNotRoundTrip):
		// Read, but fix cannot write it back.
		return http.StatusUnprocessableEntity
	case errors.Is(err, errBusy), errors.Is(err, context.Canceled), errors.Is(err, context.DeadlineExceeded):
		return http.StatusServiceUnavailable
	}
	return http.StatusInternalServerError
}

// writeFailure answers err with its status.
func writeFailure(w http.ResponseWriter, err error) {
	status := statusOf(err)
	msg := err.Error()
	var maxBytes *http.MaxBytesError
	if errors.As(err, &maxBytes) {
		msg = fmt.Sprintf("the input is larger than the limit of %d bytes", maxBytes.Limit)
	}
	if status == http.StatusServiceUnavailable {
		w.Header().Set("Retry-After", "1")
	}
	if status == http.StatusInternalServerError {
		msg = "internal error: " + msg
	}
	writeError(w, status, msg)
}

// writeError answers {"error": msg} with status.
func writeError(w http.ResponseWriter, status int, msg string) {
	b, _ := json.Marshal(struct {
		Error string `json:"error"`
	}{msg})
	h := w.Header()
	h.Set("Content-Type", "application/json")
	h.Set("Cache-Control", "no-store")
	h.Del("Content-Length")
	w.WriteHeader(status)
	_, _ = w.Write(append(b, '\n'))
}
