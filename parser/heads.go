package parser

import (
	"strings"

	"github.com/dagang/dagang/grammar"
	"github.com/dagang/dagang/internal/textnorm"
)

// A speech's head is its title with its own title block (conventions.md
// §1.2, §7): a title-like line, then the lines of a title block — the
// occasion, the date, the speaker. A head inside a file starts a speech:
//
//   - when a salutation follows its title block (结论 / （…三十一日） /
//     同志们:), in any file;
//   - when the same title comes back as another head (2024年度述职报告 /
//     张　明 …, three times under one page heading): each is a speech;
//   - when it follows, with nothing between, the file's first title and
//     that title's own block (…的讲话 / （一九五五年三月） / 开幕词 /
//     （…二十一日）): the first title is then the collection's, and its
//     block lines are the collection's metadata;
//   - when the file's first title is a page's heading that names the
//     article under it (陈某局长《在…会议上的讲话》 over 在…会议上的讲话 /
//     陈某 / （日期） / 同志们：): the heading is the collection's title,
//     and an editor's lead-in between them its metadata.
//
// A head's title follows speech text, not a title or a line of a title
// block: 为全面建设… under 高举… is the title's second line (§1.2), and
// 习近平 between a title and its date is the speaker.

// blockLine is the kind of a line of a title block.
type blockLine uint8

const (
	noBlock     blockLine = iota
	blockVenue            // ——在…大会上的报告, 在全市…会议上的讲话
	blockDate             // （2022年10月16日）
	blockName             // 习　近　平
	blockOffice           // 国务院总理 (the name follows on the next line)
)

// maxBlockLineBytes bounds a line of a title block: a subtitle is as
// long as a title at most (grammar.IsSubtitle).
const maxBlockLineBytes = grammar.MaxTitleRunes * 4

// blockLineAt is the kind of the title-block line at k in lines, and how
// many lines it takes (an office and the name under it take two).
func (p *parser) blockLineAt(lines []int, k int) (blockLine, int) {
	if k >= len(lines) || p.isHeading(lines[k]) {
		return noBlock, 0
	}
	if l := &p.lines[lines[k]]; l.end-l.start > maxBlockLineBytes {
		return noBlock, 0 // a paragraph, as most lines are
	}
	s := p.lineText(lines[k])
	switch {
	case grammar.IsDateLine(s):
		return blockDate, 1
	case grammar.IsSubtitle(s) || grammar.IsVenueLine(s):
		return blockVenue, 1
	case grammar.IsOfficeLine(s) && k+1 < len(lines) && grammar.IsNameLine(p.lineText(lines[k+1])):
		return blockOffice, 2 // before the name: 县长 is a name's length too
	case grammar.IsNameLine(s):
		return blockName, 1
	}
	return noBlock, 0
}

// headAt reports whether a head stands at k in lines, a title-like line:
// not a date or a subtitle, followed by a line of a title block. It
// returns where its block ends.
func (p *parser) headAt(lines []int, k int) (int, bool) {
	s := p.lineText(lines[k])
	if grammar.IsDateLine(s) || grammar.IsSubtitle(s) {
		return 0, false
	}
	end := k + 1
	var has [blockOffice + 1]bool
	for {
		kind, n := p.blockLineAt(lines, end)
		if kind == noBlock || has[kind] || kind == blockOffice && has[blockName] {
			break // a block names each thing once
		}
		has[kind] = true
		end += n
	}
	return end, end > k+1
}

// speechHeads finds, by position in lines, the heads that start speeches
// (true) and the lines of their title blocks, which start none (false).
// first says that lines open right after a collection's title and its
// block: a head there starts the first speech.
func (p *parser) speechHeads(lines []int, titles []bool, first bool) map[int]bool {
	type head struct{ k, end int }
	var heads []head
	for k := range lines {
		// A head follows speech text: not a title-like line, nor a line of
		// a title block (then it is the title's second line, or the
		// speaker).
		if !titles[k] || k == 0 && !first || k > 0 && titles[k-1] {
			continue // most lines
		}
		end, ok := p.headAt(lines, k)
		if !ok || k > 0 && p.inBlock(lines, k-1) {
			continue
		}
		heads = append(heads, head{k, end})
	}
	if len(heads) == 0 {
		return nil
	}
	starts := map[int]bool{}
	// The titles that come back, each time over a block and text of its
	// own (a list of prizes and their winners has no text).
	seen := map[string]int{}
	texted := func(h head) bool { return h.end < len(lines) && !titles[h.end] }
	for _, h := range heads {
		if texted(h) {
			seen[textnorm.Letters(p.lineText(lines[h.k]))]++
		}
	}
	for _, h := range heads {
		switch {
		case h.k == 0 && first,
			h.end < len(lines) && p.phrases.IsSalutation(p.lineText(lines[h.end])),
			texted(h) && seen[textnorm.Letters(p.lineText(lines[h.k]))] > 1:
			starts[h.k] = true
			for k := h.k + 1; k < h.end; k++ {
				starts[k] = false // the speaker 李　强 over 各位代表： is no title
			}
		}
	}
	return starts
}

