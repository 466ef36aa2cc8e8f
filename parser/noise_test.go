package parser

import (
	"maps"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/internal/scan"
)

// TestLineNoise classifies single lines by what they are.
func TestLineNoise(t *testing.T) {
	tests := []struct {
		line string
		want ast.NoiseKind
	}{
		{"仅供学习 禁止外传 用后删除", ast.NoiseWatermark},
		{"【会员资料仅供内部交流使用，严禁外传及用于商业用途，违者后果自负】", ast.NoiseWatermark},
		{"来自：【公众号：-某某】，最新最全党建资料库", ast.NoiseAd},
		{"【某某素材库】——每天更新材料1000多篇内部高质量素材，会员群+网盘群同步每日更新，有意加入请联系客服", ast.NoiseAd},
		{"某某文行整理，咨询QQ12345678", ast.NoiseAd},
		{"现在订阅立享前3年的所有权益和资料", ast.NoiseAd},
		{"---此处隐藏5967字,下载后查看---", ast.NoiseHidden},
		{"更新时间:2025-08 来源:网友投稿", ast.NoiseMetadata},
		{"发布时间：2024-01-02  浏览次数：1024", ast.NoiseMetadata},
		{"猜你喜欢", ast.NoiseRelated},
		{"首页 > 范文大全 > 讲话稿 > 正文", ast.NoiseRelated},
		{"当前位置：首页 » 讲话稿", ast.NoiseRelated},
		{"a > b", ""},
		{"一是备份 `config` 目录和 <b>模板</b> 文件。", ""},
		{"下一篇:电路教学的有效方法(精彩8篇)", ast.NoiseRelated},
		{"##paidend##", ast.NoisePaywall},
		{"(第14/36页)", ast.NoisePage},
		{"- 3 -", ast.NoisePage},
		{"—12—", ast.NoisePage},
		{"\u200b", ast.NoiseOther},
		{"* * *", ast.NoiseOther},
		// Content that mentions the same words in passing stays content.
		{"要用好微信公众号、政务网站等平台，及时发布权威信息，回应群众关切，不断提升政务公开的质量和实效，让群众看得到、听得懂、能监督。", ""},
		{"一、搭建资料共享平台，提升服务效能", ""},
		{"来源于群众、服务于群众，是我们工作的根本出发点。", ""},
		{"要用好政务公众号。", ""},
		{"（二）深入推行“接单派单”工作机制", ""},
		{"大力发展淘宝村。", ""},
		{"推行扫码登记。", ""},
		{"欢迎关注公众号", ast.NoiseAd},
		{"第3页", ast.NoisePage},
		{"详见报告第3页。", ""},
		{"在全市组织工作会议上的讲话", ""},
		{"同志们：", ""},
		// A handle alone is a way to get in touch (conventions §6); with
		// sales talk or a brand it is an advertisement.
		{"联系人：王老师", ""},
		{"电子邮箱：office@example.edu.cn", ""},
		{"咨询电话：0571-86001234", ""},
		{"QQ：123456789", ""},
		{"网址：https://www.example.org/notice", ""},
		{"详见 https://example.org/report/2024", ""},
		{"报名表请于周五前发至QQ邮箱123456789@qq.com，文件名写明学院和姓名，逾期不再受理。", ""},
		{"免费QQ群：123456789", ast.NoiseAd},
		{"更多资料请访问 www.example.com", ast.NoiseAd},
		{"【某某文库】www.example.com", ast.NoiseAd},
		{"加客服微信号：abc123，免费领取模板", ast.NoiseAd},
		// Metadata is a labelled field at the line's start.
		{"来源: | 发布时间: 2018-05-17 | 浏览次数: 2168", ast.NoiseMetadata},
		{"【发布时间：2024-01-02】", ast.NoiseMetadata},
		{"2. 多渠道来源：不要只看一个来源，要比较不同来源的说法。", ""},
		{"信息的来源和发布时间都要核实：", ""},
	}
	for _, tt := range tests {
		p := newParser(tt.line, NewMemo())
		p.findMarkers()
		p.markNoise()
		got := p.lines[0].noise.kind()
		if got != tt.want {
			t.Errorf("%q: noise %q, want %q", tt.line, got, tt.want)
		}
	}
}

