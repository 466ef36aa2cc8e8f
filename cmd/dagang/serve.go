package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net"
	"net/http"
	"os"
	"os/exec"
	"os/signal"
	"runtime"
	"strings"
	"syscall"
	"time"

	"github.com/spf13/cobra"

	"github.com/dagang/dagang/grammar"
	"github.com/dagang/dagang/serve"
)

const defaultServeAddr = "127.0.0.1:7878"

type serveOptions struct {
	addr string
	open bool
	lang string
}

func newServeCmd() *cobra.Command {
	opts := &serveOptions{}
	cmd := &cobra.Command{
		Use:   "serve",
		Short: "Serve a web page to outline and check speeches in a browser",
		Long: `Serve a web page where a speech is pasted, or a .txt, .md, .docx or .html
file dropped, and its outline shows as a tree and as a mind map, with every
numbering slip and the corrections "dagang fix" would make; and the HTTP API
the page uses (POST /api/parse, /api/outline, /api/check, /api/fix; see
docs/serve.md). Everything is served from the binary: the page asks nothing
of any other site.

The server listens on the loopback address unless told otherwise: on any
other address the page and the API are open to the network, without a
password. It stops on Ctrl+C. One line per request is logged on stderr.

The page is in Chinese, or in English with --lang en, or when LC_ALL,
LC_MESSAGES or LANG (the first that is set) names English.`,
		Example: "  dagang serve\n  dagang serve --open\n  dagang serve --addr 127.0.0.1:8080 --lang en",
		Args:    exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runServe(cmd, opts)
		},
	}
	cmd.Flags().StringVar(&opts.addr, "addr", defaultServeAddr, "address to listen on (host:port; port 0 picks a free one)")
	cmd.Flags().BoolVar(&opts.open, "open", false, "open the page in the default browser")
	cmd.Flags().Var(&choiceValue{&opts.lang, []string{"zh", "en"}}, "lang", "the page's language: zh or en (default: from LC_ALL, LC_MESSAGES, LANG)")
	return cmd
}

func runServe(cmd *cobra.Command, opts *serveOptions) error {
	stderr := cmd.ErrOrStderr()
	lang := opts.lang
	if lang == "" {
		lang = languageFromEnv(os.Getenv)
	}
	ln, err := net.Listen("tcp", opts.addr)
	if err != nil {
		return usageError(fmt.Errorf("cannot listen on %s: %w", opts.addr, err))
	}
	addr := ln.Addr().String()
	loopback := serve.IsLoopbackHost(opts.addr) && serve.IsLoopbackHost(addr)
	if !loopback {
		fmt.Fprintf(stderr, "dagang: warning: %s is not a loopback address: anyone who can reach this machine can use the page and the API\n", opts.addr)
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	h := serve.Handler(serve.Options{Lang: lang, Log: log, LoopbackHosts: loopback})
	srv := serve.NewServer(addr, h, log)
	url := "http://" + addr + "/"
	fmt.Fprintf(stderr, "dagang serve: %s (Ctrl+C to stop)\n", url)
	// Built now rather than at the first request.
	grammar.Prepare()
	if opts.open {
		if err := openBrowser(url); err != nil {
			fmt.Fprintf(stderr, "dagang: cannot open a browser (%v): open %s yourself\n", err, url)
		}
	}
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serveUntil(ctx, srv, ln, stderr)
}

// serveUntil serves on ln until ctx ends, then lets the requests in flight
// finish for a few seconds.
func serveUntil(ctx context.Context, srv *http.Server, ln net.Listener, stderr io.Writer) error {
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	fmt.Fprintln(stderr, "dagang serve: stopping")
	shutdown, cancel := context.WithTimeout(context.Background(), 5*time.Second)
	defer cancel()
	if err := srv.Shutdown(shutdown); err != nil {
		return err
	}
	if err := <-done; !errors.Is(err, http.ErrServerClosed) {
		return err
	}
	return nil
}

// languageFromEnv is the page's language from the POSIX locale variables:
// the first of LC_ALL, LC_MESSAGES and LANG that is set decides; English
// when it names English, Chinese otherwise (C and POSIX included: the page
// is for people who write Chinese speeches).
func languageFromEnv(getenv func(string) string) string {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		v := getenv(name)
		if v == "" {
			continue
		}
		if strings.HasPrefix(strings.ToLower(v), "en") {
			return "en"
		}
		return "zh"
	}
	return "zh"
}

// openBrowser asks the desktop to open url in the default browser.
func openBrowser(url string) error {
	var c *exec.Cmd
	switch runtime.GOOS {
	case "windows":
		c = exec.Command("rundll32", "url.dll,FileProtocolHandler", url)
	case "darwin":
		c = exec.Command("open", url)
	default:
		c = exec.Command("xdg-open", url)
	}
	if err := c.Start(); err != nil {
		return err
	}
	go func() { _ = c.Wait() }()
	return nil
}
