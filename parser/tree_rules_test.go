package parser

import (
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/dagang/dagang/ast"
)

// The rules of the tree builder (docs/rules.md), one table case each: a
// short speech of our own words and the outline it must give. A change to
// a rule shows here by the rule's name before it shows in a golden file.

// outline writes a document's sections as the cases state them: one line
// a section, indented two spaces a level, its marker (in brackets when the
// heading is implied) and title; a sequence heading with its number; the
// points of a paragraph under it, after a dot; the closing paragraphs and
// formula last.
func outline(doc *ast.Document) string {
	var b strings.Builder
	var paras func(ps []*ast.Para, indent string)
	paras = func(ps []*ast.Para, indent string) {
		for _, p := range ps {
			for _, pt := range p.Points {
				fmt.Fprintf(&b, "%s· %s%d %s\n", indent, pt.Marker, pt.Number, pt.Title)
			}
		}
	}
	var sections func(ss []*ast.Section, indent string)
	sections = func(ss []*ast.Section, indent string) {
		for _, s := range ss {
			marker := s.Marker
			if s.Implied {
				marker = "[" + marker + "]"
			}
			if s.Style == ast.StyleSequence {
				marker += fmt.Sprint(s.Number)
			}
			fmt.Fprintf(&b, "%s%s %s\n", indent, marker, s.Title)
			paras(s.Body, indent+"  ")
			sections(s.Children, indent+"  ")
		}
	}
	for _, sp := range doc.Speeches {
		if sp.TitleSpan != nil {
			fmt.Fprintf(&b, "title %s\n", sp.Title)
		}
		paras(sp.Preamble, "")
		sections(sp.Sections, "")
		if sp.Closing != nil {
			for _, p := range sp.Closing.Paragraphs {
				fmt.Fprintf(&b, "closing %s\n", p.Text)
			}
			if sp.Closing.Formula != nil {
				fmt.Fprintf(&b, "formula %s\n", sp.Closing.Formula.Text)
			}
		}
	}
	return b.String()
}

// codes are the codes of a document's diagnostics, closing-missing left
// out (most cases have no closing).
func codes(doc *ast.Document) []ast.Code {
	var out []ast.Code
	for _, d := range doc.Diagnostics {
		if d.Code != ast.CodeClosingMissing {
			out = append(out, d.Code)
		}
	}
	return out
}

