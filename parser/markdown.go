package parser

import (
	"cmp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/grammar"
	"github.com/dagang/dagang/internal/scan"
)

// A Markdown mirror of a web page (a static site's copy of a news page)
// carries furniture of its own: front matter at its head — a YAML block
// between --- lines or a TOML block between +++ lines, with the page's
// title, date, tags — and markup its generator left in the text: the
// <!--more--> that cuts the summary off, shortcodes ({{< figure … >}},
// {{% note %}}), image lines (![图](…)), HTML tags. The front matter is
// front-matter noise and its title the speech's title when the text has
// none (without the site's name the mirror added: 南开大学->…,
// … | nankai.info); the markup is markup noise, a line of it or a piece
// inside a line.

// maxFrontMatterLines bounds a front matter block: a page's metadata is a
// few dozen lines, tags included.
const maxFrontMatterLines = 400

// frontTitle is the title a front matter block gives: line is its line,
// and [start, end) the title in the text, site name and quotes left out.
type frontTitle struct {
	line, start, end int
	ok               bool
}

// markMarkdown sets aside a front matter block at the head of the text and
// the lines of markup, and cuts the markup out of other lines. It returns
// marked with the lines it set aside appended.
func (p *parser) markMarkdown(scores []lineScore, marked []int) []int {
	frontKind := lineNoiseOf(ast.NoiseFrontMatter)
	if first, last, toml, ok := p.frontMatter(); ok {
		title := p.frontMatterTitle(first, last, toml)
		for i := first; i <= last; i++ {
			if !p.lines[i].blank() {
				p.setFormatLine(i, frontKind, scores)
				marked = append(marked, i)
			}
		}
		// The title's line is a run of its own, which the title may take
		// from the block (see useFrontTitle).
		if title.ok {
			if first < title.line {
				p.addRun(lineRun{first, title.line - 1, ast.NoiseFrontMatter})
			}
			p.format.runs = append(p.format.runs, lineRun{title.line, title.line, ast.NoiseFrontMatter})
			if title.line < last {
				p.format.runs = append(p.format.runs, lineRun{title.line + 1, last, ast.NoiseFrontMatter})
			}
			p.format.title = title
		} else {
			p.addRun(lineRun{first, last, ast.NoiseFrontMatter})
		}
	}
	markupKind := lineNoiseOf(ast.NoiseMarkup)
	// Markup is looked for only in the lines that may hold it, which were
	// listed as the lines were scored.
	for _, i := range p.markupAt {
		l := &p.lines[i]
		if l.noise == frontKind {
			continue
		}
		cuts := markupCuts(p.content(l), l.start)
		if len(cuts) == 0 || l.noise != 0 && !(len(cuts) == 1 && cuts[0].start == l.start && cuts[0].end == l.end) {
			continue // markup, or boilerplate by its words that is more than markup
		}
		if rest := withoutCuts(p.text, l.start, l.end, cuts); scan.TrimBlank(rest) == "" || invisibleOnly(rest) {
			p.setFormatLine(i, markupKind, scores)
			p.cuts = dropCutsIn(p.cuts, l.start, l.end)
			marked = append(marked, i)
			p.addRun(lineRun{i, i, ast.NoiseMarkup})
			continue
		}
		for _, c := range cuts {
			if !p.cutOverlaps(c.start, c.end) {
				p.cuts = append(p.cuts, c)
			}
		}
	}
	return marked
}

// frontMatter finds a front matter block: the first line that is not
// blank is --- (YAML) or +++ (TOML), a line of the same closes it within
// maxFrontMatterLines, and every line between is a line of that language
// (a key and its value, a list item, an indented continuation, a comment),
// one at least a key.
func (p *parser) frontMatter() (first, last int, toml, ok bool) {
	first = -1
	for i := range p.lines {
		if !p.lines[i].blank() {
			first = i
			break
		}
	}
	if first < 0 {
		return 0, 0, false, false
	}
	open := p.content(&p.lines[first])
	if open != "---" && open != "+++" {
		return 0, 0, false, false
	}
	toml = open == "+++"
	keys := 0
	for i := first + 1; i < len(p.lines) && i <= first+maxFrontMatterLines; i++ {
		l := &p.lines[i]
		if l.blank() {
			continue
		}
		s := p.content(l)
		if s == open || !toml && s == "..." {
			return first, i, toml, keys > 0
		}
		indented := l.start > p.idx.starts[i]
		switch {
		case strings.HasPrefix(s, "#"):
		case toml && tomlKeyLine(s), !toml && yamlKeyLine(s):
			keys++
		case indented:
		case !toml && (s == "-" || strings.HasPrefix(s, "- ")):
		case toml && (strings.HasPrefix(s, "[") || s == "]"):
		default:
			return 0, 0, false, false
		}
	}
	return 0, 0, false, false
}

