package docjson_test

import (
	"encoding/json"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/dagang/dagang/ast"
)

// contractTable is a table of docs/json.md: the section it is in, the
// first cell of its header, and its rows' cells, the first one without
// its backquotes.
type contractTable struct {
	section, header string
	rows            [][]string
}

// contractTables reads the tables of docs/json.md.
func contractTables(t *testing.T) []contractTable {
	t.Helper()
	raw, err := os.ReadFile("../docs/json.md")
	if err != nil {
		t.Fatal(err)
	}
	var tables []contractTable
	var section string
	var cur *contractTable
	for line := range strings.SplitSeq(string(raw), "\n") {
		if h, ok := strings.CutPrefix(line, "## "); ok {
			section = strings.Trim(h, "` ")
		}
		if !strings.HasPrefix(line, "|") {
			cur = nil
			continue
		}
		cells := strings.Split(strings.Trim(line, "|"), "|")
		for k := range cells {
			cells[k] = strings.TrimSpace(cells[k])
		}
		switch {
		case cur == nil:
			tables = append(tables, contractTable{section: section, header: cells[0]})
			cur = &tables[len(tables)-1]
		case strings.HasPrefix(cells[0], "---"):
		default:
			if !strings.HasPrefix(cells[0], "`") || !strings.HasSuffix(cells[0], "`") {
				t.Errorf("docs/json.md, %s: a row of the %q table does not start with a name in backquotes: %q", section, cur.header, line)
			}
			cells[0] = strings.Trim(cells[0], "`")
			cur.rows = append(cur.rows, cells)
		}
	}
	return tables
}

// schemaNode is the part of a JSON Schema the contract test reads.
type schemaNode struct {
	Properties map[string]schemaNode `json:"properties"`
	Enum       []string              `json:"enum"`
	Examples   []string              `json:"examples"`
	Defs       map[string]schemaNode `json:"$defs"`
}

func names[T ~string](vs []T) []string {
	out := make([]string, len(vs))
	for k, v := range vs {
		out[k] = string(v)
	}
	return out
}

func sameSet(a, b []string) bool {
	a, b = slices.Clone(a), slices.Clone(b)
	slices.Sort(a)
	slices.Sort(b)
	return slices.Equal(a, b)
}

// TestContractDocumented: docs/json.md and ast/schema.json name the same
// fields of every object, and the same values of every field with a list
// of values (the encodings, styles, noise kinds, severities and codes),
// which are those of package ast; and the severity the page gives each
// code is the one it is reported with. A field or value added to one and
// not the other fails here.
func TestContractDocumented(t *testing.T) {
	var root schemaNode
	if err := json.Unmarshal(ast.Schema(), &root); err != nil {
		t.Fatal(err)
	}
	objects := map[string]schemaNode{"The document": root}
	for section, def := range map[string]string{"Span": "span", "source": "source", "Speech": "speech",
		"Section": "section", "Closing": "closing", "Para": "para", "Point": "point", "Noise": "noise", "Diagnostic": "diagnostic"} {
		objects[section] = root.Defs[def]
	}
	values := map[string][]string{
		"encoding": root.Defs["source"].Properties["encoding"].Examples,
		"style":    root.Defs["section"].Properties["style"].Enum,
		"kind":     root.Defs["noise"].Properties["kind"].Enum,
		"severity": root.Defs["diagnostic"].Properties["severity"].Enum,
		"code":     root.Defs["diagnostic"].Properties["code"].Examples,
	}
	for what, pair := range map[string][2][]string{
		"styles":      {values["style"], names(ast.Styles())},
		"noise kinds": {values["kind"], names(ast.NoiseKinds())},
		"codes":       {values["code"], names(ast.Codes())},
		"severities":  {values["severity"], names([]ast.Severity{ast.SeverityError, ast.SeverityWarning, ast.SeverityInfo})},
	} {
		if !sameSet(pair[0], pair[1]) {
			t.Errorf("the schema's %s %v, package ast's %v", what, pair[0], pair[1])
		}
	}
	if len(values["encoding"]) == 0 {
		t.Error("the schema names no value of source.encoding")
	}

	seen := map[string]bool{}
	for _, tab := range contractTables(t) {
		var first []string
		for _, r := range tab.rows {
			first = append(first, r[0])
		}
		var want []string
		switch obj, isObject := objects[tab.section]; {
		case tab.header == "field" && isObject:
			for name := range obj.Properties {
				want = append(want, name)
			}
		case values[tab.header] != nil:
			want = values[tab.header]
		default:
			t.Errorf("docs/json.md, %s: a %q table the test does not know", tab.section, tab.header)
			continue
		}
		key := tab.section + "/" + tab.header
		seen[key] = true
		if !sameSet(first, want) {
			t.Errorf("docs/json.md, %s: the %q table names %v, the schema %v", tab.section, tab.header, first, want)
		}
		if tab.header == "code" {
			for _, r := range tab.rows {
				if got, want := r[1], string(ast.Code(r[0]).DefaultSeverity()); got != want {
					t.Errorf("docs/json.md: %s is documented as %s, reported as %s", r[0], got, want)
				}
			}
		}
	}
	for section := range objects {
		if !seen[section+"/field"] {
			t.Errorf("docs/json.md has no table of the fields of %s", section)
		}
	}
	for header := range values {
		found := false
		for key := range seen {
			found = found || strings.HasSuffix(key, "/"+header)
		}
		if !found {
			t.Errorf("docs/json.md has no table of the values of %s", header)
		}
	}
}
