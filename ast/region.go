package ast

// Region is a stretch [Start, End) of the decoded text that the input's
// own format marks as boilerplate of kind Kind: the site chrome of a saved
// web page (menus, breadcrumbs, footers), found from the page's structure
// before the text is read as a speech. The parser keeps the text of a
// region as a noise entry of that kind and reads no speech in it.
type Region struct {
	Start, End int
	Kind       NoiseKind
}
