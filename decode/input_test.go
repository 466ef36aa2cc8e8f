package decode

import (
	"bytes"
	"errors"
	"strings"
	"testing"

	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	"golang.org/x/text/encoding/unicode"
)

func encode(t *testing.T, enc interface{ Bytes([]byte) ([]byte, error) }, s string) []byte {
	t.Helper()
	b, err := enc.Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

var (
	gbkEncoder  = simplifiedchinese.GBK.NewEncoder()
	big5Encoder = traditionalchinese.Big5.NewEncoder()
)

// Texts written for these tests, in simplified and in traditional
// characters.
const (
	simplifiedText = "同志们：\n今天我们召开全市经济工作会议，主要任务是总结今年的工作，分析当前形势，部署明年的任务。\n" +
		"一、坚定信心，稳住经济发展的基本盘\n今年以来，全市上下克服了多重困难，主要经济指标保持在合理区间。\n"
	traditionalText = "各位同仁：\n今天我們召開年度工作會議，主要任務是總結過去一年的成績，檢討存在的問題，規劃來年的發展。\n" +
		"一、堅定信心，穩住發展的基本盤\n這一年來，大家同心協力，克服了許多困難，各項工作都有新的進展。\n"
)

// TestChineseDoubleByte: a text in GBK reads as GB18030 and one in Big5
// as Big5, simplified or traditional, long or a line, and never with a
// doubt when the text tells.
func TestChineseDoubleByte(t *testing.T) {
	for _, tc := range []struct {
		name string
		raw  []byte
		want string
		text string
	}{
		{"simplified in GBK", encode(t, gbkEncoder, simplifiedText), GB18030, simplifiedText},
		{"traditional in GBK", encode(t, gbkEncoder, traditionalText), GB18030, traditionalText},
		{"traditional in Big5", encode(t, big5Encoder, traditionalText), Big5, traditionalText},
		{"one line in Big5", encode(t, big5Encoder, "謝謝大家！"), Big5, "謝謝大家！"},
		{"one line in GBK", encode(t, gbkEncoder, "谢谢大家！"), GB18030, "谢谢大家！"},
		{"a title in Big5", encode(t, big5Encoder, "在全區工作會議上的講話\r\n"), Big5, "在全區工作會議上的講話\r\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Input(tc.raw, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got.Encoding != tc.want || got.Text != tc.text {
				t.Errorf("read as %s: %q", got.Encoding, got.Text)
			}
			if got.Doubt != "" {
				t.Errorf("doubt %q", got.Doubt)
			}
		})
	}
}