// yamlKeyLine: key: value, the key a word (letters, digits, _ . -).
func yamlKeyLine(s string) bool {
	k := strings.IndexByte(s, ':')
	if k <= 0 || k+1 < len(s) && s[k+1] != ' ' && s[k+1] != '\t' {
		return false
	}
	return keyWord(s[:k])
}

// tomlKeyLine: key = value.
func tomlKeyLine(s string) bool {
	k := strings.IndexByte(s, '=')
	if k <= 0 {
		return false
	}
	return keyWord(strings.Trim(strings.TrimSpace(s[:k]), `"'`))
}

func keyWord(k string) bool {
	if k == "" {
		return false
	}
	for _, r := range k {
		if !(unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' || r == '-' || r == '.') {
			return false
		}
	}
	return true
}

// frontMatterTitle finds the title: key of a front matter block (lines
// first to last), its value less quotes and the site's name.
func (p *parser) frontMatterTitle(first, last int, toml bool) frontTitle {
	sep := byte(':')
	if toml {
		sep = '='
	}
	for i := first + 1; i < last; i++ {
		l := &p.lines[i]
		if l.blank() || l.start > p.idx.starts[i] {
			continue // a nested key is not the page's title
		}
		s := p.content(l)
		k := strings.IndexByte(s, sep)
		if k < 0 || !strings.EqualFold(strings.Trim(strings.TrimSpace(s[:k]), `"'`), "title") {
			continue
		}
		vs, ve := scan.TrimSpace(p.text, l.start+k+1, l.end)
		if ve-vs >= 2 && (p.text[vs] == '"' || p.text[vs] == '\'') && p.text[ve-1] == p.text[vs] {
			vs, ve = scan.TrimSpace(p.text, vs+1, ve-1)
		}
		a, b := pageTitle(p.text[vs:ve])
		vs, ve = scan.TrimSpace(p.text, vs+a, vs+b)
		if ve-vs < 2 {
			return frontTitle{}
		}
		return frontTitle{line: i, start: vs, end: ve, ok: true}
	}
	return frontTitle{}
}

// maxSiteName is the longest a site's name in a page title may be.
const maxSiteName = 24

// pageTitle finds a page's own title inside a page title that carries the
// site's name (and perhaps its column's): 南开大学->标题, 标题 | nankai.info,
// 标题_栏目_站点, 标题 - 站点. It returns the title's bytes [start, end) in s.
// A name is cut only when short and no sentence; the dash of a subtitle
// (——) never separates one.
func pageTitle(s string) (start, end int) {
	start, end = 0, len(s)
	for {
		cut := false
		for _, sep := range []string{"->", "→", "»", ">>"} {
			if k := strings.Index(s[start:end], sep); k > 0 && siteName(s[start:start+k]) {
				start += k + len(sep)
				cut = true
				break
			}
		}
		for _, sep := range []string{" | ", "|", "｜", " - ", " – ", " — ", "_", " :: "} {
			if k := strings.LastIndex(s[start:end], sep); k > 0 && siteName(s[start+k+len(sep):end]) {
				end = start + k
				cut = true
				break
			}
		}
		if !cut {
			return start, end
		}
	}
}

// siteName reports whether s may be a site's or a column's name: short,
// not empty, no sentence in it.
func siteName(s string) bool {
	s = strings.TrimSpace(s)
	n := scan.RuneCount(s)
	return n > 0 && n <= maxSiteName && !strings.ContainsAny(s, "。，！？；：,!?;")
}

// useFrontTitle gives the document the title of its front matter when its
// text has none: the one speech's title (or the collection's, over
// several). The title line's noise entry is then cut into what stands
// around the title (title: ', the site's name), which stays front matter.
func (p *parser) useFrontTitle(doc *ast.Document) {
	f := &p.format
	if !f.title.ok || doc.TitleSpan != nil || len(doc.Speeches) == 0 {
		return
	}
	t := f.title
	sp := p.idx.span(t.start, t.end)
	title := p.text[t.start:t.end]
	switch {
	case len(doc.Speeches) == 1 && (doc.Speeches[0].TitleSpan == nil || p.nameForTitle(doc.Speeches[0])):
		s := doc.Speeches[0]
		if s.TitleSpan != nil {
			// The line the text opened with is the speaker's name, which
			// stood for a title only for want of one.
			s.Speaker = p.para(s.TitleSpan.Start, s.TitleSpan.End)
		}
		s.Title, s.TitleSpan = title, &sp
		if t.start < s.Span.Start || s.Span.End <= s.Span.Start {
			end := max(s.Span.End, t.end)
			s.Span = p.idx.span(t.start, end)
		}
	case len(doc.Speeches) > 1:
		doc.Title, doc.TitleSpan = title, &sp
	default:
		return
	}
	l := &p.lines[t.line]
	for k, e := range p.noise {
		if e.Span.Start != l.start || e.Kind != ast.NoiseFrontMatter {
			continue
		}
		var around []ast.Noise
		if l.start < t.start {
			s, e := scan.TrimSpace(p.text, l.start, t.start)
			around = append(around, ast.Noise{Text: p.text[s:e], Kind: ast.NoiseFrontMatter, Span: p.idx.span(s, e)})
		}
		if t.end < l.end {
			s, e := scan.TrimSpace(p.text, t.end, l.end)
			if s < e {
				around = append(around, ast.Noise{Text: p.text[s:e], Kind: ast.NoiseFrontMatter, Span: p.idx.span(s, e)})
			}
		}
		p.noise = append(p.noise[:k], append(around, p.noise[k+1:]...)...)
		return
	}
}

