// Package serve is `dagang serve`: a web page where a speech writer pastes
// a speech, or drops a .txt, .md, .docx or .html file, and sees its outline
// as a tree and as a mind map, every numbering slip with its line, and the
// corrections fix would make — and the small HTTP API the page is built on
// (docs/serve.md).
//
// Everything the page needs is embedded in the binary (web/): the server
// makes no request of its own and the page makes none beyond its origin,
// which its Content-Security-Policy enforces. The API parses through the
// library (dagang.Parse, package fix, package export), so that it answers
// exactly what the commands print for the same bytes.
package serve

import (
	"io"
	"log/slog"
	"net/http"
	"runtime"
	"time"
)

// Defaults of Options and of the server's timeouts.
const (
	// DefaultMaxBody is the largest request body read: far above any
	// speech or .docx, far below what a few concurrent requests could
	// make of the server's memory.
	DefaultMaxBody = 16 << 20
	// DefaultQueueWait is how long a request waits for a parse slot
	// before it is answered 503.
	DefaultQueueWait = 10 * time.Second
	// DefaultMaxQueue is how many requests may wait for a parse slot at
	// once; one more is answered 503 at once.
	DefaultMaxQueue = 256

	readHeaderTimeout = 10 * time.Second
	// readTimeout bounds reading a whole request, 16 MiB included, so that
	// a client trickling bytes cannot hold a connection.
	readTimeout  = 60 * time.Second
	writeTimeout = 60 * time.Second
	idleTimeout  = 120 * time.Second
)

// Options configure the handler. The zero value is the default everywhere.
type Options struct {
	// Lang is the page's language before the reader switches it: "zh"
	// (the default) or "en".
	Lang string
	// MaxBody is the largest request body, in bytes; a larger one is
	// answered 413. 0 means DefaultMaxBody.
	MaxBody int64
	// MaxParses is how many inputs are parsed at once; the others wait
	// for a slot (see MaxQueue and QueueWait). 0 means GOMAXPROCS: a
	// parse is all computation, so more at once only share the cores.
	MaxParses int
	// MaxQueue is how many requests may wait for a parse slot; 0 means
	// DefaultMaxQueue.
	MaxQueue int
	// QueueWait is how long a request waits for a parse slot before it is
	// answered 503; 0 means DefaultQueueWait.
	QueueWait time.Duration
	// Log receives one record per request; nil discards them.
	Log *slog.Logger
	// LoopbackHosts, when set, answers 421 to a request whose Host is not
	// a loopback name or address: a server bound to loopback then cannot
	// be reached through a public name that resolves to 127.0.0.1 (DNS
	// rebinding) by a page of another site.
	LoopbackHosts bool
}

func (o Options) withDefaults() Options {
	if o.Lang != "en" {
		o.Lang = "zh"
	}
	if o.MaxBody <= 0 {
		o.MaxBody = DefaultMaxBody
	}
	if o.MaxParses <= 0 {
		o.MaxParses = runtime.GOMAXPROCS(0)
	}
	if o.MaxQueue <= 0 {
		o.MaxQueue = DefaultMaxQueue
	}
	if o.QueueWait <= 0 {
		o.QueueWait = DefaultQueueWait
	}
	if o.Log == nil {
		o.Log = slog.New(slog.NewTextHandler(io.Discard, nil))
	}
	return o
}

// Handler returns the page and the API (docs/serve.md).
func Handler(opts Options) http.Handler {
	opts = opts.withDefaults()
	s := &server{opts: opts, slots: newSlots(opts.MaxParses, opts.MaxQueue, opts.QueueWait)}
	mux := http.NewServeMux()
	mux.Handle("/api/parse", s.api(s.parse))
	mux.Handle("/api/outline", s.api(s.outline))
	mux.Handle("/api/check", s.api(s.check))
	mux.Handle("/api/fix", s.api(s.fix))
	mux.Handle("/api/text", s.api(s.text))
	mux.HandleFunc("/api/", func(w http.ResponseWriter, r *http.Request) {
		writeError(w, http.StatusNotFound, "no such endpoint: "+r.URL.Path)
	})
	mux.HandleFunc("/healthz", s.healthz)
	mux.Handle("/", newPage(opts.Lang))
	var h http.Handler = mux
	h = secure(h)
	if opts.LoopbackHosts {
		h = loopbackOnly(h)
	}
	return logRequests(opts.Log, recoverPanics(opts.Log, h))
}

// NewServer returns an http.Server for h on addr with the timeouts a
// server facing browsers needs: a client that sends or reads too slowly
// is cut off rather than holding a connection for ever.
func NewServer(addr string, h http.Handler, log *slog.Logger) *http.Server {
	srv := &http.Server{
		Addr:              addr,
		Handler:           h,
		ReadHeaderTimeout: readHeaderTimeout,
		ReadTimeout:       readTimeout,
		WriteTimeout:      writeTimeout,
		IdleTimeout:       idleTimeout,
		MaxHeaderBytes:    64 << 10,
	}
	if log != nil {
		srv.ErrorLog = slog.NewLogLogger(log.Handler(), slog.LevelWarn)
	}
	return srv
}

// server holds what the handlers share.
type server struct {
	opts  Options
	slots *slots
}
