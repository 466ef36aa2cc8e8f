package ast

// Node is any node of the tree: *Document, *Speech, *Section, *Closing or
// *Para.
type Node interface{ node() }

func (*Document) node() {}
func (*Speech) node()   {}
func (*Section) node()  {}
func (*Closing) node()  {}
func (*Para) node()     {}

// WalkStatus tells Walk how to go on.
type WalkStatus int

const (
	// WalkContinue visits the node's children.
	WalkContinue WalkStatus = iota
	// WalkSkipChildren goes on with the next sibling.
	WalkSkipChildren
	// WalkStop ends the walk.
	WalkStop
)

// Walker is called for every node twice, entering and leaving. The status
// returned when leaving is ignored except for WalkStop.
type Walker func(n Node, entering bool) (WalkStatus, error)

// Walk visits the tree depth first in document order: a speech's title-block
// paragraphs, salutation, preamble, sections (each with its body, then its
// children) and closing.
func Walk(n Node, fn Walker) error {
	_, err := walk(n, fn)
	return err
}

func walk(n Node, fn Walker) (WalkStatus, error) {
	st, err := fn(n, true)
	if err != nil || st == WalkStop {
		return WalkStop, err
	}
	if st != WalkSkipChildren {
		for _, c := range children(n) {
			if st, err := walk(c, fn); err != nil || st == WalkStop {
				return WalkStop, err
			}
		}
	}
	st, err = fn(n, false)
	if err != nil || st == WalkStop {
		return WalkStop, err
	}
	return WalkContinue, nil
}

func children(n Node) []Node {
	var out []Node
	addPara := func(p *Para) {
		if p != nil {
			out = append(out, p)
		}
	}
	switch n := n.(type) {
	case *Document:
		for _, s := range n.Speeches {
			out = append(out, s)
		}
	case *Speech:
		addPara(n.Subtitle)
		addPara(n.Date)
		addPara(n.Speaker)
		addPara(n.Salutation)
		for _, p := range n.Preamble {
			out = append(out, p)
		}
		for _, s := range n.Sections {
			out = append(out, s)
		}
		if n.Closing != nil {
			out = append(out, n.Closing)
		}
	case *Section:
		for _, p := range n.Body {
			out = append(out, p)
		}
		for _, s := range n.Children {
			out = append(out, s)
		}
	case *Closing:
		for _, p := range n.Paragraphs {
			out = append(out, p)
		}
		addPara(n.Formula)
	}
	return out
}