// nameForTitle reports whether a speech's title is a name alone (曹雪涛)
// and it has no speaker: the title block of a page whose title is in its
// front matter, not its text.
func (p *parser) nameForTitle(s *ast.Speech) bool {
	return s.Speaker == nil && grammar.IsNameLine(s.Title)
}

// An opening is where markup opens in the text: [start, end).
type opening struct{ start, end int }

// markupOpenings are the places in text, in order, where a comment, a
// shortcode or an image opens: the first test of a line for markup is
// that it opens with a tag, a shortcode or an image, or holds one of these
// (a tag inside a line of text is the text's). The bytes <, { and ! are
// rare in Chinese text, whose marks are full-width.
func markupOpenings(text string, from, to int) []opening {
	var out []opening
	for _, o := range [...]string{"<!--", "{{", "!["} {
		for i := from; ; {
			k := strings.Index(text[i:to], o)
			if k < 0 {
				break
			}
			i += k
			out = append(out, opening{i, i + len(o)})
			i += len(o)
		}
	}
	slices.SortFunc(out, func(a, b opening) int { return cmp.Compare(a.start, b.start) })
	return out
}

// opensMarkup reports whether a line that starts with c may start with
// markup.
func opensMarkup(c byte) bool { return c == '<' || c == '{' || c == '[' || c == '!' }

// markupCuts finds the markup in line s (at offset base of the text): HTML
// comments, shortcodes, Markdown images (a linked one with its link), and
// — on a line of nothing else — HTML tags of the elements Markdown writers
// use. A tag inside a line of text (加粗的<b>模板</b>) is left to it: it may
// be what the text is about.
func markupCuts(s string, base int) []cut {
	cuts := markupCutsWith(s, base, true)
	if len(cuts) > 0 && withoutCutsIn(s, base, cuts) != "" {
		cuts = markupCutsWith(s, base, false)
	}
	return cuts
}

// withoutCutsIn is line s (at offset base) less the cuts, trimmed.
func withoutCutsIn(s string, base int, cuts []cut) string {
	var b strings.Builder
	pos := 0
	for _, c := range cuts {
		b.WriteString(s[pos : c.start-base])
		pos = c.end - base
	}
	b.WriteString(s[pos:])
	return strings.TrimFunc(b.String(), scan.IsBlank)
}

// markupCutsWith is markupCuts with HTML tags or without.
func markupCutsWith(s string, base int, tags bool) []cut {
	var cuts []cut
	for i := 0; i < len(s); {
		n := markupAt(s, i, tags)
		if n == 0 {
			_, size := utf8.DecodeRuneInString(s[i:])
			i += size
			continue
		}
		cuts = append(cuts, cut{base + i, base + i + n, ast.NoiseMarkup})
		i += n
	}
	return cuts
}

// markupAt is the length of the markup that starts at s[i] (an HTML tag
// only when tags), or 0.
func markupAt(s string, i int, tags bool) int {
	rest := s[i:]
	switch {
	case strings.HasPrefix(rest, "<!--"):
		if k := strings.Index(rest[4:], "-->"); k >= 0 {
			return 4 + k + 3
		}
	case strings.HasPrefix(rest, "{{<"), strings.HasPrefix(rest, "{{%"):
		closer := ">}}"
		if rest[2] == '%' {
			closer = "%}}"
		}
		if k := strings.Index(rest[3:], closer); k >= 0 {
			return 3 + k + 3
		}
	case strings.HasPrefix(rest, "[!["):
		if n := imageAt(rest[1:]); n > 0 {
			if after := rest[1+n:]; strings.HasPrefix(after, "](") {
				if k := strings.IndexByte(after[2:], ')'); k >= 0 {
					return 1 + n + 2 + k + 1
				}
			}
		}
	case strings.HasPrefix(rest, "!["):
		return imageAt(rest)
	case tags && strings.HasPrefix(rest, "<"):
		return tagAt(rest)
	}
	return 0
}

