package main

import (
	"fmt"
	"runtime/debug"

	"github.com/spf13/cobra"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/internal/i18n"
)

// version is set at build time with -ldflags "-X main.version=v1.2.3"
// (scripts/release.sh); otherwise the module version from the build
// info is used (go install …@v1.2.3), or "devel".
var version = ""

func versionString() string {
	if version != "" {
		return version
	}
	bi, ok := debug.ReadBuildInfo()
	if !ok {
		return "devel"
	}
	if bi.Main.Version != "" && bi.Main.Version != "(devel)" {
		return bi.Main.Version
	}
	// Built from a clone (go install ./cmd/dagang): the commit it was
	// built from says which code it is.
	revision, dirty := "", false
	for _, s := range bi.Settings {
		switch s.Key {
		case "vcs.revision":
			revision = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if len(revision) > 12 {
		revision = revision[:12]
	}
	switch {
	case revision == "":
		return "devel"
	case dirty:
		return "devel-" + revision + "-dirty"
	}
	return "devel-" + revision
}

// versionLine is what `dagang version` and `dagang --version` print.
func versionLine(p *i18n.Printer) string {
	return p.T("version.line", versionString(), ast.Version)
}

func (a *app) newVersionCmd() *cobra.Command {
	p := a.p
	return &cobra.Command{
		Use:   "version",
		Short: p.T("version.short"),
		Args: func(_ *cobra.Command, args []string) error {
			if len(args) > 0 {
				return usageError(p.T("err.no-args", "version"))
			}
			return nil
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprintln(cmd.OutOrStdout(), versionLine(p))
			return err
		},
	}
}