func TestTreeRules(t *testing.T) {
	tests := []struct {
		name  string // the subtest: go test -run 'TestTreeRules/restart'
		rule  string
		text  string
		want  string
		diags []ast.Code
	}{
		{name: "first-appearance/nests", rule: "first appearance: a style not open nests under the current section",
			text: "一、总的要求\n（一）提高认识\n1.学深一层\n2.悟透一层\n（二）压实责任\n二、重点任务\n",
			want: "一、 总的要求\n  （一） 提高认识\n    1. 学深一层\n    2. 悟透一层\n  （二） 压实责任\n二、 重点任务\n"},
		{name: "first-appearance/text-order", rule: "first appearance: the order of the text, not the national standard's",
			text: "（一）总的要求\n一、提高认识\n二、压实责任\n（二）重点任务\n",
			want: "（一） 总的要求\n  一、 提高认识\n  二、 压实责任\n（二） 重点任务\n"},
		{name: "unranked/closed-by-ranked", rule: "unranked lists hold no ranked child: a ranked heading closes them",
			text: "一、总的要求\n一是提高认识\n二是压实责任\n（一）具体安排\n",
			want: "一、 总的要求\n  一是 提高认识\n  二是 压实责任\n  （一） 具体安排\n"},
		{name: "unranked/deepest", rule: "unranked lists nest under the deepest open section",
			text: "一、总的要求\n（一）提高认识\n一要学深\n二要悟透\n（二）压实责任\n",
			want: "一、 总的要求\n  （一） 提高认识\n    一要 学深\n    二要 悟透\n  （二） 压实责任\n"},
		{name: "continuation/next", rule: "continuation: a number one past the open list's continues it",
			text: "一、甲项工作\n二、乙项工作\n三、丙项工作\n",
			want: "一、 甲项工作\n二、 乙项工作\n三、 丙项工作\n"},
		{name: "continuation/gap", rule: "gap: a jump is a sibling with a diagnostic",
			text:  "一、甲项工作\n三、丙项工作\n",
			want:  "一、 甲项工作\n三、 丙项工作\n",
			diags: []ast.Code{ast.CodeNumberingGap}},
		{name: "continuation/duplicate", rule: "duplicate: the same number again is a sibling with a diagnostic",
			text:  "一、甲项工作\n二、乙项工作\n二、丙项工作\n",
			want:  "一、 甲项工作\n二、 乙项工作\n二、 丙项工作\n",
			diags: []ast.Code{ast.CodeNumberingDuplicate}},
		{name: "continuation/order", rule: "order: a smaller number is a sibling with a diagnostic",
			text:  "一、甲项工作\n三、乙项工作\n二、丙项工作\n",
			want:  "一、 甲项工作\n三、 乙项工作\n二、 丙项工作\n",
			diags: []ast.Code{ast.CodeNumberingGap, ast.CodeNumberingOrder}},
		{name: "restart/implied-parent", rule: "restart: 1 again under the same parent implies a lost parent",
			text:  "一、总的要求\n（一）提高认识\n（二）压实责任\n（一）细化分工\n（二）狠抓落实\n",
			want:  "一、 总的要求\n  （一） 提高认识\n  （二） 压实责任\n[二、] \n  （一） 细化分工\n  （二） 狠抓落实\n",
			diags: []ast.Code{ast.CodeImpliedParent}},
		{name: "restart/at-the-top", rule: "L3: a list that restarts at the top puts each run under an implied part",
			text:  "一、总的要求\n（一）指导思想。\n二、主要目标\n一、重点任务\n二、保障措施\n一、工作要求\n",
			want:  "[第一部分] \n  一、 总的要求\n    （一） 指导思想\n  二、 主要目标\n[第二部分] \n  一、 重点任务\n  二、 保障措施\n[第三部分] \n  一、 工作要求\n",
			diags: []ast.Code{ast.CodeImpliedParent, ast.CodeImpliedParent}},
		{name: "restart/markdown-sublist", rule: "L4: a plain list under a list of Markdown headings of its style is a sub-list, not a restart",
			text: "### 1. 备课要深\n### 2. 方法要活\n1. 问题导入\n2. 小组合作\n### 3. 评价要实\n",
			want: "1. 备课要深\n2. 方法要活\n  1. 问题导入\n  2. 小组合作\n3. 评价要实\n"},
		{name: "restart/preview", rule: "L5: a list previewed after an announcement and taken up again: the preview is text",
			text: "今天讲三个问题：\n（一）为什么要重视安全；\n（二）存在哪些隐患；\n（一）为什么要重视安全。安全是生命线。\n（二）存在哪些隐患。照明不足。\n",
			want: "（一） 为什么要重视安全\n（二） 存在哪些隐患\n"},
		{name: "restart/unranked-under-ranked", rule: "restart: an unranked list that restarts under a ranked parent implies one too",
			text:  "一、总的要求\n一是提高认识\n二是压实责任\n一是细化分工\n二是狠抓落实\n",
			want:  "一、 总的要求\n  一是 提高认识\n  二是 压实责任\n[二、] \n  一是 细化分工\n  二是 狠抓落实\n",
			diags: []ast.Code{ast.CodeImpliedParent}},
		{name: "restart/unranked-new-run", rule: "restart: an unranked list that restarts with no parent starts a new run beside it",
			text: "一是提高认识\n二是压实责任\n一是细化分工\n二是狠抓落实\n",
			want: "一是 提高认识\n二是 压实责任\n一是 细化分工\n二是 狠抓落实\n"},
		{name: "fragment/implied-parent", rule: "fragment: a list that starts late is wrapped in an implied parent",
			text:  "二是提高认识\n三是压实责任\n三、重点任务\n",
			want:  "[二、] \n  二是 提高认识\n  三是 压实责任\n三、 重点任务\n",
			diags: []ast.Code{ast.CodeListStartsLate, ast.CodeImpliedParent}},
		{name: "fragment/starts-late", rule: "a list that starts late, with nothing after it, starts late",
			text:  "二、提高认识\n三、压实责任\n",
			want:  "二、 提高认识\n三、 压实责任\n",
			diags: []ast.Code{ast.CodeListStartsLate}},
		{name: "mixed-style", rule: "mixed style: a list that runs 1…n-1 has the new style as its sibling",
			text:  "一是提高认识\n二、压实责任\n三、狠抓落实\n",
			want:  "一是 提高认识\n二、 压实责任\n三、 狠抓落实\n",
			diags: []ast.Code{ast.CodeMixedStyle}},
		{name: "company/lone", rule: "company: a lone lead or ordinal marker is text",
			text:  "一是提高认识，这是前提。\n第一书记要带头。\n",
			want:  "",
			diags: []ast.Code{ast.CodeNotAHeading}},
		{name: "company/lead-word", rule: "company: a lead marker with its neighbour is a heading; 一把手 alone is text",
			text: "一把手要带头。\n一抓学习\n二抓落实\n",
			want: "一抓 学习\n二抓 落实\n"},
		{name: "company/any-lead-word", rule: "company: at a line's head any word after the numeral makes a lead marker",
			text: "一查思想认识\n二查工作作风\n三查廉洁自律\n",
			want: "一查 思想认识\n二查 工作作风\n三查 廉洁自律\n"},
		{name: "company/run-with-gaps", rule: "company: a run of rising numbers with one pair n, n+1 gives every item company, gaps and all",
			text:  "一是提高认识\n二是压实责任\n四是狠抓落实\n",
			want:  "一是 提高认识\n二是 压实责任\n四是 狠抓落实\n",
			diags: []ast.Code{ast.CodeNumberingGap}},
		{name: "company/no-pair", rule: "company: a run without two items numbered n and n+1 gives none",
			text:  "一是提高认识\n三是狠抓落实\n",
			want:  "",
			diags: []ast.Code{ast.CodeNotAHeading, ast.CodeNotAHeading}},
		{name: "company/run-ends", rule: "company: a number that does not rise ends the run; the next run stands on its own",
			text:  "一是提高认识\n二是压实责任\n一是细化分工\n",
			want:  "一是 提高认识\n二是 压实责任\n",
			diags: []ast.Code{ast.CodeNotAHeading}},
		{name: "handun-space/company", rule: "H1: a numeral, white space and a title is a han-dun heading in company",
			text: "一　认清形势\n形势总体向好。\n二  抓好服务\n服务要到位。\n三 压实责任\n",
			want: "一 认清形势\n二 抓好服务\n三 压实责任\n"},
		{name: "handun-space/alone", rule: "H1: a numeral and white space with no list of its form around it is text",
			text: "一 直以来，我们都把安全放在首位。\n",
			want: ""},
		{name: "handun-space/own-form", rule: "H1: a numeral and white space never borrows company from a list written 一、",
			text: "一、压实责任\n二、排查隐患\n三 方案都已备好。\n",
			want: "一、 压实责任\n二、 排查隐患\n"},
		{name: "handun-space/quantity", rule: "H1: a counting word or a numeral right after the space makes a quantity, not a heading",
			text:  "一　认清形势\n一 年多来，成效显现。\n二　抓好服务\n二 十年前的事。\n",
			want:  "一 认清形势\n二 抓好服务\n",
			diags: []ast.Code{ast.CodeNotAHeading, ast.CodeNotAHeading}},
		{name: "ordinal-space", rule: "H1: an ordinal, white space and a title is an ordinal heading in company",
			text: "第一　项目建设要提速\n第二　招商引资要见效\n",
			want: "第一 项目建设要提速\n第二 招商引资要见效\n"},
		{name: "bare-numeral/empty-title", rule: "H2: a numeral alone on its line heads a section with no title; the next paragraph is its body",
			text:  "## 一\n今年的工作有三个特点。\n## 二\n明年的任务更重。\n",
			want:  "一 \n二 \n",
			diags: []ast.Code{ast.CodeEmptyTitle, ast.CodeEmptyTitle}},
		{name: "bare-numeral/alone", rule: "H2: one numeral alone on its line, with no list around it, is text",
			text: "**一**\n年来，县里办成了几件大事。\n",
			want: ""},
		{name: "parts/classifier", rule: "H3: numbered parts with a classifier are a ranked list in company; the last item takes the next number",
			text: "第一点，要提高认识。\n第二件　城乡供水\n第二点，要压实责任。\n（一）细化分工\n（二）狠抓落实\n最后一点，安全是底线。\n",
			want: "第一点， 要提高认识\n第二点， 要压实责任\n  （一） 细化分工\n  （二） 狠抓落实\n最后一点， 安全是底线\n"},
		{name: "parts/last-numbered", rule: "H3: the last item may give its number again (最后一点，第四点：)",
			text:  "第二点：关于会风\n第三点：关于文风\n最后一点，第四点：关于考核\n",
			want:  "第二点： 关于会风\n第三点： 关于文风\n最后一点，第四点： 关于考核\n",
			diags: []ast.Code{ast.CodeListStartsLate}},
		{name: "parts/alone", rule: "H3: a lone numbered part, or a last item with no list before it, is text",
			text: "第七条罪状是：空话连篇。\n最后一点，大家要注意安全。\n",
			want: ""},
		{name: "parts/units-apart", rule: "H3: numbered parts of two classifiers are two lists, nested by first appearance",
			text: "第一部分　形势\n第一点，成绩\n第二点，问题\n第二部分　任务\n",
			want: "第一部分 形势\n  第一点， 成绩\n  第二点， 问题\n第二部分 任务\n"},
		{name: "articles/run-on", rule: "H4: articles nest under chapters and run on across them; （一） lists under each are new",
			text: "第一章　总则\n第一条　本会是公益性社团。\n第二条　本会宗旨是服务社会。\n第二章　会员\n第三条　入会条件：\n（一）拥护章程；\n（二）参加活动。\n第四条　会员权利：\n（一）参加活动；\n",
			want: "第一章 总则\n  第一条 本会是公益性社团\n  第二条 本会宗旨是服务社会\n第二章 会员\n  第三条 入会条件：\n    （一） 拥护章程\n    （二） 参加活动\n  第四条 会员权利：\n    （一） 参加活动\n"},
		{name: "articles/cited", rule: "H4: an article cited at a line's head, with no list of articles, is text",
			text: "一、要认清形势\n第二十一条规定，主要负责人全面负责。\n二、要落实责任\n",
			want: "一、 要认清形势\n二、 要落实责任\n"},
		{name: "unranked/side-by-side", rule: "L2: a list after the last item of an unranked list stands beside it",
			text: "一抓环境整治\n二抓志愿服务\n成效明显。\n一是满意度提高了\n二是风气好转了\n第一，持续深化改革\n第二，保护企业权益\n",
			want: "一抓 环境整治\n二抓 志愿服务\n一是 满意度提高了\n二是 风气好转了\n第一， 持续深化改革\n第二， 保护企业权益\n"},
		{name: "unranked/holds", rule: "L2: an unranked item holds the list after it when its own list goes on, or an earlier item held one",
			text: "第一，紧盯产业\n一是新能源\n二是装备\n第二，创新方式\n一是以商招商\n二是基金招商\n",
			want: "第一， 紧盯产业\n  一是 新能源\n  二是 装备\n第二， 创新方式\n  一是 以商招商\n  二是 基金招商\n"},
		{name: "sequence/opens-ordinals", rule: "L1: 首先 before 第二，第三… is the first item of the ordinal list",
			text:  "首先，粮食安全是基础。\n第二，收益关系积极性。\n第三，耕地是命根子。\n",
			want:  "首先，1 粮食安全是基础\n第二， 收益关系积极性\n第三， 耕地是命根子\n",
			diags: []ast.Code{ast.CodeMixedStyle}},
		{name: "sequence/opens-nothing", rule: "L1: 首先 with another sequence word before the ordinals opens nothing",
			text:  "首先，我提议：\n大家起立。\n首先，粮食安全是基础。\n第二，收益关系积极性。\n第三，耕地是命根子。\n",
			want:  "首先，1 粮食安全是基础\n第二， 收益关系积极性\n第三， 耕地是命根子\n",
			diags: []ast.Code{ast.CodeMixedStyle}},
		{name: "sequence/chain", rule: "sequence chains: two or more sequence words in order, numbered in order",
			text: "首先，提高认识。\n其次，压实责任。\n最后，狠抓落实。\n",
			want: "首先，1 提高认识\n其次，2 压实责任\n最后，3 狠抓落实\n"},
		{name: "sequence/lone", rule: "sequence chains: a lone sequence word is text",
			text: "最后，我们要狠抓落实。\n",
			want: ""},
		{name: "sequence/next-chain", rule: "sequence chains: a word that does not rise starts the next chain",
			text: "其次，压实责任。\n最后，狠抓落实。\n其次，总结经验。\n",
			want: "其次，1 压实责任\n最后，2 狠抓落实\n"},
		{name: "titles/sentence-mark", rule: "titles: the title runs to the first sentence mark, the rest is body",
			text: "一、提高认识。要把学习摆在首位。\n",
			want: "一、 提高认识\n"},
		{name: "titles/colon-and-quotes", rule: "titles: a colon does not end a title; marks inside quotes do not",
			text: "一、党的领导：根本保证。\n二、“学、思、用”贯通！再说一句。\n",
			want: "一、 党的领导：根本保证\n二、 “学、思、用”贯通\n"},
		{name: "titles/marker-alone", rule: "titles: a marker alone on its line takes its title from the next",
			text: "一是\n提高认识\n二是\n压实责任\n",
			want: "一是 提高认识\n二是 压实责任\n"},
		{name: "broken/run-in-siblings", rule: "H6: a heading whose siblings run their titles into a paragraph, cut with no mark, runs on to the next line's first sentence",
			text: "（一）坚持政治建设。要讲政治。\n（二）持续推动基层组织\n\n全面进步全面过硬。要整顿软弱涣散的党组织。\n（三）驰而不息正风肃纪。要露头就打。\n",
			want: "（一） 坚持政治建设\n（二） 持续推动基层组织全面进步全面过硬\n（三） 驰而不息正风肃纪\n"},
		{name: "broken/markdown", rule: "H6: a Markdown heading continued by one of its depth that opens with a dash",
			text:  "## 第三件　壮大村级产业\n## ——发展特色种养\n各村因地制宜。\n## 第四件　建好班子\n",
			want:  "第三件 壮大村级产业——发展特色种养\n第四件 建好班子\n",
			diags: []ast.Code{ast.CodeListStartsLate}},
		{name: "broken/wrapped", rule: "H6: a long heading wrapped by a word processor, its fragment followed by body text",
			text: "（1）“乡村振兴”优秀大学生赴基层挂职锻炼实\n践活动\n选拔一批优秀学生挂职。\n（2）研究生暑期调研\n组织专题调研。\n",
			want: "（1） “乡村振兴”优秀大学生赴基层挂职锻炼实践活动\n（2） 研究生暑期调研\n"},
		{name: "broken/short-line", rule: "H6: a short heading and a short line that a heading follows are not one heading",
			text: "一、活动主题\n书香润校园\n二、活动时间\n四月二十三日\n",
			want: "一、 活动主题\n二、 活动时间\n"},
		{name: "broken/complete", rule: "H6: a complete heading followed by its first paragraph is not broken",
			text: "一、总体要求\n坚持稳中求进。\n二、重点任务\n抓好项目建设。\n",
			want: "一、 总体要求\n二、 重点任务\n"},
		{name: "titles/emphasis", rule: "H7: Markdown strong emphasis inside a title is decoration",
			text: "1. **耐心倾听**：把学生的话听完。\n2. 真诚**鼓励**：看到进步就表扬。\n3. 乘号*不是强调\n",
			want: "1. 耐心倾听：把学生的话听完\n2. 真诚鼓励：看到进步就表扬\n3. 乘号*不是强调\n"},
		{name: "traps", rule: "traps: numbers that only look like markers stay text",
			text:  "一、二线城市要带头。\n1.5亿元用于民生。\n一是一，二是二。\n",
			want:  "",
			diags: []ast.Code{ast.CodeNotAHeading, ast.CodeNotAHeading, ast.CodeNotAHeading}},
		{name: "points/company", rule: "points: markers that open clauses, in company, inside a paragraph",
			text: "存在的问题：一是学习不够，二是落实不力。第一书记要带头。\n",
			want: "· 一是1 学习不够\n· 二是2 落实不力\n"},
		{name: "points/owner", rule: "points: the section a point stands under is its neighbour",
			text: "一是提高认识\n二是压实责任\n具体来说，三是狠抓落实。\n",
			want: "一是 提高认识\n二是 压实责任\n  · 三是3 狠抓落实\n"},
		{name: "points/lone", rule: "points: a lone point stays text, as a lone line-head marker does",
			text: "具体来说，三是狠抓落实。\n",
			want: ""},
		{name: "closing", rule: "closing: a cue opens the closing remarks, the formula ends the speech",
			text: "一、提高认识\n要学深悟透。\n同志们，让我们共同努力。\n谢谢大家！\n",
			want: "一、 提高认识\nclosing 同志们，让我们共同努力。\nformula 谢谢大家！\n"},
		{name: "closing/any-address", rule: "C1: a closing opens with any address to the audience, modifiers and all",
			text: "一、提高认识\n要学深悟透。\n2024级的新同学们，未来的路要靠自己去走。\n",
			want: "一、 提高认识\nclosing 2024级的新同学们，未来的路要靠自己去走。\n"},
		{name: "closing/summary", rule: "C2: a closing opens with a summary of what was said",
			text: "一、提高认识\n要学深悟透。\n二、压实责任\n要层层落实。\n一共讲了两点。归结起来就是抓落实。\n",
			want: "一、 提高认识\n二、 压实责任\nclosing 一共讲了两点。归结起来就是抓落实。\n"},
		{name: "closing/hopes", rule: "C3: items listed after a closing cue that announces them are the closing's paragraphs",
			text: "一、成效明显\n二、还需加强\n同志们，结业不是终点。我提三点希望：\n一是要坚定信念。\n二是要勤于学习。\n",
			want: "一、 成效明显\n二、 还需加强\nclosing 同志们，结业不是终点。我提三点希望：\nclosing 一是要坚定信念。\nclosing 二是要勤于学习。\n"},
		{name: "closing/hopes-in-preamble", rule: "C3: items a cue announces before any heading are sections",
			text: "同志们，今天我讲两点意见：\n一是要坚定信念。\n二是要勤于学习。\n",
			want: "一是 要坚定信念\n二是 要勤于学习\n"},
		{name: "closing/label-far", rule: "C2: a concluding label opens the closing however many paragraphs follow it",
			text: "一、提高认识\n要学深。\n## 结语：回到初心\n甲。\n乙。\n丙。\n丁。\n戊。\n己。\n庚。\n",
			want: "一、 提高认识\nclosing ## 结语：回到初心\nclosing 甲。\nclosing 乙。\nclosing 丙。\nclosing 丁。\nclosing 戊。\nclosing 己。\nclosing 庚。\n"},
		{name: "restart/markdown-sublist-in-part", rule: "L4: a plain list under a Markdown heading item is its sub-list under an implied part too",
			text:  "### 1. 甲\n### 2. 乙\n### 1. 丙\n### 2. 丁\n1. 戊\n2. 己\n",
			want:  "[第一部分] \n  1. 甲\n  2. 乙\n[第二部分] \n  1. 丙\n  2. 丁\n    1. 戊\n    2. 己\n",
			diags: []ast.Code{ast.CodeImpliedParent}},
		{name: "closing/not-a-summary", rule: "C2: a count with no word of summing up or saying opens no closing",
			text: "一、提高认识\n要学深悟透。\n一共有七个项目获奖。\n",
			want: "一、 提高认识\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			doc := Parse(tt.text, ast.Source{})
			if got := outline(doc); got != tt.want {
				t.Errorf("%s:\n%s\ngives\n%s\nwant\n%s", tt.rule, tt.text, got, tt.want)
			}
			if got := codes(doc); !slices.Equal(got, tt.diags) {
				t.Errorf("%s: diagnostics %v, want %v", tt.rule, got, tt.diags)
			}
		})
	}
}
