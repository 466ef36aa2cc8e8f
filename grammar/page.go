package grammar

import (
	"strings"
	"unicode/utf8"

	"github.com/dagang/dagang/internal/scan"
)

// A page counter (conventions.md §6, page) is what a converted or printed
// page leaves at the end of a line or on a line of its own: (第14/36页),
// 第3页/共10页, 第3页 共10页, a bare 第3页 on its line, or a page number
// between dashes, - 3 -, —3—.

// PageCounter finds a page counter at the end of s, or making up the whole
// of s, and returns where it starts and ends in s (white space after it is
// not part of it).
func PageCounter(s string) (start, end int, ok bool) {
	// A counter ends with 页 or a bracket after it, a page number between
	// dashes with a dash (spaces after either): most lines end otherwise.
	if !strings.ContainsRune(pageEnds, scan.LastRune(s)) {
		return 0, 0, false
	}
	t := strings.TrimRight(s, " \u3000")
	if a, ok := trailingPageCounter(t); ok {
		return a, len(t), true
	}
	if dashedPageNumber(t) {
		return 0, len(t), true
	}
	return 0, 0, false
}

// pageEnds are the characters a line with a page counter ends with: 页 or
// a bracket after it, a dash after a page number between dashes, and
// white space after either.
const pageEnds = "页頁)）]】-—－– \u3000"

// MayEndPage is the prefilter of PageCounter, small enough to inline
// where every line is asked: false when the last byte of s is the last
// byte of none of pageEnds, as for most lines.
func MayEndPage(s string) bool { return s != "" && pageLastBytes[s[len(s)-1]] }

// pageLastBytes marks the last bytes of the characters of pageEnds.
var pageLastBytes = func() (t [256]bool) {
	for _, r := range pageEnds {
		b := string(r)
		t[b[len(b)-1]] = true
	}
	return t
}()

// trailingPageCounter matches 第N/M页, 第N页/共M页, 第N页 共M页, optionally in
// brackets, ending t; a bare 第N页 counts only as a whole line.
func trailingPageCounter(t string) (int, bool) {
	end := len(t)
	closeB := ""
	for _, b := range []string{")", "）", "]", "】"} {
		if strings.HasSuffix(t, b) {
			closeB = b
			end -= len(b)
			break
		}
	}
	body := t[:end]
	if !strings.HasSuffix(body, "页") && !strings.HasSuffix(body, "頁") {
		return 0, false
	}
	// Walk back over digits, slashes, spaces and the words of a counter.
	i := len(body)
	slash := false
	digits := 0
	for i > 0 {
		r, size := utf8.DecodeLastRuneInString(body[:i])
		switch {
		case r >= '0' && r <= '9' || r >= '０' && r <= '９':
			digits++
		case r == '/' || r == '／' || r == '共':
			slash = true
		case r == '页' || r == '頁' || r == ' ' || r == '\u3000' || MarkOf(r) == Comma:
		case r == '第':
			i -= size
			goto found
		default:
			return 0, false
		}
		i -= size
	}
	return 0, false
found:
	if digits == 0 {
		return 0, false
	}
	start := i
	if closeB != "" {
		open := map[string][]string{")": {"(", "（"}, "）": {"(", "（"}, "]": {"["}, "】": {"【"}}[closeB]
		matched := false
		for _, o := range open {
			if strings.HasSuffix(body[:start], o) {
				start -= len(o)
				matched = true
				break
			}
		}
		if !matched {
			return 0, false
		}
	}
	if !slash && start > 0 {
		return 0, false // 见第3页 in a sentence is not a page counter
	}
	return start, true
}

// dashedPageNumber matches a line that is only a page number between dashes:
// - 3 -, —3—, －12－.
func dashedPageNumber(t string) bool {
	if len(t) < 3 || len(t) > 40 || !(t[0] == '-' || strings.HasPrefix(t, "—") || strings.HasPrefix(t, "－") || strings.HasPrefix(t, "–")) {
		return false
	}
	rs := []rune(t)
	if len(rs) < 3 || len(rs) > 12 {
		return false
	}
	dash := func(r rune) bool { return r == '-' || r == '—' || r == '－' || r == '–' }
	if !dash(rs[0]) || !dash(rs[len(rs)-1]) {
		return false
	}
	digits := 0
	for _, r := range rs[1 : len(rs)-1] {
		switch {
		case r >= '0' && r <= '9' || r >= '０' && r <= '９':
			digits++
		case r == ' ' || r == '\u3000' || dash(r):
		default:
			return false
		}
	}
	return digits > 0
}
