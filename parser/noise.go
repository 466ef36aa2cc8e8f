package parser

import (
	"strings"
	"sync"
	"unicode"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/grammar"
	"github.com/dagang/dagang/internal/scan"
)

// Boilerplate is recognised by what it is — contact handles, membership and
// download sales talk, copy-protection warnings, site navigation, page
// counters, licence notices — through a weighted lexicon, and then by where
// it stands: a short line wedged between two pieces of boilerplate, or a
// brand name repeated from an advertisement, is boilerplate too. A lexicon
// word counts for little in a long paragraph and for much in a short line,
// so a speech that mentions 公众号 or 会员 in passing keeps its paragraph.

type noiseClass int

const (
	classAd noiseClass = iota
	classWatermark
	classHidden
	classRelated
	classMetadata
	classLicense
	// classHandle: a way to get in touch — a QQ number, a web address, an
	// e-mail domain, a WeChat id, a telephone label. A handle alone is no
	// advertisement (a notice's 联系人：…，邮箱：…@… is content): it makes
	// one only with sales talk or a site's brand (see kindOf).
	classHandle
	classGenre // not noise: words that mark a speech's title
	numClasses
)

type lexiconEntry struct {
	class  noiseClass
	weight int
}

type lexicon struct {
	kw      *scan.Keywords
	words   []string // the words kw finds, by index
	entries []lexiconEntry
}

// The lexicon: strong words (3) decide a short line alone; weak words (1)
// need company or context.
var noiseLexicon = sync.OnceValue(func() *lexicon {
	table := []struct {
		class  noiseClass
		weight int
		words  string
	}{
		{classAd, 3, "素材库 素材庫 代笔 代筆 资料库 資料庫 范文网 範文網 精品资料 " +
			"网盘 網盤 整理分享 复制下载 複製下載 写作尽在 万字材料 唯一平台 谨防假冒 原创高质量 代发布 " +
			"加入会员 svip SVIP vip会员 VIP会员 免费下载 下载支持 会员群 添加客服 " +
			"加微信 扫码关注 长按识别 长按二维码 点击关注 关注公众号 欢迎关注 分享到 word版 Word版 WORD版 文档下载"},
		// Words of advertising that a speech may use too (政务公众号, 接单派单,
		// 扫码登记): they count, but never decide a line alone.
		{classAd, 2, "公众号 公眾號 客服 二维码 扫码 扫一扫 淘宝 接单 小伙伴 订阅号 关注我们 本站 本网站"},
		{classHandle, 3, "QQ qq ＱＱ http:// https:// www. .com .cn"},
		{classHandle, 2, "微信号 联系电话 咨询电话 微信："},
		{classAd, 1, "会员 會員 订阅 訂閱 免费 免費 赠送 贈送 举报 舉報 倒卖 倒賣 平台 分享 迭代 资料 資料 " +
			"下载 下載 咨询 諮詢 权益 權益 领取 領取 优惠 優惠 购买 購買 代写 代寫 付费 付費 网友 網友 " +
			"范文 範文 参考阅览 每天更新 每日更新 海量 精品 点击下载 搜索 查找"},
		{classWatermark, 3, "仅供学习 僅供學習 禁止外传 禁止外傳 用后删除 用後刪除 内部交流使用 內部交流使用 " +
			"严禁外传 嚴禁外傳 违者后果自负 違者後果自負 转载请注明 轉載請註明 请勿转载 請勿轉載 " +
			"侵权必究 侵權必究 版权归原作者 禁止转载 严禁转载 仅供参考学习 仅供个人学习 如有侵权 如有侵權 " +
			"联系删除 聯繫刪除 请联系删除 免责声明 免責聲明 版权声明 版權聲明 来源于网络 來源於網絡 来自网络 " +
			"转载自 未经许可"},
		{classWatermark, 2, "商业用途 商業用途 后果自负 後果自負 仅供内部"},
		{classWatermark, 1, "严禁 嚴禁 仅供 僅供"},
		{classHidden, 3, "此处隐藏 此處隱藏 下载后查看 下載後查看 查看全文 展开全文 展開全文 阅读全文 閱讀全文 " +
			"已隐藏 付费阅读 登录后查看 剩余内容 全文下载 下载全文 点击阅读全文 余下全文 完整版请"},
		{classHidden, 2, "隐藏 隱藏"},
		{classRelated, 3, "猜你喜欢 猜你喜歡 相关推荐 相關推薦 相关阅读 相關閱讀 相关文章 相關文章 热门推荐 " +
			"熱門推薦 热门文章 熱門文章 延伸阅读 延伸閱讀 推荐阅读 推薦閱讀 你可能还喜欢 上一篇 下一篇 " +
			"返回列表 返回首页 返回首頁 本文链接 更多精彩 精彩推荐 相关范文 热门范文 首页 首頁 当前位置 當前位置 " +
			"您的位置 您现在的位置 所在位置"},
		{classMetadata, 3, "更新时间 更新時間 发布时间 發佈時間 发布日期 發佈日期 发表时间 發表時間 浏览次数 瀏覽次數 " +
			"阅读量 閱讀量 点击量 點擊量 阅读次数 責任編輯 责任编辑 文章来源 文章來源 所属栏目 網友投稿 网友投稿 " +
			"上传时间 上傳時間 发布者 發佈者 浏览量 瀏覽量"},
		{classMetadata, 2, "来源 來源 作者 字数 字數 栏目 欄目 关键词 關鍵詞 投稿 时间 時間 日期"},
		{classMetadata, 1, "编辑 編輯 标签 標籤"},
		{classLicense, 3, "本作品 这部作品 這部作品 此作品 公有领域 公有領域 Public domain public domain 版权所有 版權所有 " +
			"Copyright copyright © All rights reserved 知识共享 知識共享 Creative Commons 署名-相同方式共享"},
		{classLicense, 2, "著作权 著作權 版权 版權 授权 授權 维基文库 維基文庫 Wikisource"},
		{classGenre, 1, strings.Join(grammar.GenreWords(), " ")},
	}
	var words []string
	var entries []lexiconEntry
	for _, t := range table {
		for _, w := range strings.Fields(t.words) {
			words = append(words, w)
			entries = append(entries, lexiconEntry{t.class, t.weight})
		}
	}
	return &lexicon{kw: scan.NewKeywords(words), words: words, entries: entries}
})

