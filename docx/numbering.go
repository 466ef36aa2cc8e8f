package docx

import (
	"strings"
	"unicode/utf8"
	"unsafe"
)

// maxLevels is the number of levels a Word list has (w:ilvl 0…8).
const maxLevels = 9

// level is one level of a list definition (w:lvl).
type level struct {
	start    int    // w:start; 0 when absent, as the standard says
	format   string // w:numFmt
	text     string // w:lvlText: "%1、", "（%1）", "%1.%2"
	restart  int    // w:lvlRestart (1-based level); -1 when absent, 0 never
	legal    bool   // w:isLgl: every number in the text as a decimal
	suffix   string // after the number: "\t" (w:suff tab, the default), " " or ""
	pStyle   string // the paragraph style this level belongs to
	hasStart bool
}

func newLevel() *level { return &level{format: "decimal", restart: -1, suffix: "\t"} }

// abstractNum is a list definition (w:abstractNum).
type abstractNum struct {
	levels [maxLevels]*level
	// numStyleLink names a numbering style whose w:numPr holds the real
	// definition.
	numStyleLink string
}

// override is a w:lvlOverride of a list instance.
type override struct {
	start    int // w:startOverride
	hasStart bool
	lvl      *level // a whole new w:lvl, or nil
}

// num is a list instance (w:num): the paragraphs that carry its numId are
// numbered by it.
type num struct {
	abstractID int
	overrides  [maxLevels]*override
}

// numbering is a document's list definitions and the running counters of
// its lists, in document order.
type numbering struct {
	abstracts map[int]*abstractNum
	nums      map[int]*num
	styles    *styles
	// counters run per list definition: Word continues a list across the
	// list instances of one definition, and an instance with a start
	// override restarts it where it is first used.
	counters map[int]*counter
	started  map[int]bool // list instances seen, for their start overrides
}

type counter struct {
	value [maxLevels]int
	used  [maxLevels]bool // false: the next item of the level starts afresh
}

func readNumbering(p *pkg, name string, st *styles) (*numbering, error) {
	nb := &numbering{abstracts: map[int]*abstractNum{}, nums: map[int]*num{}, styles: st,
		counters: map[int]*counter{}, started: map[int]bool{}}
	var (
		path []string // local names of the open WordprocessingML elements
		abs  *abstractNum
		n    *num
		ov   *override
		lvl  *level
	)
	var (
		levelBytes    = int(unsafe.Sizeof(level{}))
		abstractBytes = int(unsafe.Sizeof(abstractNum{})) + mapEntryBytes
		numBytes      = int(unsafe.Sizeof(num{})) + mapEntryBytes
		overrideBytes = int(unsafe.Sizeof(override{}))
	)
	err := p.scan(name, p.lim.auxPart, func(t *xmlToken) error {
		switch t.kind {
		case tokStart:
			if t.space == nsMCK {
				return nil // mc:AlternateContent and its branches are transparent here
			}
			path = append(path, t.wName())
			switch {
			case path[len(path)-1] == "":
			case under(path, "numbering", "abstractNum"):
				abs = &abstractNum{}
				if id := t.intAttr("abstractNumId"); id >= 0 {
					if _, dup := nb.abstracts[id]; !dup {
						if err := p.keep(abstractBytes); err != nil {
							return err
						}
						nb.abstracts[id] = abs
					}
				}
			case under(path, "numbering", "num"):
				n = &num{abstractID: -1}
				if id := t.intAttr("numId"); id >= 0 {
					if _, dup := nb.nums[id]; !dup {
						if err := p.keep(numBytes); err != nil {
							return err
						}
						nb.nums[id] = n
					}
				}
			case abs != nil && under(path, "abstractNum", "lvl"):
				lvl = nil
				if i := t.intAttr("ilvl"); i >= 0 && i < maxLevels {
					if err := p.keep(levelBytes); err != nil {
						return err
					}
					lvl = newLevel()
					abs.levels[i] = lvl
				}
			case abs != nil && under(path, "abstractNum", "numStyleLink"):
				abs.numStyleLink = string(t.attr("val"))
				if err := p.keep(len(abs.numStyleLink)); err != nil {
					return err
				}
			case n != nil && under(path, "num", "abstractNumId"):
				n.abstractID = t.intVal(-1)
			case n != nil && under(path, "num", "lvlOverride"):
				ov = nil
				if i := t.intAttr("ilvl"); i >= 0 && i < maxLevels {
					if err := p.keep(overrideBytes); err != nil {
						return err
					}
					ov = &override{}
					n.overrides[i] = ov
				}
			case ov != nil && under(path, "lvlOverride", "startOverride"):
				ov.start, ov.hasStart = t.intVal(0), true
			case ov != nil && under(path, "lvlOverride", "lvl"):
				if err := p.keep(levelBytes); err != nil {
					return err
				}
				lvl = newLevel()
				ov.lvl = lvl
			case lvl != nil && len(path) >= 2 && path[len(path)-2] == "lvl":
				if err := p.keep(readLevelProperty(lvl, t)); err != nil {
					return err
				}
			}
		case tokEnd:
			if t.space == nsMCK {
				return nil
			}
			if len(path) == 0 {
				return nil
			}
			switch path[len(path)-1] {
			case "abstractNum":
				abs = nil
			case "num":
				n = nil
			case "lvlOverride":
				ov = nil
			case "lvl":
				lvl = nil
			}
			path = path[:len(path)-1]
		}
		return nil
	})
	return nb, err
}

