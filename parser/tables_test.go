package parser

import (
	"reflect"
	"strings"
	"testing"
	"unsafe"

	"github.com/dagang/dagang/ast"
)

// TestMemoKeepsTables: a Memo keeps the working tables of a short
// document for the next, and drops the tables a huge
// document grew past keptTableBytes.
func TestMemoKeepsTables(t *testing.T) {
	m := NewMemo()
	m.SetWorkers(1)
	m.Parse("同志们：\n一、总体要求\n（一）提高认识。\n谢谢大家！\n", ast.Source{})
	if m.spare == nil || cap(m.spare.lines) == 0 || cap(m.spare.starts) == 0 {
		t.Fatalf("after a short document the Memo keeps no line tables: %+v", m.spare)
	}
	huge := strings.Repeat("一、甲\n", keptTableBytes/int(unsafe.Sizeof(line{}))+1)
	m.Parse(huge, ast.Source{})
	if m.spare == nil {
		t.Fatal("after a huge document the Memo keeps no tables at all")
	}
	if c := cap(m.spare.lines) * int(unsafe.Sizeof(line{})); c > keptTableBytes {
		t.Errorf("after a huge document the Memo keeps %d bytes of lines, want at most %d", c, keptTableBytes)
	}
}

// TestReuseTable: a reused table is zero, in place when it has room; a
// kept one is empty, unless it is too large to keep.
func TestReuseTable(t *testing.T) {
	s := reuseTable([]int(nil), 3)
	s[0], s[1], s[2] = 1, 2, 3
	again := reuseTable(s[:0], 2)
	if &again[0] != &s[0] || again[0] != 0 || again[1] != 0 || len(again) != 2 {
		t.Fatalf("reuseTable in place: %v, want [0 0] in the same array", again)
	}
	if grown := reuseTable(s[:0], 10); len(grown) != 10 || &grown[0] == &s[0] {
		t.Fatalf("reuseTable past the room: len %d, same array %v", len(grown), &grown[0] == &s[0])
	}
	if keptTable(make([]byte, 0, keptTableBytes+1)) != nil {
		t.Error("keptTable keeps a table over keptTableBytes")
	}
	if k := keptTable(make([]byte, 5, 8)); len(k) != 0 || cap(k) != 8 {
		t.Errorf("keptTable = len %d cap %d, want an empty table of room 8", len(k), cap(k))
	}
}

// TestMemoKeepsParser: a Memo keeps the struct of a parse, its line index
// and its blocks for the next parse on the caller's goroutine, all zero in
// between so that they hold on to nothing of the last document.
func TestMemoKeepsParser(t *testing.T) {
	m := NewMemo()
	m.SetWorkers(1)
	text := "同志们：\n一、总体要求\n（一）提高认识。\n谢谢大家！\n"
	m.Parse(text, ast.Source{})
	if m.spare == nil || m.spare.parser == nil {
		t.Fatal("after a parse the Memo keeps no parser")
	}
	kept := m.spare.parser
	if !reflect.ValueOf(*kept).IsZero() {
		t.Errorf("the kept parser is not zero: %+v", *kept)
	}
	if !reflect.ValueOf(m.spare.index).IsZero() {
		t.Errorf("the kept line index is not zero: %+v", m.spare.index)
	}
	if cap(m.spare.blocks) == 0 {
		t.Error("the Memo keeps no room for the blocks of the text")
	}
	doc := m.Parse(text, ast.Source{})
	if m.spare.parser != kept {
		t.Error("the next parse did not reuse the kept parser")
	}
	if len(doc.Speeches) != 1 || len(doc.Speeches[0].Sections) != 1 {
		t.Fatalf("the second parse built %d speeches, want one with one section", len(doc.Speeches))
	}
}