// noiseScore is what the lexicon found in one line.
type noiseScore struct {
	score        [numClasses]int
	strong       [numClasses]int // hits of strong (weight 3) words
	strongAny    int             // strong advertising or watermark hits
	relatedFirst bool            // a related-links word opens the line
	fieldFirst   bool            // a metadata label and its colon open the line
}

// scoreLimit bounds the lines the lexicon reads: boilerplate lines are short
// (the longest advertisements run to about a hundred characters), and a
// line longer than this is a paragraph whatever words it holds.
const scoreLimit = 600

func (lx *lexicon) scoreLine(s string) noiseScore {
	var ns noiseScore
	if len(s) > scoreLimit {
		return ns
	}
	lx.kw.Scan(s, func(w, end int) {
		e := lx.entries[w]
		ns.score[e.class] += e.weight
		if e.weight >= 3 {
			ns.strong[e.class]++
			if e.class == classAd || e.class == classWatermark {
				ns.strongAny++
			}
		}
		if e.class == classRelated && end-len(lx.words[w]) <= 6 {
			ns.relatedFirst = true
		}
		if e.class == classMetadata && end-len(lx.words[w]) <= 3 && colonAt(s, end) {
			ns.fieldFirst = true
		}
	})
	return ns
}

// kindOf decides whether a line of n characters is boilerplate by its words.
// A protected line (a numbered heading, a line that names a speech genre)
// needs two strong words: a heading such as （二）推行“接单派单”工作机制 is
// never taken for an advertisement.
func (ns noiseScore) kindOf(s string, n int, protected bool) ast.NoiseKind {
	sc := ns.score
	strongAny := ns.strongAny
	// A handle is sales talk's when the line has sales talk of its own —
	// a strong word, or on a short line any word of it (咨询QQ…, 免费QQ群)
	// — or a site's brand in 【】; otherwise it is a way to get in touch,
	// and a labelled field of one (咨询电话：…) is so whatever weak word
	// its label holds.
	if sc[classHandle] > 0 && (ns.strong[classAd] > 0 ||
		(n <= shortLine && sc[classAd] > 0 || strings.Contains(s, "【")) && !grammar.IsContactField(s)) {
		sc[classAd] += sc[classHandle]
		strongAny += ns.strong[classHandle]
		ns.strong[classAd] += ns.strong[classHandle]
	}
	if protected && strongAny < 2 {
		sc[classAd], sc[classWatermark] = 0, 0
	}
	best, bestScore := ast.NoiseKind(""), 0
	consider := func(k ast.NoiseKind, score int, ok bool) {
		if ok && score > bestScore {
			best, bestScore = k, score
		}
	}
	consider(ast.NoiseHidden, sc[classHidden]+10, sc[classHidden] >= 3 && n <= 80)
	consider(ast.NoiseRelated, sc[classRelated]+10, ns.relatedFirst && n <= 80)
	// Metadata is a labelled field (来源：…, 发布时间:…), or a row of them:
	// a label and its colon open the line (after a bracket at most). Its
	// words elsewhere (2. 多渠道来源：不要只看一个来源) are the speech's.
	consider(ast.NoiseMetadata, sc[classMetadata]+5, sc[classMetadata] >= 3 && n <= 100 && ns.fieldFirst)
	// A short line is taken on a strong word or a few weak ones; a longer
	// line needs two strong words, so that a paragraph that mentions a
	// 公众号 in passing stays a paragraph.
	salesTalk := func(c noiseClass) bool {
		return sc[c] >= 3 && (n <= shortLine || ns.strong[c] >= 2 && sc[c]*15 >= n)
	}
	consider(ast.NoiseWatermark, sc[classWatermark], salesTalk(classWatermark))
	consider(ast.NoiseAd, sc[classAd], salesTalk(classAd))
	return best
}

