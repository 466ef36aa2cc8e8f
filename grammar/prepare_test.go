package grammar

import (
	"sync"
	"testing"
)

// TestPrepare: lines parsed on several goroutines while the parsers are
// still being built (when the test runs first, as with -run TestPrepare)
// read as they do once they are built; with -race it also checks that the
// building is shared safely.
func TestPrepare(t *testing.T) {
	Prepare()
	lines := []string{"一、提高站位", "（二）压实责任", "同志们：", "以上发言，请批评指正。", "3.抓落实"}
	var wg sync.WaitGroup
	got := make([][]bool, 4)
	for g := range got {
		wg.Go(func() {
			for _, line := range lines {
				_, marker := ParseMarker(line)
				got[g] = append(got[g], marker, IsSalutation(line))
			}
		})
	}
	wg.Wait()
	want := []bool{true, false, true, false, false, true, false, false, true, false}
	for g := range got {
		for k := range want {
			if got[g][k] != want[k] {
				t.Fatalf("goroutine %d: line %q: marker, salutation = %v, want %v", g, lines[k/2], got[g][k/2*2:k/2*2+2], want[k/2*2:k/2*2+2])
			}
		}
	}
}
