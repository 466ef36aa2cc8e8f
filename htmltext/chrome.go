package htmltext

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// articleShare is the share of its parent's prose an element must hold to
// be taken for the article rather than the parent: the article's
// paragraphs hold most of a page's sentences, a sidebar of summaries or a
// footer's address a few.
const articleShare = 0.7

// titleBlockLines is how many lines just before the article may be its
// title block (title, subtitle, date, author, the page's metadata line)
// rather than the site's header.
const titleBlockLines = 6

// chromeRegions finds the site chrome among the lines of a page's text.
func chromeRegions(text string, lines []line, doc *html.Node) []Region {
	if len(lines) == 0 {
		return nil
	}
	article := findArticle(text, lines, doc)
	// around holds the article and its ancestors: a block that holds the
	// article is never chrome for its class name or element.
	around := map[*html.Node]bool{}
	for n := article; n != nil; n = n.Parent {
		around[n] = true
	}
	nav := make([]bool, len(lines))
	lists := map[*html.Node]bool{} // linkList's answers, by list
	first, last := -1, -1          // the article's first and last lines
	for i := range lines {
		l := &lines[i]
		inside := within(l.block, article)
		if inside {
			if first < 0 {
				first = i
			}
			last = i
		}
		s := text[l.start:l.end]
		nav[i] = chromeElement(l.block, article, around, inside) ||
			linkBlock(l, lists, inside) || chromeLine(s)
	}
	// A caption over chrome (热点专题 over a list of links, 相关文章) stands
	// outside the article in a block whose other lines are all chrome.
	for i := range lines {
		if !nav[i] && !within(lines[i].block, article) && captionOfChrome(lines, nav, i, around) {
			nav[i] = true
		}
	}
	if first >= 0 && article.DataAtom != atom.Body && article.DataAtom != atom.Html {
		// After the article: what follows it is the site's, but for a
		// paragraph of prose (the article's end, when it stands outside the
		// element that holds most of it).
		for i := last + 1; i < len(lines); i++ {
			if !prose(text[lines[i].start:lines[i].end]) {
				nav[i] = true
			}
		}
		// Before it: the title block, a few lines just above the article
		// (a toolbar among them), up to the site's own blocks — a header,
		// a menu, the breadcrumb over the title. Above those, and above a
		// title block too long to be one, the site's header. One line of
		// links just above an article that opens with no heading of its
		// own may stand under the title (关键词：A B), and is passed.
		kept, passed := 0, false
		titled := heading(lines[first].block)
		for i := first - 1; i >= 0; i-- {
			if nav[i] {
				if chromeElement(lines[i].block, article, around, false) {
					markAll(nav[:i])
					break
				}
				if lines[i].links > 0 && !chromeLine(text[lines[i].start:lines[i].end]) {
					if kept > 0 || titled || passed {
						markAll(nav[:i])
						break
					}
					passed = true
				}
				continue
			}
			if kept++; kept > titleBlockLines {
				markAll(nav[:i+1])
				break
			}
		}
		// A line of the title block that repeats a menu entry or the end
		// of the breadcrumb is the name of the site's column the article
		// is filed under (校长专栏 over the title), not the article's.
		entries := menuEntries(text, lines, nav)
		for i := first - 1; i >= 0; i-- {
			if !nav[i] && entries[entryText(text[lines[i].start:lines[i].end])] {
				nav[i] = true
			}
		}
	}
	var out []Region
	for i := 0; i < len(lines); i++ {
		if !nav[i] {
			continue
		}
		j := i
		for j+1 < len(lines) && nav[j+1] {
			j++
		}
		out = append(out, Region{lines[i].start, lines[j].end})
		i = j
	}
	return out
}

// captionOfChrome reports whether line i is the caption of a block of
// chrome: the element around its own block holds two lines or more
// besides it, all chrome, and not the article.
func captionOfChrome(lines []line, nav []bool, i int, around map[*html.Node]bool) bool {
	block := lines[i].block
	if block == nil || block.Parent == nil || around[block.Parent] {
		return false
	}
	parent := block.Parent
	others := 0
	for j := i - 1; j >= 0 && within(lines[j].block, parent); j-- {
		if !nav[j] || others == maxCaptioned {
			return false
		}
		others++
	}
	for j := i + 1; j < len(lines) && within(lines[j].block, parent); j++ {
		if !nav[j] || others == maxCaptioned {
			return false
		}
		others++
	}
	return others >= 2
}

// maxCaptioned is the most lines a block under a caption is looked at
// for: a caption heads a menu or a list of links, not a page.
const maxCaptioned = 200

