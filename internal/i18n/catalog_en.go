package i18n

// english is the English catalog. Quotation marks: “”.
var english = map[string]string{
	// Diagnostics (DiagnosticArgs says what each argument is).
	"diag.numbering-gap":                 "numbering skips: “%[2]s” follows “%[1]s”, %[3]s missing between them",
	"diag.numbering-duplicate":           "numbering repeats: “%[1]s” has the same number as “%[2]s” before it",
	"diag.numbering-order":               "numbering out of order: “%[1]s” comes after “%[2]s”",
	"diag.mixed-style":                   "numbering styles mixed: “%[1]s” is in another style than its sibling “%[2]s”",
	"diag.list-starts-late":              "the list starts at “%[1]s”: number 1 is missing",
	"diag.implied-parent.restart":        "“%[1]s” numbers from 1 again: a parent heading “%[2]s” seems to be missing before it",
	"diag.implied-parent.missing":        "“%[2]s” is missing before “%[1]s”: the %[3]s items before it are taken to belong to an implied parent heading",
	"diag.announced-count":               "the text announces “%[1]s”, but %[2]s headings follow",
	"diag.empty-title":                   "no heading text after “%[1]s”",
	"diag.not-a-heading.trap":            "“%[1]s” looks like a number but is kept as text: %[2]s",
	"diag.not-a-heading.alone":           "“%[1]s” looks like a number but no other item of its list is near, so it is kept as text",
	"diag.not-a-heading.inline":          "“%[1]s” goes on with a list the paragraph before began, so it is kept as text",
	"diag.marker-punctuation.han-dun":    "“%[1]s”: a Chinese numeral takes the enumeration comma “、” (GB/T 15834-2011, Appendix B.3)",
	"diag.marker-punctuation.paren":      "“%[1]s”: a bracketed number takes no mark after it (GB/T 15834-2011, Appendix B.3)",
	"diag.marker-punctuation.arabic-dot": "“%[1]s”: an Arabic numeral takes a full stop “.” (GB/T 15834-2011, Appendix B.3)",
	"diag.bracket-mismatch":              "“%[1]s”: the brackets do not match (full-width and half-width mixed)",
	"diag.closing-missing":               "the speech has no closing remark (such as “以上发言不妥之处，请批评指正” or “谢谢大家”)",
	"diag.encoding.replaced":             "%[1]s characters could not be decoded as %[2]s and were replaced with U+FFFD",
	"diag.encoding.doubt":                "the encoding is hard to tell: read as %[1]s, it may be %[2]s (name it with --encoding)",
	"diag.content-in-noise.heading":      "line %[1]s looks like a numbered heading of the same list as line %[2]s, but was set aside as boilerplate (%[3]s): speech text may have been removed",
	"diag.content-in-noise.share":        "%[1]s%% of the text was set aside as boilerplate though the text has numbered headings: speech text may have been removed (the largest stretch is %[2]s, lines %[3]s–%[4]s)",

	"reason.large-number":   "the number is too large: a year or an amount",
	"reason.decimal":        "a digit follows the mark: a decimal or a list of numbers (as in “1.5” or “1、2”)",
	"reason.numeral-series": "another numeral and mark follow: a series of numbers (as in “十、百、千”)",
	"reason.numeral-pair":   "two numerals make one phrase (as in “一、二线城市”)",
	"reason.one-is-one":     "a saying (“一是一，二是二”), not a list",
	"reason.quantity":       "a counting word or a numeral follows the space: a number broken by a space (as in “一 年多来”)",

	// The command line: the root and its help.
	"root.short": "Recover the outline of a Chinese speech",
	"root.long": `dagang (大纲) reads a Chinese speech — 讲话稿, 发言稿, 交流发言, 研讨发言提纲,
党课讲稿 — as a .txt copied from Word or a web page, a .docx or a saved page,
and recovers its outline: title, salutation, preamble, numbered sections
(一、 （一） 1. （1） ① 一是 第一，), closing remarks and closing formula, with
the page's boilerplate set aside.

Every command reads standard input when no file is given. Exit status: 0
done, 1 an input could not be read or an output written (or check found
something at or above --fail-on), 2 the command line is wrong.`,
	"help.usage":        "Usage:",
	"help.command-word": "[command]",
	"help.examples":     "Examples:",
	"help.commands":     "Commands:",
	"help.flags":        "Flags:",
	"help.global-flags": "Flags of every command:",
	"help.default":      " (default %s)",
	"help.more":         "Run “%[1]s [command] --help” for more about a command.",
	"help.use":          "help [command]",
	"help.short":        "Help about a command",
	"completion.short":  "Print the shell completion script of dagang",
	"completion.long": `Print the script that makes a shell complete dagang's commands, flags
and their values. See the help of each shell's command for how to load it.`,
	"completion.shell-short":     "Print the completion script for %[1]s",
	"completion.shell-long":      "Print the completion script for %[1]s. Load it from the shell's start-up file, as the shell's documentation says (bash: source <(dagang completion bash)).",
	"completion.no-descriptions": "complete without the descriptions",
	"version.short":              "Print the version of dagang and of its JSON contract",
	"version.line":               "dagang %[1]s (JSON contract version %[2]d)",
	"schema.short":               "Print the JSON Schema of the version-1 JSON document",
	"schema.long": `Print the JSON Schema (draft 2020-12) of the document that dagang parse
prints. Objects admit properties the schema does not name, because version 1
only ever adds fields: documents of later releases still validate.`,

	// Flags.
	"flag.help":      "show this help",
	"flag.version":   "print the version",
	"flag.lang":      "language of messages and help: zh or en (default: from LC_ALL, LC_MESSAGES, LANG)",
	"flag.quiet":     "no progress bar and no summary lines (failures are still reported)",
	"flag.format":    "output format",
	"flag.output":    "write the output to `FILE` instead of standard output",
	"flag.jobs":      "`N` inputs parsed at the same time, or cores one large input is parsed on",
	"flag.max-input": "refuse an input (a file, standard input, a record) larger than `SIZE`, such as 64MiB; none for no limit",
	"flag.encoding":  "read text inputs in this `ENCODING` (utf-8, gb18030 …) instead of detecting it",
	"flag.include":   "in a directory, process the files whose name matches this `GLOB`, ignoring case (repeatable)",
	"flag.unordered": "write each result as soon as it is ready, not in input order",
	"flag.pretty":    "indent the JSON (one input only)",
	"flag.jsonl":     "write JSON Lines even for one input (as -f jsonl)",
	"flag.records":   `read {"name", "text"} JSON Lines records from standard input`,
	"flag.fail-on":   "exit 1 when a finding is at least this severe",
	"flag.all":       "chunks: a record for every section, not only for the leaves",
	"flag.max-chars": "chunks: split texts longer than `N` characters (0: never)",
	"flag.write":     "rewrite FILE in its encoding, after keeping the original in a backup (FILE.bak, FILE.bak.1 …)",
	"flag.dry-run":   "print a unified diff of the corrections instead of the text (as -f diff)",

	// Values of enumerated flags, as completion describes them.
	"format.json":      "the version-1 JSON document, as dagang parse prints it",
	"format.jsonl":     "JSON Lines: one compact document per input",
	"format.text":      "indented outline to read in a terminal",
	"format.markdown":  "Markdown headings, a mind map in markmap",
	"format.opml":      "OPML 2.0 for outliners and mind-map tools",
	"format.freemind":  "FreeMind/Freeplane mind map (.mm)",
	"format.mermaid":   "Mermaid mindmap diagram",
	"format.chunks":    "JSON Lines records for search and retrieval",
	"format.diff":      "a unified diff of the corrections",
	"severity.error":   "numbering that is wrong",
	"severity.warning": "what a careful writer changes",
	"severity.info":    "what is worth knowing",

	// parse.
	"parse.use":   "parse [flags] [FILE|DIR|-]...",
	"parse.short": "Print the outline of a speech as a version-1 JSON document",
	"parse.long": `Parse a speech (UTF-8, GB18030 or UTF-16 text, a Word .docx or a saved web
page; "-" or no file reads standard input) and print its outline as one
JSON document (spec/json.md): speeches with their title block, salutation,
preamble, section tree and closing, the boilerplate that was set aside, and
the problems found in the numbering.

Given more than one input, or a directory (walked recursively for the files
--include matches, in lexical order), parse writes JSON Lines: one compact
document per line, in input order, -j at a time. An input that cannot be
read or decoded is reported on stderr as "FILE: reason" and in the output as
{"source": {...}, "error": "..."}; the others go on, and the exit status is 1.
-f jsonl (or --jsonl) writes JSON Lines for a single input too.

--records reads JSON Lines records {"name": "...", "text": "..."} (text
already decoded) from standard input and writes one line for each, as soon
as it is ready: a mapper for Hadoop Streaming, or a command for Spark's
RDD.pipe.`,
	"parse.example": `  dagang parse speech.txt --pretty
  cat speech.txt | dagang parse
  dagang parse -j 4 --include '*.txt' corpus/ -o corpus.jsonl
  dagang parse --records < records.jsonl > outlines.jsonl`,

	// check.
	"check.use":   "check [flags] [FILE|DIR|-]...",
	"check.short": "Report the numbering slips of speeches",
	"check.long": `Check speeches ("-" or no file reads standard input) for structural slips and
print one line per finding, sorted by file and position (a directory is
walked for the files --include matches, in lexical order):

  FILE:LINE:COL: SEVERITY: MESSAGE [CODE]

as go vet and gcc print them, COL counted in bytes from 1, so that an
editor (Vim's quickfix, Emacs' compilation mode) lands on the character.
-f json prints the findings as JSON (column in characters, byte_column and
offset in bytes), -f sarif as SARIF 2.1.0 for code-scanning tools, -f github
as GitHub Actions workflow commands. Codes are English and stable:
  error    numbering-gap, numbering-duplicate, numbering-order, bracket-mismatch
  warning  mixed-style, list-starts-late, implied-parent, announced-count,
           empty-title, marker-punctuation (GB/T 15834-2011 B.3), encoding,
           content-in-noise
  info     not-a-heading, closing-missing

--disable and --enable switch codes off and on, --severity CODE=LEVEL
changes one's severity; a .dagang.yaml in the file's directory or a parent
says the same for every run (--print-config shows what applies).
Exit status: 0 when no finding reaches --fail-on, 1 when one does or a file
could not be read (the other files are still checked), 2 on a usage error.`,
	"check.example": `  dagang check speech.txt
  dagang check --fail-on warning -f json *.txt
  dagang check --disable marker-punctuation corpus/
  dagang check -f sarif -o dagang.sarif speeches/`,

	// outline.
	"outline.use":   "outline [flags] [FILE|DIR|-]...",
	"outline.short": "Print the outline of a speech as text, Markdown, OPML, FreeMind, Mermaid or chunks",
	"outline.long": `Parse a speech ("-" or no file reads standard input) and print its outline in
one of these formats:

%[1]s
chunks writes a JSON record per leaf section, and one for each speech's
preamble and closing. --all and --max-chars apply to chunks only: --all
writes a record for every section, not only for the leaves; --max-chars N
splits a longer text between paragraphs, then sentences, then clauses into
pieces of at most N characters, each keeping the record's path.

Given more than one input, or a directory (walked for the files --include
matches), outline writes each input's outline in input order: text and
markdown separated by a blank line, chunks and json one after the other
(JSON Lines). opml, freemind and mermaid make one document with one root
and take one input. An input that cannot be read or decoded is reported on
stderr as "FILE: reason"; the others go on, and the exit status is 1.`,
	"outline.example": `  dagang outline speech.txt
  cat speech.txt | dagang outline
  dagang outline speech.txt -f markdown -o speech.md
  dagang outline speech.txt -f chunks --max-chars 500 > speech.jsonl`,

	// fix.
	"fix.use":   "fix [flags] [FILE|-]",
	"fix.short": "Correct the numbering slips of a speech",
	"fix.long": `Correct the slips of a speech ("-" or no file reads standard input) that have
one right answer, and print the corrected text in the input's own encoding
and line ends:

  - renumber lists with gaps, duplicates or numbers out of order (一、三、 → 一、二、),
    each list in its own numerals (一 二, 1 2, １ ２, ① ②, 一是 二是, 第一 第二);
  - write marker punctuation as GB/T 15834-2011 Appendix B.3 wants it:
    一. 一． 一， → 一、, （一）、 → （一）, 1、 → 1.;
  - write mismatched brackets as a full-width pair: （一) (一） → （一）.

Nothing but those markers changes: titles, paragraphs, line ends and lines
kept as text are left byte for byte. A renumbering that would change the
outline (turn a line of text into a heading) is left out. What is left is
reported by dagang check.

-w rewrites the file: the original is kept first in FILE.bak, or FILE.bak.1,
FILE.bak.2 … when that exists (no backup is ever overwritten), with the
file's mode, owner and group; the new text replaces the file at once, so an
interrupted run leaves the original or the whole fix. A read-only file is
refused. A .docx cannot be rewritten: fix its text copy (dagang text).`,
	"fix.example": `  dagang fix speech.txt > fixed.txt
  dagang fix --dry-run speech.txt
  dagang fix -w speech.txt   # keeps speech.txt.bak
  dagang text speech.docx | dagang fix > fixed.txt`,
	"fix.nothing": "%[1]s: nothing to fix",
	"fix.written": "%[1]s: %[2]d corrections (the original is kept in %[3]s)",

	// text.
	"text.use":   "text [flags] [FILE|-]",
	"text.short": "Print the decoded text of an input, the text every span points into",
	"text.long": `Print the text dagang reads in an input ("-" or no file reads standard
input), in UTF-8: a .docx as Word shows it (automatic numbering written
out), a saved page as a browser shows it, a GB18030 or UTF-16 file
converted. Every span of dagang parse's document points into this text.
Edit it, or give it to dagang fix.`,
	"text.example": `  dagang text speech.docx > speech.txt
  dagang text speech.docx | dagang fix > fixed.txt`,

	// Names in messages.
	"name.stdin":           "standard input",
	"name.stdout":          "standard output",
	"placeholder.untitled": "(untitled)",

	// The progress bar.
	"progress.files": "%d/%d files",
	"progress.eta":   "ETA %[1]s",
	"progress.done":  "done",

	// Errors of the command line (exit status 2).
	"err.unknown-command":       "unknown command “%[1]s” (dagang --help lists them)",
	"err.help-topic":            "no help for “%[1]s”: no such command (dagang --help lists them)",
	"err.flag-unknown":          "unknown flag %[1]s",
	"err.flag-needs-value":      "flag %[1]s needs a value",
	"err.flag-value":            "invalid value “%[1]s” for %[2]s: %[3]s",
	"err.flag-syntax":           "bad flag syntax: %[1]s",
	"err.choice":                "must be one of %[1]s",
	"err.size":                  "not a size such as 64MiB, 512MB or none",
	"err.jobs":                  "--jobs must be at least 1, got %[1]d",
	"err.no-args":               "%[1]s takes no argument",
	"err.one-input":             "give one input, not %[1]d",
	"err.no-input":              "give a file, or pipe the text into standard input",
	"err.stdin-twice":           "“-” (standard input) given %[1]d times",
	"err.include-none":          "--include needs a pattern",
	"err.include-empty":         "--include pattern is empty",
	"err.include-path":          "--include “%[1]s”: patterns match file names, not paths",
	"err.include-bad":           "--include “%[1]s”: not a valid pattern",
	"err.records-file":          "--records reads standard input and takes no file",
	"err.records-flags":         "--records writes JSON Lines from standard input: --pretty, --jsonl, --include and --encoding do not apply",
	"err.pretty-lines":          "--pretty writes one document over many lines: give one file, without --jsonl",
	"err.one-root":              "-f %[1]s makes one map with one root, and these inputs hold %[2]d files: give one file, or choose -f text, markdown, chunks or json, which write one outline after another",
	"err.max-chars":             "--max-chars must not be negative, got %[1]d",
	"err.chunks-only":           "--all and --max-chars apply to -f chunks only",
	"err.unknown-encoding-name": "unknown encoding “%[1]s” (completion lists the known ones)",
	"err.write-dry-run":         "--write and --dry-run cannot be used together",
	"err.write-stdin":           "--write needs a file; standard input cannot be rewritten",
	"err.write-output":          "--write rewrites the file itself: -o does not apply",

	// Errors of inputs and outputs (exit status 1): the reason, after the name.
	"err.write":             "write %[1]s: %[2]s",
	"err.too-large":         "larger than the limit of %[1]s (--max-input)",
	"err.too-large-plain":   "larger than the limit (--max-input)",
	"err.word-lock":         "a Word lock file, not the document (Word keeps it while the document is open; give the .docx itself)",
	"err.is-dir":            "is a directory",
	"err.fix-docx":          "a .docx document cannot be rewritten; check it with dagang check, or fix its text copy (dagang text FILE | dagang fix)",
	"err.fix-page":          "a saved web page cannot be rewritten; check it with dagang check, or fix its text copy (dagang text FILE | dagang fix)",
	"err.round-trip":        "the input does not survive decoding and encoding unchanged (it holds bytes that are not text in its encoding), so it is not rewritten",
	"err.binary":            "binary data, not text",
	"err.unknown-encoding":  "unknown encoding",
	"err.encoding":          "not text in a supported encoding",
	"err.docx-corrupt":      "corrupt .docx document",
	"err.not-exist":         "no such file or directory",
	"err.permission":        "permission denied",
	"err.no-space":          "no space left on device",
	"err.read-only-fs":      "read-only file system",
	"err.pipe":              "the reader of the output has gone (broken pipe)",
	"err.no-match":          "no file matches %[1]s",
	"binary.unknown":        "unknown kind",
	"binary.NUL bytes":      "NUL bytes",
	"binary.PNG image":      "PNG image",
	"binary.JPEG image":     "JPEG image",
	"binary.GIF image":      "GIF image",
	"binary.PDF document":   "PDF document",
	"binary.zip archive":    "zip archive that is not a .docx document",
	"binary.gzip archive":   "gzip archive",
	"binary.ELF executable": "executable program",
	"binary.legacy Office document (.doc) or password-protected .docx": "legacy Word document (.doc) or password-protected .docx: save it as .docx",
	"err.not-a-number": "not a whole number",
	"detail":           "%[1]s%[2]s",

	// SARIF's rule descriptions.
	"rule.numbering-gap":       "A number is skipped in a list of headings",
	"rule.numbering-duplicate": "A number is repeated in a list of headings",
	"rule.numbering-order":     "Numbers of a list of headings are out of order",
	"rule.mixed-style":         "Sibling headings are numbered in different styles",
	"rule.list-starts-late":    "A list of headings does not start at 1",
	"rule.implied-parent":      "A parent heading the numbering proves is missing",
	"rule.announced-count":     "The text announces another number of headings than follow",
	"rule.empty-title":         "A numbered heading has no text",
	"rule.not-a-heading":       "Something that looks numbered is kept as text",
	"rule.marker-punctuation":  "A heading number is punctuated against GB/T 15834-2011, Appendix B.3",
	"rule.bracket-mismatch":    "A bracketed number mixes full-width and half-width brackets",
	"rule.closing-missing":     "The speech has no closing remark",
	"rule.encoding":            "Bytes could not be decoded and were replaced",
	"rule.content-in-noise":    "Speech text may have been set aside as boilerplate",

	// check's rules.
	"flag.disable":         "switch off these `CODES` (comma-separated, repeatable)",
	"flag.enable":          "switch on these `CODES`, which a config file switched off",
	"flag.severity":        "report a code at another severity: `CODE=LEVEL` (repeatable)",
	"flag.config":          "read the rules from this `FILE` instead of the nearest .dagang.yaml",
	"flag.print-config":    "print the rules that apply to the first input (or here) and where they come from, and exit",
	"err.severity-form":    "--severity “%[1]s”: write CODE=LEVEL, such as mixed-style=error",
	"err.unknown-code":     "unknown code “%[1]s” (dagang check --print-config lists them)",
	"err.unknown-severity": "unknown severity “%[1]s” (error, warning or info)",
	"config.none":          "no .dagang.yaml applies here: the defaults and the command line's flags",
	"config.from":          "the rules of %[1]s, and the command line's flags over them",
	"err.read-only":        "the file is read-only: not rewritten (make it writable, or write the fix elsewhere with -o)",

	// --records.
	"record.line":       "line %[1]s: %[2]s",
	"record.empty":      "empty line, not a record",
	"record.not-object": `not a record: want a JSON object {"name": "...", "text": "..."}`,
	"record.syntax":     "not a record: %[1]s",
	"record.no-text":    `no "text" in the record`,
	"record.type":       `"%[1]s" is a JSON %[2]s, not a string`,
	"err.backup":        "cannot keep the original in %[1]s (%[2]s): the file is not rewritten",
	"err.exists":        "the name is taken",

	// dagang serve.
	"serve.short": "Serve a web page to outline and check speeches in a browser",
	"serve.long": `Serve a web page where a speech is pasted, or a .txt, .md, .docx or .html
file dropped, and its outline shows as a tree and as a mind map, with every
numbering slip and the corrections "dagang fix" would make; and the HTTP API
the page uses (POST /api/parse, /api/outline, /api/check, /api/fix; see
docs/serve.md). Everything is served from the binary: the page asks nothing
of any other site.

The server listens on the loopback address unless told otherwise: on any
other address the page and the API are open to the network, without a
password. It stops on Ctrl+C. One line per request is logged on stderr.
The page is in the language of the command line (--lang).`,
	"serve.example":       "  dagang serve\n  dagang serve --open\n  dagang serve --addr 127.0.0.1:8080 --lang en",
	"serve.cannot-listen": "cannot listen on %[1]s: %[2]s",
	"serve.not-loopback":  "warning: %[1]s is not a loopback address: anyone who can reach this machine can use the page and the API",
	"serve.listening":     "%[1]s (Ctrl+C to stop)",
	"serve.cannot-open":   "cannot open a browser (%[1]s): open %[2]s yourself",
	"serve.stopping":      "stopping",
	"flag.addr":           "address to listen on (host:port; port 0 picks a free one)",
	"flag.open":           "open the page in the default browser",
}
