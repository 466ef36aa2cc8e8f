package parser

import (
	"cmp"
	"slices"
)

// A list item that no numeral ranks — a lead, ordinal or sequence heading,
// a point inside running text — is an item only in company (conventions.md
// §2 and §4): a lone 一是 or 第一 is a phrase of the sentence it opens
// (一把手, 第一书记), not the first of a list. A lead or ordinal item needs
// its neighbour, the item of its list numbered one less or one more; a
// sequence item needs to stand in a chain of them. The rule is written
// here once, for the headings of a speech and for the points of a run of
// paragraphs.

// company records where the items of a run's lists stand and answers
// whether an item has company. K names a list.
type company[K comparable] struct {
	items []companyItem[K]
	// index finds an item among many; nil while they are few enough to be
	// looked through in a row.
	index map[listNumber[K]]int
}

// listNumber is an item of a list: the list and its number.
type listNumber[K comparable] struct {
	list   K
	number int
}

// companyItem is where an item stands: its first and last position in
// the run.
type companyItem[K comparable] struct {
	listNumber[K]
	first, last int
}

// companyScan is how many items are looked through in a row rather than
// found in a map.
const companyScan = 32

// reset empties c for the next run, keeping its memory.
func (c *company[K]) reset() {
	c.items = c.items[:0]
	clear(c.index)
}

// add records that the item numbered n of list stands at pos; the
// positions of a run are added in order.
func (c *company[K]) add(list K, n, pos int) {
	item := listNumber[K]{list, n}
	if k, ok := c.find(item); ok {
		c.items[k].last = pos
		return
	}
	c.items = append(c.items, companyItem[K]{item, pos, pos})
	switch {
	case len(c.items) <= companyScan:
	case len(c.index) > 0:
		c.index[item] = len(c.items) - 1
	default: // the first item past companyScan
		if c.index == nil {
			c.index = make(map[listNumber[K]]int, 2*companyScan)
		}
		for k, it := range c.items {
			c.index[it.listNumber] = k
		}
	}
}

// find is the index of item in c.items.
func (c *company[K]) find(item listNumber[K]) (int, bool) {
	if len(c.items) > companyScan && len(c.index) > 0 {
		k, ok := c.index[item]
		return k, ok
	}
	for k := range c.items {
		if c.items[k].listNumber == item {
			return k, true
		}
	}
	return 0, false
}

// neighbour reports whether the item numbered n of list, at pos, has its
// neighbour: the item numbered n-1 before it or n+1 after it. Inside
// running text order is not asked (inOrder false): either neighbour
// anywhere in the run will do.
func (c *company[K]) neighbour(list K, n, pos int, inOrder bool) bool {
	_, ok := c.neighbourAt(list, n, pos, inOrder)
	return ok
}

// neighbourAt is neighbour, with a position of the neighbour found.
func (c *company[K]) neighbourAt(list K, n, pos int, inOrder bool) (int, bool) {
	if k, ok := c.find(listNumber[K]{list, n + 1}); ok && (!inOrder || c.items[k].last > pos) {
		return c.items[k].last, true
	}
	if k, ok := c.find(listNumber[K]{list, n - 1}); ok && (!inOrder || c.items[k].first < pos) {
		return c.items[k].first, true
	}
	return 0, false
}

// A heading that needs company has it in a run (conventions.md §2, docs
// /rules.md "Company"): the items of its list at the heads of a speech's
// lines, in text order, whose numbers rise — a number that does not rise
// starts the next run. A run gives company when it holds two items or
// more, two of them side by side numbered n and n+1 (第一条, 第二条, 第四条,
// 第六条 is a run, each gap a numbering-gap; 一 … 三 alone is none). A
// sequence word's number is its place in the usual order (其次 2, 最后 4),
// and a chain of them (首先 → 最后) needs no such pair: its words are
// numbered by their place in the run.

// runItem is an item of a list that needs company: its list, its number
// and its position in the speech's lines.
type runItem[K comparable] struct {
	list   K
	number int
	at     int
}

// companyRuns calls accept for every item of items that stands in a run,
// with its index in items and its place in the run (from 1). items are in
// text order, the lists mixed; pair says whether a run needs two items
// numbered n and n+1 side by side. order is scratch room for the items'
// indices, returned for reuse.
func companyRuns[K cmp.Ordered](items []runItem[K], pair func(K) bool, order []int, accept func(k, place int)) []int {
	order = order[:0]
	for k := range items {
		order = append(order, k)
	}
	// By list, in text order within each (the sort is stable).
	slices.SortStableFunc(order, func(a, b int) int { return cmp.Compare(items[a].list, items[b].list) })
	for from := 0; from < len(order); {
		to := from + 1
		for to < len(order) && items[order[to]].list == items[order[from]].list {
			to++
		}
		list := order[from:to]
		risingRuns(len(list), func(j int) int { return items[list[j]].number }, pair(items[list[0]].list),
			func(j, place int) { accept(list[j], place) })
		from = to
	}
	return order
}

// risingRuns finds the runs among n numbers in text order (number(k) is
// the k-th) and calls accept for each item of a run that gives company,
// with its place in the run.
func risingRuns(n int, number func(k int) int, pair bool, accept func(k, place int)) {
	start, paired := 0, false
	flush := func(end int) {
		if end-start >= 2 && (paired || !pair) {
			for k := start; k < end; k++ {
				accept(k, k-start+1)
			}
		}
		start, paired = end, false
	}
	for k := 1; k < n; k++ {
		switch a, b := number(k-1), number(k); {
		case b <= a:
			flush(k)
		case b == a+1:
			paired = true
		}
	}
	flush(n)
}

// sequenceChains finds the chains among a run's sequence items, given the
// numbers of their words in order (the place of 其次 is 2): a chain is a
// run of at least two whose numbers rise, and a number that does not rise
// starts the next. accept is called for every item of a chain with its
// index in numbers and its place in the chain (from 1), by which it is
// numbered.
func sequenceChains(numbers []int, accept func(k, place int)) {
	risingRuns(len(numbers), func(k int) int { return numbers[k] }, false, accept)
}
