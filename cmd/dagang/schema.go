package main

import (
	"bytes"

	"github.com/spf13/cobra"

	"github.com/dagang/dagang/ast"
)

func (a *app) newSchemaCmd() *cobra.Command {
	p := a.p
	opts := &commonOptions{}
	cmd := &cobra.Command{
		Use:     "schema",
		Short:   p.T("schema.short"),
		Long:    p.T("schema.long"),
		Example: "  dagang schema > dagang.schema.json",
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageError(p.T("err.no-args", "schema"))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			schema := ast.Schema()
			if !bytes.HasSuffix(schema, []byte("\n")) {
				schema = append(schema, '\n')
			}
			out, err := a.openOutput(cmd, opts.output)
			if err != nil {
				return err
			}
			_, err = out.Write(schema)
			return out.close(err)
		},
	}
	a.addCommonFlags(cmd, opts, withOutput)
	return cmd
}
