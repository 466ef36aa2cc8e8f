// Package i18n holds every message dagang shows a person — help, errors,
// progress, placeholders, diagnostics — in Chinese and in English, one
// catalog per language (catalog_zh.go, catalog_en.go), and picks the
// language from the environment as a POSIX program does.
//
// Messages are looked up by key through golang.org/x/text/message, whose
// format strings take positional arguments (%[2]s), so that each
// language may put them in its own order. Each language quotes in one
// style: 「」 in Chinese, “” in English (Quote).
//
// Diagnostic codes (numbering-gap, …) are English and stable in both
// languages; only their messages are translated (Diagnostic).
package i18n

import (
	"sort"
	"strings"
	"sync"

	"golang.org/x/text/language"
	"golang.org/x/text/message"
	"golang.org/x/text/message/catalog"
)

// Lang is a language dagang speaks.
type Lang string

// The languages.
const (
	Chinese Lang = "zh"
	English Lang = "en"
)

// Langs lists the languages, for completion and help.
func Langs() []Lang { return []Lang{Chinese, English} }

// ParseLang reads a --lang value: zh or en, or a locale name that starts
// with either (zh_CN.UTF-8, en-GB).
func ParseLang(s string) (Lang, bool) {
	switch l := strings.ToLower(s); {
	case strings.HasPrefix(l, "zh"):
		return Chinese, true
	case strings.HasPrefix(l, "en"):
		return English, true
	}
	return "", false
}

// FromEnv is the language of the environment: Chinese when the first
// non-empty of LC_ALL, LC_MESSAGES and LANG starts with "zh", English
// otherwise. Where none is set, the system's own setting decides (the
// user's display language on Windows, where most people who write
// speeches work and none of the three is set).
func FromEnv(getenv func(string) string) Lang {
	for _, name := range []string{"LC_ALL", "LC_MESSAGES", "LANG"} {
		if v := getenv(name); v != "" {
			if strings.HasPrefix(strings.ToLower(v), "zh") {
				return Chinese
			}
			return English
		}
	}
	if l, ok := systemLang(); ok {
		return l
	}
	return English
}

func (l Lang) tag() language.Tag {
	if l == Chinese {
		return language.Chinese
	}
	return language.English
}

// catalogs maps each language to its messages by key.
var catalogs = map[Lang]map[string]string{Chinese: chinese, English: english}

var (
	buildOnce sync.Once
	built     *catalog.Builder
)

// messages is the catalog of both languages, built once.
func messages() *catalog.Builder {
	buildOnce.Do(func() {
		built = catalog.NewBuilder(catalog.Fallback(language.English))
		for lang, msgs := range catalogs {
			for key, msg := range msgs {
				if err := built.SetString(lang.tag(), key, msg); err != nil {
					panic("i18n: " + key + ": " + err.Error())
				}
			}
		}
	})
	return built
}

// Keys lists the keys of a language's catalog, sorted.
func Keys(l Lang) []string {
	keys := make([]string, 0, len(catalogs[l]))
	for k := range catalogs[l] {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	return keys
}

// A Printer writes the messages of one language. It is safe for
// concurrent use.
type Printer struct {
	lang Lang
	// p is made at the first message that needs it: the catalog is built
	// for both languages at once, which a program that only parses (and
	// writes its diagnostics with fill) never needs.
	p func() *message.Printer
}

// New returns the Printer of a language (English for any other value).
func New(l Lang) *Printer {
	if l != Chinese {
		l = English
	}
	return &Printer{lang: l, p: sync.OnceValue(func() *message.Printer {
		return message.NewPrinter(l.tag(), message.Catalog(messages()))
	})}
}

// Lang is the Printer's language.
func (p *Printer) Lang() Lang { return p.lang }

// T is the message of key, its format filled with args.
func (p *Printer) T(key string, args ...any) string {
	return p.p().Sprintf(key, args...)
}

// Pattern is the format of key as the catalog holds it, for a caller
// that fills it itself (a progress bar's counters).
func (p *Printer) Pattern(key string) string {
	if msg, ok := catalogs[p.lang][key]; ok {
		return msg
	}
	return key
}

// Has reports whether the Printer's catalog holds key.
func (p *Printer) Has(key string) bool {
	_, ok := catalogs[p.lang][key]
	return ok
}

// Quote puts s in the language's quotation marks: 「s」 or “s”.
func (p *Printer) Quote(s string) string {
	if p.lang == Chinese {
		return "「" + s + "」"
	}
	return "“" + s + "”"
}
