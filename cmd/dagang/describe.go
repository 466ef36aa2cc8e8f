package main

import (
	"errors"
	"io/fs"
	"strconv"
	"strings"
	"syscall"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/decode"
	"github.com/dagang/dagang/docx"
	"github.com/dagang/dagang/fix"
	"github.com/dagang/dagang/internal/i18n"
	"github.com/dagang/dagang/report"
)

// describe is what went wrong, in the chosen language, for the errors of
// the library and the system: the reason alone, without the file's name
// (the caller names it). An error it does not know is shown as it is.
func (a *app) describe(err error) string { return describe(a.p, err) }

// describe is app.describe in p's language.
func describe(p *i18n.Printer, err error) string {
	var tooLarge *decode.TooLargeError
	var we *writeError
	var noMatch *noMatchError
	var config *report.ConfigError
	var rec *recordError
	var problem *recordProblem
	var backup *backupError
	switch {
	case errors.As(err, &backup):
		return p.T("err.backup", quoteName(backup.name), describe(p, backup.err))
	case errors.As(err, &rec):
		return p.T("record.line", strconv.Itoa(rec.line), describe(p, rec.err))
	case errors.As(err, &problem):
		return p.T(problem.key, problem.args...)
	case errors.As(err, &config):
		return quoteName(config.Path) + ": " + describe(p, config.Err)
	case errors.As(err, &noMatch):
		return p.T("err.no-match", strings.Join(noMatch.include, ", "))
	case errors.As(err, &we):
		name := we.name
		if name == "" {
			name = p.T("name.stdout")
		} else {
			name = quoteName(name)
		}
		return p.T("err.write", name, describe(p, we.err))
	case errors.As(err, &tooLarge):
		return p.T("err.too-large", formatSize(tooLarge.Limit))
	case errors.Is(err, dagang.ErrTooLarge):
		return p.T("err.too-large-plain")
	case errors.Is(err, errReadOnly):
		return p.T("err.read-only")
	case errors.Is(err, errWordLock):
		return p.T("err.word-lock")
	case errors.Is(err, errIsDir), errors.Is(err, syscall.EISDIR):
		return p.T("err.is-dir")
	case errors.Is(err, fix.ErrDocx):
		return p.T("err.fix-docx")
	case errors.Is(err, fix.ErrPage):
		return p.T("err.fix-page")
	case errors.Is(err, fix.ErrNotRoundTrip):
		return p.T("err.round-trip")
	case errors.Is(err, decode.ErrBinary):
		return withDetail(p, err, decode.ErrBinary, "err.binary", binaryKinds)
	case errors.Is(err, decode.ErrUnknownEncoding):
		return withDetail(p, err, decode.ErrUnknownEncoding, "err.unknown-encoding", "")
	case errors.Is(err, decode.ErrEncoding):
		return withDetail(p, err, decode.ErrEncoding, "err.encoding", "")
	case errors.Is(err, docx.ErrCorrupt):
		return withDetail(p, err, docx.ErrCorrupt, "err.docx-corrupt", "")
	case errors.Is(err, fs.ErrExist):
		return p.T("err.exists")
	case errors.Is(err, fs.ErrNotExist):
		return p.T("err.not-exist")
	case errors.Is(err, fs.ErrPermission):
		return p.T("err.permission")
	case errors.Is(err, syscall.ENOSPC):
		return p.T("err.no-space")
	case errors.Is(err, syscall.EROFS):
		return p.T("err.read-only-fs")
	case errors.Is(err, syscall.EPIPE):
		return p.T("err.pipe")
	}
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// binaryKinds is the catalog's prefix for the kinds of binary data.
const binaryKinds = "binary."

// withDetail is the message of an error of the library that wraps
// sentinel with details ("binary data, not text (PNG image)", "corrupt
// .docx document: zip: not a valid zip file"): in English the library's
// own words, in another language the catalog's key and the details after
// it, translated when the catalog has them under kinds+detail.
func withDetail(p *i18n.Printer, err, sentinel error, key, kinds string) string {
	msg := err.Error()
	if p.Lang() == i18n.English {
		return msg
	}
	i := strings.Index(msg, sentinel.Error())
	if i < 0 {
		return p.T(key)
	}
	detail := strings.TrimSpace(msg[i+len(sentinel.Error()):])
	detail = strings.TrimPrefix(detail, ":")
	if strings.HasPrefix(detail, "(") && strings.HasSuffix(detail, ")") {
		detail = detail[1 : len(detail)-1]
	}
	detail = strings.TrimSpace(detail)
	if detail == "" {
		return p.T(key)
	}
	if kinds != "" && p.Has(kinds+detail) {
		detail = p.T(kinds + detail)
	}
	return p.T("detail", p.T(key), detail)
}

// inputFailure is the error of an input that could not be read, as one
// line: "NAME: reason".
func (a *app) inputFailure(name string, err error) error {
	return inputError(errors.New(a.inputName(name) + ": " + a.describe(err)))
}

// inputName names an input in messages: its name, quoted when it holds
// control characters, or "standard input".
func (a *app) inputName(name string) string {
	if name == "-" || name == "" {
		return a.p.T("name.stdin")
	}
	return quoteName(name)
}
