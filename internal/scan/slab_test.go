package scan

import (
	"slices"
	"testing"
	"unsafe"
)

// TestListSlab: lists from one chunk never write into each other, whether
// they grow within their room or past it.
func TestListSlab(t *testing.T) {
	var s ListSlab[int]
	lists := make([][]int, 3000) // more than a chunk holds
	for k := range lists {
		lists[k] = s.List(2)
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
		var s Slab[[2]int]
		s.Expect(n)
		first := min(n, maxChunk)
		if cap(s.chunk) != first {
			t.Fatalf("Expect(%d): first chunk of %d, want %d", n, cap(s.chunk), first)
		}
		var got []*[2]int
		for k := range first + 50 {
			v := s.New()
			if *v != [2]int{} {
				t.Fatalf("Expect(%d): value %d is not zero: %v", n, k, *v)
			}
			v[0], v[1] = k, -k
			got = append(got, v)
			if k == 0 {
				s.Expect(3 * n) // too late: the slab is in use
			}
		}
		for k, v := range got {
			if *v != [2]int{k, -k} {
				t.Fatalf("Expect(%d): value %d was overwritten: %v", n, k, *v)
			}
		}
		if k := first - 1; &s.chunk[0] == got[k] {
			t.Fatalf("Expect(%d): value %d is in the last chunk, want the first", n, k)
		}
	}
	var l ListSlab[int]
	l.Expect(10)
	if a, b := l.List(4), l.List(6); cap(a) != 4 || cap(b) != 6 || cap(l.chunk) != 10 {
		t.Fatalf("listSlab.Expect(10): lists of room %d and %d from a chunk of %d, want 4 and 6 from 10", cap(a), cap(b), cap(l.chunk))
	}
}

// TestSlabReusedChunk: an unused slab that holds a chunk of a document
// before keeps it when it has room for what is expected and takes a new
// one when it has not.
func TestSlabReusedChunk(t *testing.T) {
	kept := make([]int, 0, 8)
	s := Slab[int]{chunk: kept}
	s.Expect(8)
	if unsafe.SliceData(s.chunk) != unsafe.SliceData(kept) {
		t.Error("Expect(8) let go of an unused chunk of room 8")
	}
	s.Expect(9)
	if unsafe.SliceData(s.chunk) == unsafe.SliceData(kept) || cap(s.chunk) != 9 {
		t.Errorf("Expect(9) on an unused chunk of room 8: room %d, same chunk %v", cap(s.chunk), unsafe.SliceData(s.chunk) == unsafe.SliceData(kept))
	}
	l := ListSlab[int]{chunk: make([]int, 0, 4)}
	l.Expect(5)
	if cap(l.chunk) != 5 {
		t.Errorf("listSlab.Expect(5) on an unused chunk of room 4: room %d, want 5", cap(l.chunk))
	}
}

// TestListSlabReserve: reserve gives the chunk room for the lists to come,
// of their size at first and then doubling, and lists carved after it
// never share room.
func TestListSlabReserve(t *testing.T) {
	var s ListSlab[int]
	var lists [][]int
	rooms := []int{}
	for _, group := range [][]int{{1, 2}, {3}, {1, 1, 1, 1}, {2}, {40}} {
		total := 0
		for _, n := range group {
			total += n
		}
		s.Reserve(total)
		if cap(s.chunk)-len(s.chunk) < total {
			t.Fatalf("Reserve(%d): room for %d", total, cap(s.chunk)-len(s.chunk))
		}
		before := unsafe.SliceData(s.chunk)
		for _, n := range group {
			lists = append(lists, s.List(n))
		}
		if unsafe.SliceData(s.chunk) != before {
			t.Fatalf("a list of a group reserved for took a chunk of its own")
		}
		rooms = append(rooms, cap(s.chunk))
	}
	if want := []int{3, 6, 12, 12, 40}; !slices.Equal(rooms, want) {
		t.Errorf("chunks of room %v, want %v", rooms, want)
	}
	for k := range lists {
		lists[k] = append(lists[k][:0:cap(lists[k])], slices.Repeat([]int{k}, cap(lists[k]))...)
	}
	for k, l := range lists {
		for _, v := range l {
			if v != k {
				t.Fatalf("list %d holds %v: lists share room", k, l)
			}
		}
	}
}
