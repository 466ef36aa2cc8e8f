package export

import (
	"fmt"
	"strings"
)

// Default is the format `dagang outline` writes unless told otherwise.
const Default = "text"

// exporters lists every format, the default first. It is the one place a
// format is registered: adding one is a file with its Exporter and a line
// here.
func exporters() []Exporter {
	return []Exporter{
		textExporter{},
		markdownExporter{},
		opmlExporter{},
		freemindExporter{},
		mermaidExporter{},
		chunksExporter{},
		jsonExporter{},
	}
}

// All returns every exporter, the default first.
func All() []Exporter { return exporters() }

// Names returns the name of every format, the default first.
func Names() []string {
	var names []string
	for _, e := range exporters() {
		names = append(names, e.Name())
	}
	return names
}

// Lookup returns the exporter of the named format.
func Lookup(name string) (Exporter, error) {
	for _, e := range exporters() {
		if e.Name() == name {
			return e, nil
		}
	}
	return nil, fmt.Errorf("unknown format %q (formats: %s)", name, strings.Join(Names(), ", "))
}
