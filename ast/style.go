package ast

// Style is a numbering family (conventions.md §2). A section's level is its
// depth in the tree, never a property of its style.
type Style string

// The numbering styles.
const (
	StyleChapter     Style = "chapter"      // 第一部分 第二章 第三节 第一点，
	StyleArticle     Style = "article"      // 第一条 (the articles of a 章程, 办法, 条例)
	StyleHanDun      Style = "han-dun"      // 一、
	StyleHanParen    Style = "han-paren"    // （一）
	StyleArabicDot   Style = "arabic-dot"   // 1.  1．  1、
	StyleArabicParen Style = "arabic-paren" // （1）  1）
	StyleCircled     Style = "circled"      // ①
	StyleLead        Style = "lead"         // 一是 二是 / 一要 二要
	StyleOrdinal     Style = "ordinal"      // 第一， 第二、
	StyleSequence    Style = "sequence"     // 其次， 再次， 最后，
)

// Styles lists every style: the ranked ones in GB/T 9704 order first.
func Styles() []Style {
	return []Style{StyleChapter, StyleArticle, StyleHanDun, StyleHanParen, StyleArabicDot, StyleArabicParen,
		StyleCircled, StyleLead, StyleOrdinal, StyleSequence}
}

// Ranked reports whether the style has a place in the GB/T 9704 order
// (chapter … circled). Lead, ordinal and sequence items never hold ranked
// children.
func (s Style) Ranked() bool { return s.Rank() > 0 }

// Rank is the style's place in the GB/T order (chapter 1, article 2, then
// han-dun 3 … circled 7), or 0 for the unranked styles. The order only
// settles what a document leaves open; levels are decided by the document
// itself.
func (s Style) Rank() int {
	// Asked of every heading more than once: the first byte picks the one
	// or two styles to compare with.
	if s == "" {
		return 0
	}
	switch s[0] {
	case 'c':
		if s == StyleChapter {
			return 1
		}
		if s == StyleCircled {
			return 7
		}
	case 'h':
		if s == StyleHanDun {
			return 3
		}
		if s == StyleHanParen {
			return 4
		}
	case 'a':
		switch s {
		case StyleArabicDot:
			return 5
		case StyleArabicParen:
			return 6
		case StyleArticle:
			return 2
		}
	}
	return 0
}
