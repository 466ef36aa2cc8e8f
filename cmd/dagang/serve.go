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
}

// newServeCmd is `dagang serve`: the page and its API (package serve), in
// the language of the command line.
func (a *app) newServeCmd() *cobra.Command {
	p := a.p
	opts := &serveOptions{}
	cmd := &cobra.Command{
		Use:     "serve",
		Short:   p.T("serve.short"),
		Long:    p.T("serve.long"),
		Example: p.T("serve.example"),
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageError(p.T("err.no-args", "serve"))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			return a.runServe(cmd, opts)
		},
	}
	cmd.Flags().StringVar(&opts.addr, "addr", defaultServeAddr, p.T("flag.addr"))
	cmd.Flags().BoolVar(&opts.open, "open", false, p.T("flag.open"))
	return cmd
}

func (a *app) runServe(cmd *cobra.Command, opts *serveOptions) error {
	p := a.p
	stderr := cmd.ErrOrStderr()
	ln, err := net.Listen("tcp", opts.addr)
	if err != nil {
		return usageError(p.T("serve.cannot-listen", opts.addr, err.Error()))
	}
	addr := ln.Addr().String()
	loopback := serve.IsLoopbackHost(opts.addr) && serve.IsLoopbackHost(addr)
	if !loopback {
		fmt.Fprintln(stderr, "dagang: "+p.T("serve.not-loopback", opts.addr))
	}
	log := slog.New(slog.NewTextHandler(stderr, nil))
	h := serve.Handler(serve.Options{Lang: string(p.Lang()), Log: log, LoopbackHosts: loopback})
	srv := serve.NewServer(addr, h, log)
	url := "http://" + addr + "/"
	fmt.Fprintln(stderr, "dagang serve: "+p.T("serve.listening", url))
	// Built now rather than at the first request.
	grammar.Prepare()
	if opts.open {
		if err := openBrowser(url); err != nil {
			fmt.Fprintln(stderr, "dagang: "+p.T("serve.cannot-open", err.Error(), url))
		}
	}
	ctx, stop := signal.NotifyContext(cmd.Context(), os.Interrupt, syscall.SIGTERM)
	defer stop()
	return serveUntil(ctx, srv, ln, stderr, p.T("serve.stopping"))
}

// serveUntil serves on ln until ctx ends, then lets the requests in flight
// finish for a few seconds.
func serveUntil(ctx context.Context, srv *http.Server, ln net.Listener, stderr io.Writer, stopping string) error {
	done := make(chan error, 1)
	go func() { done <- srv.Serve(ln) }()
	select {
	case err := <-done:
		return err
	case <-ctx.Done():
	}
	fmt.Fprintln(stderr, "dagang serve: "+stopping)
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
