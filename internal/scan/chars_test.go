package scan

import (
	"slices"
	"strings"
	"testing"
)

// TestUnitMarks: the units of an announced count found 32 bytes at a time
// are those of the walk, on every line of the fixtures and with each unit
// at every place of texts on both sides of a block.
func TestUnitMarks(t *testing.T) {
	units := NewChars(unitKernelSet)
	texts := fixtureLines(t)
	body := strings.Repeat("加强学习提高站位压实责任", 12)
	for _, u := range []string{"方", "部", "点", "条", "万", "鄙", "炽"} {
		for _, n := range []int{30, 33, 36, 63, 66, 96, 129} {
			base := body[:n/3*3]
			for at := 0; at <= len(base); at += 3 {
				texts = append(texts, base[:at]+u+base[at:])
			}
		}
	}
	for _, s := range texts {
		got := make([]uint32, (len(s)+31)/32)
		want := make([]uint32, len(got))
		units.Fill(s, 0, len(s), got)
		units.fillFrom(s, 0, 0, len(want), want)
		if !slices.Equal(got, want) {
			t.Fatalf("Fill(%q) = %x, the walk %x", s, got, want)
		}
	}
}

// TestNextClause: the clause scan finds the first clause mark after every
// offset, as a plain search over the characters does.
func TestNextClause(t *testing.T) {
	marks := "，。；：！？,;:!?"
	clauses := NewChars(clauseKernelSet)
	texts := append(fixtureLines(t), "一是加强学习，提高站位。二是:压实责任;三是！落实？\u3000“首先”，最后：abc,def!x?\n第一，𠀀字，é，")
	// Each mark, and look-alikes that are none (、 （ ＿ 《 ｢, ASCII . and
	// a letter), at every place of texts on both sides of the 32-byte
	// blocks looked at a time.
	body := strings.Repeat("加强学习提高站位压实责任", 12)
	for _, mark := range []string{"，", "。", "！", "？", "；", "：", ",", ";", ":", "!", "?", "、", "（", "＿", "《", "｢", ".", "a"} {
		for _, n := range []int{30, 33, 34, 35, 36, 63, 66, 96, 99, 129} {
			base := body[:n/3*3]
			for at := 0; at <= len(base); at += 3 {
				texts = append(texts, base[:at]+mark+base[at:])
			}
		}
	}
	for _, text := range texts {
		for i := 0; i <= len(text); i++ {
			if i < len(text) && text[i]&0xC0 == 0x80 {
				continue // not a character boundary: the scan is never started there
			}
			want := -1
			for j, r := range text[i:] {
				if strings.ContainsRune(marks, r) {
					want = i + j + len(string(r))
					break
				}
			}
			if j, end := clauses.Index(text, i); end != want || (j < 0) != (want < 0) {
				t.Fatalf("Index(%q, %d) = %d %d, want the mark ending at %d", text, i, j, end, want)
			}
		}
		// The table of marks, filled a block at a time (32 bytes at a time
		// where the processor can), holds the marks the walk finds, with
		// the text cut into blocks anywhere; every word is written, over
		// whatever the table held.
		table := make([]uint32, (len(text)+31)/32)
		for i := range len(text) {
			if r, _ := DecodeRune(text, i); text[i]&0xC0 != 0x80 && strings.ContainsRune(marks, r) {
				table[i/32] |= 1 << (i % 32) // a mark starts at this character
			}
		}
		for _, step := range []int{len(text) + 1, 1, 5, 31, 32, 33, 64, 100} {
			for _, fill := range []func(text string, from, to int, bits []uint32){
				clauses.Fill,
				func(text string, from, to int, bits []uint32) {
					clauses.fillFrom(text, from, (from+31)/32, (to+31)/32, bits)
				},
			} {
				bits := make([]uint32, len(table))
				for k := range bits {
					bits[k] = ^uint32(0)
				}
				for from := 0; from < len(text); {
					to := min(from+step, len(text))
					for to < len(text) && text[to]&0xC0 == 0x80 {
						to++ // blocks start at a character
					}
					fill(text, from, to, bits)
					from = to
				}
				if !slices.Equal(bits, table) {
					t.Fatalf("the clause table of %q in blocks of %d = %x, want %x", text, step, bits, table)
				}
			}
		}
		for i := 0; i <= len(text); i++ {
			if i < len(text) && text[i]&0xC0 == 0x80 {
				continue
			}
			for _, end := range []int{len(text), i + 1, i + 4, i + 40} {
				for end = min(end, len(text)); end < len(text) && text[end]&0xC0 == 0x80; end++ {
					// a paragraph ends at a character
				}
				want, _ := clauses.Index(text[:end], i)
				if i == len(text) {
					want = -1
				}
				// As the point scan of a paragraph ending at end reads it.
				got := NextBit(table[:(end+31)/32], i)
				if got >= end {
					got = -1
				}
				if got != want {
					t.Fatalf("NextBit(%q, %d) before %d = %d, want %d", text, i, end, got, want)
				}
			}
		}
	}
}

// TestCharsKernels: on a processor with AVX2 the sets the kernels are
// built for are looked at 32 bytes at a time, whatever order their
// characters are given in, and another set is not.
func TestCharsKernels(t *testing.T) {
	for _, set := range []string{clauseKernelSet, unitKernelSet, "条点部方", "?!:;,：；？！，。"} {
		if got := NewChars(set).Kernel(); got != hasAVX2 {
			t.Errorf("NewChars(%q).Kernel() = %v on a processor with AVX2 %v", set, got, hasAVX2)
		}
	}
	for _, set := range []string{"方部点", "方部点条万", "。，！？；：,!?;", "、"} {
		if NewChars(set).Kernel() {
			t.Errorf("NewChars(%q) has a kernel", set)
		}
	}
}