// imageAt is the length of the Markdown image ![alt](src "title") that s
// starts with, or 0.
func imageAt(s string) int {
	k := strings.Index(s, "](")
	if k < 0 || strings.ContainsAny(s[2:k], "\n") {
		return 0
	}
	e := strings.IndexByte(s[k+2:], ')')
	if e < 0 {
		return 0
	}
	return k + 2 + e + 1
}

// markupTags are the HTML elements left in Markdown text.
var markupTags = func() map[string]bool {
	m := map[string]bool{}
	for _, t := range strings.Fields("a b i u s em strong span font br p div img center sup sub small big " +
		"table tr td th tbody thead ul ol li h1 h2 h3 h4 h5 h6 hr section article figure figcaption " +
		"blockquote pre code del ins mark abbr cite q label iframe video audio source embed") {
		m[t] = true
	}
	return m
}()

// tagAt is the length of the HTML tag (<b>, </div>, <img src=… />) that s
// starts with, or 0.
func tagAt(s string) int {
	i := 1
	if i < len(s) && s[i] == '/' {
		i++
	}
	j := i
	for j < len(s) && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || j > i && s[j] >= '0' && s[j] <= '9') {
		j++
	}
	if j == i || !markupTags[strings.ToLower(s[i:j])] {
		return 0
	}
	if j < len(s) && s[j] != '>' && s[j] != ' ' && s[j] != '/' && s[j] != '\t' {
		return 0
	}
	k := strings.IndexAny(s[j:], "<>")
	if k < 0 || s[j+k] != '>' {
		return 0
	}
	return j + k + 1
}

// A mirror or a copied page often ends with a link back to the page it
// was taken from — [转入文章首发地址](http://…), This page is synchronized
// from the post: [标题](https://…), 原文链接：https://… — after the text's
// end. Such a line is the site's chrome, `navigation`, by its shape: a
// link to a page and little else, after which nothing but boilerplate
// follows. Inside the text a line of links is the text's (a notice's list
// of sites), and a source line (来源：https://…) is the notes'.

// maxFooterRunes bounds what a footer line says besides its link's
// address.
const maxFooterRunes = 100

// markFooterLinks sets aside the link lines at the text's end. It returns
// marked with the lines it set aside appended.
func (p *parser) markFooterLinks(scores []lineScore, marked []int) []int {
	var links []int
	i := len(p.lines) - 1
	for ; i >= 0; i-- {
		l := &p.lines[i]
		if l.blank() || l.noise != 0 && !wordNoise(l.noise.kind()) {
			continue
		}
		s := p.content(l)
		if !footerLink(s) || grammar.IsNoteMatter(s) {
			break
		}
		links = append(links, i)
	}
	if len(links) == 0 || p.noContentBefore(i) {
		return marked // a text of nothing but links keeps them
	}
	kind := lineNoiseOf(ast.NoiseNavigation)
	for k := len(links) - 1; k >= 0; k-- {
		p.setFormatLine(links[k], kind, scores)
		p.addRun(lineRun{links[k], links[k], ast.NoiseNavigation})
	}
	return append(marked, links...)
}

// footerLink reports whether s is a link to a page and little else: a
// Markdown link to an address ([…](https://…)) or a bare address, with at
// most a short phrase around it.
func footerLink(s string) bool {
	at := strings.Index(s, "://")
	if at < 0 {
		return false // most lines
	}
	// The address runs from its scheme to white space or the link's ).
	start := at
	for start > 0 && isSchemeByte(s[start-1]) {
		start--
	}
	if start == at {
		return false
	}
	end := at + 3
	for end < len(s) && s[end] != ')' && s[end] != ' ' && s[end] != '\t' && s[end] != '>' {
		end++
	}
	if end == at+3 {
		return false
	}
	// around is what the line says besides the link: no sentence, at most
	// a label with its colon (原文链接：, … from the post:).
	around, rest := s[:start]+s[end:], s[:start]+s[end:]
	if strings.HasSuffix(s[:start], "](") && end < len(s) && s[end] == ')' {
		open := strings.LastIndex(s[:start-2], "[")
		if open < 0 {
			return false
		}
		around = s[:open] + s[end+1:]
		rest = s[:start-2] + s[end+1:] // [text](address): the text is what it says
	}
	return !grammar.HasMark(around, grammar.ClauseEnd&^grammar.Colon) &&
		scan.RuneCount(rest) <= maxFooterRunes && strings.Count(s, "://") == 1
}

func isSchemeByte(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }
