package fix

import "testing"

func TestLFOnly(t *testing.T) {
	tests := map[string]string{
		"":              "",
		"一\n二":          "一\n二",
		"一\r\n二\r\n":    "一\r\n二\r\n",
		"一\r二\r":        "一\n二\n",
		"一\r\n二\r三\r\n": "一\r\n二\n三\r\n",
	}
	for in, want := range tests {
		if got := lfOnly(in); got != want {
			t.Errorf("lfOnly(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestDiff: nothing corrected gives no diff; a correction gives the
// unified diff of the texts, labelled.
func TestDiff(t *testing.T) {
	if d := (&Result{Before: "一.x\n", After: "一.x\n"}).Diff("a.txt"); d != "" {
		t.Errorf("no edits: %q", d)
	}
	r := &Result{Before: "一.总体要求\r", After: "一、总体要求\r", Edits: []Edit{{}}}
	want := "--- a.txt\n+++ a.txt (fixed)\n@@ -1 +1 @@\n-一.总体要求\n+一、总体要求\n"
	if d := r.Diff("a.txt"); d != want {
		t.Errorf("diff %q, want %q", d, want)
	}
}