// readLevelProperty reads one child element of a w:lvl and returns the
// bytes of text it kept.
func readLevelProperty(lvl *level, t *xmlToken) int {
	switch t.wName() {
	case "start":
		lvl.start, lvl.hasStart = t.intVal(0), true
	case "numFmt":
		lvl.format = internFormat(t.attr("val"))
	case "lvlText":
		v := t.attr("val")
		lvl.text = cutBytes(string(v[:min(len(v), maxLevelText+utf8.UTFMax)]), maxLevelText)
		return len(lvl.text)
	case "lvlRestart":
		lvl.restart = t.intVal(-1)
	case "isLgl":
		lvl.legal = t.onOff()
	case "suff":
		switch string(t.attr("val")) {
		case "space":
			lvl.suffix = " "
		case "nothing":
			lvl.suffix = ""
		default:
			lvl.suffix = "\t"
		}
	case "pStyle":
		lvl.pStyle = string(t.attr("val"))
		return len(lvl.pStyle)
	}
	return 0
}

// maxLevelText and maxNumberText bound a level's text and the number it
// renders: real ones are a few characters, and every numbered paragraph
// repeats them, so long ones would let a small document expand into a
// huge text.
const (
	maxLevelText  = 64
	maxNumberText = 128
)

// cutBytes is s cut to at most n bytes, on a character boundary.
func cutBytes(s string, n int) string {
	if len(s) <= n {
		return s
	}
	for n > 0 && !utf8.RuneStart(s[n]) {
		n--
	}
	return s[:n]
}

// intAttr is an integer attribute, or -1.
func (t *xmlToken) intAttr(local string) int { return atoiBytes(t.attr(local), -1) }

// maxLinkHops bounds the numStyleLink → style → numId → abstractNum chain.
const maxLinkHops = 8

// definition is the list definition a list instance uses, following
// numStyleLink through its numbering style; its id keys the counters.
func (nb *numbering) definition(n *num) (int, *abstractNum) {
	id := n.abstractID
	for hop := 0; hop < maxLinkHops; hop++ {
		abs := nb.abstracts[id]
		if abs == nil || abs.numStyleLink == "" {
			return id, abs
		}
		linked, _, _ := nb.styles.numbering(abs.numStyleLink)
		ln := nb.nums[linked]
		if ln == nil || ln.abstractID == id {
			return id, abs
		}
		id = ln.abstractID
	}
	return id, nb.abstracts[id]
}

// levelOf is the definition of level i for a list instance: its override,
// else the list definition's.
func levelOf(n *num, abs *abstractNum, i int) *level {
	if o := n.overrides[i]; o != nil && o.lvl != nil {
		return o.lvl
	}
	if abs == nil {
		return nil
	}
	return abs.levels[i]
}

