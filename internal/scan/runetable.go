package scan

import "fmt"

// RuneTable maps a few characters to small values, and every other
// character to 0, with a multiplication and a load: a perfect hash of its
// characters into 128 slots, its multiplier found when it is made.
type RuneTable struct {
	mul   uint32
	runes [128]rune
	vals  [128]uint16
}

// RuneValue is a character and its value in a RuneTable.
type RuneValue struct {
	Rune  rune
	Value uint16
}

// NewRuneTable is the table of the characters of m, each with its value.
// It panics when no multiplier tried places every character in a slot of
// its own (m has more than a few dozen characters, or one twice): a table
// is made from a fixed vocabulary when a program starts, so that a
// failure shows on its first run.
func NewRuneTable(m []RuneValue) *RuneTable {
	t := new(RuneTable)
	// The multipliers tried are odd numbers from a xorshift sequence:
	// neighbouring multipliers would place neighbouring characters (（ and
	// ）, 《 and 》) alike, and fail alike.
	x := uint32(0x9E3779B9)
	for try := 0; try < 1<<16; try++ {
		x ^= x << 13
		x ^= x >> 17
		x ^= x << 5
		t.mul = x | 1
		for k := range t.runes {
			t.runes[k], t.vals[k] = -1, 0 // no character
		}
		ok := true
		for _, rv := range m {
			h := t.slot(rv.Rune)
			if t.runes[h] != -1 {
				ok = false
				break
			}
			t.runes[h], t.vals[h] = rv.Rune, rv.Value
		}
		if ok {
			return t
		}
	}
	panic(fmt.Sprintf("scan: no perfect hash for %d characters", len(m)))
}

func (t *RuneTable) slot(r rune) uint32 { return uint32(r) * t.mul >> 25 }

// Get is the value of r, 0 for a character not in the table.
func (t *RuneTable) Get(r rune) uint16 {
	h := uint32(r) * t.mul >> 25
	if t.runes[h] == r {
		return t.vals[h]
	}
	return 0
}
