package htmltext

import (
	"strings"
	"unicode/utf8"
)

// The phrases of a page's furniture: the toolbar over or under an article
// (【打印本页】【关闭窗口】, 字号：大 中 小), its pager (上一篇：…, 下一篇：…) and
// the site's footer (版权所有, Copyright ©, 浙ICP备…号, 技术支持：…). A line
// made of them is chrome wherever it stands, in the article's element too.

// toolbarWords are the words a toolbar line is made of, and nothing else.
var toolbarWords = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("打印本页 打印此页 打印本文 打印文章 打印 我要打印 关闭窗口 关闭本页 关闭 " +
		"返回顶部 回到顶部 顶部 返回 返回首页 返回列表 返回上页 收藏本页 加入收藏 收藏 设为首页 " +
		"分享到 分享 字体 字号 大 中 小 默认 放大 缩小 推荐给朋友 发表评论 查看评论 评论 点赞 转发 " +
		"复制链接 扫一扫 TOP Top top 打印本頁 關閉窗口 關閉 返回頂部 字體 字號") {
		m[w] = true
	}
	return m
}()

// toolbarSeparator reports whether r separates the words of a toolbar.
func toolbarSeparator(r rune) bool {
	switch r {
	case ' ', '\t', '\u3000', '|', '｜', '/', '／', '·', '•', '-', '—', '_', '：', ':', '，', ',',
		'【', '】', '[', ']', '（', '）', '(', ')', '〔', '〕', '<', '>', '《', '》', '«', '»':
		return true
	}
	return false
}

// pagerWords open the links to the previous and next article.
var pagerWords = strings.Fields("上一篇 下一篇 上一条 下一条 上篇 下篇 前一篇 后一篇 上一页 下一页 上一篇文章 下一篇文章")

// footerWords mark a site's footer line wherever they stand in it.
var footerWords = []string{"版权所有", "版權所有", "Copyright", "COPYRIGHT", "copyright", "©",
	"All Rights Reserved", "All rights reserved", "ICP备", "ICP证", "ICP證", "公网安备", "公網安備"}

// footerOpenings open a footer line: who runs the site, what browser to
// view it in.
var footerOpenings = []string{"技术支持", "技術支持", "主办单位", "主辦單位", "承办单位", "建议使用", "建議使用"}

// chromeLine reports whether s, one line of a page, is toolbar, pager or
// footer.
func chromeLine(s string) bool {
	n := utf8.RuneCountInString(s)
	if n == 0 || n > 200 {
		return false
	}
	if n <= 60 && toolbarLine(s) {
		return true
	}
	for _, w := range pagerWords {
		if rest, ok := strings.CutPrefix(s, w); ok && n <= 100 {
			r, _ := utf8.DecodeRuneInString(rest)
			if rest == "" || r == '：' || r == ':' || r == ' ' || r == '\u3000' {
				return true
			}
		}
	}
	for _, w := range footerWords {
		if strings.Contains(s, w) {
			return true
		}
	}
	for _, w := range footerOpenings {
		if strings.HasPrefix(s, w) {
			return true
		}
	}
	return false
}

// toolbarLine reports whether s is made of toolbar words alone.
func toolbarLine(s string) bool {
	words := strings.FieldsFunc(s, toolbarSeparator)
	long := false // a word of two characters or more: 中 alone is no toolbar
	for _, w := range words {
		if !toolbarWords[w] {
			return false
		}
		long = long || utf8.RuneCountInString(w) >= 2
	}
	return long
}
