package docx

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/dagang/dagang/testkit/alloc"
)

// refTokens reads data with encoding/xml's Decoder, the plain version the
// scanner is pinned to, and writes the tokens as the scanner gives them:
// namespaces classified, the kept attributes only, text runs whole.
func refTokens(data []byte) ([]string, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	var out []string
	var text bytes.Buffer
	flush := func() {
		if text.Len() > 0 {
			out = append(out, fmt.Sprintf("text %q", text.String()))
			text.Reset()
		}
	}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			flush()
			return out, nil
		}
		if err != nil {
			return out, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			flush()
			var b strings.Builder
			fmt.Fprintf(&b, "start %d %s", refKind(t.Name.Space, true), t.Name.Local)
			kept := 0
			for _, a := range t.Attr {
				if a.Name.Space == "xmlns" || a.Name.Space == "" && a.Name.Local == "xmlns" {
					continue
				}
				name := keptAttr([]byte(a.Name.Local))
				if name == "" || kept == maxKeptAttrs {
					continue
				}
				kept++
				v := a.Value
				if len(v) > maxValue {
					v = v[:maxValue]
				}
				fmt.Fprintf(&b, " %s:%d=%q", name, refKind(a.Name.Space, false), v)
			}
			out = append(out, b.String())
		case xml.EndElement:
			flush()
			out = append(out, fmt.Sprintf("end %d %s", refKind(t.Name.Space, true), t.Name.Local))
		case xml.CharData:
			text.Write(t)
		}
	}
}

// refKind classifies a namespace as encoding/xml translates it: an
// undeclared prefix stays as it is, a namespace of its own.
func refKind(space string, element bool) nsKind {
	switch space {
	case "":
		return nsNone
	case nsMain, nsStrict:
		return nsW
	case nsMC:
		return nsMCK
	}
	return nsOther
}

// scanTokens reads data with the scanner and writes its tokens as
// refTokens does.
func scanTokens(data []byte) ([]string, error) {
	s := newXMLScanner(bytes.NewReader(data), MaxDepth)
	var out []string
	var text bytes.Buffer
	for {
		t, err := s.next()
		if err == io.EOF {
			if text.Len() > 0 {
				out = append(out, fmt.Sprintf("text %q", text.String()))
			}
			return out, nil
		}
		if err != nil {
			return out, err
		}
		if t.kind != tokText && text.Len() > 0 {
			out = append(out, fmt.Sprintf("text %q", text.String()))
			text.Reset()
		}
		switch t.kind {
		case tokStart:
			var b strings.Builder
			fmt.Fprintf(&b, "start %d %s", t.space, t.local)
			for _, a := range t.attrs {
				fmt.Fprintf(&b, " %s:%d=%q", a.name, a.space, t.values[a.start:a.end])
			}
			out = append(out, b.String())
		case tokEnd:
			out = append(out, fmt.Sprintf("end %d %s", t.space, t.local))
		case tokText:
			if len(t.text) == 0 {
				return out, errors.New("an empty text token")
			}
			text.Write(t.text)
		}
	}
}