// TestNoiseInContext covers the rules that look at a line's neighbours.
func TestNoiseInContext(t *testing.T) {
	text := "仅供学习 禁止外传 用后删除\n某某文库\n自建平台、实时分享\n不断迭代\n现在订阅立享所有权益和资料\n在全镇工作会议上的讲话\n同志们：\n今天开会。\n某某文库整理，咨询QQ123456789\n"
	p := newParser(text, NewMemo())
	p.findMarkers()
	p.markNoise()
	want := []ast.NoiseKind{ast.NoiseWatermark, ast.NoiseAd, ast.NoiseAd, ast.NoiseAd, ast.NoiseAd, "", "", "", ast.NoiseAd}
	for i, w := range want {
		if got := p.lines[i].noise.kind(); got != w {
			t.Errorf("line %d %q: noise %q, want %q", i+1, p.content(&p.lines[i]), got, w)
		}
	}
}

func TestInlineCuts(t *testing.T) {
	text := "时刻保持敏锐的政##paidbegin##治鉴别力。\n在学习贯彻主题教育动员大会上的讲话、发言-20篇(第14/36页)\n"
	p := newParser(text, NewMemo())
	p.findMarkers()
	p.markNoise()
	if got := p.cleanText(p.lines[0].start, p.lines[0].end); got != "时刻保持敏锐的政治鉴别力。" {
		t.Errorf("paywall cut: %q", got)
	}
	if got := p.cleanText(p.lines[1].start, p.lines[1].end); got != "在学习贯彻主题教育动员大会上的讲话、发言-20篇" {
		t.Errorf("page cut: %q", got)
	}
	if len(p.cuts) != 2 || p.cuts[0].kind != ast.NoisePaywall || p.cuts[1].kind != ast.NoisePage {
		t.Errorf("cuts: %+v", p.cuts)
	}
}

func TestLicenseBlockToEnd(t *testing.T) {
	text := "各位代表：\n一、工作回顾\n过去一年成绩显著。\n\n本作品是某某的\n公文\n，属于\n公有领域\n。\nPublic domain\nfalse\n"
	doc := Parse(text, ast.Source{})
	var kinds []ast.NoiseKind
	for _, n := range doc.Noise {
		kinds = append(kinds, n.Kind)
	}
	if len(kinds) != 1 || kinds[0] != ast.NoiseLicense || doc.Noise[0].Span.Line != 5 || doc.Noise[0].Span.EndLine != 11 {
		t.Errorf("noise %+v", doc.Noise)
	}
}

func TestAllBoilerplateHasOneSpeech(t *testing.T) {
	doc := Parse("\n仅供学习 禁止外传 用后删除\n猜你喜欢\n", ast.Source{})
	if len(doc.Speeches) != 1 || doc.Speeches[0].TitleSpan != nil || doc.Speeches[0].Span.Len() != 0 || doc.Speeches[0].Span.Line != 2 {
		t.Fatalf("speeches %+v", doc.Speeches)
	}
	if blank := Parse(" \n\u3000\n", ast.Source{}); len(blank.Speeches) != 0 {
		t.Errorf("a blank text has %d speeches", len(blank.Speeches))
	}
}

