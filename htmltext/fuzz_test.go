package htmltext

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/dagang/dagang/testkit/alloc"
)

// maxReadAllocPerByte bounds what Read allocates per byte of a page: the
// parsed tree of x/net/html (a node and its attributes for every few
// bytes of markup) and the text.
const maxReadAllocPerByte = 256

// FuzzRead: no page of n bytes allocates more than maxReadAllocPerByte·n
// (and a constant); any page gives valid UTF-8 text, one non-empty line per block,
// every line ended by "\n", and chrome regions in order, apart and made of
// whole lines; Sniff and DeclaredCharset never fail.
func FuzzRead(f *testing.F) {
	for _, seed := range []string{
		"<html><body><nav><a>首页</a></nav><h1>讲话</h1><p>同志们：</p><p>一、第一。</p></body></html>",
		"<p>加强\n学习<br>&nbsp;</p><table><tr><td>甲<td>乙</table>",
		"<pre>一\n二</pre><script>x</script><div hidden>丙</div>",
		"<meta charset=gbk><title>t</title>",
		"<!-- saved from url --><html><body>正文",
	} {
		f.Add(seed)
	}
	files, _ := filepath.Glob("../testdata/pages/*.html")
	for _, file := range files {
		if raw, err := os.ReadFile(file); err == nil && utf8.Valid(raw) {
			f.Add(string(raw))
		}
	}
	f.Fuzz(func(t *testing.T, page string) {
		Sniff([]byte(page))
		DeclaredCharset([]byte(page))
		if !utf8.ValidString(page) {
			return // Read takes a page decoded to UTF-8
		}
		var p Page
		if allocated := alloc.Bytes(func() { p = Read(page) }); allocated > maxReadAllocPerByte*uint64(len(page))+alloc.Slack {
			t.Fatalf("Read allocated %d bytes for a page of %d", allocated, len(page))
		}
		if !utf8.ValidString(p.Text) {
			t.Fatalf("text is not UTF-8: %q", p.Text)
		}
		if p.Text != "" && !strings.HasSuffix(p.Text, "\n") {
			t.Fatalf("last line not ended: %q", p.Text)
		}
		for _, l := range strings.SplitAfter(p.Text, "\n") {
			if l == "\n" {
				t.Fatalf("empty line in %q", p.Text)
			}
		}
		checkRegions(t, p)
	})
}