// compareScanners holds the scanner to encoding/xml on data: the same
// tokens where encoding/xml reads it, an error where it refuses it (but
// for names beyond ASCII, which the scanner lets through whatever letters
// they hold).
func compareScanners(t *testing.T, data []byte) {
	t.Helper()
	want, werr := refTokens(data)
	got, gerr := scanTokens(data)
	switch {
	case werr == nil && gerr != nil:
		t.Fatalf("the scanner refuses what encoding/xml reads: %v\n%q", gerr, data)
	case werr != nil && gerr == nil:
		if strings.Contains(werr.Error(), "invalid XML name") {
			return
		}
		t.Fatalf("the scanner reads what encoding/xml refuses (%v)\n%q", werr, data)
	case werr == nil:
		if strings.Join(got, "\n") != strings.Join(want, "\n") {
			t.Fatalf("tokens differ for %q\nscanner:\n%s\nencoding/xml:\n%s", data, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

func TestScannerAsEncodingXML(t *testing.T) {
	for _, data := range scannerSeeds {
		compareScanners(t, []byte(data))
	}
}

var scannerSeeds = []string{
	`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document ` + wordNS + `><w:body>` + Para(`<w:pStyle w:val="2"/>`, "一、甲\t乙") + `</w:body></w:document>`,
	`<a xmlns="` + nsMain + `" val="1"><b xmlns=""><c/></b><p val='x&amp;&lt;&#x4E00;&#20013;'/></a>`,
	`<w:p xmlns:w="` + nsStrict + `"><w:t>a<![CDATA[<b>]]]]>&amp;]]><!-- c --></w:t><?pi x?></w:p>`,
	"<a>\r\nx\ry\r\n</a>",
	`<!DOCTYPE a [<!ENTITY x "y"> <!-- > -->]><a/>`,
	`<a x:val="1" xml:val="2" val="3"/>`,
	`<q:a xmlns:q="` + nsMC + `"><q:Fallback/></q:a>`,
	`<a>]]></a>`, `<a>&bogus;</a>`, `<a>&#0;</a>`, `<a>&#xD800;</a>`, `<a></b>`, `<a>`, `</a>`, "<a>\x01</a>", "<a>\xff</a>",
	`<?xml version="1.0" encoding="UTF-16"?><a/>`, `<a b=c/>`, `<a b/>`, `<a:b:c/>`, `<a b="<"/>`, `<a><!-- -- --></a>`,
	`<1a/>`, `<a>` + strings.Repeat("讲", textChunk) + `</a>`, `<a>` + strings.Repeat("]", 5) + `</a>`, `<a><![CDATA[]]></a>`,
	`<a xmlns:w="` + nsMain + `"><w:b xmlns:w="urn:x"><w:c/></w:b><w:d/></a>`,
}

// FuzzScanner holds the scanner to encoding/xml on any input (see
// compareScanners), and bounds what it allocates: at most
// maxScanAllocPerByte bytes per byte of input, plus allocSlack.
//
//	go test -run '^$' -fuzz '^FuzzScanner$' -fuzztime 30s ./docx
func FuzzScanner(f *testing.F) {
	for _, s := range scannerSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		allocated := alloc.Bytes(func() { _, _ = drainScanner(data) })
		if limit := maxScanAllocPerByte*uint64(len(data)) + allocSlack; allocated > limit {
			t.Fatalf("%d bytes allocated scanning %d bytes", allocated, len(data))
		}
		compareScanners(t, data)
	})
}

// drainScanner reads every token of data and keeps nothing.
func drainScanner(data []byte) (int, error) {
	s := newXMLScanner(bytes.NewReader(data), MaxDepth)
	n := 0
	for {
		if _, err := s.next(); err != nil {
			if err == io.EOF {
				err = nil
			}
			return n, err
		}
		n++
	}
}

// maxScanAllocPerByte bounds what the scanner allocates per byte of its
// input: its stacks (9 bytes for an element of at least 3 bytes, "<a>")
// and what they grow through, a namespace declaration's record, and
// the buffers of a token, which never hold more than the token's bytes.
const maxScanAllocPerByte = 16

// allocSlack is the constant every allocation bound allows: the buffers of
// a read (the scanner's 64 KB, a zip reader's, the first block of
// paragraphs) and the fuzzing engine's own bookkeeping, which lands in the
// same counter.
const allocSlack = 1 << 20

// BenchmarkScanner reads a part of empty elements and one of text:
//
//	go test -run '^$' -bench BenchmarkScanner ./docx
func BenchmarkScanner(b *testing.B) {
	for _, unit := range []string{"<w:proofErr/>", `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">讲话稿</w:t></w:r>`, "讲话稿讲话稿"} {
		data := []byte("<w:body " + wordNS + ">" + strings.Repeat(unit, 4<<20/len(unit)) + "</w:body>")
		b.Run(fmt.Sprintf("%.12s", unit), func(b *testing.B) {
			b.SetBytes(int64(len(data)))
			b.ReportAllocs()
			for b.Loop() {
				if _, err := drainScanner(data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
