package htmltext

import (
	"strings"
	"testing"
)

// TestText: the text is what a browser shows, one block per line.
func TestText(t *testing.T) {
	for _, tc := range []struct {
		name, page, want string
	}{
		{"blocks", "<body><h1>标题</h1><p>第一段。</p><div>第二段。</div></body>", "标题\n第一段。\n第二段。\n"},
		{"inline between blocks", "<body><h1>标题</h1><em>作者</em><p>正文。</p></body>", "标题\n作者\n正文。\n"},
		{"br", "<p>第一行<br>第二行<br/>第三行</p>", "第一行\n第二行\n第三行\n"},
		{"list and rows", "<ul><li>甲</li><li>乙</li></ul><table><tr><td>一</td><td>二</td></tr></table>", "甲\n乙\n一\t二\n"},
		{"spaces collapse", "<p>  a   b \n\t c  </p>", "a b c\n"},
		{"break between Chinese vanishes", "<p>加强\n学习，提高\n  本领</p>", "加强学习，提高本领\n"},
		{"break between Latin stays a space", "<p>Word\nExcel 和\n文档</p>", "Word Excel 和文档\n"},
		{"space between Chinese stays", "<p>一、 标题</p>", "一、 标题\n"},
		{"marker split over spans", "<p class=MsoNormal><span>一、</span><span>总体要求</span></p>", "一、总体要求\n"},
		{"no-break spaces show", "<p>（一）&nbsp;&nbsp; 标题</p>", "（一）   标题\n"},
		{"no-break spaces alone are nothing", "<p>&nbsp;</p><p>正文</p>", "正文\n"},
		{"full-width space kept", "<p>　　正文</p>", "　　正文\n"},
		{"entities", "<p>&lt;规范&gt; &amp; &quot;引号&quot; &#x4E00;</p>", "<规范> & \"引号\" 一\n"},
		{"script style comment dropped", "<p>甲<script>var a='一、';</script><style>p{}</style><!-- 一、 -->乙</p>", "甲乙\n"},
		{"head dropped", "<html><head><title>页面标题</title></head><body><p>正文</p></body></html>", "正文\n"},
		{"hidden dropped", `<p>甲</p><div style="display: none">乙</div><div hidden>丙</div><p>丁</p>`, "甲\n丁\n"},
		{"form controls dropped", `<p>搜索<input value="关键词"><select><option>全部</option></select></p>`, "搜索\n"},
		{"pre keeps lines", "<pre>一行\n  二行</pre>", "一行\n  二行\n"},
		{"word conditional comments", "<p><![if !supportLists]><span>（一）</span><![endif]><span>标题</span></p>", "（一）标题\n"},
		{"unclosed paragraphs", "<p>一<p>二<p>三", "一\n二\n三\n"},
		{"whole page on one line", "<html><body><div>甲</div><div><p>乙</p><p>丙</p></div></body></html>", "甲\n乙\n丙\n"},
		{"empty", "", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := Read(tc.page).Text; got != tc.want {
				t.Errorf("Read(%q).Text = %q, want %q", tc.page, got, tc.want)
			}
		})
	}
}

// chromeLines reads a page and returns its lines, those of chrome marked
// with "N ".
func chromeLines(page string) []string {
	p := Read(page)
	var out []string
	start := 0
	for i := 0; i < len(p.Text); i++ {
		if p.Text[i] != '\n' {
			continue
		}
		mark := ""
		for _, r := range p.Chrome {
			if r.Start <= start && i <= r.End {
				mark = "N "
			}
		}
		out = append(out, mark+p.Text[start:i])
		start = i + 1
	}
	return out
}

// article is a page's article: enough prose to be the element that holds
// most of the page's sentences.
const article = `<div class="article"><p>同志们：</p>` +
	`<p>今天召开这次会议，主要任务是总结去年的工作，部署今年的任务。</p>` +
	`<p>一、提高认识，增强工作的紧迫感</p>` +
	`<p>过去一年，我们做了大量工作，取得了明显成效，但也存在不少问题。</p>` +
	`<p>二、突出重点，抓好各项任务落实</p>` +
	`<p>各单位要对照任务清单，逐项抓好落实，确保按时完成。</p></div>`

