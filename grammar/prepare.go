package grammar

// Prepare starts building the grammar's parsers, the marker heads' and the
// salutations', cues' and closing formulas', each on a goroutine of its
// own, and returns at once. Otherwise each is built at its first use, one
// after the other, and building one takes far longer than parsing the
// lines of a speech: a program that is about to parse (a command that has
// yet to read its input) calls Prepare, and its first lines find them
// built, or being built on other cores. Either way
// a parser is built once, and whoever needs it first waits for it.
func Prepare() {
	go headParser()
	go frame()
}
