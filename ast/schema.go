package ast

import _ "embed"

// schemaJSON is the JSON Schema of the version-1 document; a string, so
// that nobody can change it.
//
//go:embed schema.json
var schemaJSON string

// Schema returns the JSON Schema (draft 2020-12) of the version-1 document
// that docjson.Write writes. Every field the encoder writes is required and
// typed, sections nest through a recursive definition, and objects admit
// properties the schema does not name: version 1 only ever adds fields, so
// a consumer that validates against this schema keeps accepting the
// documents of later releases.
func Schema() []byte { return []byte(schemaJSON) }