// TestDoubt: where the two readings are alike, the choice is reported as
// a doubt, never made silently.
func TestDoubt(t *testing.T) {
	// Two characters outside the common ones in either reading (鳌鳌 in
	// GB18030, 驉驉 in Big5), and not UTF-8: GB18030, the more widespread,
	// with Big5 as the doubt.
	got, err := Input([]byte{0xF7, 0xA1, 0xF7, 0xA1}, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if got.Encoding != GB18030 || got.Doubt != Big5 {
		t.Errorf("read as %s, doubt %q", got.Encoding, got.Doubt)
	}
	// A text of marks and white space alone says nothing of its script,
	// and raises no doubt.
	got, _ = Input(encode(t, gbkEncoder, "　\n"), Options{})
	if got.Doubt != "" {
		t.Errorf("doubt %q for a full-width space", got.Doubt)
	}
}

func mustGB(t *testing.T, raw []byte) string {
	s, _, err := gb18030(raw)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// TestPlausibility: the right reading of a text scores high, the wrong
// one low.
func TestPlausibility(t *testing.T) {
	gbk := encode(t, gbkEncoder, simplifiedText)
	big5 := encode(t, big5Encoder, traditionalText)
	right1, _ := plausibility(mustGB(t, gbk))
	wrong1, _ := plausibility(big5Text(gbk).Text)
	right2, _ := plausibility(big5Text(big5).Text)
	wrong2, _ := plausibility(mustGB(t, big5))
	for _, r := range []float64{right1, right2} {
		if r < 0.5 {
			t.Errorf("a right reading scores %.2f", r)
		}
	}
	for _, w := range []float64{wrong1, wrong2} {
		if w > 0.2 {
			t.Errorf("a wrong reading scores %.2f", w)
		}
	}
}

// TestUTF16WithoutBOM: UTF-16 without a byte order mark is read in the
// byte order its NUL bytes and characters show, Chinese or mostly ASCII;
// binary data with NUL bytes is still refused.
func TestUTF16WithoutBOM(t *testing.T) {
	le := unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder()
	be := unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewEncoder()
	ascii := "Speech draft, v2\r\n1. Opening\r\n2. Thanks\r\n一、总体要求\r\n"
	// 一 is U+4E00, whose low byte is NUL: a NUL on the other side.
	chinese := "一一一一一一一一，一、一是一，二是二。\n"
	for _, tc := range []struct {
		name, text string
		enc        interface{ Bytes([]byte) ([]byte, error) }
		want       string
	}{
		{"Chinese, little-endian", simplifiedText, le, UTF16LE},
		{"Chinese, big-endian", simplifiedText, be, UTF16BE},
		{"mostly ASCII, little-endian", ascii, le, UTF16LE},
		{"mostly ASCII, big-endian", ascii, be, UTF16BE},
		{"NULs on both sides", chinese, le, UTF16LE},
		{"NULs on both sides, big-endian", chinese, be, UTF16BE},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Input(encode(t, tc.enc, tc.text), Options{})
			if err != nil {
				t.Fatal(err)
			}
			if got.Encoding != tc.want || got.Text != tc.text || got.BOM {
				t.Errorf("read as %s (BOM %v): %q", got.Encoding, got.BOM, got.Text)
			}
		})
	}
	for _, raw := range [][]byte{
		{0, 0, 0, 0, 1, 2, 3, 4},
		append([]byte("text\x00"), bytes.Repeat([]byte{0x00, 0xFF, 0x13, 0x00, 0x00, 0x9C}, 20)...),
		[]byte("a\x00b"),
	} {
		if _, err := Input(raw, Options{}); !errors.Is(err, ErrBinary) {
			t.Errorf("% x: %v, want binary", raw, err)
		}
	}
}

// TestForced: Options.Encoding reads the input in the encoding it names,
// by any of its names, and refuses a name it does not know.
func TestForced(t *testing.T) {
	le := encode(t, unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM).NewEncoder(), traditionalText)
	leBOM := encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder(), traditionalText)
	be := encode(t, unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM).NewEncoder(), traditionalText)
	for _, tc := range []struct {
		name string
		raw  []byte
		want string
	}{
		{"utf-8", []byte(traditionalText), UTF8},
		{"UTF8", []byte(traditionalText), UTF8},
		{"gb18030", encode(t, gbkEncoder, traditionalText), GB18030},
		{"GBK", encode(t, gbkEncoder, traditionalText), GB18030},
		{"gb2312", encode(t, gbkEncoder, simplifiedText), GB18030},
		{"big5", encode(t, big5Encoder, traditionalText), Big5},
		{"Big5-HKSCS", encode(t, big5Encoder, traditionalText), Big5},
		{"utf-16le", le, UTF16LE},
		{"utf-16le", leBOM, UTF16LE},
		{"UTF-16BE", be, UTF16BE},
		{"utf-16", le, UTF16LE},
		{"utf-16", be, UTF16BE},
	} {
		got, err := Input(tc.raw, Options{Encoding: tc.name})
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
			continue
		}
		if got.Encoding != tc.want || strings.TrimPrefix(got.Text, "\uFEFF") != traditionalText && got.Text != simplifiedText {
			t.Errorf("%s: read as %s: %.30q", tc.name, got.Encoding, got.Text)
		}
	}
	// Forced, a wrong encoding gives what it gives, replacements counted.
	if _, err := Input(encode(t, big5Encoder, traditionalText), Options{Encoding: "utf-8"}); !errors.Is(err, ErrEncoding) {
		t.Errorf("Big5 read as UTF-8: %v", err)
	}
	if _, err := Input([]byte("x"), Options{Encoding: "latin-9"}); !errors.Is(err, ErrUnknownEncoding) {
		t.Errorf("an unknown name: %v", err)
	}
}

const page = `<!DOCTYPE html><html><head>%s<title>讲话</title></head><body>` +
	`<div class="nav"><a href="/">首页</a></div><h1>在全市工作会议上的讲话</h1>` +
	`<div><p>同志们：</p><p>今天召开会议，主要任务是总结工作，部署任务，大家要认真抓好落实。</p></div></body></html>`

