package docx

import (
	"strconv"
	"strings"
	"unsafe"
)

// style is what a paragraph or numbering style says about outline and
// numbering: its level (Heading 1, 标题 1, w:outlineLvl) and the numbering
// it applies (w:pPr/w:numPr), each possibly inherited through w:basedOn.
type style struct {
	id, basedOn string
	isPara      bool // a paragraph style
	heading     int  // N of a name "heading N" or "标题 N", else 0
	numID, ilvl int  // -1 when the style does not set them
	outline     int  // w:outlineLvl (0 = level 1, 9 = body text), -1 when unset
	isDefault   bool
}

// styles are a document's styles by id.
type styles struct {
	byID map[string]*style
	// defaultPara is the id of the default paragraph style, or "".
	defaultPara string
}

// maxStyleChain bounds a w:basedOn chain (a hostile document may make it a
// cycle).
const maxStyleChain = 32

// mapEntryBytes is what an entry of a map costs besides its key and value,
// near enough, for the count against MaxDefinitionBytes.
const mapEntryBytes = 48

func readStyles(p *pkg, name string) (*styles, error) {
	st := &styles{byID: map[string]*style{}}
	var cur *style
	var path []string // names of the open elements inside w:styles (see wName)
	err := p.scan(name, p.lim.auxPart, func(t *xmlToken) error {
		switch t.kind {
		case tokStart:
			path = append(path, t.wName())
			switch {
			case path[len(path)-1] == "":
			case t.wName() == "style" && len(path) == 2:
				cur = &style{id: string(t.attr("styleId")), isPara: string(t.attr("type")) == "paragraph", numID: -1, ilvl: -1, outline: -1,
					isDefault: t.hasAttr("default") && onOffAttr(string(t.attr("default")))}
			case cur == nil:
			case under(path, "style", "name"):
				cur.heading = headingNumber(string(t.attr("val")))
			case under(path, "style", "basedOn"):
				cur.basedOn = string(t.attr("val"))
			case under(path, "style", "pPr", "outlineLvl"):
				cur.outline = t.intVal(-1)
			case under(path, "style", "pPr", "numPr", "numId"):
				cur.numID = t.intVal(-1)
			case under(path, "style", "pPr", "numPr", "ilvl"):
				cur.ilvl = t.intVal(-1)
			}
		case tokEnd:
			if len(path) == 2 && cur != nil {
				if _, dup := st.byID[cur.id]; !dup {
					if err := p.keep(int(unsafe.Sizeof(*cur)) + len(cur.id) + len(cur.basedOn) + mapEntryBytes); err != nil {
						return err
					}
					st.byID[cur.id] = cur
				}
				if cur.isDefault && cur.isPara && st.defaultPara == "" {
					st.defaultPara = cur.id
				}
				cur = nil
			}
			if len(path) > 0 {
				path = path[:len(path)-1]
			}
		}
		return nil
	})
	return st, err
}

// intern is the id a paragraph's w:pStyle names as the style's own string
// when the document defines the style (so that paragraphs share it), and
// whether it does.
func (st *styles) intern(id []byte) (string, bool) {
	if s, ok := st.byID[string(id)]; ok {
		return s.id, true
	}
	return string(id), false
}

// under reports whether the innermost open elements are names, in order.
func under(path []string, names ...string) bool {
	if len(path) < len(names) {
		return false
	}
	tail := path[len(path)-len(names):]
	for i, n := range names {
		if tail[i] != n {
			return false
		}
	}
	return true
}

func onOffAttr(v string) bool {
	switch v {
	case "0", "false", "off":
		return false
	}
	return true
}

// intVal is the integer w:val of an element, or def.
func (t *xmlToken) intVal(def int) int { return atoiBytes(t.attr("val"), def) }

// atoiBytes is atoi of an attribute's bytes.
func atoiBytes(b []byte, def int) int {
	if len(b) > 32 {
		return def // no sensible number is that long
	}
	return atoi(string(b), def)
}

// atoi reads a decimal attribute value; values out of any sensible range
// are as good as absent.
func atoi(s string, def int) int {
	n, err := strconv.Atoi(strings.TrimSpace(s))
	if err != nil || n < -1<<20 || n > 1<<20 {
		return def
	}
	return n
}

// chain is the style and the styles it is based on, nearest first.
func (st *styles) chain(id string) []*style {
	var out []*style
	for len(out) < maxStyleChain {
		s := st.byID[id]
		if s == nil {
			break
		}
		out = append(out, s)
		id = s.basedOn
	}
	return out
}

// numbering is the numbering a style applies: the numId and level of the
// nearest style in its chain that sets them, and the id of the style that
// set the numId (a numbering level may name it in its w:pStyle). numID is
// -1 when no style in the chain sets one.
func (st *styles) numbering(id string) (numID, ilvl int, from string) {
	numID, ilvl = -1, -1
	for _, s := range st.chain(id) {
		if numID < 0 && s.numID >= 0 {
			numID, from = s.numID, s.id
		}
		if ilvl < 0 && s.ilvl >= 0 {
			ilvl = s.ilvl
		}
	}
	return numID, ilvl, from
}

// level is the outline level a paragraph style gives: 1…9 for a heading
// style (by w:outlineLvl, or a name such as "heading 2" or "标题 2"), 0 for
// body text.
func (st *styles) level(id string) int {
	for _, s := range st.chain(id) {
		if s.outline >= 0 {
			return outlineLevel(s.outline)
		}
		if s.heading > 0 {
			return s.heading
		}
	}
	return 0
}

// outlineLevel turns a w:outlineLvl value (0-based, 9 = body text) into a
// level 1…9, or 0.
func outlineLevel(v int) int {
	if v >= 0 && v <= 8 {
		return v + 1
	}
	return 0
}

// headingNumber reads the N of a heading style name: "heading 1" (as Word
// stores it), "Heading 1", "标题 1".
func headingNumber(name string) int {
	n := strings.ToLower(strings.TrimSpace(name))
	for _, prefix := range []string{"heading", "标题"} {
		if rest, ok := strings.CutPrefix(n, prefix); ok {
			v, err := strconv.Atoi(strings.TrimSpace(rest))
			if err == nil && v >= 1 && v <= 9 {
				return v
			}
		}
	}
	return 0
}