// colonAt reports whether a colon follows at byte i of s, after spaces.
func colonAt(s string, i int) bool {
	for i < len(s) && (s[i] == ' ' || s[i] == '\t') {
		i++
	}
	return strings.HasPrefix(s[i:], "：") || strings.HasPrefix(s[i:], ":")
}

// plainLimit is the length (in bytes, about 40 characters) past which a
// line is read by the lexicon only if it has a mark of boilerplate about
// it: a 【label】, Latin letters (QQ, svip, www, a WeChat id), an @, or —
// up to about 100 characters, the length of a metadata or navigation
// line — a digit (更新时间:2025-08, 第3页). Paragraphs of speech rarely have
// these, and the lexicon is the costliest pass over the text.
const plainLimit = 120

func mayBeLongNoise(s string) bool { return scan.HasLatin(s, len(s) <= 300) }

// shortLine is the length up to which one strong word (or three weak
// ones) makes a line boilerplate.
const shortLine = 40

// weakNoise reports whether the line has anything of boilerplate about it:
// enough to call it boilerplate where it stands among boilerplate.
func (ns noiseScore) weakNoise() bool {
	return ns.score[classAd]+ns.score[classWatermark]+ns.score[classHandle] >= 1
}

func (ns noiseScore) genre() bool { return ns.score[classGenre] > 0 }

// any reports whether the line has any boilerplate word at all (most
// lines have none, and need no further look).
func (ns noiseScore) any() bool {
	for c, s := range ns.score {
		if s > 0 && noiseClass(c) != classGenre {
			return true
		}
	}
	return false
}

// paywallCuts finds paywall tokens such as ##paidbegin## anywhere in s.
func paywallCuts(s string, base int) []cut {
	if strings.IndexByte(s, '#') < 0 {
		return nil // most lines
	}
	var cuts []cut
	for i := 0; i+4 <= len(s); {
		j := strings.Index(s[i:], "##")
		if j < 0 {
			break
		}
		a := i + j
		k := a + 2
		for k < len(s) && (s[k] >= 'a' && s[k] <= 'z' || s[k] >= 'A' && s[k] <= 'Z' || s[k] == '_') {
			k++
		}
		if k > a+2 && strings.HasPrefix(s[k:], "##") {
			cuts = append(cuts, cut{base + a, base + k + 2, ast.NoisePaywall})
			i = k + 2
			continue
		}
		i = a + 2
	}
	return cuts
}

