package report

import (
	"bufio"
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"
	"strings"

	"github.com/dagang/dagang/ast"
)

// SARIF 2.1.0 (OASIS), the objects this package writes.
type sarifLog struct {
	Schema  string     `json:"$schema"`
	Version string     `json:"version"`
	Runs    []sarifRun `json:"runs"`
}

type sarifRun struct {
	Tool       sarifTool     `json:"tool"`
	ColumnKind string        `json:"columnKind"`
	Results    []sarifResult `json:"results"`
}

type sarifTool struct {
	Driver sarifDriver `json:"driver"`
}

type sarifDriver struct {
	Name           string      `json:"name"`
	Version        string      `json:"version,omitempty"`
	InformationURI string      `json:"informationUri"`
	Rules          []sarifRule `json:"rules"`
}

type sarifRule struct {
	ID                   string       `json:"id"`
	ShortDescription     sarifMessage `json:"shortDescription"`
	DefaultConfiguration sarifConfig  `json:"defaultConfiguration"`
}

type sarifConfig struct {
	Level string `json:"level"`
}

type sarifMessage struct {
	Text string `json:"text"`
}

type sarifResult struct {
	RuleID    string          `json:"ruleId"`
	RuleIndex int             `json:"ruleIndex"`
	Level     string          `json:"level"`
	Message   sarifMessage    `json:"message"`
	Locations []sarifLocation `json:"locations"`
}

type sarifLocation struct {
	PhysicalLocation sarifPhysical `json:"physicalLocation"`
}

type sarifPhysical struct {
	ArtifactLocation sarifArtifact `json:"artifactLocation"`
	Region           sarifRegion   `json:"region"`
}

type sarifArtifact struct {
	URI string `json:"uri"`
}

type sarifRegion struct {
	StartLine   int `json:"startLine"`
	StartColumn int `json:"startColumn"`
	EndLine     int `json:"endLine"`
	EndColumn   int `json:"endColumn"`
	ByteOffset  int `json:"byteOffset"`
	ByteLength  int `json:"byteLength"`
}

// SARIFSchema is the $schema a SARIF log names.
const SARIFSchema = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"

// allCodes are the rules SARIF lists when the options name none.
func allCodes() []ast.Code { return ast.Codes() }

// writeSARIF writes one SARIF 2.1.0 log with one run: dagang's rules and
// a result per finding, columns counted in characters (columnKind
// unicodeCodePoints), the byte offset and length of each finding's span
// beside them.
func writeSARIF(w io.Writer, findings []Finding, opt Options) error {
	codes := opt.Codes
	if codes == nil {
		codes = allCodes()
	}
	index := map[ast.Code]int{}
	driver := sarifDriver{Name: "dagang", Version: opt.Version, InformationURI: "https://github.com/dagang/dagang",
		Rules: []sarifRule{}}
	addRule := func(code ast.Code, severity ast.Severity) int {
		if i, ok := index[code]; ok {
			return i
		}
		text := string(code)
		if key := "rule." + text; opt.Printer.Has(key) {
			text = opt.Printer.T(key)
		}
		index[code] = len(driver.Rules)
		driver.Rules = append(driver.Rules, sarifRule{ID: string(code), ShortDescription: sarifMessage{text},
			DefaultConfiguration: sarifConfig{sarifLevel(severity)}})
		return index[code]
	}
	for _, c := range codes {
		addRule(c, c.DefaultSeverity())
	}
	run := sarifRun{Tool: sarifTool{driver}, ColumnKind: "unicodeCodePoints", Results: []sarifResult{}}
	for _, f := range findings {
		i := addRule(f.Code, f.Code.DefaultSeverity())
		run.Results = append(run.Results, sarifResult{
			RuleID: string(f.Code), RuleIndex: i, Level: sarifLevel(f.Severity),
			Message: sarifMessage{f.Message},
			Locations: []sarifLocation{{sarifPhysical{
				ArtifactLocation: sarifArtifact{artifactURI(f.File)},
				Region: sarifRegion{StartLine: f.Line, StartColumn: f.Column, EndLine: max(f.Span.EndLine, f.Line),
					EndColumn: max(f.EndColumn, 1), ByteOffset: f.Span.Start, ByteLength: max(f.Span.Len(), 0)},
			}}},
		})
	}
	run.Tool.Driver = driver
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(sarifLog{Schema: SARIFSchema, Version: "2.1.0", Runs: []sarifRun{run}}); err != nil {
		return err
	}
	return bw.Flush()
}

func sarifLevel(s ast.Severity) string {
	switch s {
	case ast.SeverityError:
		return "error"
	case ast.SeverityWarning:
		return "warning"
	}
	return "note"
}

// artifactURI is a file's name as a URI reference: a relative path with
// forward slashes and its special characters escaped, an absolute one as
// a file: URI.
func artifactURI(name string) string {
	slashed := filepath.ToSlash(name)
	if filepath.IsAbs(name) {
		if !strings.HasPrefix(slashed, "/") {
			slashed = "/" + slashed // C:/x on Windows
		}
		return (&url.URL{Scheme: "file", Path: slashed}).String()
	}
	return (&url.URL{Path: slashed}).String()
}
