package main

import (
	"bytes"

	"github.com/spf13/cobra"

	"github.com/dagang/dagang/ast"
)

func newSchemaCmd() *cobra.Command {
	return &cobra.Command{
		Use:   "schema",
		Short: "Print the JSON Schema of the version-1 JSON document",
		Long: `Print the JSON Schema (draft 2020-12) of the document that dagang parse
prints. Objects admit properties the schema does not name, because version 1
only ever adds fields: documents of later releases still validate.`,
		Example: "  dagang schema > dagang.schema.json",
		Args:    exactArgs(0),
		RunE: func(cmd *cobra.Command, _ []string) error {
			schema := ast.Schema()
			if !bytes.HasSuffix(schema, []byte("\n")) {
				schema = append(schema, '\n')
			}
			_, err := cmd.OutOrStdout().Write(schema)
			return err
		},
	}
}