// TestChrome: the chrome of a page is recognised by what it is.
func TestChrome(t *testing.T) {
	for _, tc := range []struct {
		name, page string
		chrome     []string // the lines that must be chrome
		content    []string // the lines that must not
	}{
		{"nav element", `<body><nav><a href="/">首页</a> <a href="/a">概况</a></nav><h1>讲话</h1>` + article + `</body>`,
			[]string{"首页 概况"}, []string{"讲话", "同志们：", "一、提高认识，增强工作的紧迫感"}},
		{"header and footer elements", `<body><header><p>某某市人民政府</p></header><h1>讲话</h1>` + article + `<footer><p>联系我们</p></footer></body>`,
			[]string{"某某市人民政府", "联系我们"}, []string{"讲话"}},
		{"aria roles", `<body><div role="navigation"><p>网站导航</p></div><h1>讲话</h1>` + article + `<div role="contentinfo"><p>网站说明</p></div></body>`,
			[]string{"网站导航", "网站说明"}, []string{"讲话"}},
		{"class names", `<body><div class="main-menu"><p>学院概况</p></div><div id="topNav"><p>师资队伍</p></div><h1>讲话</h1>` + article +
			`<div class="copyright-box"><p>某某大学</p></div></body>`,
			[]string{"学院概况", "师资队伍", "某某大学"}, []string{"讲话"}},
		{"menu of links", `<body><table><tr><td><a href="/">首页</a></td><td><a href="/b">新闻</a></td><td><a href="/c">通知</a></td></tr></table><h1>讲话</h1>` + article + `</body>`,
			[]string{"首页\t新闻\t通知"}, []string{"讲话"}},
		{"toolbar and pager", `<body><h1>讲话</h1><p>【<a href="#">打印本页</a>】【<a href="#">关闭窗口</a>】</p>` + article +
			`<p>上一篇：<a href="/1">另一篇讲话</a></p><p>下一篇：<a href="/3">又一篇讲话</a></p></body>`,
			[]string{"【打印本页】【关闭窗口】", "上一篇：另一篇讲话", "下一篇：又一篇讲话"}, []string{"讲话"}},
		{"font size toolbar", `<body><h1>讲话</h1><p>字号：<a>大</a> <a>中</a> <a>小</a></p>` + article + `</body>`,
			[]string{"字号：大 中 小"}, []string{"讲话"}},
		{"footer lines", `<body><h1>讲话</h1>` + article + `<p>主办：某某局 版权所有</p><p>浙ICP备12345678号</p><p>技术支持：某某网络公司</p></body>`,
			[]string{"主办：某某局 版权所有", "浙ICP备12345678号", "技术支持：某某网络公司"}, []string{"讲话"}},
		{"related list inside the article", `<body><h1>讲话</h1><div class="box">` + article +
			`<ul><li><a href="/1">第一篇相关文章</a></li><li><a href="/2">第二篇相关文章</a></li><li><a href="/3">第三篇相关文章</a></li></ul></div></body>`,
			[]string{"第一篇相关文章", "第三篇相关文章"}, []string{"讲话", "同志们："}},
		{"caption of a chrome block", `<body><div class="box"><h3>热点专题</h3><ul><li><a href="/1">城市更新</a></li><li><a href="/2">营商环境</a></li></ul></div><h1>讲话</h1>` + article + `</body>`,
			[]string{"热点专题", "城市更新"}, []string{"讲话"}},
		{"site header above the title block", `<body><div><p>欢迎访问本站</p><p>今天是</p></div><div class="nav"><a href="/">首页</a></div><h1>讲话</h1><p>发布时间：2023-01-01</p>` + article + `</body>`,
			[]string{"欢迎访问本站", "今天是", "首页"}, []string{"讲话", "发布时间：2023-01-01"}},
		{"column name repeating a menu entry", `<body><ul class="menu"><li><a href="/a">校长专栏</a></li><li><a href="/b">学校新闻</a></li></ul><h2>校长专栏</h2><h1>讲话</h1>` + article + `</body>`,
			[]string{"校长专栏"}, []string{"讲话"}},
		{"after the article", `<body><h1>讲话</h1>` + article + `<div><p>网站地图</p><p>联系方式</p></div></body>`,
			[]string{"网站地图", "联系方式"}, []string{"讲话", "二、突出重点，抓好各项任务落实"}},
		{"a header inside the article is its own", `<body><div class="nav"><a href="/">首页</a></div><article><header><h1>讲话</h1><p>（2023年1月1日）</p></header>` +
			article + `</article></body>`,
			[]string{"首页"}, []string{"讲话", "（2023年1月1日）"}},
		{"a link inside the article's text", `<body><h1>讲话</h1><div><p>今天召开会议，学习<a href="/doc">中央文件</a>精神，研究部署工作，大家要认真抓好落实。</p>` +
			`<p>一、提高认识，增强紧迫感，切实把思想统一到中央的部署上来。</p></div></body>`,
			nil, []string{"今天召开会议，学习中央文件精神，研究部署工作，大家要认真抓好落实。"}},
		{"a page laid out in tables", `<body><table><tr><td>欢迎访问某某县教育局网站</td></tr>` +
			`<tr><td><a href="/">首页</a></td><td><a href="/a">机构设置</a></td><td><a href="/b">政策法规</a></td></tr>` +
			`<tr><td><a href="/">首页</a> &gt; <a href="/ld">领导讲话</a></td></tr>` +
			`<tr><td><b>在全县教育工作会议上的讲话</b></td></tr><tr><td>2023-02-01</td></tr>` +
			`<tr><td>` + article + `</td></tr><tr><td>某某县教育局 地址：某某路1号</td></tr></table></body>`,
			[]string{"欢迎访问某某县教育局网站", "首页\t机构设置\t政策法规", "首页 > 领导讲话", "某某县教育局 地址：某某路1号"},
			[]string{"在全县教育工作会议上的讲话", "2023-02-01", "同志们："}},
		{"the title inside the article, a header above the menu", `<body><div>欢迎访问本站</div><div><a href="/">首页</a> <a href="/a">新闻</a></div>` +
			`<div class="box"><h1>在全县教育工作会议上的讲话</h1>` + strings.TrimPrefix(article, `<div class="article">`) + `</body>`,
			[]string{"欢迎访问本站", "首页 新闻"}, []string{"在全县教育工作会议上的讲话", "同志们："}},
		{"links under the title", `<body><div class="top">某某网</div><h1>讲话</h1><p>关键词：<a href="/t1">教育</a> <a href="/t2">会议</a></p>` + article + `</body>`,
			[]string{"关键词：教育 会议", "某某网"}, []string{"讲话"}},
		{"a page without chrome", `<html><body><h1>讲话</h1><em>某某</em><p>同志们：</p><p>一、第一点。</p><p>二、第二点。</p></body></html>`,
			nil, []string{"讲话", "某某", "同志们：", "一、第一点。", "二、第二点。"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			lines := chromeLines(tc.page)
			has := func(s string) bool {
				for _, l := range lines {
					if l == s {
						return true
					}
				}
				return false
			}
			for _, c := range tc.chrome {
				if !has("N " + c) {
					t.Errorf("%q is not chrome in\n%s", c, strings.Join(lines, "\n"))
				}
			}
			for _, c := range tc.content {
				if !has(c) {
					t.Errorf("%q is not content in\n%s", c, strings.Join(lines, "\n"))
				}
			}
		})
	}
}

