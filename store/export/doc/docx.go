package doc

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"strings"
	"time"

	"github.com/khmelnytskyi-ogp/rada/store/clean"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// docxSpacer is a 6 pt paragraph after each table: Word merges adjacent tables and wants the body to end in a paragraph.
const docxSpacer = `<w:p><w:pPr><w:spacing w:after="0" w:line="120" w:lineRule="exact"/></w:pPr></w:p>`

// docxTime is the fixed time stamp of every zip entry, so the same document gives the same bytes.
var docxTime = time.Date(1980, 1, 1, 0, 0, 0, 0, time.UTC)

// WriteDOCX writes d as an Office Open XML document (Word, LibreOffice): A4, Times New Roman
// 14 pt, page numbers in the footer and the watermark in the page header.
func WriteDOCX(w io.Writer, d Document) error {
	wm := strings.TrimSpace(strings.ReplaceAll(clean.Text(d.Watermark), "\n", " "))
	lang := i18n.New(d.lang()).T("doc.locale")
	parts := []struct{ name, body string }{
		{"[Content_Types].xml", docxContentTypes(wm != "")},
		{"_rels/.rels", docxRootRels},
		{"docProps/core.xml", docxCore(xmlText(strings.ReplaceAll(clean.Text(d.Title), "\n", " ")), lang)},
		{"word/_rels/document.xml.rels", docxDocRels(wm != "")},
		{"word/document.xml", docxDocument(d, wm != "")},
		{"word/styles.xml", docxStyles(lang)},
		{"word/footer1.xml", docxFooter},
	}
	if wm != "" {
		parts = append(parts, struct{ name, body string }{"word/header1.xml", docxHeader(xmlText(wm))})
	}
	z := zip.NewWriter(w)
	for _, p := range parts {
		f, err := z.CreateHeader(&zip.FileHeader{Name: p.name, Method: zip.Deflate, Modified: docxTime})
		if err != nil {
			return err
		}
		if _, err := io.WriteString(f, p.body); err != nil {
			return err
		}
	}
	return z.Close()
}

// docxDocument is word/document.xml: the blocks, then the section properties.
func docxDocument(d Document, header bool) string {
	var b strings.Builder
	b.WriteString(xmlHeader + `<w:document xmlns:w="` + nsW + `" xmlns:r="` + nsR + `"><w:body>`)
	bs := d.blocks()
	for i := 0; i < len(bs); i++ {
		if sigs := signatures(bs, i); len(sigs) > 0 {
			b.WriteString(docxSignatures(sigs))
			i += len(sigs) - 1
			continue
		}
		b.WriteString(docxBlock(bs[i]))
	}
	b.WriteString(docxSectPr(header) + `</w:body></w:document>`)
	return b.String()
}

func docxBlock(blk Block) string {
	switch v := blk.(type) {
	case Heading:
		pPr := fmt.Sprintf(`<w:pStyle w:val="Heading%d"/>`, v.level()) + docxJc(v.Align)
		return docxPara(pPr, v.Runs, "")
	case Paragraph:
		pPr := docxJc(v.Align)
		if v.Indent {
			pPr = fmt.Sprintf(`<w:ind w:firstLine="%d"/>`, twips(indentMM)) + pPr
		}
		if v.KeepNext {
			pPr = `<w:keepNext/>` + pPr
		}
		return docxPara(pPr, v.Runs, "")
	case List:
		return docxList(v)
	case Table:
		return docxTable(v)
	case TwoColumn:
		pPr := fmt.Sprintf(`<w:tabs><w:tab w:val="right" w:pos="%d"/></w:tabs>`, textWidthTwips)
		return `<w:p><w:pPr>` + pPr + `</w:pPr>` + docxRuns(v.Left, "") + `<w:r><w:tab/></w:r>` + docxRuns(v.Right, "") + `</w:p>`
	case PageBreak:
		return `<w:p><w:r><w:br w:type="page"/></w:r></w:p>`
	}
	return ""
}

// docxJc is the justification property of an alignment.
func docxJc(a Align) string {
	val := map[Align]string{AlignCenter: "center", AlignRight: "right", AlignJustify: "both"}[a]
	if val == "" {
		return ""
	}
	return `<w:jc w:val="` + val + `"/>`
}

// docxPara is a paragraph with properties pPr and runs whose properties include rPr.
func docxPara(pPr string, runs []Run, rPr string) string {
	if pPr != "" {
		pPr = `<w:pPr>` + pPr + `</w:pPr>`
	}
	return `<w:p>` + pPr + docxRuns(runs, rPr) + `</w:p>`
}

// docxRuns renders runs; newlines become <w:br/> and tabs <w:tab/>; rPr follows b and i, as the schema orders them.
func docxRuns(runs []Run, rPr string) string {
	var b strings.Builder
	for _, r := range trimRuns(cleanRuns(runs)) {
		props := ""
		if r.Bold {
			props = `<w:b/><w:bCs/>`
		}
		if r.Italic {
			props += `<w:i/><w:iCs/>`
		}
		b.WriteString(docxRun(r.Text, props+rPr))
	}
	return b.String()
}