// pageCut finds a page counter at the end (or as the whole) of s.
func pageCut(s string, base int) (cut, bool) {
	if !grammar.MayEndPage(s) {
		return cut{}, false
	}
	if start, end, ok := grammar.PageCounter(s); ok {
		return cut{base + start, base + end, ast.NoisePage}, true
	}
	return cut{}, false
}

// isBreadcrumb reports whether s is a site's navigation trail: short
// segments joined by > or » (首页 > 范文大全 > 讲话稿 > 正文).
func isBreadcrumb(s string) bool {
	if len(s) > 200 || strings.IndexByte(s, '>') < 0 && !strings.Contains(s, "＞") && !strings.Contains(s, "»") && !strings.Contains(s, "›") {
		return false // no separator at all, as in most lines
	}
	if strings.IndexByte(s, '<') >= 0 || grammar.HasMark(s, grammar.SentenceEnd) || strings.Contains(s, "；") {
		return false
	}
	parts := strings.FieldsFunc(s, func(r rune) bool { return r == '>' || r == '＞' || r == '»' || r == '›' })
	if len(parts) < 3 {
		return false
	}
	for _, part := range parts {
		if n := scan.RuneCount(strings.TrimSpace(part)); n == 0 || n > 20 {
			return false
		}
	}
	return true
}

// letterless reports whether s has no letter and no digit: a rule, a row
// of stars, a stray bracket.
func letterless(s string) bool {
	for i := 0; i < len(s); {
		r, size := scan.DecodeRune(s, i)
		if scan.IsIdeograph(r) || unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.No, r) {
			return false
		}
		i += size
	}
	return true
}

// bracketedLine reports whether s is one short 【…】 or [ … ] label.
func bracketedLine(s string) bool {
	return (strings.HasPrefix(s, "【") && strings.HasSuffix(s, "】") ||
		strings.HasPrefix(s, "[") && strings.HasSuffix(s, "]")) && scan.RuneCount(s) <= 24
}

// lineScore is what the context rules need of a line's noiseScore.
type lineScore struct {
	license     int8
	weak, genre bool
}

// markNoise decides which lines, and which stretches inside lines, are
// boilerplate.
func (p *parser) markNoise() {
	// What later rules need of each line's score, kept small: a document
	// has a line a few dozen bytes.
	scores := make([]lineScore, len(p.lines))
	p.scoreLines(0, len(p.lines), scores)
	p.contextNoise(scores)
}

// scoreLines classifies lines [from, to) each on its own and records their
// scores and the separator lines among them. It reads no other line, so
// stretches of lines can be scored at the same time (see parallel.go).
func (p *parser) scoreLines(from, to int, scores []lineScore) {
	lx := noiseLexicon()
	var openings []opening
	if from < to {
		// A pass over the lines' text for each opening of markup, while
		// it is in the cache, rather than a look into every line.
		openings = markupOpenings(p.text, p.lines[from].start, p.lines[to-1].end)
	}
	for i := from; i < to; i++ {
		l := &p.lines[i]
		if l.blank() {
			continue
		}
		s := p.content(l)
		for len(openings) > 0 && openings[0].start < l.start {
			openings = openings[1:]
		}
		if opensMarkup(s[0]) || len(openings) > 0 && openings[0].end <= l.end {
			p.markupAt = append(p.markupAt, i)
		}
		if grammar.MaySeparate(s) {
			if n, ok := grammar.Separator(s); ok {
				p.separators = append(p.separators, separatorAt{line: i, n: n})
			}
		}
		p.noteApparatus(i, s)
		ns := p.classifyLine(l, lx)
		scores[i] = lineScore{license: int8(min(ns.score[classLicense], 100)), weak: ns.weakNoise(), genre: ns.genre()}
		p.nonBlank++
		if l.noise != 0 {
			p.noiseAt = append(p.noiseAt, i)
		}
	}
}

