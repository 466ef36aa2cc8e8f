// Package htmltext reads a saved web page as the text a browser shows of
// it, one block element per line, and finds the page's site chrome —
// menus, breadcrumbs, toolbars, footers, copyright and ICP lines, lists of
// related articles — so that the article alone is read as a speech while
// the chrome stays in the text, set aside.
//
// The page is parsed by golang.org/x/net/html, which builds the same tree
// a browser builds from the same markup, however broken (unclosed <p>,
// Word's conditional comments and <o:p> tags, a whole page on one line).
// The text is that tree's rendering as CSS's "white-space: normal" lays it
// out: runs of spaces and line breaks collapse to one space, a line break
// between two Chinese characters to nothing, and scripts, styles, comments
// and hidden elements are not shown.
//
// Chrome is recognised by what it is, on any site: the elements HTML names
// for it (nav, header, footer, aside, and their ARIA roles), the words
// sites name their chrome blocks with (nav, menu, footer, breadcrumb,
// copyright …), blocks made of links, the phrases of a page's toolbar
// (打印本页, 关闭窗口, 上一篇：) and its footer (版权所有, ICP备…号), and where
// a block stands: the article is the element that holds most of the page's
// prose, and what lies before the article's title block or after the
// article is the site around it.
package htmltext

import (
	"strings"

	"golang.org/x/net/html"
)

// Page is the text of a page and the stretches of it that are site chrome.
type Page struct {
	// Text is what a browser shows, one block per line, each line ended by
	// "\n"; every line holds something visible.
	Text string
	// Chrome lists the stretches of Text that are site chrome, in order,
	// none overlapping, each a run of whole lines (without the last
	// line's "\n").
	Chrome []Region
}

// Region is the stretch [Start, End) of a page's Text.
type Region struct{ Start, End int }

// Read returns the text and chrome of page, an HTML document as UTF-8 (the
// page's bytes decoded in its charset).
func Read(page string) Page {
	doc, err := html.Parse(strings.NewReader(page))
	if err != nil {
		// html.Parse fails only when its reader does, which a
		// strings.Reader never does.
		return Page{Text: page}
	}
	r := &reader{out: make([]byte, 0, len(page)/3)}
	r.walk(doc, context{})
	r.endLine()
	text := string(r.out)
	return Page{Text: text, Chrome: chromeRegions(text, r.lines, doc)}
}
