package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/dagang/dagang/ast"
)

func TestSchemaCommand(t *testing.T) {
	code, out, errOut := runCLI(t, "", "schema")
	if code != 0 || errOut != "" {
		t.Fatalf("exit %d, stderr %q", code, errOut)
	}
	if strings.TrimSuffix(out, "\n") != strings.TrimSuffix(string(ast.Schema()), "\n") || !strings.HasSuffix(out, "}\n") {
		t.Errorf("output is not ast.Schema() ending in one newline: %.80q…", out)
	}
	var s struct {
		Schema string `json:"$schema"`
		ID     string `json:"$id"`
	}
	if err := json.Unmarshal([]byte(out), &s); err != nil {
		t.Fatal(err)
	}
	if s.Schema != "https://json-schema.org/draft/2020-12/schema" || s.ID == "" {
		t.Errorf("$schema %q, $id %q", s.Schema, s.ID)
	}
}

func TestSchemaTakesNoArguments(t *testing.T) {
	code, out, errOut := runCLI(t, "", "schema", "extra")
	if code != 2 || out != "" || !strings.Contains(errOut, "schema takes no argument") {
		t.Errorf("exit %d, stdout %q, stderr %q", code, out, errOut)
	}
}
