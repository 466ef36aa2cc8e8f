package grammar

import (
	"golang.org/x/text/width"

	"github.com/dagang/dagang/internal/scan"
)

// foldRune maps a rune to the form the grammar matches on: full-width
// letters, digits and punctuation to their narrow forms (golang.org/x/text
// width folding, so １．and 1. are one marker), ideographic space to space,
// and the traditional characters of the words the grammar knows to their
// simplified forms (同志們 is 同志们, 批評指正 is 批评指正). Brackets and the
// ideographic comma keep their identity: （ and ( both fold to (.
func foldRune(r rune) rune {
	if r < 0x80 {
		return r
	}
	if r >= 0x4E00 && r <= 0x9FFF {
		// Ideographs have no width; only the traditional table applies
		// (all its characters are in this block: TestTraditionalBlock),
		// and a bit set answers for the many characters not in it.
		if traditionalBits.Has(r) {
			return traditional[r]
		}
		return r
	}
	if r >= 0xFF01 && r <= 0xFF5E {
		// The full-width forms of ASCII （ ） ， ： １: width folding
		// maps them to U+0021–U+007E, in order.
		return r - 0xFF01 + 0x21
	}
	switch r {
	case '\u3000':
		return ' '
	case '、', '､':
		return '、'
	case '。', '｡':
		return '。'
	}
	if f := width.LookupRune(r).Folded(); f != 0 {
		return f
	}
	return r
}

// traditionalBits holds the characters of the traditional table.
var traditionalBits = func() *scan.RuneSet {
	b := new(scan.RuneSet)
	for r := range traditional {
		b.Add(r)
	}
	return b
}()

// traditional maps the traditional characters that occur in the words the
// grammar recognises (salutations, closing formulas, closing cues, sequence
// words, chapter units) to simplified ones. It is a table of the grammar's own
// vocabulary, not a general converter: everything else is matched as written.
var traditional = map[rune]rune{
	'們': '们', '評': '评', '謝': '谢', '講': '讲', '話': '话', '發': '发', '報': '报', '彙': '汇',
	'匯': '汇', '體': '体', '會': '会', '處': '处', '當': '当', '請': '请', '領': '领', '導': '导',
	'見': '见', '誤': '误', '幫': '帮', '監': '监', '畢': '毕', '結': '结', '點': '点', '節': '节',
	'這': '这', '麼': '么', '總': '总', '讓': '让', '後': '后', '來': '来', '實': '实', '為': '为',
	'對': '对', '說': '说', '談': '谈', '態': '态', '親': '亲', '愛': '爱', '賓': '宾', '員': '员',
	'長': '长', '記': '记', '書': '书', '專': '专', '師': '师', '學': '学', '戰': '战', '夥': '伙',
	'綜': '综', '簡': '简', '盡': '尽', '虛': '虚', '聽': '听', '東': '东', '議': '议', '審': '审',
	'紹': '绍', '場': '场', '與': '与', '還': '还', '懇': '恳', '錯': '错', '謹': '谨', '稱': '称',
	'樣': '样', '個': '个', '幾': '几', '兩': '两', '從': '从', '開': '开', '於': '于', '則': '则',
	'優': '优', '務': '务', '屆': '届', '團': '团', '縣': '县', '區': '区', '鄉': '乡', '鎮': '镇',
	'廳': '厅', '黨': '党', '動': '动', '觀': '观', '課': '课', '題': '题', '綱': '纲', '範': '范',
	'編': '编', '輯': '辑', '選': '选', '鬥': '斗', '習': '习', '覺': '觉', '響': '响', '傳': '传',
	'達': '达', '語': '语', '時': '时', '註': '注', '釋': '释', '腳': '脚', '獻': '献', '參': '参', '資': '资', '錄': '录',
	'閱': '阅', '載': '载', '轉': '转', '譯': '译',
}