// menuEntries are the texts of the chrome lines (menu entries) and the
// last steps of the breadcrumbs among them (首页 > 新闻中心 > 校长专栏).
func menuEntries(text string, lines []line, nav []bool) map[string]bool {
	out := map[string]bool{}
	for i, l := range lines {
		if !nav[i] {
			continue
		}
		s := text[l.start:l.end]
		if utf8.RuneCountInString(s) <= 20 {
			out[entryText(s)] = true
		}
		if k := strings.LastIndexAny(s, ">＞»›"); k >= 0 {
			_, size := utf8.DecodeRuneInString(s[k:])
			out[entryText(s[k+size:])] = true
		}
	}
	delete(out, "")
	return out
}

// entryText is a menu entry's text less the bullets and white space
// around it (■ 纪检监察).
func entryText(s string) string {
	return strings.TrimFunc(s, func(r rune) bool {
		return unicode.IsSpace(r) || strings.ContainsRune("■□●○◆◇▶►▪▫·•★☆-—>»", r)
	})
}

// heading reports whether block is a heading element (h1–h6), or stands
// in one.
func heading(block *html.Node) bool {
	for n := block; n != nil; n = n.Parent {
		switch n.DataAtom {
		case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
			return true
		}
		if isBlock(n.DataAtom) && n != block {
			return false
		}
	}
	return false
}

func markAll(nav []bool) {
	for i := range nav {
		nav[i] = true
	}
}

// within reports whether n is article or inside it.
func within(n, article *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == article {
			return true
		}
	}
	return false
}

// findArticle is the element that holds the article: from <body> down,
// the child that holds most of its parent's prose, as long as one does.
func findArticle(text string, lines []line, doc *html.Node) *html.Node {
	weight := map[*html.Node]int{}
	for i := range lines {
		l := &lines[i]
		w := proseWeight(text[l.start:l.end], l)
		if w == 0 {
			continue
		}
		for n := l.block; n != nil; n = n.Parent {
			weight[n] += w
		}
	}
	n := body(doc)
	if n == nil {
		return doc
	}
	for {
		total := weight[n]
		if total == 0 {
			return articleElement(n)
		}
		var best *html.Node
		for k := n.FirstChild; k != nil; k = k.NextSibling {
			if best == nil || weight[k] > weight[best] {
				best = k
			}
		}
		if best == nil || float64(weight[best]) < articleShare*float64(total) {
			return articleElement(n)
		}
		n = best
	}
}

// articleElement is the <article> element around n, if there is one: the
// element HTML names for an article holds its header (title, date) as
// well as the paragraphs that hold its prose.
func articleElement(n *html.Node) *html.Node {
	for a := n; a != nil; a = a.Parent {
		if a.Type == html.ElementNode && a.DataAtom == atom.Article {
			return a
		}
	}
	return n
}

// body finds the <body> element of a parsed document.
func body(doc *html.Node) *html.Node {
	for n := doc.FirstChild; n != nil; n = n.NextSibling {
		if n.Type != html.ElementNode || n.DataAtom != atom.Html {
			continue
		}
		for k := n.FirstChild; k != nil; k = k.NextSibling {
			if k.Type == html.ElementNode && k.DataAtom == atom.Body {
				return k
			}
		}
	}
	return nil
}

// proseWeight is how much of an article a line is: its characters outside
// links, when it holds a clause or sentence mark and is not mostly links;
// a menu item, a heading, a date weigh nothing.
func proseWeight(s string, l *line) int {
	if 2*l.linkChars >= l.chars || !strings.ContainsAny(s, "，。；！？,;") {
		return 0
	}
	return l.chars - l.linkChars
}

// prose reports whether s reads as a paragraph of running text: a
// sentence, ended by its mark, of some length.
func prose(s string) bool {
	return utf8.RuneCountInString(s) >= 30 && strings.ContainsAny(s, "。！？!?")
}

// chromeElement reports whether the line in block stands in an element
// that is site chrome: one HTML names for it (nav, aside, footer, header,
// menu, or an element with such an ARIA role), or one a site names for it
// (class or id nav, menu, footer, breadcrumb, copyright …). Inside the
// article only the elements of a page's furniture count (a share bar, a
// pager); a header there is the article's own.
func chromeElement(block, article *html.Node, around map[*html.Node]bool, inside bool) bool {
	for n := block; n != nil && !around[n]; n = n.Parent {
		if n.Type != html.ElementNode {
			continue
		}
		switch n.DataAtom {
		case atom.Nav, atom.Aside, atom.Footer, atom.Menu:
			return true
		case atom.Header:
			if !inside {
				return true
			}
		}
		for _, a := range n.Attr {
			switch a.Key {
			case "role":
				switch strings.ToLower(a.Val) {
				case "navigation", "complementary", "contentinfo", "search", "menu", "menubar":
					return true
				case "banner":
					if !inside {
						return true
					}
				}
			case "class", "id":
				if chromeName(a.Val, inside) {
					return true
				}
			}
		}
	}
	return false
}