// startOf is where level i of a list instance starts.
func startOf(n *num, abs *abstractNum, i int) int {
	if o := n.overrides[i]; o != nil && o.hasStart {
		return o.start
	}
	if l := levelOf(n, abs, i); l != nil {
		return l.start
	}
	return 0
}

// styleLevel is the level of a list definition that names a paragraph
// style (a heading style linked to a multi-level list), or -1.
func (nb *numbering) styleLevel(numID int, styleID string) int {
	n := nb.nums[numID]
	if n == nil || styleID == "" {
		return -1
	}
	_, abs := nb.definition(n)
	for i := 0; i < maxLevels; i++ {
		if l := levelOf(n, abs, i); l != nil && l.pStyle == styleID {
			return i
		}
	}
	return -1
}

// next advances the list numID at level ilvl for one more paragraph and
// returns the text Word displays before the paragraph: the level's text
// with its placeholders filled in, then its suffix. It is "" when the
// paragraph is not numbered (numId 0, an unknown list or level).
func (nb *numbering) next(numID, ilvl int) string {
	n := nb.nums[numID]
	if n == nil || ilvl < 0 || ilvl >= maxLevels {
		return ""
	}
	absID, abs := nb.definition(n)
	lvl := levelOf(n, abs, ilvl)
	if lvl == nil {
		return ""
	}
	c := nb.counters[absID]
	if c == nil {
		c = &counter{}
		nb.counters[absID] = c
	}
	if !nb.started[numID] {
		nb.started[numID] = true
		for i, o := range n.overrides {
			if o != nil && (o.hasStart || o.lvl != nil && o.lvl.hasStart) {
				c.used[i] = false
			}
		}
	}
	if c.used[ilvl] {
		c.value[ilvl]++
	} else {
		c.value[ilvl], c.used[ilvl] = startOf(n, abs, ilvl), true
	}
	for i := ilvl + 1; i < maxLevels; i++ {
		if restarts(levelOf(n, abs, i), ilvl) {
			c.used[i] = false
		}
	}
	return cutBytes(nb.render(n, abs, c, lvl), maxNumberText) + lvl.suffix
}

// restarts reports whether a deeper level starts afresh after an item of
// level used: always, unless its w:lvlRestart names a level above used (1
// restarts only after level 1 items) or 0 (never).
func restarts(l *level, used int) bool {
	if l == nil || l.restart < 0 {
		return true
	}
	return l.restart > 0 && used <= l.restart-1
}

// render fills in a level's text: %1…%9 are the current numbers of levels
// 1…9, each in its own level's format (or as decimals for a legal level);
// a level whose format is none shows nothing for its number.
func (nb *numbering) render(n *num, abs *abstractNum, c *counter, lvl *level) string {
	if lvl.format == "bullet" {
		return bulletText(lvl.text)
	}
	var b strings.Builder
	text := lvl.text
	for i := 0; i < len(text); i++ {
		if text[i] != '%' || i+1 >= len(text) || text[i+1] < '1' || text[i+1] > '9' {
			b.WriteByte(text[i])
			continue
		}
		k := int(text[i+1] - '1')
		i++
		value := startOf(n, abs, k)
		if c.used[k] {
			value = c.value[k]
		}
		format := "decimal"
		if l := levelOf(n, abs, k); l != nil && !lvl.legal {
			format = l.format
		}
		if format == "none" {
			continue
		}
		if format == "bullet" {
			format = "decimal"
		}
		b.WriteString(formatNumber(value, format))
	}
	return b.String()
}

// bulletText is a bullet as text: Word's bullets are often characters of
// the Symbol or Wingdings fonts, private-use code points that mean nothing
// outside that font, which a reader sees as a bullet.
func bulletText(text string) string {
	var b strings.Builder
	for _, r := range text {
		if r >= 0xE000 && r <= 0xF8FF {
			r = '•'
		}
		b.WriteRune(r)
	}
	return b.String()
}
