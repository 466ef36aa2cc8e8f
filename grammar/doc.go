// Package grammar recognises the fixed forms of the language of a speech
// (docs/rules.md; ../shared/spec/conventions.md is the reference): what a
// line or a clause says by its shape alone. Every form is recognised here
// once, in a file of its own, over one vocabulary:
//
//	vocabulary.go  the sequence words, chapter units, lead words, marks and
//	               brackets every recogniser asks for
//	fold.go        full-width and traditional characters folded
//	lexer.go       the lexer of the participle grammars (class.go: its
//	               table of character classes)
//	numeral.go     Chinese numerals and digits, read and written
//	marker.go      line-head markers (Markers, ParseMarker), with the traps
//	               a line sets (一、二线城市, 1.5亿元)
//	points.go      points in running text (PointAt): 一是, 第一， 一方面
//	title.go       a heading's title (TitleBounds)
//	write.go       markers written back (WriteMarker, PreviousMarkers)
//	address.go     an address to the audience by its shape, and the
//	               salutation made of one
//	cue.go         the cues that open a speech's closing remarks
//	frame.go       closing formulas, and the caches of the frame (Phrases)
//	titleblock.go  subtitles, occasions, dates, a title cut in two
//	speaker.go     the speaker's office and name
//	separator.go   the separators of a collection (Separator)
//	collection.go  collection titles, numbered titles, genre words
//	announce.go    an announced count (FindAnnouncement): 从以下三个方面
//	page.go        page counters (PageCounter): (第14/36页), - 3 -
//	notes.go       the editor's apparatus (ApparatusOf, Footnote,
//	               IsNoteMatter): 注释, 〔1〕…, 来源：…, citations, 编者按
//	toc.go         a table of contents' heading and entries (TocEntry)
//	contact.go     a notice's contact fields (IsContactField)
//
// Line-head markers and closing formulas are participle/v2 grammars over
// the hand-written lexer; the forms that are found by a search from their
// end (an announced count, a page counter), asked of most clauses and
// lines (points, separators), or read as a list of items of one shape
// (addresses, cues) are small scanners over the same vocabulary and lexer.
// Prefilters (MayStartMarker, MayStartPoint, MaySeparate, MayEndPage,
// MayBeApparatus, MayEndTocEntry) and caches (Markers, Phrases) keep the work off
// most lines; they are speed devices, pinned to the forms by tests, not a
// second copy of them.
//
// What a form means in its context — does a marker fit a list, has a point
// company, where does a closing begin — is the tree builder's (package
// parser); the grammar says what is written, and flags what it can see on
// the line itself.
package grammar
