package scan

import "testing"

func TestKeywords(t *testing.T) {
	kw := NewKeywords([]string{"he", "she", "his", "hers", "会员", "会员群"})
	var got []string
	kw.Scan("ushers 会员群", func(w, end int) { got = append(got, kw.words[w]) })
	want := map[string]int{"she": 1, "he": 1, "hers": 1, "会员": 1, "会员群": 1}
	if len(got) != 5 {
		t.Fatalf("found %v", got)
	}
	for _, g := range got {
		if want[g] != 1 {
			t.Errorf("unexpected %q in %v", g, got)
		}
	}
}
