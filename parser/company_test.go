package parser

import (
	"fmt"
	"slices"
	"testing"
)

// TestCompanyNeighbour: an item has company when the item of its list
// numbered one less stands before it or one more after it; out of order
// only inside running text; never across lists; among many items as among
// few.
func TestCompanyNeighbour(t *testing.T) {
	type item struct {
		list   string
		number int
	}
	tests := []struct {
		run     []item
		inOrder bool
		want    []bool
	}{
		{[]item{{"是", 1}, {"是", 2}}, true, []bool{true, true}},
		{[]item{{"是", 2}, {"是", 1}}, true, []bool{false, false}},
		{[]item{{"是", 2}, {"是", 1}}, false, []bool{true, true}},
		{[]item{{"是", 1}, {"要", 2}}, true, []bool{false, false}},
		{[]item{{"是", 1}, {"是", 3}}, true, []bool{false, false}},
		{[]item{{"是", 2}, {"是", 3}, {"是", 2}}, true, []bool{true, true, false}},
		{[]item{{"是", 1}}, false, []bool{false}},
	}
	var c company[string]
	for _, tt := range tests {
		for _, pad := range []int{0, 2 * companyScan} { // few items, then many
			c.reset()
			run := slices.Clone(tt.run)
			for k := range pad {
				run = append(run, item{fmt.Sprint("pad", k), 1})
			}
			for k, it := range run {
				c.add(it.list, it.number, k)
			}
			for k, want := range tt.want {
				if got := c.neighbour(run[k].list, run[k].number, k, tt.inOrder); got != want {
					t.Errorf("%v (in order %v, %d more): item %d has company %v, want %v", tt.run, tt.inOrder, pad, k, got, want)
				}
			}
		}
	}
}

// TestSequenceChains: a chain is two or more rising numbers, numbered by
// place; a number that does not rise starts the next chain.
func TestSequenceChains(t *testing.T) {
	tests := []struct {
		numbers []int
		want    []int // each item's place, 0 for none
	}{
		{[]int{1, 2, 4}, []int{1, 2, 3}},
		{[]int{1}, []int{0}},
		{[]int{2, 4}, []int{1, 2}},
		{[]int{1, 1, 2}, []int{0, 1, 2}},
		{[]int{1, 2, 1, 4}, []int{1, 2, 1, 2}},
		{[]int{4, 1}, []int{0, 0}},
		{[]int{3, 3}, []int{0, 0}},
		{nil, nil},
	}
	for _, tt := range tests {
		got := make([]int, len(tt.numbers))
		sequenceChains(tt.numbers, func(k, place int) { got[k] = place })
		if !slices.Equal(got, tt.want) {
			t.Errorf("sequenceChains(%v) = %v, want %v", tt.numbers, got, tt.want)
		}
	}
}

// TestCompanyRuns: the items of each list, in text order, stand in runs of
// rising numbers; a run gives company when it holds two items numbered n
// and n+1 side by side (or, for a list that needs no pair, two items at
// all); lists mixed in the text are apart.
func TestCompanyRuns(t *testing.T) {
	type item = runItem[string]
	tests := []struct {
		items []item
		want  []int // each item's place in its run, 0 for none
	}{
		{[]item{{"条", 1, 0}, {"条", 2, 1}, {"条", 4, 2}, {"条", 6, 3}}, []int{1, 2, 3, 4}},
		{[]item{{"一", 1, 0}, {"一", 3, 1}}, []int{0, 0}},
		{[]item{{"点", 2, 0}, {"点", 3, 1}, {"点", 8, 2}}, []int{1, 2, 3}},
		{[]item{{"是", 1, 0}, {"要", 1, 1}, {"是", 2, 2}, {"要", 2, 3}}, []int{1, 1, 2, 2}},
		{[]item{{"是", 1, 0}, {"是", 2, 1}, {"是", 1, 2}}, []int{1, 2, 0}},
		{[]item{{"是", 2, 0}, {"是", 2, 1}}, []int{0, 0}},
		{[]item{{"seq", 1, 0}, {"seq", 4, 1}}, []int{1, 2}},
		{nil, nil},
	}
	pair := func(list string) bool { return list != "seq" }
	for _, tt := range tests {
		got := make([]int, len(tt.items))
		companyRuns(tt.items, pair, nil, func(k, place int) { got[k] = place })
		if !slices.Equal(got, tt.want) {
			t.Errorf("companyRuns(%v) = %v, want %v", tt.items, got, tt.want)
		}
	}
}
