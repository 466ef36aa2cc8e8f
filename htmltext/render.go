package htmltext

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
	"golang.org/x/text/width"
)

// line is one line of the page's text and what the chrome rules need of
// it.
type line struct {
	start, end int // in the text, without the "\n"
	// block is the innermost block element the line's first visible
	// character stands in.
	block *html.Node
	// chars counts the visible characters, linkChars those inside a link,
	// links the links the line's text is in.
	chars, linkChars, links int
	// listItem is the <li> the line stands in, if any.
	listItem *html.Node
}

// context is what the walk knows of a node's ancestors.
type context struct {
	block, link, listItem *html.Node
	pre                   bool
}

// reader renders a page's tree as text.
type reader struct {
	out   []byte
	lines []line
	cur   line // the line being written; cur.chars == 0 while it is empty
	// A run of collapsible white space waits until the next visible
	// character: it becomes one space, a tab between two table cells, or
	// nothing at all — at the end of a line, or when it held a line break
	// between two wide characters (CSS Text 3, segment break
	// transformation: Chinese text wrapped in the source joins up again).
	space, spaceBreak, cell bool
	last                    rune
	lastLink                *html.Node
}

// hidden reports whether a browser shows nothing of element n.
func hidden(n *html.Node) bool {
	for _, a := range n.Attr {
		switch a.Key {
		case "hidden":
			return true
		case "style":
			// Most styles set fonts and margins: only one that says none
			// or hidden is read closely.
			if !strings.Contains(a.Val, "none") && !strings.Contains(a.Val, "hidden") &&
				!strings.Contains(a.Val, "NONE") && !strings.Contains(a.Val, "HIDDEN") {
				continue
			}
			s := strings.ToLower(strings.ReplaceAll(a.Val, " ", ""))
			if strings.Contains(s, "display:none") || strings.Contains(s, "visibility:hidden") {
				return true
			}
		}
	}
	return false
}

// notShown are the elements whose content a browser does not show as text
// of the page: the head, scripts and styles, embedded objects and media,
// form controls whose text is a value rather than the page's.
func notShown(a atom.Atom) bool {
	switch a {
	case atom.Head, atom.Title, atom.Script, atom.Style, atom.Noscript, atom.Template,
		atom.Iframe, atom.Object, atom.Embed, atom.Applet, atom.Svg, atom.Math,
		atom.Select, atom.Option, atom.Optgroup, atom.Datalist, atom.Textarea, atom.Input,
		atom.Img, atom.Video, atom.Audio, atom.Canvas, atom.Map, atom.Area, atom.Frameset,
		atom.Frame, atom.Noframes, atom.Noembed, atom.Param, atom.Source, atom.Track:
		return true
	}
	return false
}

// isBlock reports whether element a starts and ends a line.
func isBlock(a atom.Atom) bool {
	switch a {
	case atom.Html, atom.Body, atom.Address, atom.Article, atom.Aside, atom.Blockquote,
		atom.Center, atom.Dd, atom.Details, atom.Dialog, atom.Dir, atom.Div, atom.Dl, atom.Dt,
		atom.Fieldset, atom.Figcaption, atom.Figure, atom.Footer, atom.Form, atom.H1, atom.H2,
		atom.H3, atom.H4, atom.H5, atom.H6, atom.Header, atom.Hgroup, atom.Hr, atom.Legend,
		atom.Li, atom.Listing, atom.Main, atom.Menu, atom.Nav, atom.Ol, atom.P, atom.Pre,
		atom.Section, atom.Summary, atom.Table, atom.Caption, atom.Tbody, atom.Thead,
		atom.Tfoot, atom.Tr, atom.Ul, atom.Xmp, atom.Plaintext:
		return true
	}
	return false
}

func (r *reader) walk(n *html.Node, c context) {
	switch n.Type {
	case html.TextNode:
		r.text(n.Data, c)
		return
	case html.DocumentNode:
	case html.ElementNode:
		if notShown(n.DataAtom) || hidden(n) {
			return
		}
		switch n.DataAtom {
		case atom.Br:
			r.endLine()
			return
		case atom.A:
			if c.link == nil {
				c.link = n
			}
		case atom.Td, atom.Th:
			// Cells of a row share its line, a tab apart; a cell's own
			// blocks still make lines of their own.
			if r.cur.chars > 0 {
				r.cell = true
			}
		case atom.Pre, atom.Listing, atom.Xmp, atom.Plaintext:
			c.pre = true
		case atom.Li:
			c.listItem = n
		}
		if isBlock(n.DataAtom) {
			r.endLine()
			c.block = n
			defer r.endLine()
		}
	default:
		return // comments, doctypes
	}
	for k := n.FirstChild; k != nil; k = k.NextSibling {
		r.walk(k, c)
	}
}

// text writes the text of a text node.
func (r *reader) text(s string, c context) {
	for i := 0; i < len(s); {
		ch, size := utf8.DecodeRuneInString(s[i:])
		i += size
		switch ch {
		case '\n', '\r':
			if c.pre {
				r.endLine()
				continue
			}
			r.space, r.spaceBreak = true, true
			continue
		case ' ', '\t', '\f':
			if !c.pre {
				r.space = true
				continue
			}
		case '\u00A0':
			// A no-break space shows, and is not collapsed; copied from
			// a browser it is a plain space.
			ch = ' '
		}
		r.visible(ch, c)
	}
}

// visible writes one character that shows (a no-break space included).
func (r *reader) visible(ch rune, c context) {
	if r.cur.chars == 0 && r.cur.block == nil {
		r.cur.start = len(r.out)
		r.cur.block, r.cur.listItem = c.block, c.listItem
	}
	if r.cur.chars > 0 {
		switch {
		case r.cell:
			r.out = append(r.out, '\t')
		case r.space && !(r.spaceBreak && wide(r.last) && wide(ch)):
			r.out = append(r.out, ' ')
		}
	}
	r.space, r.spaceBreak, r.cell = false, false, false
	r.out = utf8.AppendRune(r.out, ch)
	r.last = ch
	if ch == ' ' {
		return // shows as room, not as a character
	}
	r.cur.chars++
	if c.link != nil {
		r.cur.linkChars++
		if c.link != r.lastLink {
			r.cur.links++
			r.lastLink = c.link
		}
	}
}

// endLine ends the line being written, if it holds anything visible.
func (r *reader) endLine() {
	if r.cur.block != nil {
		if r.cur.chars == 0 {
			// Only no-break spaces: nothing a reader sees.
			r.out = r.out[:r.cur.start]
		} else {
			r.cur.end = len(r.out)
			r.lines = append(r.lines, r.cur)
			r.out = append(r.out, '\n')
		}
	}
	r.cur = line{}
	r.space, r.spaceBreak, r.cell = false, false, false
	r.lastLink = nil
}

// wide reports whether ch is an East Asian wide or full-width character,
// between two of which a line break in the source shows as nothing.
func wide(ch rune) bool {
	if ch < 0x1100 {
		return false
	}
	switch width.LookupRune(ch).Kind() {
	case width.EastAsianWide, width.EastAsianFullwidth:
		return true
	}
	return false
}
