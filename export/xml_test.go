package export_test

import (
	"encoding/xml"
	"strings"
	"testing"

	"github.com/dagang/dagang/export"
)

// xmlNode is any XML element with its attributes and children.
type xmlNode struct {
	XMLName xml.Name
	Attrs   []xml.Attr `xml:",any,attr"`
	Nodes   []xmlNode  `xml:",any"`
	Text    string     `xml:",chardata"`
}

func (n xmlNode) attr(name string) (string, bool) {
	for _, a := range n.Attrs {
		if a.Name.Local == name {
			return a.Value, true
		}
	}
	return "", false
}

func (n xmlNode) children(name string) []xmlNode {
	var out []xmlNode
	for _, c := range n.Nodes {
		if c.XMLName.Local == name {
			out = append(out, c)
		}
	}
	return out
}

func parseXML(t *testing.T, out string) xmlNode {
	t.Helper()
	var root xmlNode
	dec := xml.NewDecoder(strings.NewReader(out))
	dec.Strict = true
	if err := dec.Decode(&root); err != nil {
		t.Fatalf("not well-formed XML: %v", err)
	}
	return root
}

// opmlTopics reads nested outline elements back as topics: the text
// attribute as text, every other attribute as a fact.
func opmlTopics(outlines []xmlNode) []topic {
	var out []topic
	for _, o := range outlines {
		tp := topic{children: opmlTopics(o.children("outline"))}
		for _, a := range o.Attrs {
			if a.Name.Local == "text" {
				tp.text = a.Value
				continue
			}
			if tp.facts == nil {
				tp.facts = map[string]string{}
			}
			tp.facts[a.Name.Local] = a.Value
		}
		out = append(out, tp)
	}
	return out
}

// TestOPMLNesting parses the OPML of every document as XML and checks
// that it is OPML 2.0 whose outlines nest exactly as the speeches and
// sections do, each with its marker, number, style and line.
func TestOPMLNesting(t *testing.T) {
	for _, d := range docs(t) {
		t.Run(d.path, func(t *testing.T) {
			out := exportString(t, "opml", d.doc, export.Options{})
			root := parseXML(t, out)
			if root.XMLName.Local != "opml" {
				t.Fatalf("root element %q", root.XMLName.Local)
			}
			if v, _ := root.attr("version"); v != "2.0" {
				t.Errorf("version %q", v)
			}
			heads, bodies := root.children("head"), root.children("body")
			if len(heads) != 1 || len(bodies) != 1 || len(root.Nodes) != 2 {
				t.Fatalf("want one head and one body, got %d elements", len(root.Nodes))
			}
			titles := heads[0].children("title")
			if len(titles) != 1 || titles[0].Text != wantRootTitle(d.doc) {
				t.Errorf("head/title %+v, want %q", titles, wantRootTitle(d.doc))
			}
			body := bodies[0]
			if len(body.children("outline")) != len(body.Nodes) {
				t.Error("body holds elements other than outline")
			}
			got := render(opmlTopics(body.children("outline")))
			wantTopics := wantSpeeches(d.doc, true)
			if len(wantTopics) == 0 {
				wantTopics = []topic{{text: "(untitled)"}}
			}
			want := render(wantTopics)
			if got != want {
				t.Errorf("outlines differ from the tree\n got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}

// freemindTopic reads a node element back: TEXT as text, its attribute
// children as facts, its node children as children.
func freemindTopic(t *testing.T, n xmlNode) topic {
	tp := topic{}
	var ok bool
	if tp.text, ok = n.attr("TEXT"); !ok {
		t.Errorf("node without TEXT: %+v", n.Attrs)
	}
	for _, c := range n.Nodes {
		switch c.XMLName.Local {
		case "attribute":
			name, _ := c.attr("NAME")
			value, _ := c.attr("VALUE")
			if tp.facts == nil {
				tp.facts = map[string]string{}
			}
			tp.facts[name] = value
		case "node":
			tp.children = append(tp.children, freemindTopic(t, c))
		default:
			t.Errorf("unexpected element %q in a node", c.XMLName.Local)
		}
	}
	return tp
}

// TestFreeMindNesting parses the FreeMind map of every document as XML and
// checks that it has one root whose nodes nest exactly as the speeches and
// sections do.
func TestFreeMindNesting(t *testing.T) {
	for _, d := range docs(t) {
		t.Run(d.path, func(t *testing.T) {
			out := exportString(t, "freemind", d.doc, export.Options{})
			root := parseXML(t, out)
			if root.XMLName.Local != "map" {
				t.Fatalf("root element %q", root.XMLName.Local)
			}
			if v, _ := root.attr("version"); v != "1.0.1" {
				t.Errorf("version %q", v)
			}
			nodes := root.children("node")
			if len(nodes) != 1 || len(root.Nodes) != 1 {
				t.Fatalf("want exactly one root node, got %d elements", len(root.Nodes))
			}
			got := render([]topic{freemindTopic(t, nodes[0])})
			want := render([]topic{wantMap(d.doc, true)})
			if got != want {
				t.Errorf("nodes differ from the tree\n got:\n%s\nwant:\n%s", got, want)
			}
		})
	}
}