func docxRun(text, props string) string {
	var b strings.Builder
	b.WriteString(`<w:r>`)
	if props != "" {
		b.WriteString(`<w:rPr>` + props + `</w:rPr>`)
	}
	for i, line := range strings.Split(text, "\n") {
		if i > 0 {
			b.WriteString(`<w:br/>`)
		}
		for j, part := range strings.Split(line, "\t") {
			if j > 0 {
				b.WriteString(`<w:tab/>`)
			}
			if part != "" {
				b.WriteString(`<w:t xml:space="preserve">` + xmlText(part) + `</w:t>`)
			}
		}
	}
	b.WriteString(`</w:r>`)
	return b.String()
}

func docxList(l List) string {
	var b strings.Builder
	hang := twips(indentMM)
	pPr := fmt.Sprintf(`<w:tabs><w:tab w:val="left" w:pos="%d"/></w:tabs><w:ind w:left="%d" w:hanging="%d"/>`, hang, hang, hang)
	for i, item := range l.Items {
		marker := l.marker(i, "•")
		b.WriteString(`<w:p><w:pPr>` + pPr + `</w:pPr>` + docxRun(marker+"\t", "") + docxRuns(item, "") + `</w:p>`)
	}
	return b.String()
}

func docxTable(t Table) string {
	n := t.columns()
	if n == 0 {
		return ""
	}
	var widths []int
	for _, s := range t.shares() {
		widths = append(widths, int(s*float64(textWidthTwips)))
	}
	style := ""
	if t.Borders {
		style = `<w:tblStyle w:val="TableGrid"/>`
	}
	var b strings.Builder
	b.WriteString(docxTblStart(style, widths))
	if len(t.Header) > 0 {
		b.WriteString(docxRow(t.Header, widths, rowOpts{trPr: `<w:trPr><w:tblHeader/></w:trPr>`, rPr: `<w:b/><w:bCs/>` + docxSize(smallPt)}))
	}
	for _, r := range t.Rows {
		b.WriteString(docxRow(r, widths, rowOpts{rPr: docxSize(smallPt)}))
	}
	return b.String() + `</w:tbl>` + docxSpacer
}

// docxTblStart opens a full-width table with a grid of widths (twips).
func docxTblStart(style string, widths []int) string {
	var b strings.Builder
	b.WriteString(`<w:tbl><w:tblPr>` + style + `<w:tblW w:w="5000" w:type="pct"/></w:tblPr><w:tblGrid>`)
	for _, w := range widths {
		fmt.Fprintf(&b, `<w:gridCol w:w="%d"/>`, w)
	}
	b.WriteString(`</w:tblGrid>`)
	return b.String()
}

// rowOpts are the row, run and cell properties of a table row, each cell's justification, and
// whether its paragraphs keep with the next row.
type rowOpts struct {
	trPr, rPr, tcPr string
	jc              []Align
	keepNext        bool
}

// docxRow is a table row of plain cells.
func docxRow(row []string, widths []int, o rowOpts) string {
	var b strings.Builder
	b.WriteString(`<w:tr>` + o.trPr)
	for i, w := range widths {
		a := AlignLeft
		if i < len(o.jc) {
			a = o.jc[i]
		}
		pPr := `<w:spacing w:after="0"/>` + docxJc(a)
		if o.keepNext {
			pPr = `<w:keepNext/>` + pPr
		}
		fmt.Fprintf(&b, `<w:tc><w:tcPr><w:tcW w:w="%d" w:type="dxa"/>%s</w:tcPr>%s</w:tc>`, w, o.tcPr,
			docxPara(pPr, []Run{{Text: cell(row, i)}}, o.rPr))
	}
	b.WriteString(`</w:tr>`)
	return b.String()
}

// docxSignatures lays consecutive signatures out as a borderless three-column table, bottom-aligned,
// its rows unsplit and kept on one page.
func docxSignatures(sigs []Signature) string {
	var widths []int
	for _, s := range signShares {
		widths = append(widths, int(s*float64(textWidthTwips)))
	}
	o := rowOpts{trPr: fmt.Sprintf(`<w:trPr><w:cantSplit/><w:trHeight w:val="%d"/></w:trPr>`, twips(signRowMM)),
		tcPr: `<w:vAlign w:val="bottom"/>`, jc: []Align{AlignLeft, AlignCenter, AlignRight}}
	var b strings.Builder
	b.WriteString(`<w:p/>` + docxTblStart("", widths))
	for i, s := range sigs {
		o.keepNext = i < len(sigs)-1
		b.WriteString(docxRow([]string{s.Role, signLine, s.Name}, widths, o))
	}
	return b.String() + `</w:tbl>` + docxSpacer
}

// xmlText escapes cleaned text for XML character data.
func xmlText(s string) string {
	var b bytes.Buffer
	_ = xml.EscapeText(&b, []byte(s))
	return b.String()
}
