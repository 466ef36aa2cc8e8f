package dagang_test

import (
	"fmt"
	"strings"

	"github.com/dagang/dagang"
	"github.com/dagang/dagang/ast"
	"github.com/dagang/dagang/docjson"
)

func ExampleParse() {
	speech := `关于发扬实干精神的交流发言
同志们：
结合工作实际，我谈两点体会。
一、坚定信念，做到忠诚可靠
理想信念是共产党人的精神之钙。
二、担当作为，做到奋发有为
（一）敢于啃硬骨头。面对矛盾不回避。
（二）善于抓落实。把蓝图变成现实。
以上发言，不妥之处请批评指正。`
	doc, err := dagang.Parse("speech.txt", speech, nil)
	if err != nil {
		panic(err)
	}
	sp := doc.Speeches[0]
	fmt.Println(sp.Title)
	_ = ast.Walk(sp, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if s, ok := n.(*ast.Section); ok && entering {
			fmt.Printf("%s%s %s\n", strings.Repeat("  ", s.Level-1), s.Marker, s.Title)
		}
		return ast.WalkContinue, nil
	})
	fmt.Println(sp.Closing.Formula.Text)
	// Output:
	// 关于发扬实干精神的交流发言
	// 一、 坚定信念，做到忠诚可靠
	// 二、 担当作为，做到奋发有为
	//   （一） 敢于啃硬骨头
	//   （二） 善于抓落实
	// 以上发言，不妥之处请批评指正。
}

// A program that writes each document out before it parses the next hands
// it back, and the Parser builds the next document in its memory.
func ExampleParser_Recycle() {
	speeches := []string{
		"一、提高站位\n二、压实责任\n谢谢大家！",
		"一、学思想\n（一）原原本本学\n二、强党性\n三、重实践",
	}
	p := dagang.NewParser(nil)
	var line []byte
	for i, speech := range speeches {
		doc, err := p.Parse(fmt.Sprintf("%d.txt", i), speech)
		if err != nil {
			panic(err)
		}
		// The document is encoded (a program would write the line out)
		// before the next parse writes over it.
		line = docjson.Append(line[:0], doc, docjson.Options{})
		var titles []string
		for _, s := range doc.Speeches[0].Sections {
			titles = append(titles, s.Title)
		}
		fmt.Println(doc.Source.Name, strings.Join(titles, " / "))
		p.Recycle(doc)
	}
	// Output:
	// 0.txt 提高站位 / 压实责任
	// 1.txt 学思想 / 强党性 / 重实践
}
