package main

import (
	"fmt"
	"os"
	"sync"
	"sync/atomic"
)

// machineRows measures what the second core gives on this machine, to
// read the rows that need two cores by: arithmetic on two goroutines, and
// two parses at once. The note, if any, says the host lent the second
// core to others for part of the run.
func machineRows(s shape) ([]result, string, error) {
	raw, err := os.ReadFile(s.lib)
	if err != nil {
		return nil, "", err
	}
	cores := coreScaling()
	return []result{
		{"machine: a loop of arithmetic on two goroutines at once against one", fmt.Sprintf("%.2f×", cores), comparison, true},
		{"machine: two parses on one goroutine each at once against one", fmt.Sprintf("%.2f×", parseScaling(raw)), comparison, true},
	}, coresNote(cores), nil
}

// coreScaling measures what the second core adds to a program that
// keeps both busy with nothing but arithmetic: twice the work of one
// goroutine on two at once, in pairs with the work on one alone. On a
// machine whose cores share their units (hyperthreads of one core, or a
// host that lends a virtual core's sibling to others) it is well under 2,
// and the library's speed on two goroutines is bounded by it.
func coreScaling() float64 {
	one := func() { arithmeticSink.Add(arithmetic(arithmeticSteps)) }
	two := func() {
		var wg sync.WaitGroup
		for range 2 {
			wg.Go(func() { arithmeticSink.Add(arithmetic(arithmeticSteps)) })
		}
		wg.Wait()
	}
	_, _, ratio := paired(libPairs, two, one)
	return 2 * ratio
}

// coresNote says, when two goroutines of arithmetic did well under twice
// the work of one, that the host lent the second core to others for part
// of the run: the rows that need two cores then measure the host as much
// as dagang.
func coresNote(scaling float64) string {
	if scaling >= 1.8 {
		return ""
	}
	return fmt.Sprintf("Note: two goroutines of arithmetic did %.2f× the work of one in this run; "+
		"the second core was busy with other work for part of it, and the rows that need two cores "+
		"(library, linear, batch) read the host as much as dagang.", scaling)
}

// parseScaling measures what the second core adds to the parse itself:
// two Parsers kept to one goroutine each parse raw at the same time, in
// pairs with one of them parsing it alone. The arithmetic loop needs
// nothing but the cores' own units; a parse also reads its text and
// writes its tables through the caches and memory that the two cores
// share, with each other and, on a host lent out in virtual cores, with
// other machines. This is the most that one parse split over two
// goroutines could gain, and the library's row is bounded by the one on
// one goroutine times this.
func parseScaling(raw []byte) float64 {
	a, b := oneGoroutine(raw, "lib.txt"), oneGoroutine(raw, "lib.txt")
	two := func() {
		var wg sync.WaitGroup
		wg.Go(a)
		wg.Go(b)
		wg.Wait()
	}
	_, _, ratio := paired(libPairs, two, a)
	return 2 * ratio
}

// arithmeticSteps is a loop long enough to time alone, short enough to
// take many pairs of.
const arithmeticSteps = 30_000_000

// arithmeticSink keeps the loops' results, so that they are computed.
var arithmeticSink atomic.Uint64

// arithmetic runs six independent chains of multiplications and shifts,
// as many steps as asked: work for the processor's units alone, with no
// memory to wait for.
func arithmetic(steps int) uint64 {
	var a, b, c, d, e, f uint64 = 1, 2, 3, 4, 5, 6
	for range steps {
		a = a*3 + 1
		b = b*5 + 2
		c = c*7 + 3
		d = d*9 + 4
		e ^= e<<1 + 7
		f += f>>3 + 9
	}
	return a ^ b ^ c ^ d ^ e ^ f
}
