package serve

import (
	"bytes"
	"net/http"
	"net/http/httptest"
	"testing"

	"github.com/dagang/dagang/testkit/speechgen"
)

// speech100K is a generated speech of 100 KB, the size of the load test's.
func speech100K(b *testing.B) []byte {
	b.Helper()
	m, err := speechgen.HarvestDir("..")
	if err != nil {
		b.Fatal(err)
	}
	var buf bytes.Buffer
	if err := speechgen.New(m, 1).WriteSpeech(&buf, 100_000); err != nil {
		b.Fatal(err)
	}
	return buf.Bytes()
}

// BenchmarkEndpoint is the cost of one request of each endpoint, handler
// alone, without the network.
func BenchmarkEndpoint(b *testing.B) {
	body := speech100K(b)
	h := Handler(Options{})
	for _, target := range []string{"/api/parse", "/api/check", "/api/outline?format=markdown", "/api/fix", "/api/text"} {
		b.Run(target[len("/api/"):], func(b *testing.B) {
			b.SetBytes(int64(len(body)))
			b.ReportAllocs()
			for b.Loop() {
				rec := httptest.NewRecorder()
				h.ServeHTTP(rec, httptest.NewRequest(http.MethodPost, target, bytes.NewReader(body)))
				if rec.Code != http.StatusOK {
					b.Fatalf("status %d", rec.Code)
				}
			}
		})
	}
}