// chromeWords are the words sites name their chrome blocks with, in
// English and in pinyin (导航 daohang, 版权 banquan, 底部 dibu).
var chromeWords = map[string]bool{
	"nav": true, "navbar": true, "navi": true, "navigation": true, "menu": true, "menus": true,
	"submenu": true, "breadcrumb": true, "breadcrumbs": true, "crumb": true, "crumbs": true,
	"footer": true, "copyright": true, "share": true, "sharing": true, "bdshare": true,
	"social": true, "pager": true, "pagination": true, "pages": true, "sidebar": true,
	"related": true, "relate": true, "recommend": true, "comment": true, "comments": true,
	"toolbar": true, "gotop": true, "totop": true, "backtop": true, "friendlink": true,
	"friendlinks": true, "links": true, "login": true, "search": true, "ad": true, "ads": true,
	"advert": true, "daohang": true, "banquan": true, "dibu": true, "foot": true,
}

// outsideWords name chrome only outside the article: inside it a header
// or a top block is the article's own title block.
var outsideWords = map[string]bool{
	"header": true, "head": true, "top": true, "topbar": true, "banner": true, "logo": true,
	"toubu": true, "side": true,
}

// chromeName reports whether a class or id value names a chrome block:
// one of its words (split at anything not a letter, and where a lower
// case letter meets an upper case one: topNav, main-menu) is a chrome
// word.
func chromeName(v string, inside bool) bool {
	word := func(w string) bool {
		w = strings.ToLower(w)
		return chromeWords[w] || !inside && outsideWords[w]
	}
	start := -1
	var prev rune
	for i, r := range v + " " {
		letter := r < utf8.RuneSelf && unicode.IsLetter(r)
		if start >= 0 && (!letter || unicode.IsUpper(r) && unicode.IsLower(prev)) {
			if word(v[start:i]) {
				return true
			}
			start = -1
		}
		if letter && start < 0 {
			start = i
		}
		prev = r
	}
	return false
}

// linkBlock reports whether line l is a block of links: outside the
// article, a line that is mostly link text; inside it, a line of two links
// or more with little else (相关链接：A B), or an item of a list of links.
// lists remembers linkList's answer for each list.
func linkBlock(l *line, lists map[*html.Node]bool, inside bool) bool {
	if l.links == 0 {
		return false
	}
	if !inside {
		return 2*l.linkChars >= l.chars
	}
	if l.links >= 2 && 5*l.linkChars >= 4*l.chars {
		return true
	}
	if l.listItem == nil || l.linkChars != l.chars || l.listItem.Parent == nil {
		return false
	}
	list := l.listItem.Parent
	ok, known := lists[list]
	if !known {
		ok = linkList(list)
		lists[list] = ok
	}
	return ok
}

// linkList reports whether list has at least three items, each a link and
// nothing else: a list of related articles, not an article's list that
// happens to link.
func linkList(list *html.Node) bool {
	items, links := 0, 0
	for k := list.FirstChild; k != nil; k = k.NextSibling {
		if k.Type != html.ElementNode || k.DataAtom != atom.Li {
			continue
		}
		items++
		if onlyLinks(k) {
			links++
		}
	}
	return items >= 3 && links == items
}

// onlyLinks reports whether every visible character under n is inside a
// link.
func onlyLinks(n *html.Node) bool {
	any := false
	var visit func(n *html.Node, inLink bool) bool
	visit = func(n *html.Node, inLink bool) bool {
		switch n.Type {
		case html.TextNode:
			if strings.TrimSpace(strings.ReplaceAll(n.Data, "\u00A0", " ")) == "" {
				return true
			}
			any = true
			return inLink
		case html.ElementNode:
			if notShown(n.DataAtom) || hidden(n) {
				return true
			}
			inLink = inLink || n.DataAtom == atom.A
		}
		for k := n.FirstChild; k != nil; k = k.NextSibling {
			if !visit(k, inLink) {
				return false
			}
		}
		return true
	}
	return visit(n, false) && any
}
