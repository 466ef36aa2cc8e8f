package export_test

import (
	"bytes"
	"encoding/json"
	"path/filepath"
	"testing"

	"github.com/santhosh-tekuri/jsonschema/v6"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/docjson"
)

// compileSchema compiles a schema with a real JSON Schema validator, which
// first checks it against the 2020-12 meta-schema.
func compileSchema(t *testing.T, raw []byte) *jsonschema.Schema {
	t.Helper()
	doc, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("schema is not JSON: %v", err)
	}
	id, _ := doc.(map[string]any)["$id"].(string)
	c := jsonschema.NewCompiler()
	if err := c.AddResource(id, doc); err != nil {
		t.Fatal(err)
	}
	sch, err := c.Compile(id)
	if err != nil {
		t.Fatalf("schema does not compile: %v", err)
	}
	return sch
}

// closedSchema is the published schema with additionalProperties false on
// every object: what the encoder writes today, field for field. The
// published schema stays open so that documents of later releases, which
// may add fields, still validate against it.
func closedSchema(t *testing.T) []byte {
	t.Helper()
	var s any
	if err := json.Unmarshal(ast.Schema(), &s); err != nil {
		t.Fatal(err)
	}
	var closeObjects func(any)
	closeObjects = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if _, ok := v["properties"]; ok {
				v["additionalProperties"] = false
			}
			for _, c := range v {
				closeObjects(c)
			}
		case []any:
			for _, c := range v {
				closeObjects(c)
			}
		}
	}
	closeObjects(s)
	m := s.(map[string]any)
	m["$id"] = "https://example.invalid/closed.json"
	out, err := json.Marshal(m)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestSchemaShape(t *testing.T) {
	var s struct {
		Schema string `json:"$schema"`
		ID     string `json:"$id"`
		Defs   map[string]struct {
			Properties map[string]json.RawMessage `json:"properties"`
		} `json:"$defs"`
	}
	if err := json.Unmarshal(ast.Schema(), &s); err != nil {
		t.Fatal(err)
	}
	if s.Schema != "https://json-schema.org/draft/2020-12/schema" {
		t.Errorf("$schema %q", s.Schema)
	}
	if s.ID == "" {
		t.Error("no $id")
	}
	children := string(s.Defs["section"].Properties["children"])
	if !bytes.Contains([]byte(children), []byte(`"$ref": "#/$defs/section"`)) {
		t.Errorf("section children do not refer back to the section: %s", children)
	}
}

func documentJSON(t *testing.T, doc *ast.Document) []byte {
	t.Helper()
	var b bytes.Buffer
	if err := docjson.Write(&b, doc, docjson.Options{}); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func validate(t *testing.T, sch *jsonschema.Schema, raw []byte) error {
	t.Helper()
	inst, err := jsonschema.UnmarshalJSON(bytes.NewReader(raw))
	if err != nil {
		t.Fatalf("not JSON: %v", err)
	}
	return sch.Validate(inst)
}

// TestParseJSONValidates validates the document of every fixture, seed and
// corpus text against `dagang schema`, and against its closed form, so
// that the schema neither rejects nor leaves out anything the encoder
// writes.
func TestParseJSONValidates(t *testing.T) {
	published := compileSchema(t, ast.Schema())
	closed := compileSchema(t, closedSchema(t))
	all := docs(t)
	corpus, err := parseAll(corpusGlob)
	if err != nil {
		t.Fatal(err)
	}
	if len(corpus) == 0 {
		t.Log("../../shared/corpus is absent: validating fixtures and seeds only")
	}
	for _, d := range append(all, corpus...) {
		raw := documentJSON(t, d.doc)
		if err := validate(t, published, raw); err != nil {
			t.Errorf("%s: %v", filepath.Base(d.path), err)
		}
		if err := validate(t, closed, raw); err != nil {
			t.Errorf("%s (closed schema): %v", filepath.Base(d.path), err)
		}
	}
}

// TestSchemaRejects breaks a valid document one way at a time: the schema
// must reject each. A field it does not know is a later release's addition:
// the published schema accepts it, the closed one does not.
func TestSchemaRejects(t *testing.T) {
	published := compileSchema(t, ast.Schema())
	closed := compileSchema(t, closedSchema(t))
	doc, err := parseFile("../testdata/docs/gbt-four-levels.txt")
	if err != nil {
		t.Fatal(err)
	}
	valid := documentJSON(t, doc)
	type object = map[string]any
	speech := func(d object) object { return d["speeches"].([]any)[0].(object) }
	section := func(d object) object { return speech(d)["sections"].([]any)[0].(object) }
	tests := []struct {
		name     string
		mutation func(d object)
	}{
		{"version 2", func(d object) { d["version"] = 2 }},
		{"no speeches", func(d object) { delete(d, "speeches") }},
		{"title a number", func(d object) { d["title"] = 5 }},
		{"source without encoding", func(d object) { delete(d["source"].(object), "encoding") }},
		{"speech without closing", func(d object) { delete(speech(d), "closing") }},
		{"preamble null", func(d object) { speech(d)["preamble"] = nil }},
		{"unknown style", func(d object) { section(d)["style"] = "roman" }},
		{"level 0", func(d object) { section(d)["level"] = 0 }},
		{"implied a string", func(d object) { section(d)["implied"] = "no" }},
		{"child without children", func(d object) {
			delete(section(d)["children"].([]any)[0].(object), "children")
		}},
		{"span line 0", func(d object) { section(d)["span"].(object)["line"] = 0 }},
		{"negative offset", func(d object) { speech(d)["span"].(object)["start"] = -1 }},
		{"para without points", func(d object) { delete(speech(d)["salutation"].(object), "points") }},
		{"noise of unknown kind", func(d object) {
			d["noise"] = []any{object{"text": "x", "kind": "spam", "span": object{"start": 0, "end": 1, "line": 1, "end_line": 1}}}
		}},
		{"diagnostic without span", func(d object) {
			d["diagnostics"] = []any{object{"severity": "error", "code": "numbering-gap", "message": "m", "line": 1, "column": 1}}
		}},
		{"diagnostic of unknown severity", func(d object) {
			d["diagnostics"] = []any{object{"severity": "fatal", "code": "numbering-gap", "message": "m", "line": 1, "column": 1,
				"span": object{"start": 0, "end": 1, "line": 1, "end_line": 1}}}
		}},
	}
	mutate := func(f func(object)) []byte {
		var d object
		if err := json.Unmarshal(valid, &d); err != nil {
			t.Fatal(err)
		}
		f(d)
		out, err := json.Marshal(d)
		if err != nil {
			t.Fatal(err)
		}
		return out
	}
	for _, tt := range tests {
		if validate(t, published, mutate(tt.mutation)) == nil {
			t.Errorf("%s: the schema accepts it", tt.name)
		}
	}
	added := mutate(func(d object) { section(d)["summary"] = "a later field" })
	if err := validate(t, published, added); err != nil {
		t.Errorf("an added field: the published schema rejects it: %v", err)
	}
	if validate(t, closed, added) == nil {
		t.Error("an added field: the closed schema accepts it")
	}
}
