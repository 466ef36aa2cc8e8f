package report

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"go.yaml.in/yaml/v3"

	"github.com/dagang/dagang/ast"
)

// ConfigName is the name of the file that sets check's rules for the
// files of its directory and the directories under it, as .editorconfig
// does: the nearest one up from a file's directory applies.
const ConfigName = ".dagang.yaml"

// Rules say which codes check reports, at what severity, and from which
// severity on a finding fails the run. The zero value reports every code
// at its own severity and fails on errors.
type Rules struct {
	// Disable and Enable switch codes off and on; a code both disabled
	// and enabled is enabled (the command line's --enable undoes a
	// file's disable).
	Disable []ast.Code `yaml:"disable,omitempty"`
	Enable  []ast.Code `yaml:"enable,omitempty"`
	// FailOn is the least severity that fails the run ("" for error).
	FailOn ast.Severity `yaml:"fail-on,omitempty"`
	// Severity reports a code at another severity than its own.
	Severity map[ast.Code]ast.Severity `yaml:"severity,omitempty"`
}

// Over is r with the settings of o over it: o's disable and enable after
// r's, o's fail-on and severities where o sets them.
func (r Rules) Over(o Rules) Rules {
	out := Rules{FailOn: r.FailOn, Severity: map[ast.Code]ast.Severity{}}
	disabled := r.disabled()
	for _, c := range o.Disable {
		disabled[c] = true
	}
	for _, c := range o.Enable {
		delete(disabled, c)
	}
	for c := range disabled {
		out.Disable = append(out.Disable, c)
	}
	slices.Sort(out.Disable)
	if o.FailOn != "" {
		out.FailOn = o.FailOn
	}
	for c, s := range r.Severity {
		out.Severity[c] = s
	}
	for c, s := range o.Severity {
		out.Severity[c] = s
	}
	if len(out.Severity) == 0 {
		out.Severity = nil
	}
	return out
}

// disabled is the set of codes r switches off.
func (r Rules) disabled() map[ast.Code]bool {
	off := map[ast.Code]bool{}
	for _, c := range r.Disable {
		off[c] = true
	}
	for _, c := range r.Enable {
		delete(off, c)
	}
	return off
}

// Apply drops the findings of the codes r switches off and gives the
// others the severity r sets.
func (r Rules) Apply(fs []Finding) []Finding {
	off := r.disabled()
	out := fs[:0:0]
	for _, f := range fs {
		if off[f.Code] {
			continue
		}
		if s, ok := r.Severity[f.Code]; ok {
			f.Severity = s
		}
		out = append(out, f)
	}
	return out
}

// Fails reports whether a finding is at least as severe as r's fail-on.
func (r Rules) Fails(f Finding) bool {
	least := r.FailOn
	if least == "" {
		least = ast.SeverityError
	}
	return f.Severity.Weight() >= least.Weight()
}

// Check refuses codes and severities that do not exist: a typo must not
// pass for a setting.
func (r Rules) Check() error {
	codes := ast.Codes()
	var errs []error
	for _, c := range slices.Concat(r.Disable, r.Enable) {
		if !slices.Contains(codes, c) {
			errs = append(errs, &UnknownCodeError{c})
		}
	}
	if r.FailOn != "" && r.FailOn.Weight() == 0 {
		errs = append(errs, &UnknownSeverityError{r.FailOn})
	}
	keys := make([]ast.Code, 0, len(r.Severity))
	for c := range r.Severity {
		keys = append(keys, c)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	for _, c := range keys {
		if !slices.Contains(codes, c) {
			errs = append(errs, &UnknownCodeError{c})
		}
		if s := r.Severity[c]; s.Weight() == 0 {
			errs = append(errs, &UnknownSeverityError{s})
		}
	}
	return errors.Join(errs...)
}

// UnknownCodeError names a code that does not exist.
type UnknownCodeError struct{ Code ast.Code }

func (e *UnknownCodeError) Error() string {
	return fmt.Sprintf("unknown code %q (codes: %s)", e.Code, joinCodes(ast.Codes()))
}

// UnknownSeverityError names a severity that does not exist.
type UnknownSeverityError struct{ Severity ast.Severity }

func (e *UnknownSeverityError) Error() string {
	return fmt.Sprintf("unknown severity %q (error, warning or info)", e.Severity)
}

func joinCodes(cs []ast.Code) string {
	s := make([]string, len(cs))
	for i, c := range cs {
		s[i] = string(c)
	}
	return strings.Join(s, ", ")
}

// ConfigError is a config file that cannot be read or says something
// that is not a rule.
type ConfigError struct {
	Path string
	Err  error
}

func (e *ConfigError) Error() string { return e.Path + ": " + e.Err.Error() }
func (e *ConfigError) Unwrap() error { return e.Err }

// ReadRules reads the rules of a config file. A key it does not know is
// an error.
func ReadRules(path string) (Rules, error) {
	raw, err := os.ReadFile(path)
	if err != nil {
		return Rules{}, &ConfigError{path, err}
	}
	var r Rules
	dec := yaml.NewDecoder(bytes.NewReader(raw))
	dec.KnownFields(true)
	if err := dec.Decode(&r); err != nil && !errors.Is(err, io.EOF) {
		return Rules{}, &ConfigError{path, err}
	}
	if err := r.Check(); err != nil {
		return Rules{}, &ConfigError{path, err}
	}
	return r, nil
}

// FindConfig is the config file that applies in dir: the nearest
// ConfigName in dir or a parent of it, or "" when there is none.
func FindConfig(dir string) string {
	abs, err := filepath.Abs(dir)
	if err != nil {
		return ""
	}
	for {
		path := filepath.Join(abs, ConfigName)
		if st, err := os.Stat(path); err == nil && st.Mode().IsRegular() {
			return path
		}
		parent := filepath.Dir(abs)
		if parent == abs {
			return ""
		}
		abs = parent
	}
}

// WriteConfig writes r as a config file says it, every code listed with
// the severity it is reported at and whether it is on, so that a
// printed config is one to start a file from.
func WriteConfig(w io.Writer, r Rules) error {
	full := struct {
		FailOn   ast.Severity              `yaml:"fail-on"`
		Disable  []ast.Code                `yaml:"disable,flow"`
		Severity map[ast.Code]ast.Severity `yaml:"severity"`
	}{FailOn: r.FailOn, Disable: r.Disable, Severity: map[ast.Code]ast.Severity{}}
	if full.FailOn == "" {
		full.FailOn = ast.SeverityError
	}
	for _, c := range ast.Codes() {
		full.Severity[c] = c.DefaultSeverity()
		if s, ok := r.Severity[c]; ok {
			full.Severity[c] = s
		}
	}
	if full.Disable == nil {
		full.Disable = []ast.Code{}
	}
	enc := yaml.NewEncoder(w)
	enc.SetIndent(2)
	if err := enc.Encode(full); err != nil {
		return err
	}
	return enc.Close()
}