// contextNoise applies the rules that look at neighbouring lines, once
// every line has been scored.
func (p *parser) contextNoise(scores []lineScore) {
	marked := p.licenseBlock(scores)
	marked = p.relatedTail() || marked
	marked = p.markNotes() || marked
	marked = p.markToc() || marked
	marked = p.markEditorLeads() || marked
	// The rules after these read the noise lines, not every line: a
	// document has tens of thousands of lines and a few of boilerplate.
	// The lines were listed as they were scored, unless these two rules
	// have set more aside.
	noise := p.noiseAt
	if marked {
		noise = p.noiseLines()
	}
	noise = mergeLines(noise, p.brandLines(noise))
	noise = mergeLines(noise, p.sandwiches(scores, noise))
	p.recordNoiseLines(noise)
	p.noiseCount = len(noise)
}

// noiseLines lists the lines that are boilerplate, in order, and counts
// the lines that are not blank.
func (p *parser) noiseLines() []int {
	var out []int
	p.nonBlank = 0
	for i := range p.lines {
		if l := &p.lines[i]; !l.blank() {
			p.nonBlank++
			if l.noise != 0 {
				out = append(out, i)
			}
		}
	}
	return out
}

// mergeLines merges two lists of line indices in order, neither holding
// an index of the other.
func mergeLines(a, b []int) []int {
	if len(b) == 0 {
		return a
	}
	out := make([]int, 0, len(a)+len(b))
	for len(a) > 0 && len(b) > 0 {
		if a[0] < b[0] {
			out, a = append(out, a[0]), a[1:]
		} else {
			out, b = append(out, b[0]), b[1:]
		}
	}
	return append(append(out, a...), b...)
}

// classifyLine sets the line's noise kind or its inline cuts.
func (p *parser) classifyLine(l *line, lx *lexicon) noiseScore {
	s := p.content(l)
	if invisibleOnly(s) {
		l.noise = lineNoiseOf(ast.NoiseOther)
		return noiseScore{}
	}
	cuts := paywallCuts(s, l.start) // a token is between two ##
	if c, ok := pageCut(s, l.start); ok && (len(cuts) == 0 || cuts[len(cuts)-1].end <= c.start) {
		cuts = append(cuts, c)
	}
	if rest := withoutCuts(p.text, l.start, l.end, cuts); scan.TrimBlank(rest) == "" {
		l.noise = lineNoiseOf(cuts[0].kind)
		return noiseScore{}
	} else if l.marker == nil && letterless(rest) {
		l.noise = lineNoiseOf(ast.NoiseOther)
		return noiseScore{}
	}
	if len(cuts) > 0 {
		p.cuts = append(p.cuts, cuts...) // dropped again if the line turns out to be boilerplate
	}
	if len(s) > scoreLimit || len(s) > plainLimit && !mayBeLongNoise(s) {
		return noiseScore{}
	}
	if l.marker == nil && isBreadcrumb(s) {
		l.noise = lineNoiseOf(ast.NoiseRelated)
		return noiseScore{}
	}
	ns := lx.scoreLine(s)
	if !ns.any() {
		return ns
	}
	protected := l.marker != nil && l.marker.Trap == "" || ns.genre()
	if k := ns.kindOf(s, scan.RuneCount(s), protected); k != "" {
		l.noise = lineNoiseOf(k)
	}
	return ns
}

func withoutCuts(text string, start, end int, cuts []cut) string {
	if len(cuts) == 0 {
		return text[start:end]
	}
	var b strings.Builder
	pos := start
	for _, c := range cuts {
		b.WriteString(text[pos:c.start])
		pos = c.end
	}
	b.WriteString(text[pos:end])
	return b.String()
}

// licenseBlockWindow is how many lines a licence notice may be spread over
// before enough of its words have been seen.
const licenseBlockWindow = 16