// TestChromeRegions: the regions are in order, apart, inside the text,
// and each a run of whole lines.
func TestChromeRegions(t *testing.T) {
	page := `<body><nav><p>甲</p><p>乙</p></nav><h1>讲话</h1>` + article + `<footer><p>丙</p></footer></body>`
	p := Read(page)
	if len(p.Chrome) != 2 {
		t.Fatalf("regions %v in %q", p.Chrome, p.Text)
	}
	if got := p.Text[p.Chrome[0].Start:p.Chrome[0].End]; got != "甲\n乙" {
		t.Errorf("first region %q", got)
	}
	if got := p.Text[p.Chrome[1].Start:p.Chrome[1].End]; got != "丙" {
		t.Errorf("second region %q", got)
	}
	checkRegions(t, p)
}

func checkRegions(t *testing.T, p Page) {
	t.Helper()
	last := -1
	for _, r := range p.Chrome {
		if r.Start <= last || r.End <= r.Start || r.End > len(p.Text) {
			t.Fatalf("region %v out of order or bounds (text %d bytes)", r, len(p.Text))
		}
		if r.Start > 0 && p.Text[r.Start-1] != '\n' || r.End < len(p.Text) && p.Text[r.End] != '\n' {
			t.Fatalf("region %v is not whole lines", r)
		}
		last = r.End
	}
}

