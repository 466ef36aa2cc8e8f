package docx

// knownName is the local name of an element a reader looks at, as a
// constant (so that keeping it in a path allocates nothing), or "?".
func knownName(local []byte) string {
	switch string(local) {
	case "document":
		return "document"
	case "body":
		return "body"
	case "p":
		return "p"
	case "pPr":
		return "pPr"
	case "pStyle":
		return "pStyle"
	case "numPr":
		return "numPr"
	case "numId":
		return "numId"
	case "ilvl":
		return "ilvl"
	case "outlineLvl":
		return "outlineLvl"
	case "r":
		return "r"
	case "rPr":
		return "rPr"
	case "vanish":
		return "vanish"
	case "t":
		return "t"
	case "tab":
		return "tab"
	case "ptab":
		return "ptab"
	case "br":
		return "br"
	case "cr":
		return "cr"
	case "noBreakHyphen":
		return "noBreakHyphen"
	case "del":
		return "del"
	case "moveFrom":
		return "moveFrom"
	case "pPrChange":
		return "pPrChange"
	case "rPrChange":
		return "rPrChange"
	case "styles":
		return "styles"
	case "style":
		return "style"
	case "name":
		return "name"
	case "basedOn":
		return "basedOn"
	case "numbering":
		return "numbering"
	case "abstractNum":
		return "abstractNum"
	case "num":
		return "num"
	case "lvl":
		return "lvl"
	case "numStyleLink":
		return "numStyleLink"
	case "abstractNumId":
		return "abstractNumId"
	case "lvlOverride":
		return "lvlOverride"
	case "startOverride":
		return "startOverride"
	case "start":
		return "start"
	case "numFmt":
		return "numFmt"
	case "lvlText":
		return "lvlText"
	case "lvlRestart":
		return "lvlRestart"
	case "isLgl":
		return "isLgl"
	case "suff":
		return "suff"
	}
	return "?"
}

// internFormat is a w:numFmt value as a constant: formatNumber knows
// these; any other reads as decimal, as formatNumber reads it.
func internFormat(v []byte) string {
	for _, f := range knownFormats {
		if f == string(v) {
			return f
		}
	}
	return "decimal"
}

var knownFormats = []string{"chineseCounting", "chineseCountingThousand", "taiwaneseCounting", "taiwaneseCountingThousand",
	"japaneseCounting", "chineseLegalSimplified", "ideographLegalTraditional", "japaneseLegal",
	"ideographDigital", "taiwaneseDigital", "japaneseDigitalTenThousand", "ideographTraditional",
	"ideographZodiac", "decimalEnclosedCircle", "decimalEnclosedCircleChinese", "ideographEnclosedCircle",
	"decimalEnclosedParen", "decimalEnclosedFullstop", "decimalFullWidth", "decimalFullWidth2",
	"decimalZero", "upperLetter", "lowerLetter", "upperRoman", "lowerRoman", "ordinal", "none",
	"bullet", "decimal"}