// inBlock reports whether the line at k in lines is a line of a title
// block: a date, a subtitle, or a name or office under a title-like line.
func (p *parser) inBlock(lines []int, k int) bool {
	kind, _ := p.blockLineAt(lines, k)
	return kind == blockDate || kind == blockVenue || kind != noBlock && k > 0 && p.titleLikeLine(lines[k-1])
}

// collectionHead finds a collection whose title is the file's first line
// (content[0]) by the heads under it: the first title, the lines of its
// own block, and then a head — of a title block that holds again a kind
// of line the first one has (开幕词 / （…二十一日） under …的讲话 /
// （一九五五年三月）: a second date starts a second block), or of a title
// that comes back as a head later in the file. It returns where the first
// head stands in content.
func (p *parser) collectionHead(content []int) (int, bool) {
	if len(content) < 3 || !p.titleLikeLine(content[0]) || p.isSeparator(content[0]) {
		return 0, false
	}
	// The first title's own block.
	var has [blockOffice + 1]bool
	k := 1
	for k < len(content) {
		kind, n := p.blockLineAt(content, k)
		if kind == noBlock {
			break
		}
		if has[kind] {
			break // a block names each thing once
		}
		// A name-like line followed by a kind of line the block has
		// already is no speaker: it is the next head's title (开幕词).
		if kind == blockName {
			if next, _ := p.blockLineAt(content, k+1); next != noBlock && has[next] {
				break
			}
		}
		has[kind] = true
		k += n
	}
	if k, ok := p.pageHeading(content, k); ok {
		return k, true
	}
	if k >= len(content) || !p.titleLikeLine(content[k]) {
		return 0, false
	}
	end, ok := p.headAt(content, k)
	if !ok {
		return 0, false
	}
	if k > 1 {
		// A block of its own: the head's block repeats a kind of it.
		for j := k + 1; j < end; {
			kind, n := p.blockLineAt(content, j)
			if has[kind] {
				return k, true
			}
			j += n
		}
		return 0, false
	}
	// No block of its own: the head's title comes back as a head later,
	// each over text of its own.
	rest := content[k:]
	restTitles := p.titleLikeLines(rest, 1, nil)
	if end >= len(content) || restTitles[end-k] {
		return 0, false
	}
	title := textnorm.Letters(p.lineText(content[k]))
	for j := 1; j < len(rest); j++ {
		if !restTitles[j] || restTitles[j-1] || textnorm.Letters(p.lineText(rest[j])) != title {
			continue
		}
		if e, ok := p.headAt(rest, j); ok && e < len(rest) && !restTitles[e] {
			return k, true
		}
	}
	return 0, false
}

// maxLeadLines is how many paragraphs an editor's lead-in may run to
// between a page's heading and the article's head.
const maxLeadLines = 3

// minHeadLetters is how many letters the title of an article must have
// for the page's heading to be taken as naming it.
const minHeadLetters = 4

// pageHeading finds the head of a speech under a page's heading (§7, a
// page's heading is the collection's title): the file's first title, its
// block ending before from in content, at most a few paragraphs of no
// speech (an editor's lead-in: 现摘录…讲话如下), then a head with a
// salutation after its block whose title the first title names (陈某局长
// 《在全市…会议上的讲话》 over 在全市…会议上的讲话 / 陈某 / （日期） /
// 同志们：). It returns where the head stands in content.
func (p *parser) pageHeading(content []int, from int) (int, bool) {
	page := textnorm.Letters(stripDecoration(p.lineText(content[0])))
	for _, i := range content[1:from] {
		if s := p.lineText(i); !grammar.IsDateLine(s) && repeatsTitle(page, s) {
			return 0, false // the title again, printed over lines (§1.2)
		}
	}
	for k := from; k < len(content) && k <= from+maxLeadLines; k++ {
		i := content[k]
		s := p.lineText(i)
		if p.isHeading(i) || p.phrases.IsSalutation(s) {
			return 0, false // the speech itself
		}
		end, ok := 0, false
		if p.titleLikeLine(i) {
			end, ok = p.headAt(content, k)
		}
		if !ok {
			if repeatsTitle(page, s) {
				return 0, false // the title again, printed over lines (§1.2)
			}
			continue
		}
		title := textnorm.Letters(stripDecoration(p.lineText(i)))
		if end < len(content) && p.phrases.IsSalutation(p.lineText(content[end])) &&
			len([]rune(title)) >= minHeadLetters && title != page && strings.Contains(page, title) {
			return k, true
		}
		return 0, false
	}
	return 0, false
}