const savedPageText = "首页\n在全市工作会议上的讲话\n同志们：\n今天召开会议，主要任务是总结工作，部署任务，大家要认真抓好落实。\n"

func pageWith(meta string) string { return strings.Replace(page, "%s", meta, 1) }

// traditional is s in traditional characters, as far as these tests need.
var traditional = strings.NewReplacer("首页", "首頁", "讲话", "講話", "会议", "會議", "们", "們", "开会", "開會",
	"召开", "召開", "务", "務", "总结", "總結", "认真", "認真", "实", "實").Replace

// TestPages: a saved page is read as the text a browser shows, in the
// charset it declares, its chrome as regions of navigation.
func TestPages(t *testing.T) {
	for _, tc := range []struct {
		name    string
		raw     []byte
		opt     Options
		charset string
	}{
		{"utf-8, declared", []byte(pageWith(`<meta charset="utf-8">`)), Options{}, UTF8},
		{"utf-8, undeclared", []byte(pageWith(``)), Options{}, UTF8},
		{"gbk by meta charset", encode(t, gbkEncoder, pageWith(`<meta charset="gbk">`)), Options{}, GB18030},
		{"gb2312 by http-equiv", encode(t, gbkEncoder, pageWith(`<meta http-equiv="Content-Type" content="text/html; charset=gb2312">`)), Options{}, GB18030},
		{"gbk, undeclared", encode(t, gbkEncoder, pageWith(``)), Options{}, GB18030},
		{"big5 by meta", encode(t, big5Encoder, traditional(pageWith(`<meta charset="big5">`))), Options{}, Big5},
		{"saved again as utf-8, old declaration kept", []byte(pageWith(`<meta charset="gb2312">`)), Options{}, UTF8},
		{"declared utf-8, bytes gbk", encode(t, gbkEncoder, pageWith(`<meta charset="utf-8">`)), Options{}, GB18030},
		{"byte order mark over the declaration", append([]byte{0xEF, 0xBB, 0xBF}, pageWith(`<meta charset="gbk">`)...), Options{}, UTF8},
		{"utf-16 with a byte order mark", encode(t, unicode.UTF16(unicode.LittleEndian, unicode.UseBOM).NewEncoder(), pageWith(``)), Options{}, UTF16LE},
		{"forced", encode(t, gbkEncoder, pageWith(`<meta charset="utf-8">`)), Options{Encoding: "gbk"}, GB18030},
		{"a page by its name", []byte(strings.TrimPrefix(pageWith(``), "<!DOCTYPE html><html><head><title>讲话</title></head>")), Options{HTML: true}, UTF8},
	} {
		t.Run(tc.name, func(t *testing.T) {
			got, err := Input(tc.raw, tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			if got.Encoding != HTML || got.Charset != tc.charset || got.Bytes != len(tc.raw) {
				t.Errorf("encoding %s charset %s bytes %d", got.Encoding, got.Charset, got.Bytes)
			}
			if got.Text != savedPageText && got.Text != traditional(savedPageText) {
				t.Errorf("text %q", got.Text)
			}
			if len(got.Regions) != 1 || got.Regions[0].Start != 0 || got.Regions[0].End != len("首页") || got.Regions[0].Kind != "navigation" {
				t.Errorf("regions %+v", got.Regions)
			}
		})
	}
	// A charset outside the supported encodings is read with a browser's
	// decoder for it.
	latin := []byte(`<html><head><meta charset="windows-1252"></head><body><p>caf` + "\xe9" + `</p></body></html>`)
	got, err := Input(latin, Options{})
	if err != nil || got.Charset != "windows-1252" || got.Text != "café\n" {
		t.Errorf("windows-1252: %+v %v", got, err)
	}
}

func TestEncodingName(t *testing.T) {
	for name, want := range map[string]string{
		"UTF-8": UTF8, "utf8": UTF8, " GBK ": GB18030, "GB2312": GB18030, "cp936": GB18030,
		"big5": Big5, "CP950": Big5, "utf-16le": UTF16LE, "UTF-16BE": UTF16BE, "utf-16": "utf-16",
	} {
		if got, ok := EncodingName(name); !ok || got != want {
			t.Errorf("EncodingName(%q) = %q %v, want %q", name, got, ok, want)
		}
	}
	for _, name := range []string{"", "latin1", "shift_jis", "html"} {
		if _, ok := EncodingName(name); ok {
			t.Errorf("EncodingName(%q) is known", name)
		}
	}
}
