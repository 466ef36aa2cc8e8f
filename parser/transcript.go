package parser

import (
	"strings"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/grammar"
	"github.com/dagang/dagang/internal/scan"
)

// A transcript (conventions.md §7, D3 of docs/rules.md) is a file whose
// lines name the speakers taking the floor in turn (周总理讲话：, 康生同志讲话,
// 陈主任：; grammar.SpeakerTurn). When a file has two such lines or more,
// each starts a speech whose speaker it is, untitled; the page's heading
// above them is the collection title. Lines between that heading and the
// first speaker line that are the title block's only (a byline of names, a
// bracketed time and place) belong to the first speech; speech text there
// (a dialogue of replies, 戚本禹：…) is a speech of its own. A file whose
// only speaker-like line is its title (周局长讲话) is no transcript.

// minTurns is how many speaker lines make a transcript.
const minTurns = 2

// turns is the content lines that name a speaker taking the floor, found
// once a document (turnsRead).
func (p *parser) speakerTurns(content []int) []int {
	if p.turnsRead {
		return p.turns
	}
	p.turnsRead = true
	for _, i := range content {
		l := &p.lines[i]
		// A line longer than a speaker line is one only when its first
		// clause mark, near its start, is a colon: the table of clause
		// marks answers that for most lines of a file.
		if l.end-l.start > grammar.MaxTurnBytes && !p.colonOpens(l) {
			continue
		}
		if _, ok := grammar.SpeakerTurn(p.content(l)); ok {
			p.turns = append(p.turns, i)
		}
	}
	if len(p.turns) < minTurns {
		p.turns = nil
	}
	return p.turns
}

// colonOpens: the first clause mark of line l is a colon, within the
// bytes a speaker line takes.
func (p *parser) colonOpens(l *line) bool {
	j := scan.NextBit(p.clauses, l.start)
	if j < 0 || j >= l.start+grammar.MaxTurnBytes || j >= l.end {
		return false
	}
	r, _ := scan.DecodeRune(p.text, j)
	return grammar.MarkOf(r) == grammar.Colon
}

// transcriptTitle: the file's first line is the heading of a transcript,
// and so the collection title.
func (p *parser) transcriptTitle(first int, content []int) bool {
	turns := p.speakerTurns(content)
	return len(turns) > 0 && turns[0] != first && p.titleLikeLine(first)
}

// transcriptStarts is where the speeches of a transcript start among
// lines, each with its speaker line; none when the file is no transcript.
func (p *parser) transcriptStarts(lines []int) []startAt {
	turns := p.speakerTurns(lines)
	if len(turns) == 0 {
		return nil
	}
	var out []startAt
	t := 0
	for k, i := range lines {
		if t < len(turns) && turns[t] == i {
			out = append(out, startAt{k, speechStart{separator: -1, titleLine: -1, turn: true, speaker: i}})
			t++
		}
	}
	if len(out) == 0 {
		return nil
	}
	// Title-block lines before the first speaker line are its speech's.
	if first := out[0].at; first > 0 && p.titleBlockOnly(lines[:first]) {
		out[0].at = 0
	}
	return out
}

// titleBlockOnly: the lines are a byline or a time and place, no speech
// text.
func (p *parser) titleBlockOnly(ls []int) bool {
	for _, i := range ls {
		s := p.lineText(i)
		switch {
		case grammar.IsDateLine(s), grammar.IsSpeakerLine(s), grammar.IsVenueLine(s), grammar.IsSubtitle(s):
		case byline(s), bracketed(s):
		default:
			return false
		}
	}
	return true
}

// bracketed: s stands in one pair of brackets (〖时间：…地点：…〗).
func bracketed(s string) bool {
	for _, pair := range [...][2]string{{"（", "）"}, {"(", ")"}, {"〖", "〗"}, {"【", "】"}, {"[", "]"}} {
		if strings.HasPrefix(s, pair[0]) && strings.HasSuffix(s, pair[1]) {
			return true
		}
	}
	return false
}

// byline: names joined by 、 or spaces (戚本禹、张春桥、谢富治).
func byline(s string) bool {
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '、' || r == '，' || scan.IsBlank(r) })
	if len(parts) == 0 {
		return false
	}
	for _, part := range parts {
		if !grammar.IsNameLine(part) {
			return false
		}
	}
	return true
}

// speakerOf makes the speaker line the speech's speaker (a transcript's
// turn, segment.turn) and returns the speech's other lines, from which
// its body is built. The lines before the speaker line (a byline, a time
// and place) and the first words of the turn on the speaker's own line
// (陈伯达同志：谈一下…) are the first paragraphs of its preamble.
func (p *parser) speakerOf(sp *ast.Speech, ls []int, speaker int) []int {
	l := &p.lines[speaker]
	n, _ := grammar.SpeakerTurn(p.content(l))
	k := 0
	for k < len(ls) && ls[k] != speaker {
		k++
	}
	if k == len(ls) {
		return ls // not among the speech's lines: nothing to take
	}
	for _, i := range ls[:k] {
		sp.Preamble = append(sp.Preamble, p.linePara(i))
	}
	if n < l.end-l.start {
		sp.Speaker = p.para(l.start, l.start+n)
		sp.Preamble = append(sp.Preamble, p.para(p.skipBlank(l.start+n, l.end), l.end))
	} else {
		sp.Speaker = p.linePara(speaker)
	}
	return ls[k+1:]
}
