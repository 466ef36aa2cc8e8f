package grammar

import (
	"testing"
	"unicode/utf8"

	"github.com/dagang/dagang/internal/scan"
)

// TestTitleBoundsAgainstPlain: on every line and every suffix of it.
func TestTitleBoundsAgainstPlain(t *testing.T) {
	for _, line := range fixtureLines(t) {
		for from := 0; from <= len(line) && from < 64; from++ {
			if from < len(line) && !utf8.RuneStart(line[from]) {
				continue
			}
			gs, ge, gh := TitleBounds(line, from, len(line))
			ws, we, wh := plainTitleBounds(line, from, len(line))
			if gs != ws || ge != we || gh != wh {
				t.Fatalf("TitleBounds(%q, %d) = %d %d %d, plain %d %d %d", line, from, gs, ge, gh, ws, we, wh)
			}
		}
	}
}

func plainTitleBounds(text string, from, end int) (ts, te, he int) {
	ts = from
	for ts < end {
		r, size := utf8.DecodeRuneInString(text[ts:end])
		if !scan.IsBlank(r) && r != '*' && r != '_' {
			break
		}
		ts += size
	}
	if te, he, ok := plainSentenceEnd(text, ts, end, true); ok {
		return ts, te, he
	}
	if te, he, ok := plainSentenceEnd(text, ts, end, false); ok {
		return ts, te, he
	}
	return ts, end, end
}

// sentenceEnd finds the first sentence mark in text[from:end]; with
// nesting, marks inside brackets and quotes do not count, and a text whose
// brackets never close gives no answer.
func plainSentenceEnd(text string, from, end int, nesting bool) (markStart, markEnd int, ok bool) {
	depth := 0
	for i := from; i < end; {
		i = scan.SkipIdeographs(text, i, end)
		if i >= end {
			break
		}
		r, size := scan.DecodeRune(text[:end], i)
		switch r {
		case '“', '‘', '《', '（', '(', '【', '「', '『', '〔', '[':
			depth++
		case '”', '’', '》', '）', ')', '】', '」', '』', '〕', ']':
			if depth > 0 {
				depth--
			}
		case '。', '！', '？', '!', '?', '；', ';':
			if !nesting || depth == 0 {
				j := i + size
				for j < end {
					r2, s2 := utf8.DecodeRuneInString(text[j:end])
					if r2 != '。' && r2 != '！' && r2 != '？' && r2 != '!' && r2 != '?' && r2 != '…' {
						break
					}
					j += s2
				}
				return i, j, true
			}
		}
		i += size
	}
	if nesting && depth > 0 {
		return 0, 0, false
	}
	return 0, 0, false
}
