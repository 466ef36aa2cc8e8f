package grammar

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/dagang/dagang/internal/scan"
)

// A collection (conventions.md §7) has a title of its own (…讲话稿集聚5篇,
// …发言-20篇, …汇编), and its speeches open with separators
// (separator.go) or with inner titles that share their beginning
// (…讲话1 … …讲话5). A title that names a genre of speech (讲话, 发言,
// 报告 …) may start a speech in any file.

// genreWords name a kind of speech, or the meeting it is given at, as
// simplified and traditional text write them: a title line that holds one
// is a speech's title rather than a line of a web page, and a line that
// holds one is not taken for boilerplate on a weak word.
var genreWords = [...]string{"讲话", "講話", "发言", "發言", "报告", "報告", "讲稿", "講稿", "党课", "黨課",
	"提纲", "提綱", "致辞", "致辭", "演讲", "演講", "心得", "体会", "體會", "汇报", "彙報", "总结", "總結",
	"动员", "動員", "研讨", "研討", "交流", "表态", "表態", "会议", "會議", "大会", "大會"}

// GenreWords is the genre words, for a lexicon that finds them with others.
func GenreWords() []string { return append([]string(nil), genreWords[:]...) }

// genreKeywords finds the genre words in one pass over a line.
var genreKeywords = scan.NewKeywords(genreWords[:])

// NamesGenre reports whether s holds a genre word.
func NamesGenre(s string) bool {
	found := false
	genreKeywords.Scan(s, func(int, int) { found = true })
	return found
}

// collectionWords are the words of a collection's title, as simplified
// and traditional text write them.
var collectionWords = [...]string{"汇编", "彙編", "合集", "大全", "选编", "選編", "汇总", "彙總"}

// IsCollectionTitle reports whether a title names a collection:
// …讲话稿集聚5篇, …发言-20篇, …汇编, …范文3篇, …（精选6篇）.
func IsCollectionTitle(s string) bool {
	for _, w := range collectionWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	unit, _ := utf8.DecodeRuneInString(collectionUnit)
	rs := []rune(s)
	for i, r := range rs {
		if r != unit || i == 0 {
			continue
		}
		k := i - 1
		for k >= 0 && (rs[k] >= '0' && rs[k] <= '9' || rs[k] >= '０' && rs[k] <= '９' || IsHanNumeral(rs[k])) {
			k--
		}
		if k == i-1 {
			continue
		}
		if k >= 0 && rs[k] == '第' {
			continue // 第一篇 is a separator, not a count
		}
		return true
	}
	return false
}

// CollectionStem is a collection title without its count and decoration
// (党组书记在…讲话稿集聚5篇 → 党组书记在…讲话稿).
func CollectionStem(s string) string {
	unit, _ := utf8.DecodeRuneInString(collectionUnit)
	rs := []rune(s)
	for i, r := range rs {
		if r == unit && i > 0 && (unicode.IsDigit(rs[i-1]) || IsHanNumeral(rs[i-1])) {
			k := i - 1
			for k >= 0 && (unicode.IsDigit(rs[k]) || IsHanNumeral(rs[k]) || strings.ContainsRune("集聚精选范文-—（(【 ", rs[k])) {
				k--
			}
			return string(rs[:k+1])
		}
	}
	return s
}

// EndsWithNumber: …讲话1, …讲话（二）, …发言之三: a title numbered among
// the titles of a collection.
func EndsWithNumber(s string) bool {
	t := strings.TrimRight(s, ")）】] ")
	r, _ := utf8.DecodeLastRuneInString(t)
	return r >= '0' && r <= '9' || r >= '０' && r <= '９' || IsHanNumeral(r) && r != '〇'
}
