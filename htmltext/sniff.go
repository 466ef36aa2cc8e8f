package htmltext

import (
	"bytes"
	"strings"

	"golang.org/x/net/html"
)

// sniffLimit bounds how far Sniff looks past leading comments and white
// space for the first tag: a saved page opens with its doctype or <html>
// within a few hundred bytes, after at most a "saved from url" comment.
const sniffLimit = 4 << 10

// pageStarts are the openings of a page, lower case: the doctype, or one of
// the tags a page or a page's head starts with.
var pageStarts = []string{"<!doctype html", "<html", "<head", "<body", "<meta", "<title"}

// Sniff reports whether raw starts like an HTML page: after a UTF-8 byte
// order mark, white space, comments (a browser's <!-- saved from url=… -->)
// and an XML declaration, it opens with <!DOCTYPE html, <html, <head,
// <body, <meta or <title. It reads raw as ASCII, which every encoding a page
// declares with <meta charset> extends; a page in UTF-16 is sniffed after it
// was decoded.
func Sniff(raw []byte) bool {
	s := bytes.TrimPrefix(raw, []byte{0xEF, 0xBB, 0xBF})
	if len(s) > sniffLimit {
		s = s[:sniffLimit]
	}
	for {
		s = bytes.TrimLeft(s, " \t\r\n\f")
		switch {
		case bytes.HasPrefix(s, []byte("<!--")):
			end := bytes.Index(s[4:], []byte("-->"))
			if end < 0 {
				return false
			}
			s = s[4+end+3:]
			continue
		case bytes.HasPrefix(s, []byte("<?xml")):
			end := bytes.Index(s, []byte("?>"))
			if end < 0 {
				return false
			}
			s = s[end+2:]
			continue
		}
		break
	}
	for _, p := range pageStarts {
		if len(s) < len(p) || !bytes.EqualFold(s[:len(p)], []byte(p)) {
			continue
		}
		if len(s) == len(p) {
			return true
		}
		// A tag name ends at white space, > or /: <header> and <htmlx> are
		// not <head> and <html>.
		switch s[len(p)] {
		case ' ', '\t', '\r', '\n', '\f', '>', '/':
			return true
		}
	}
	return false
}

// charsetScanLimit bounds how much of a page DeclaredCharset reads. The
// HTML standard's prescan reads 1024 bytes; saved Chinese pages often put a
// long comment or script before their <meta>, so the scan reads further,
// and stops at <body>, where no declaration may follow.
const charsetScanLimit = 64 << 10

// DeclaredCharset is the charset label a page declares for itself, lower
// case ("gb2312", "utf-8", "big5"), or "" when it declares none: from
// <meta charset=…>, from <meta http-equiv="Content-Type"
// content="text/html; charset=…">, or from an XML declaration's encoding.
// Like Sniff it reads raw as ASCII.
func DeclaredCharset(raw []byte) string {
	if len(raw) > charsetScanLimit {
		raw = raw[:charsetScanLimit]
	}
	z := html.NewTokenizer(bytes.NewReader(raw))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.CommentToken:
			// <?xml version="1.0" encoding="gb2312"?> is a bogus comment
			// to an HTML tokenizer.
			if c := string(z.Text()); strings.HasPrefix(c, "?xml") {
				if label := attrValue(c, "encoding"); label != "" {
					return label
				}
			}
		case html.StartTagToken, html.SelfClosingTagToken:
			name, hasAttr := z.TagName()
			switch string(name) {
			case "body":
				return ""
			case "meta":
				if label := metaCharset(z, hasAttr); label != "" {
					return label
				}
			}
		}
	}
}

// metaCharset reads the charset a <meta> tag declares, if any.
func metaCharset(z *html.Tokenizer, hasAttr bool) string {
	var charset, content string
	httpEquiv := false
	for hasAttr {
		var key, val []byte
		key, val, hasAttr = z.TagAttr()
		switch strings.ToLower(string(key)) {
		case "charset":
			charset = string(val)
		case "content":
			content = string(val)
		case "http-equiv":
			httpEquiv = strings.EqualFold(strings.TrimSpace(string(val)), "content-type")
		}
	}
	if charset != "" {
		return normalLabel(charset)
	}
	if httpEquiv {
		return attrValue(content, "charset")
	}
	return ""
}

// attrValue finds key=value (value perhaps quoted) in s, case-insensitively,
// and returns the value as a label.
func attrValue(s, key string) string {
	lower := strings.ToLower(s)
	at := strings.Index(lower, key)
	if at < 0 {
		return ""
	}
	rest := strings.TrimLeft(s[at+len(key):], " \t")
	if !strings.HasPrefix(rest, "=") {
		return ""
	}
	rest = strings.TrimLeft(rest[1:], " \t")
	if rest != "" && (rest[0] == '"' || rest[0] == '\'') {
		q := rest[0]
		rest = rest[1:]
		if end := strings.IndexByte(rest, q); end >= 0 {
			rest = rest[:end]
		}
	}
	if end := strings.IndexAny(rest, " \t;\"'>?"); end >= 0 {
		rest = rest[:end]
	}
	return normalLabel(rest)
}

func normalLabel(s string) string { return strings.ToLower(strings.TrimSpace(s)) }
