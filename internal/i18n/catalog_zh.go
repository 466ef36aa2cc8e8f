package i18n

// chinese is the Chinese catalog. Quotation marks: 「」.
var chinese = map[string]string{
	// Diagnostics (DiagnosticArgs says what each argument is).
	"diag.numbering-gap":                 "编号不连续：「%[1]s」之后是「%[2]s」，中间缺少 %[3]s 项",
	"diag.numbering-duplicate":           "编号重复：「%[1]s」与前一条「%[2]s」编号相同",
	"diag.numbering-order":               "编号顺序颠倒：「%[1]s」出现在「%[2]s」之后",
	"diag.mixed-style":                   "编号样式混用：「%[1]s」与同级的「%[2]s」样式不同",
	"diag.list-starts-late":              "列表从「%[1]s」开始，前面缺少编号 1",
	"diag.implied-parent.restart":        "「%[1]s」重新从 1 编号，推断前面缺少上级标题「%[2]s」",
	"diag.implied-parent.missing":        "「%[1]s」之前缺少「%[2]s」，推断前面的 %[3]s 项属于隐含的上级标题",
	"diag.announced-count":               "前文说「%[1]s」，其后有 %[2]s 个同级标题",
	"diag.empty-title":                   "「%[1]s」后没有标题文字",
	"diag.not-a-heading.trap":            "「%[1]s」看起来像编号，但作为正文保留：%[2]s",
	"diag.not-a-heading.alone":           "「%[1]s」看起来像编号，但前后没有同一列表的其他条目，作为正文保留",
	"diag.not-a-heading.inline":          "「%[1]s」接续前文段落中的列举，作为正文保留",
	"diag.marker-punctuation.han-dun":    "「%[1]s」中汉字数字后应使用顿号「、」（GB/T 15834—2011 附录 B.3）",
	"diag.marker-punctuation.paren":      "「%[1]s」括号序号后不再加标点（GB/T 15834—2011 附录 B.3）",
	"diag.marker-punctuation.arabic-dot": "「%[1]s」阿拉伯数字序号后应使用下脚点「.」（GB/T 15834—2011 附录 B.3）",
	"diag.bracket-mismatch":              "「%[1]s」前后括号不配套（全角与半角混用）",
	"diag.closing-missing":               "讲话没有结束语（如「以上发言不妥之处，请批评指正」「谢谢大家」）",
	"diag.encoding.replaced":             "有 %[1]s 个字符无法按 %[2]s 解码，已替换为 U+FFFD",
	"diag.encoding.doubt":                "编码难以判断：按 %[1]s 读取，也可能是 %[2]s（可指定编码）",
	"diag.content-in-noise.heading":      "第 %[1]s 行像是编号标题，与第 %[2]s 行同属一个序列，却被当作杂项（%[3]s）：讲话内容可能被误删",
	"diag.content-in-noise.share":        "被当作杂项的文字占全文的 %[1]s%%，而文中有编号标题：讲话内容可能被误删（最大的一段是 %[2]s，第 %[3]s–%[4]s 行）",

	"reason.large-number":   "数字过大，像是年份或数量",
	"reason.decimal":        "标点后紧接数字，像是小数或并列的数字（如 1.5、1、2）",
	"reason.numeral-series": "标点后又是数字和标点，像是并列的数字（如 十、百、千）",
	"reason.numeral-pair":   "像是并列的数字（如 一、二线城市）",
	"reason.one-is-one":     "像是「一是一，二是二」式的说法",
	"reason.quantity":       "数字后空一格接量词或数字，像是被空格断开的数量（如 一 年多来）",

	// The command line: the root and its help.
	"root.short": "从中文讲话稿中提取大纲",
	"root.long": `dagang（大纲）读取中文讲话稿——讲话稿、发言稿、交流发言、研讨发言提纲、党课讲稿——
无论是从 Word 或网页复制的 .txt、.docx 还是保存的网页，提取其大纲：标题、称呼、
开场白、各级编号标题（一、 （一） 1. （1） ① 一是 第一，）、结束语和结束套语，
并把网页的附带内容放在一边。

未给文件时，各命令都读取标准输入。退出状态：0 完成；1 有输入无法读取或输出无法写入
（或 check 发现了达到 --fail-on 的问题）；2 命令行有误。`,
	"help.usage":        "用法：",
	"help.command-word": "[命令]",
	"help.examples":     "示例：",
	"help.commands":     "命令：",
	"help.flags":        "选项：",
	"help.global-flags": "所有命令通用的选项：",
	"help.default":      "（默认 %s）",
	"help.more":         "运行「%[1]s [命令] --help」查看命令的详细说明。",
	"help.use":          "help [命令]",
	"help.short":        "查看命令的帮助",
	"completion.short":  "输出 dagang 的命令行补全脚本",
	"completion.long": `输出让 shell 补全 dagang 的命令、选项及其取值的脚本。
加载方法见各 shell 子命令的帮助。`,
	"completion.shell-short":     "输出 %[1]s 的补全脚本",
	"completion.shell-long":      "输出 %[1]s 的补全脚本。按该 shell 的文档从其启动文件中加载（bash：source <(dagang completion bash)）。",
	"completion.no-descriptions": "补全时不显示说明",
	"version.short":              "显示 dagang 及其 JSON 约定的版本",
	"version.line":               "dagang %[1]s（JSON 约定版本 %[2]d）",
	"schema.short":               "输出第 1 版 JSON 文档的 JSON Schema",
	"schema.long": `输出 dagang parse 所输出文档的 JSON Schema（draft 2020-12）。对象允许出现
Schema 未列出的属性：第 1 版只会增加字段，以后版本的文档仍能通过校验。`,

	// Flags.
	"flag.help":      "显示本帮助",
	"flag.version":   "显示版本",
	"flag.lang":      "提示和帮助的语言：zh 或 en（默认取自 LC_ALL、LC_MESSAGES、LANG）",
	"flag.quiet":     "不显示进度条和汇总行（失败仍会报告）",
	"flag.format":    "输出格式",
	"flag.output":    "输出写入文件 `FILE`，而不是标准输出",
	"flag.jobs":      "同时解析 `N` 个输入，或用 N 个核解析单个大文件",
	"flag.max-input": "拒绝大于 `SIZE`（如 64MiB）的输入（文件、标准输入、每条记录）；none 表示不限",
	"flag.encoding":  "按此编码 `ENCODING`（utf-8、gb18030 等）读取文本输入，不自动检测",
	"flag.include":   "处理目录时，只处理文件名匹配此模式 `GLOB` 的文件，不区分大小写（可重复）",
	"flag.unordered": "每个结果一就绪就输出，不按输入顺序",
	"flag.pretty":    "缩进 JSON（仅限单个输入）",
	"flag.jsonl":     "单个输入也输出 JSON Lines（同 -f jsonl）",
	"flag.records":   `从标准输入读取 {"name", "text"} 形式的 JSON Lines 记录`,
	"flag.fail-on":   "发现至少达到此级别的问题时，退出状态为 1",
	"flag.all":       "chunks：每个章节都输出一条记录，而不只是最底层的章节",
	"flag.max-chars": "chunks：把长于 `N` 个字符的文本切分开（0：不切分）",
	"flag.write":     "按原编码改写 FILE，改写前把原文件保存为备份（FILE.bak、FILE.bak.1 …）",
	"flag.dry-run":   "输出修改的统一格式差异，而不是修改后的文本（同 -f diff）",

	// Values of enumerated flags, as completion describes them.
	"format.json":      "第 1 版 JSON 文档，与 dagang parse 的输出相同",
	"format.jsonl":     "JSON Lines：每个输入一行紧凑的文档",
	"format.text":      "缩进的大纲，供在终端阅读",
	"format.markdown":  "Markdown 标题，可在 markmap 中显示为思维导图",
	"format.opml":      "OPML 2.0，供大纲软件和思维导图软件使用",
	"format.freemind":  "FreeMind/Freeplane 思维导图（.mm）",
	"format.mermaid":   "Mermaid 思维导图",
	"format.chunks":    "供检索和问答使用的 JSON Lines 记录",
	"format.diff":      "修改的统一格式差异",
	"severity.error":   "编号错误",
	"severity.warning": "细心的作者会改的地方",
	"severity.info":    "值得知道的情况",

	// parse.
	"parse.use":   "parse [选项] [文件|目录|-]...",
	"parse.short": "以第 1 版 JSON 文档输出讲话稿的大纲",
	"parse.long": `解析讲话稿（UTF-8、GB18030 或 UTF-16 文本，Word .docx，或保存的网页；「-」或
不给文件时读取标准输入），以一个 JSON 文档（spec/json.md）输出其大纲：各篇讲话的
标题、称呼、开场白、章节树和结尾，被放在一边的附带内容，以及编号中发现的问题。

给出多个输入或一个目录时（按字典序递归查找 --include 匹配的文件），parse 输出
JSON Lines：每行一个紧凑的文档，按输入顺序，同时处理 -j 个。无法读取或解码的输入
在标准错误上报告为「文件: 原因」，在输出中写为 {"source": {...}, "error": "..."}；
其余输入照常处理，退出状态为 1。-f jsonl（或 --jsonl）对单个输入也输出 JSON Lines。

--records 从标准输入读取 JSON Lines 记录 {"name": "...", "text": "..."}（text 为已解码
的文本），每条记录一就绪就输出一行：可作为 Hadoop Streaming 的 mapper 或 Spark
RDD.pipe 的命令。`,
	"parse.example": `  dagang parse speech.txt --pretty
  cat speech.txt | dagang parse
  dagang parse -j 4 --include '*.txt' corpus/ -o corpus.jsonl
  dagang parse --records < records.jsonl > outlines.jsonl`,

	// check.
	"check.use":   "check [选项] [文件|目录|-]...",
	"check.short": "报告讲话稿中的编号问题",
	"check.long": `检查讲话稿（「-」或不给文件时读取标准输入）的结构问题，每个问题输出一行，按文件和
位置排序（目录按字典序查找 --include 匹配的文件）：

  文件:行:列: 级别: 说明 [代码]

格式与 go vet 和 gcc 相同，列按字节从 1 起算，编辑器（Vim 的 quickfix、Emacs 的
compilation mode）可以准确跳到该字符。-f json 以 JSON 输出（column 按字符计，
byte_column 和 offset 按字节计），-f sarif 输出供代码扫描工具使用的 SARIF 2.1.0，
-f github 输出 GitHub Actions 的工作流命令。代码为英文，保持稳定：
  error    numbering-gap、numbering-duplicate、numbering-order、bracket-mismatch
  warning  mixed-style、list-starts-late、implied-parent、announced-count、
           empty-title、marker-punctuation（GB/T 15834—2011 附录 B.3）、encoding、
           content-in-noise
  info     not-a-heading、closing-missing

--disable 和 --enable 关闭或开启某些代码，--severity 代码=级别 改变其级别；文件所在
目录或上级目录中的 .dagang.yaml 可对每次运行作同样设置（--print-config 显示生效的设置）。
退出状态：没有问题达到 --fail-on 时为 0；有问题达到或有文件无法读取时为 1（其余文件
照常检查）；命令行有误时为 2。`,
	"check.example": `  dagang check speech.txt
  dagang check --fail-on warning -f json *.txt
  dagang check --disable marker-punctuation corpus/
  dagang check -f sarif -o dagang.sarif speeches/`,

	// outline.
	"outline.use":   "outline [选项] [文件|目录|-]...",
	"outline.short": "以文本、Markdown、OPML、FreeMind、Mermaid 或 chunks 输出讲话稿的大纲",
	"outline.long": `解析讲话稿（「-」或不给文件时读取标准输入），以下列格式之一输出其大纲：

%[1]s
chunks 为每个最底层章节输出一条 JSON 记录，每篇讲话的开场白和结尾也各一条。--all 和
--max-chars 只用于 chunks：--all 为每个章节都输出记录，而不只是最底层的；--max-chars N
把较长的文本依次在段落、句子、分句之间切分为不超过 N 个字符的片段，各片段保留记录的路径。

给出多个输入或一个目录时（查找 --include 匹配的文件），outline 按输入顺序输出各输入的
大纲：text 和 markdown 之间空一行，chunks 和 json 依次相接（JSON Lines）。opml、
freemind 和 mermaid 生成只有一个根的单个文档，只接受一个输入。无法读取或解码的输入在
标准错误上报告为「文件: 原因」；其余输入照常处理，退出状态为 1。`,
	"outline.example": `  dagang outline speech.txt
  cat speech.txt | dagang outline
  dagang outline speech.txt -f markdown -o speech.md
  dagang outline speech.txt -f chunks --max-chars 500 > speech.jsonl`,

	// fix.
	"fix.use":   "fix [选项] [文件|-]",
	"fix.short": "改正讲话稿中的编号问题",
	"fix.long": `改正讲话稿（「-」或不给文件时读取标准输入）中只有一种改法的问题，按输入原有的编码
和换行符输出改正后的文本：

  - 给有缺号、重号或顺序颠倒的列表重新编号（一、三、 → 一、二、），
    每个列表沿用自己的数字（一 二、1 2、１ ２、① ②、一是 二是、第一 第二）；
  - 按 GB/T 15834—2011 附录 B.3 改正序号后的标点：
    一. 一． 一， → 一、，（一）、 → （一），1、 → 1.；
  - 把不配套的括号改为全角：（一) (一） → （一）。

除这些序号外不作任何改动：标题、段落、换行符和作为正文保留的行逐字节不变。会改变大纲
（把一行正文变成标题）的重新编号不做。剩下的问题由 dagang check 报告。

-w 改写文件本身：先把原文件保存为 FILE.bak，已存在时保存为 FILE.bak.1、FILE.bak.2 …
（决不覆盖已有的备份），备份保留原文件的权限、属主和属组；新文本一次性替换原文件，
中途中断只会留下原文件或完整的改正结果。只读文件不改写。.docx 不能改写：请改正其文本
副本（dagang text）。`,
	"fix.example": `  dagang fix speech.txt > fixed.txt
  dagang fix --dry-run speech.txt
  dagang fix -w speech.txt   # 保留 speech.txt.bak
  dagang text speech.docx | dagang fix > fixed.txt`,
	"fix.nothing": "%[1]s：没有需要改正的地方",
	"fix.written": "%[1]s：改正 %[2]d 处（原文件保存在 %[3]s）",

	// text.
	"text.use":   "text [选项] [文件|-]",
	"text.short": "输出输入解码后的文本，即各位置（span）所指向的文本",
	"text.long": `以 UTF-8 输出 dagang 从输入中读到的文本（「-」或不给文件时读取标准输入）：.docx 为
Word 显示的文本（自动编号写出），保存的网页为浏览器显示的文本，GB18030 或 UTF-16
文件转换为 UTF-8。dagang parse 文档中的每个位置（span）都指向这段文本。可以编辑它，
或交给 dagang fix。`,
	"text.example": `  dagang text speech.docx > speech.txt
  dagang text speech.docx | dagang fix > fixed.txt`,

	// Names in messages.
	"name.stdin":           "标准输入",
	"name.stdout":          "标准输出",
	"placeholder.untitled": "（无标题）",

	// The progress bar.
	"progress.files": "%d/%d 个文件",
	"progress.eta":   "剩余 %[1]s",
	"progress.done":  "完成",

	// Errors of the command line (exit status 2).
	"err.unknown-command":       "没有「%[1]s」这个命令（dagang --help 列出所有命令）",
	"err.help-topic":            "没有「%[1]s」的帮助：没有这个命令（dagang --help 列出所有命令）",
	"err.flag-unknown":          "没有 %[1]s 这个选项",
	"err.flag-needs-value":      "选项 %[1]s 需要一个值",
	"err.flag-value":            "「%[1]s」不是 %[2]s 的有效值：%[3]s",
	"err.flag-syntax":           "选项写法有误：%[1]s",
	"err.choice":                "只能是 %[1]s 之一",
	"err.size":                  "不是大小，应写作 64MiB、512MB 或 none",
	"err.jobs":                  "--jobs 至少为 1，实际为 %[1]d",
	"err.no-args":               "%[1]s 不接受参数",
	"err.one-input":             "只能给一个输入，实际给了 %[1]d 个",
	"err.no-input":              "请给出文件，或通过管道把文本送入标准输入",
	"err.stdin-twice":           "「-」（标准输入）给了 %[1]d 次",
	"err.include-none":          "--include 需要一个模式",
	"err.include-empty":         "--include 的模式为空",
	"err.include-path":          "--include「%[1]s」：模式匹配的是文件名，不是路径",
	"err.include-bad":           "--include「%[1]s」：不是有效的模式",
	"err.records-file":          "--records 读取标准输入，不接受文件",
	"err.records-flags":         "--records 从标准输入读取并输出 JSON Lines：--pretty、--jsonl、--include 和 --encoding 不适用",
	"err.pretty-lines":          "--pretty 把一个文档写成多行：请只给一个文件，且不用 --jsonl",
	"err.one-root":              "-f %[1]s 生成只有一个根的单个导图，而这些输入共有 %[2]d 个文件：请只给一个文件，或改用 -f text、markdown、chunks 或 json，它们会依次输出各个大纲",
	"err.max-chars":             "--max-chars 不能为负数，实际为 %[1]d",
	"err.chunks-only":           "--all 和 --max-chars 只用于 -f chunks",
	"err.unknown-encoding-name": "不认识「%[1]s」这种编码（补全会列出已知的编码）",
	"err.write-dry-run":         "--write 和 --dry-run 不能同时使用",
	"err.write-stdin":           "--write 需要文件；标准输入无法改写",
	"err.write-output":          "--write 改写文件本身：-o 不适用",

	// Errors of inputs and outputs (exit status 1): the reason, after the name.
	"err.write":             "无法写入%[1]s：%[2]s",
	"err.too-large":         "超过了 %[1]s 的上限（--max-input）",
	"err.too-large-plain":   "超过了上限（--max-input）",
	"err.word-lock":         "这是 Word 的锁定文件，不是文档本身（文档打开期间 Word 会保留它；请给出 .docx 文件本身）",
	"err.is-dir":            "是目录",
	"err.fix-docx":          ".docx 文档不能改写；请用 dagang check 检查，或改正其文本副本（dagang text 文件 | dagang fix）",
	"err.fix-page":          "保存的网页不能改写；请用 dagang check 检查，或改正其文本副本（dagang text 文件 | dagang fix）",
	"err.round-trip":        "输入解码后再编码无法保持不变（其中有不属于该编码的字节），因此不改写",
	"err.binary":            "是二进制数据，不是文本",
	"err.unknown-encoding":  "不认识的编码",
	"err.encoding":          "不是所支持编码的文本",
	"err.docx-corrupt":      "是损坏的 .docx 文档",
	"err.not-exist":         "没有这个文件或目录",
	"err.permission":        "没有权限",
	"err.no-space":          "设备上没有剩余空间",
	"err.read-only-fs":      "文件系统是只读的",
	"err.pipe":              "读取输出的一方已经退出（管道断开）",
	"err.no-match":          "没有文件匹配 %[1]s",
	"binary.unknown":        "未知类型",
	"binary.NUL bytes":      "含有 NUL 字节",
	"binary.PNG image":      "PNG 图片",
	"binary.JPEG image":     "JPEG 图片",
	"binary.GIF image":      "GIF 图片",
	"binary.PDF document":   "PDF 文档",
	"binary.zip archive":    "不是 .docx 文档的 zip 压缩包",
	"binary.gzip archive":   "gzip 压缩包",
	"binary.ELF executable": "可执行程序",
	"binary.legacy Office document (.doc) or password-protected .docx": "旧版 Word 文档（.doc）或加了密码的 .docx：请另存为 .docx",
	"err.not-a-number": "不是整数",
	"detail":           "%[1]s（%[2]s）",

	// SARIF's rule descriptions.
	"rule.numbering-gap":       "标题编号有缺号",
	"rule.numbering-duplicate": "标题编号有重号",
	"rule.numbering-order":     "标题编号顺序颠倒",
	"rule.mixed-style":         "同级标题的编号样式不同",
	"rule.list-starts-late":    "标题列表不从 1 开始",
	"rule.implied-parent":      "编号表明缺少上级标题",
	"rule.announced-count":     "前文预告的标题数与实际不符",
	"rule.empty-title":         "编号后没有标题文字",
	"rule.not-a-heading":       "像编号的内容作为正文保留",
	"rule.marker-punctuation":  "序号后的标点不符合 GB/T 15834—2011 附录 B.3",
	"rule.bracket-mismatch":    "序号的括号全角半角混用",
	"rule.closing-missing":     "讲话没有结束语",
	"rule.encoding":            "有字节无法解码，已被替换",
	"rule.content-in-noise":    "讲话内容可能被当作杂项删去",

	// check's rules.
	"flag.disable":         "关闭这些代码 `CODES`（逗号分隔，可重复）",
	"flag.enable":          "开启这些被配置文件关闭的代码 `CODES`",
	"flag.severity":        "以另一级别报告某个代码：`CODE=LEVEL`（可重复）",
	"flag.config":          "从文件 `FILE` 读取规则，而不是最近的 .dagang.yaml",
	"flag.print-config":    "输出适用于第一个输入（或当前目录）的规则及其来源，然后退出",
	"err.severity-form":    "--severity「%[1]s」：应写作 代码=级别，如 mixed-style=error",
	"err.unknown-code":     "没有「%[1]s」这个代码（dagang check --print-config 列出所有代码）",
	"err.unknown-severity": "没有「%[1]s」这个级别（error、warning 或 info）",
	"config.none":          "这里没有适用的 .dagang.yaml：使用默认设置和命令行选项",
	"config.from":          "%[1]s 中的规则，命令行选项优先",
	"err.read-only":        "文件是只读的，不改写（请先使其可写，或用 -o 把改正结果写到别处）",

	// --records.
	"record.line":       "第 %[1]s 行：%[2]s",
	"record.empty":      "空行，不是记录",
	"record.not-object": `不是记录：应为 JSON 对象 {"name": "...", "text": "..."}`,
	"record.syntax":     "不是记录：%[1]s",
	"record.no-text":    "记录中没有「text」字段",
	"record.type":       "「%[1]s」是 JSON %[2]s，不是字符串",
	"err.backup":        "无法把原文件保存到 %[1]s（%[2]s），文件未改写",
	"err.exists":        "该名称已被占用",

	// dagang serve.
	"serve.short": "启动网页：在浏览器中生成讲话稿的大纲并检查编号",
	"serve.long": `启动一个网页：粘贴讲话稿，或拖入 .txt、.md、.docx、.html 文件，即可看到大纲
（树形和思维导图）、每一处编号问题，以及「dagang fix」会做的修正；还提供网页所用
的 HTTP 接口（POST /api/parse、/api/outline、/api/check、/api/fix，见
docs/serve.md）。所有内容都由本程序提供，网页不访问任何其他网站。

除非另行指定，服务只监听本机回环地址；监听其他地址时，网页和接口对网络开放，
且没有密码。按 Ctrl+C 停止。每个请求在标准错误输出记一行日志。
网页的语言与命令行相同（--lang）。`,
	"serve.example":       "  dagang serve\n  dagang serve --open\n  dagang serve --addr 127.0.0.1:8080 --lang en",
	"serve.cannot-listen": "无法监听 %[1]s：%[2]s",
	"serve.not-loopback":  "警告：%[1]s 不是本机回环地址，能连到本机的任何人都能使用网页和接口",
	"serve.listening":     "%[1]s（按 Ctrl+C 停止）",
	"serve.cannot-open":   "无法打开浏览器（%[1]s），请自行打开 %[2]s",
	"serve.stopping":      "正在停止",
	"flag.addr":           "监听地址（主机:端口；端口为 0 时自动选择空闲端口）",
	"flag.open":           "在默认浏览器中打开网页",
}