// TestKeywordsAgainstSearch checks the scan against a plain search for
// every word at every offset.
func TestKeywordsAgainstSearch(t *testing.T) {
	lx := noiseLexicon()
	words := append([]string{"会员", "员群", "群会员", "a", "ab", "b", "𠀀字", "字𠀀"}, lx.words...)
	texts := []string{
		"加入会员群，会员群会员", "ababa 会员员群", "本站QQ：12345，www.example.com 免费下载",
		"𠀀字𠀀字 字𠀀", "相关推荐 上一篇 下一篇 猜你喜欢", "",
		"仅供学习 禁止外传 用后删除，版权所有 © Copyright 2024",
	}
	// Every word alone, at the end of a text, cut short, and all of them
	// run together, where one word's end starts another; and every line of
	// the fixtures.
	all := strings.Join(words, "")
	texts = append(texts, all, all[1:], strings.Join(words, " "))
	for _, w := range words {
		texts = append(texts, w, "会"+w, w[:len(w)-1], "x"+w+"员")
	}
	for _, raw := range fixtureTexts(t) {
		texts = append(texts, strings.Split(raw, "\n")...)
	}
	for _, ws := range [][]string{words, lx.words, words[:3]} {
		for _, kw := range []*scan.Keywords{scan.NewKeywords(ws)} {
			for _, s := range texts {
				type hit struct{ w, end int }
				got := map[hit]int{}
				kw.Scan(s, func(w, end int) { got[hit{w, end}]++ })
				want := map[hit]int{}
				for w, word := range ws {
					for i := 0; i+len(word) <= len(s); i++ {
						if strings.HasPrefix(s[i:], word) {
							want[hit{w, i + len(word)}]++
						}
					}
				}
				if !maps.Equal(got, want) {
					t.Errorf("scan(%q) over %d words: %d hits, want %d", s, len(ws), len(got), len(want))
				}
			}
		}
	}
}

// plainMayBeLongNoise is mayBeLongNoise as it reads most simply.
func plainMayBeLongNoise(s string) bool {
	for _, r := range s {
		if r < utf8.RuneSelf {
			if l := r | 0x20; l >= 'a' && l <= 'z' || r == '@' || len(s) <= 300 && r >= '0' && r <= '9' {
				return true
			}
		}
		if r == '【' {
			return true
		}
	}
	return false
}

// TestMayBeLongNoise holds the gate (scan.HasLatin, 32 or eight bytes at
// a time) to its plain definition, with each mark at every offset of texts of several lengths
// (so that it falls in every place of a word and in the tail), and on the
// lines of the fixtures.
func TestMayBeLongNoise(t *testing.T) {
	var texts []string
	base := strings.Repeat("各级党组织要", 60) // 1080 bytes of ideographs
	for _, n := range []int{0, 5, 9, 16, 33, 120, 297, 300, 303, 600} {
		body := base[:n]
		texts = append(texts, body)
		for _, mark := range []string{"a", "Z", "@", "7", "【", "。", "，", " ", "é", "𠀀", "\u0090", "[", "`", "{", "/", ":", "\x7f", "A", "z", "0", "9"} {
			for at := 0; at <= n; at += 3 {
				texts = append(texts, body[:at]+mark+body[at:])
			}
		}
	}
	for _, raw := range fixtureTexts(t) {
		texts = append(texts, strings.Split(raw, "\n")...)
	}
	for _, s := range texts {
		want := plainMayBeLongNoise(s)
		if got := mayBeLongNoise(s); got != want {
			t.Fatalf("mayBeLongNoise(%q) = %v, plain %v", s, got, want)
		}
	}
}

// TestInvisibleOnly: the quick answer for a visible first character is the
// answer.
func TestInvisibleOnly(t *testing.T) {
	for _, s := range []string{"", " ", "\u200b", "\u200b\u3000\ufeff", "a", "一", "\u200ba", "~", "\x7f", "\u00ad一"} {
		want := true
		for _, r := range s {
			switch r {
			case '\u200B', '\u200C', '\u200D', '\u2060', '\u00AD', '\uFEFF':
			default:
				if !scan.IsBlank(r) {
					want = false
				}
			}
		}
		if got := invisibleOnly(s); got != want {
			t.Errorf("invisibleOnly(%q) = %v, want %v", s, got, want)
		}
	}
}

// TestLineNoise: every kind of boilerplate goes through a line's record
// and comes back.
func TestLineNoiseKinds(t *testing.T) {
	for _, k := range ast.NoiseKinds() {
		if n := lineNoiseOf(k); n == 0 || n.kind() != k {
			t.Errorf("lineNoiseOf(%s) = %d, kind %q", k, n, n.kind())
		}
	}
	if n := lineNoiseOf(""); n != 0 || n.kind() != "" {
		t.Errorf("no noise: %d %q", n, n.kind())
	}
}
