// Command loadtest puts `dagang serve` under load: N clients post
// generated speeches of a given size to one endpoint, as fast as they are
// answered, for a fixed time, over loopback; it reports throughput and the
// latency distribution, and fails if any request failed.
//
//	go run ./serve/loadtest                       # 50 clients, 100 KB, 10 s
//	go run ./serve/loadtest -url http://127.0.0.1:7878 -endpoint check
//
// Without -url it serves the handler itself on 127.0.0.1, on a port of
// its own, so that server and clients share the machine's cores.
package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"net"
	"net/http"
	"os"
	"runtime"
	"slices"
	"strings"
	"sync"
	"time"

	"github.com/dagang/dagang/serve"
	"github.com/dagang/dagang/testkit/speechgen"
)

func main() {
	clients := flag.Int("clients", 50, "concurrent clients")
	duration := flag.Duration("duration", 10*time.Second, "how long the clients post")
	size := flag.Int("size", 100_000, "bytes of each speech")
	speeches := flag.Int("speeches", 32, "distinct speeches the clients cycle through")
	endpoint := flag.String("endpoint", "parse", "parse, check, outline (markdown) or fix")
	url := flag.String("url", "", "the server to load (default: one served here on loopback)")
	root := flag.String("root", ".", "the checkout, whose testdata/docs the speeches are made from")
	flag.Parse()
	if err := run(*clients, *duration, *size, *speeches, *endpoint, *url, *root); err != nil {
		fmt.Fprintln(os.Stderr, "loadtest:", err)
		os.Exit(1)
	}
}

func run(clients int, duration time.Duration, size, nSpeeches int, endpoint, url, root string) error {
	if url != "" && !serve.IsLoopbackHost(strings.TrimPrefix(strings.TrimPrefix(url, "http://"), "https://")) {
		return fmt.Errorf("%s is not a loopback address: this program loads only this machine", url)
	}
	bodies, err := generate(root, size, nSpeeches)
	if err != nil {
		return err
	}
	if url == "" {
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return err
		}
		srv := serve.NewServer(ln.Addr().String(), serve.Handler(serve.Options{}), nil)
		go func() { _ = srv.Serve(ln) }()
		defer srv.Close()
		url = "http://" + ln.Addr().String()
	}
	target := strings.TrimSuffix(url, "/") + "/api/" + endpoint
	if endpoint == "outline" {
		target += "?format=markdown&"
	} else {
		target += "?"
	}
	client := &http.Client{
		Transport: &http.Transport{MaxIdleConns: clients, MaxIdleConnsPerHost: clients},
		Timeout:   30 * time.Second,
	}

	var (
		mu        sync.Mutex
		latencies []time.Duration
		failures  []error
		sent      int64
		wg        sync.WaitGroup
	)
	start := time.Now()
	deadline := start.Add(duration)
	for c := range clients {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var mine []time.Duration
			var bytesSent int64
			for i := c; time.Now().Before(deadline); i += clients {
				body := bodies[i%len(bodies)]
				t0 := time.Now()
				err := post(client, fmt.Sprintf("%sname=speech-%d.txt", target, i%len(bodies)), body)
				if err != nil {
					mu.Lock()
					failures = append(failures, err)
					mu.Unlock()
					continue
				}
				mine = append(mine, time.Since(t0))
				bytesSent += int64(len(body))
			}
			mu.Lock()
			latencies = append(latencies, mine...)
			sent += bytesSent
			mu.Unlock()
		}()
	}
	wg.Wait()
	elapsed := time.Since(start)

	slices.Sort(latencies)
	n := len(latencies)
	fmt.Printf("date            %s\n", time.Now().UTC().Format("2006-01-02"))
	fmt.Printf("machine         %s/%s, %d cores (GOMAXPROCS), %s\n", runtime.GOOS, runtime.GOARCH, runtime.GOMAXPROCS(0), runtime.Version())
	fmt.Printf("load            %d clients, %d-byte speeches (%d distinct), POST %s, %s\n", clients, size, len(bodies), target, duration)
	fmt.Printf("answered        %d requests, %d failed\n", n, len(failures))
	if n > 0 {
		fmt.Printf("throughput      %.0f requests/s, %.1f MB/s of speech\n", float64(n)/elapsed.Seconds(), float64(sent)/1e6/elapsed.Seconds())
		fmt.Printf("latency         p50 %s  p90 %s  p99 %s  max %s\n",
			pct(latencies, 50), pct(latencies, 90), pct(latencies, 99), latencies[n-1].Round(100*time.Microsecond))
	}
	if len(failures) > 0 {
		return fmt.Errorf("%d requests failed, the first: %w", len(failures), failures[0])
	}
	if n == 0 {
		return errors.New("no request was answered")
	}
	return nil
}

// post sends one speech and reads the whole answer, which must be 200.
func post(client *http.Client, url string, body []byte) error {
	res, err := client.Post(url, "text/plain; charset=utf-8", bytes.NewReader(body))
	if err != nil {
		return err
	}
	defer res.Body.Close()
	answer, err := io.ReadAll(res.Body)
	if err != nil {
		return err
	}
	if res.StatusCode != http.StatusOK {
		return fmt.Errorf("status %d: %.200s", res.StatusCode, answer)
	}
	return nil
}

func pct(sorted []time.Duration, p int) time.Duration {
	i := (len(sorted)*p + 99) / 100
	if i > 0 {
		i--
	}
	return sorted[i].Round(100 * time.Microsecond)
}

// generate makes n speeches of about size bytes from the checkout's
// fixtures.
func generate(root string, size, n int) ([][]byte, error) {
	m, err := speechgen.HarvestDir(root)
	if err != nil {
		return nil, fmt.Errorf("%w (run from the checkout, or give -root)", err)
	}
	out := make([][]byte, n)
	for i := range out {
		var b bytes.Buffer
		if err := speechgen.New(m, uint64(i+1)).WriteSpeech(&b, size); err != nil {
			return nil, err
		}
		out[i] = b.Bytes()
	}
	return out, nil
}
