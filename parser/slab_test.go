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

// TestSlabExpect: a slab told how many values to expect hands out that
// many from its first chunk, then goes on with fresh zero values in new
// chunks; once it has handed out values, expect changes nothing.
func TestSlabExpect(t *testing.T) {
	for _, n := range []int{1, 5, 40, maxChunk + 10} {
		var s slab[[2]int]
		s.expect(n)
		first := min(n, maxChunk)
		if cap(s.chunk) != first {
			t.Fatalf("expect(%d): first chunk of %d, want %d", n, cap(s.chunk), first)
		}
		var got []*[2]int
		for k := range first + 50 {
			v := s.new()
			if *v != [2]int{} {
				t.Fatalf("expect(%d): value %d is not zero: %v", n, k, *v)
			}
			v[0], v[1] = k, -k
			got = append(got, v)
			if k == 0 {
				s.expect(3 * n) // too late: the slab is in use
			}
		}
		for k, v := range got {
			if *v != [2]int{k, -k} {
				t.Fatalf("expect(%d): value %d was overwritten: %v", n, k, *v)
			}
		}
		if k := first - 1; &s.chunk[0] == got[k] {
			t.Fatalf("expect(%d): value %d is in the last chunk, want the first", n, k)
		}
	}
	var l listSlab[int]
	l.expect(10)
	if a, b := l.list(4), l.list(6); cap(a) != 4 || cap(b) != 6 || cap(l.chunk) != 10 {
		t.Fatalf("listSlab.expect(10): lists of room %d and %d from a chunk of %d, want 4 and 6 from 10", cap(a), cap(b), cap(l.chunk))
	}
}
