package parser

import (
	"slices"
	"testing"
)

// TestListSlab: lists from one chunk never write into each other, whether
// they grow within their room or past it.
func TestListSlab(t *testing.T) {
	var s listSlab[int]
	lists := make([][]int, 3000) // more than a chunk holds
	for k := range lists {
		lists[k] = s.list(2)
		if lists[k] == nil || len(lists[k]) != 0 {
			t.Fatalf("list %d: %v, want an empty list that is not nil", k, lists[k])
		}
	}
	for round := range 5 { // within the room, then past it
		for k := range lists {
			lists[k] = append(lists[k], k*10+round)
		}
	}
	for k, l := range lists {
		if want := []int{k * 10, k*10 + 1, k*10 + 2, k*10 + 3, k*10 + 4}; !slices.Equal(l, want) {
			t.Fatalf("list %d = %v, want %v", k, l, want)
		}
	}
}