func TestChromeLine(t *testing.T) {
	for _, tc := range []struct {
		s    string
		want bool
	}{
		{"【打印本页】【关闭窗口】", true},
		{"[打印] [关闭]", true},
		{"字体：大 中 小", true},
		{"返回顶部", true},
		{"上一篇：在全区工作会议上的讲话", true},
		{"下一篇", true},
		{"Copyright © 2023 某某大学", true},
		{"某某市教育局 版权所有", true},
		{"苏ICP备00000001号-1", true},
		{"沪公网安备 31010602000299号", true},
		{"技术支持：某某公司", true},
		{"建议使用1024×768分辨率浏览", true},
		{"我们要关闭一批落后产能，打印出来贴在墙上。", false},
		{"上一篇文章里讲过的道理，今天再说一遍。", false},
		{"一、提高认识", false},
		{"中", false},
		{"同志们：", false},
	} {
		if got := chromeLine(tc.s); got != tc.want {
			t.Errorf("chromeLine(%q) = %v, want %v", tc.s, got, tc.want)
		}
	}
}

func TestChromeName(t *testing.T) {
	for _, tc := range []struct {
		v            string
		inside, want bool
	}{
		{"nav", false, true},
		{"main-nav clearfix", true, true},
		{"topNav", true, true},
		{"footer", true, true},
		{"breadcrumb", true, true},
		{"header", false, true},
		{"header", true, false},
		{"article-header", true, false},
		{"navigator", false, false}, // not the word nav
		{"content", false, false},
		{"TRS_Editor", false, false},
		{"footnote", true, false},
	} {
		if got := chromeName(tc.v, tc.inside); got != tc.want {
			t.Errorf("chromeName(%q, inside %v) = %v, want %v", tc.v, tc.inside, got, tc.want)
		}
	}
}

func TestSniff(t *testing.T) {
	for _, tc := range []struct {
		raw  string
		want bool
	}{
		{"<!DOCTYPE html><html>", true},
		{"<!doctype HTML>", true},
		{"\xEF\xBB\xBF\n  <html lang=zh>", true},
		{"<!-- saved from url=(0022)http://example.com/ -->\r\n<html>", true},
		{"<?xml version=\"1.0\" encoding=\"gb2312\"?>\n<!DOCTYPE html PUBLIC \"-//W3C//DTD XHTML 1.0//EN\">", true},
		{"<HEAD><meta charset=gbk>", true},
		{"<meta http-equiv=Content-Type content=\"text/html; charset=gb2312\">", true},
		{"<body>", true},
		{"<title>讲话</title>", true},
		{"<html", true},
		{"<header>不是页面的开头", false},
		{"<htmlx>", false},
		{"在全区工作会议上的讲话\n<p>", false},
		{"---\ntitle: 讲话\n---", false},
		{"<!-- 注释没有结束", false},
		{"", false},
	} {
		if got := Sniff([]byte(tc.raw)); got != tc.want {
			t.Errorf("Sniff(%q) = %v, want %v", tc.raw, got, tc.want)
		}
	}
}

func TestDeclaredCharset(t *testing.T) {
	for _, tc := range []struct {
		raw, want string
	}{
		{`<html><head><meta charset="GBK"></head>`, "gbk"},
		{`<meta charset=utf-8>`, "utf-8"},
		{`<meta http-equiv="Content-Type" content="text/html; charset=gb2312" />`, "gb2312"},
		{`<META HTTP-EQUIV="content-type" CONTENT="text/html;charset=big5">`, "big5"},
		{`<?xml version="1.0" encoding="GB18030"?><html>`, "gb18030"},
		{`<html><head><!-- a long comment --><script>var s = "<meta charset=big5>";</script><meta charset="gbk"></head>`, "gbk"},
		{`<html><head><title>无声明</title></head><body><meta charset="gbk"></body>`, ""},
		{`<meta name="keywords" content="charset=big5">`, ""},
		{`<html><head></head>`, ""},
	} {
		if got := DeclaredCharset([]byte(tc.raw)); got != tc.want {
			t.Errorf("DeclaredCharset(%q) = %q, want %q", tc.raw, got, tc.want)
		}
	}
}