// licenseBlock finds a licence notice (本作品是…公有领域, 版权所有, Copyright)
// and sets it and everything after it aside: a notice ends a page.
// It reports whether it set any line aside.
func (p *parser) licenseBlock(scores []lineScore) bool {
	for i := range p.lines {
		if scores[i].license < 3 {
			continue
		}
		total := 0
		for j := i; j < len(p.lines) && j < i+licenseBlockWindow; j++ {
			total += int(scores[j].license)
		}
		if total < 6 {
			continue
		}
		for j := i; j < len(p.lines); j++ {
			if l := &p.lines[j]; !l.blank() {
				l.noise = lineNoiseOf(ast.NoiseLicense)
			}
		}
		return true
	}
	return false
}

// relatedTail extends a related-links header (猜你喜欢, 下一篇) at the end of
// the text over the short link lines that follow it.
// It reports whether it set any line aside.
func (p *parser) relatedTail() bool {
	marked := false
	// A list of links follows the text: only a related line after the last
	// numbered heading starts one, and a breadcrumb never does.
	lastHeading := len(p.lines) - 1
	for ; lastHeading >= 0; lastHeading-- {
		if l := &p.lines[lastHeading]; l.noise == 0 && l.marker != nil && l.marker.Trap == "" {
			break
		}
	}
	for i := lastHeading + 1; i < len(p.lines); i++ {
		if p.lines[i].noise.kind() != ast.NoiseRelated || isBreadcrumb(p.content(&p.lines[i])) {
			continue
		}
		for j := i + 1; j < len(p.lines); j++ {
			l := &p.lines[j]
			if l.blank() || l.noise != 0 {
				continue
			}
			s := p.content(l)
			if scan.RuneCount(s) > 60 || grammar.HasMark(s, grammar.FullStop) || strings.Contains(s, "；") {
				break
			}
			l.noise = lineNoiseOf(ast.NoiseRelated)
			marked = true
		}
	}
	return marked
}

// prevContent and nextContent find the nearest non-blank line before or
// after line i, or -1.
func (p *parser) prevContent(i int) int {
	for j := i - 1; j >= 0; j-- {
		if !p.lines[j].blank() {
			return j
		}
	}
	return -1
}

func (p *parser) nextContent(i int) int {
	for j := i + 1; j < len(p.lines); j++ {
		if !p.lines[j].blank() {
			return j
		}
	}
	return -1
}

// nextContentLine is the next line after i that is neither blank nor
// boilerplate, or -1.
func (p *parser) nextContentLine(i int) int {
	for j := i + 1; j < len(p.lines); j++ {
		if l := &p.lines[j]; !l.blank() && l.noise == 0 {
			return j
		}
	}
	return -1
}

// prevContentLine is the last line before i that is neither blank nor
// boilerplate, or -1.
func (p *parser) prevContentLine(i int) int {
	for j := i - 1; j >= 0; j-- {
		if l := &p.lines[j]; !l.blank() && l.noise == 0 {
			return j
		}
	}
	return -1
}

func (p *parser) isNoise(i int) bool { return i >= 0 && p.lines[i].noise != 0 }

// brandLines sets aside a short line next to boilerplate whose text is
// repeated inside an advertisement or watermark (the site's name on a line
// of its own: 酷乐文行 … 酷乐文行整理，咨询QQ…). The candidates are found in
// the advertisements with one automaton pass, so the cost stays linear.
// noise lists the noise lines; brandLines returns the lines it sets aside,
// in order.
func (p *parser) brandLines(noise []int) []int {
	// Only a line next to boilerplate can be a brand: the content lines on
	// either side of each noise line, in order (the line after one noise
	// line may be the line before the next).
	var cands, ads []int
	var words []string
	index := map[string]int{} // the distinct candidate texts: a brand repeats
	last := -1
	for _, j := range noise {
		l := &p.lines[j]
		if l.noise.kind() == ast.NoiseAd || l.noise.kind() == ast.NoiseWatermark {
			ads = append(ads, j)
		}
		for _, i := range [2]int{p.prevContent(j), p.nextContent(j)} {
			if i <= last || !p.brandCandidate(i) {
				continue
			}
			last = i
			cands = append(cands, i)
			if s := p.content(&p.lines[i]); index[s] == 0 {
				words = append(words, s)
				index[s] = len(words) // from 1: 0 is no word
			}
		}
	}
	if len(cands) == 0 {
		return nil
	}
	if p.scratch.brandBits == nil {
		p.scratch.brandBits = new(scan.KeywordBits)
	}
	kw := scan.NewKeywordsOn(words, p.scratch.brandBits)
	found := make([]bool, len(words))
	for _, j := range ads {
		ad := p.content(&p.lines[j])
		kw.Scan(ad, func(w, _ int) {
			if len(ad) > len(words[w]) {
				found[w] = true
			}
		})
	}
	brands := cands[:0]
	for _, i := range cands {
		if found[index[p.content(&p.lines[i])]-1] {
			p.lines[i].noise = lineNoiseOf(ast.NoiseAd)
			brands = append(brands, i)
		}
	}
	return brands
}

// brandCandidate: line i, a line of 2 to 12 characters that is not yet
// boilerplate and has no marker, may be a brand's name.
func (p *parser) brandCandidate(i int) bool {
	if i < 0 {
		return false
	}
	l := &p.lines[i]
	if l.blank() || l.noise != 0 || l.marker != nil || l.end-l.start > 12*4 {
		return false
	}
	n := scan.RuneCount(p.content(l))
	return n >= 2 && n <= 12
}

// maxSandwich is the longest run of short lines between two pieces of
// boilerplate that is taken for boilerplate too.
const maxSandwich = 4

// sandwiches sets aside short lines with a trace of sales talk that stand
// between two pieces of boilerplate. noise lists the noise lines; the
// lines set aside are returned, in order. (A line set aside is followed by
// another or by the noise line that closes its run, so it starts no run of
// its own and the loop need not visit it.)
func (p *parser) sandwiches(scores []lineScore, noise []int) []int {
	var out []int
	for _, i := range noise {
		// Collect the run of content lines after this noise line.
		var room [maxSandwich + 1]int
		run := room[:0]
		j := p.nextContent(i)
		for j >= 0 && p.lines[j].noise == 0 && len(run) <= maxSandwich {
			run = append(run, j)
			j = p.nextContent(j)
		}
		if j < 0 || len(run) == 0 || len(run) > maxSandwich || !p.isNoise(j) {
			continue
		}
		ok := true
		for _, k := range run {
			l := &p.lines[k]
			s := p.content(l)
			weak := scores[k].weak || bracketedLine(s)
			if !weak || scores[k].genre || l.marker != nil || scan.RuneCount(s) > 40 {
				ok = false
				break
			}
		}
		if !ok {
			continue
		}
		for _, k := range run {
			p.lines[k].noise = lineNoiseOf(ast.NoiseAd)
		}
		out = append(out, run...)
	}
	return out
}

// recordNoiseLines turns the noise lines, listed in noise, into noise
// entries (a licence notice and all after it into one entry) and keeps the
// inline cuts of the other lines before any notice only.
func (p *parser) recordNoiseLines(noise []int) {
	notice := len(p.lines) // the line of the licence notice
	for _, i := range noise {
		l := &p.lines[i]
		l.marker = nil
		start, end := l.start, l.end
		if l.noise.kind() == ast.NoiseLicense {
			for j := i + 1; j < len(p.lines); j++ {
				if !p.lines[j].blank() {
					end = p.lines[j].end
					p.lines[j].marker = nil
				}
			}
			p.noise = append(p.noise, ast.Noise{Text: p.text[start:end], Kind: l.noise.kind(), Span: p.idx.span(start, end)})
			notice = i
			break
		}
		p.noise = append(p.noise, ast.Noise{Text: p.text[start:end], Kind: l.noise.kind(), Span: p.idx.span(start, end)})
	}
	// A cut lies inside the content of the line it was found in.
	kept := p.cuts[:0]
	for _, c := range p.cuts {
		if i := p.idx.line(c.start) - 1; i < notice && p.lines[i].noise == 0 {
			kept = append(kept, c)
		}
	}
	p.cuts = kept
}
