package doc

import (
	"fmt"
	"io"
	"strings"

	"github.com/signintech/gopdf"

	"github.com/khmelnytskyi-ogp/rada/store/clean"
)

// Page geometry in points; the sizes and gaps are the DOCX's (doc.go).
const (
	ptPerMM   = 72 / 25.4
	pdfLeft   = marginLeftMM * ptPerMM
	pdfTop    = marginTopMM * ptPerMM
	pdfRight  = (pageWidthMM - marginRightMM) * ptPerMM
	pdfBottom = (pageHeightMM - marginBottomMM) * ptPerMM
	pdfWidth  = pdfRight - pdfLeft
	pdfPage   = pdfBottom - pdfTop
	leading   = 1.15               // single spacing of Liberation Serif: its ascent, descent and line gap
	cellPadX  = 5.4                // a table cell's left and right margin, the DOCX's 108 twips
	tableLeft = pdfLeft - cellPadX // a table's left edge: its text lines up with the paragraphs', as in Word
)

// pdfDoc is a PDF being laid out: the current page and the top of the next line on it.
type pdfDoc struct {
	pdf       *gopdf.GoPdf
	watermark string
	y         float64
	fresh     bool         // nothing drawn on the current page yet
	repeat    func() error // draws a table's header at the top of a new page
	widths    map[widthKey]float64
	loaded    [4]bool // fonts are embedded only once used
}

// widthKey is a measured text in a font and size.
type widthKey struct {
	text string
	font int
	size float64
}

// WritePDF writes d as an A4 PDF set as WriteDOCX sets it (Liberation Serif, embedded as a
// subset, at the DOCX's sizes and margins), the watermark at the top of every page and "n / N"
// page numbers at the bottom; a heading or a label starts no page's last line.
func WritePDF(w io.Writer, d Document) error {
	p, err := newPDFDoc(d)
	if err != nil {
		return err
	}
	bs := d.blocks()
	for i := 0; i < len(bs); i++ {
		if err := p.keep(bs, i); err != nil {
			return err
		}
		if sigs := signatures(bs, i); len(sigs) > 0 {
			err = p.signatures(sigs)
			i += len(sigs) - 1
		} else {
			err = p.block(bs[i])
		}
		if err != nil {
			return err
		}
	}
	if err := p.numberPages(); err != nil {
		return err
	}
	_, err = p.pdf.WriteTo(w)
	return err
}

func newPDFDoc(d Document) (*pdfDoc, error) {
	gp := &gopdf.GoPdf{}
	gp.Start(gopdf.Config{PageSize: *gopdf.PageSizeA4, Unit: gopdf.UnitPT})
	gp.SetInfo(gopdf.PdfInfo{Title: bmpOnly(strings.ReplaceAll(clean.Text(d.Title), "\n", " ")), Creator: "Rada"})
	wm := strings.TrimSpace(strings.ReplaceAll(clean.Text(d.Watermark), "\n", " "))
	p := &pdfDoc{pdf: gp, watermark: wm, widths: map[widthKey]float64{}}
	return p, p.newPage()
}

// bmpOnly drops characters outside the Basic Multilingual Plane, which gopdf's info strings cannot encode.
func bmpOnly(s string) string {
	return strings.Map(func(r rune) rune {
		if r > 0xffff {
			return -1
		}
		return r
	}, s)
}

// newPage starts a page and draws the watermark in its top margin.
func (p *pdfDoc) newPage() error {
	p.pdf.AddPage()
	p.pdf.SetLineWidth(0.5) // gives the page its content stream, which SetPage needs later
	p.y, p.fresh = pdfTop, true
	if p.watermark != "" {
		p.pdf.SetTextColor(110, 110, 110)
		err := p.centered(p.watermark, 1, smallPt, hfDistMM*ptPerMM)
		p.pdf.SetTextColor(0, 0, 0)
		if err != nil {
			return err
		}
	}
	if repeat := p.repeat; repeat != nil {
		p.repeat = nil // a header taller than a page must not recurse
		defer func() { p.repeat = repeat }()
		return repeat()
	}
	return nil
}

// numberPages writes "n / N" at the bottom of every page; the wide gaps keep pdftotext from gluing it.
func (p *pdfDoc) numberPages() error {
	total := p.pdf.GetNumberOfPages()
	for i := 1; i <= total; i++ {
		if err := p.pdf.SetPage(i); err != nil {
			return err
		}
		y := (pageHeightMM-hfDistMM)*ptPerMM - smallPt*leading
		if err := p.centered(fmt.Sprintf("%d  /  %d", i, total), 0, smallPt, y); err != nil {
			return err
		}
	}
	return nil
}

// centered draws one line of text centred between the margins with its top at y.
func (p *pdfDoc) centered(text string, font int, size, y float64) error {
	w, err := p.width(text, font, size)
	if err != nil {
		return err
	}
	return p.text(text, font, size, pdfLeft+(pdfWidth-min(w, pdfWidth))/2, y)
}

// setFont makes a font current, embedding it on first use; missing glyphs print as "?".
func (p *pdfDoc) setFont(font int, size float64) error {
	if !p.loaded[font] {
		missing := gopdf.TtfOption{OnGlyphNotFoundSubstitute: func(rune) rune { return '?' }}
		if err := p.pdf.AddTTFFontDataWithOption(pdfFonts[font].name, pdfFonts[font].ttf, missing); err != nil {
			return err
		}
		p.loaded[font] = true
	}
	return p.pdf.SetFont(pdfFonts[font].name, "", size)
}

// text draws text with its top left corner at x, y.
func (p *pdfDoc) text(s string, font int, size, x, y float64) error {
	if err := p.setFont(font, size); err != nil {
		return err
	}
	p.pdf.SetXY(x, y)
	return p.pdf.Cell(nil, s)
}

// width measures s in a font and size, remembering the answer.
func (p *pdfDoc) width(s string, font int, size float64) (float64, error) {
	k := widthKey{s, font, size}
	if w, ok := p.widths[k]; ok {
		return w, nil
	}
	if err := p.setFont(font, size); err != nil {
		return 0, err
	}
	w, err := p.pdf.MeasureTextWidth(s)
	p.widths[k] = w
	return w, err
}

func (p *pdfDoc) block(blk Block) error {
	switch v := blk.(type) {
	case Heading:
		if !p.fresh {
			p.y += headBeforePt
		}
		return p.row(pdfLeft, headingCells(v), rowStyle{gap: afterPt})
	case Paragraph:
		return p.row(pdfLeft, paragraphCells(v), rowStyle{gap: afterPt, split: true})
	case List:
		for i := range v.Items {
			if err := p.row(pdfLeft, listCells(v, i), rowStyle{gap: afterPt, split: true}); err != nil {
				return err
			}
		}
	case Table:
		return p.table(v)
	case TwoColumn:
		cells, err := p.twoColumn(v)
		if err != nil {
			return err
		}
		return p.row(pdfLeft, cells, twoColumnStyle)
	case PageBreak:
		if !p.fresh {
			return p.newPage()
		}
	}
	return nil
}

func headingCells(h Heading) []pdfCell {
	return []pdfCell{{runs: h.Runs, w: pdfWidth, align: h.Align, size: headingPt[h.level()-1], bold: true}}
}

func paragraphCells(v Paragraph) []pdfCell {
	c := pdfCell{runs: v.Runs, w: pdfWidth, align: v.Align, size: bodyPt}
	if v.Indent {
		c.indent = indentMM * ptPerMM
	}
	return []pdfCell{c}
}

// listCells are item i's marker and text, the marker in the DOCX's hanging indent.
func listCells(l List, i int) []pdfCell {
	label := indentMM * ptPerMM
	marker := []Run{{Text: l.marker(i, "•")}}
	return []pdfCell{{runs: marker, w: label, size: bodyPt}, {runs: l.Items[i], w: pdfWidth - label, size: bodyPt}}
}

// twoColumn is the DOCX's line with a right tab: the left text across the width, the right text
// at the right end of its last line, or of the line below when it does not fit beside it.
func (p *pdfDoc) twoColumn(v TwoColumn) ([]pdfCell, error) {
	left := pdfCell{runs: v.Left, w: pdfWidth, size: bodyPt}
	right := pdfCell{runs: v.Right, w: pdfWidth, align: AlignRight, size: bodyPt}
	ll, err := p.layout(left, pdfWidth)
	if err != nil {
		return nil, err
	}
	rl, err := p.layout(right, pdfWidth)
	if err != nil {
		return nil, err
	}
	space, err := p.width(" ", 0, bodyPt)
	right.skip = len(ll) - 1
	if last := ll[len(ll)-1]; len(last.words) > 0 && last.w+space+rl[0].w > pdfWidth {
		right.skip++
	}
	return []pdfCell{left, right}, err
}

// twoColumnStyle stacks the two texts, as a tab does.
var twoColumnStyle = rowStyle{gap: afterPt, stack: true}

// tableCells are row r of a table whose columns take shares of the width.
func tableCells(r []string, shares []float64, header bool) []pdfCell {
	cells := make([]pdfCell, len(shares))
	for j, s := range shares {
		cells[j] = pdfCell{runs: []Run{{Text: cell(r, j)}}, w: s * pdfWidth, size: smallPt, bold: header}
	}
	return cells
}

// tableStyle frames a table's rows as the DOCX does: side margins, no top or bottom margin.
func tableStyle(t Table) rowStyle { return rowStyle{padX: cellPadX, border: t.Borders} }

// table draws a table; its header starts every page the table continues on.
func (p *pdfDoc) table(t Table) error {
	shares := t.shares()
	if len(shares) == 0 {
		return nil
	}
	st := tableStyle(t)
	if len(t.Header) > 0 {
		if err := p.row(tableLeft, tableCells(t.Header, shares, true), st); err != nil {
			return err
		}
		p.repeat = func() error { return p.row(tableLeft, tableCells(t.Header, shares, true), st) }
		defer func() { p.repeat = nil }()
	}
	for i, r := range t.Rows {
		last := st
		last.gap = lastGap(i, len(t.Rows))
		if err := p.row(tableLeft, tableCells(r, shares, false), last); err != nil {
			return err
		}
	}
	if len(t.Rows) == 0 {
		p.y += afterPt
	}
	return nil
}

// lastGap is the space after row i of n: the DOCX's spacer after the last row only.
func lastGap(i, n int) float64 {
	if i == n-1 {
		return afterPt
	}
	return 0
}

// signatureCells are a signature's role, a line to sign on, and the name.
func signatureCells(s Signature) []pdfCell {
	return []pdfCell{
		{runs: []Run{{Text: s.Role}}, w: pdfWidth * signShares[0], size: bodyPt},
		{runs: []Run{{Text: signLine}}, w: pdfWidth * signShares[1], align: AlignCenter, size: bodyPt},
		{runs: []Run{{Text: s.Name}}, w: pdfWidth * signShares[2], align: AlignRight, size: bodyPt},
	}
}

// signatureStyle is a signature's row: at least signRowMM high, its lines at the bottom.
func signatureStyle(last bool) rowStyle {
	st := rowStyle{padX: cellPadX, minH: signRowMM * ptPerMM, bottom: true}
	if last {
		st.gap = afterPt
	}
	return st
}

// signatures draws consecutive signatures after an empty line, as the DOCX's borderless table; keep has
// already put them all on one page.
func (p *pdfDoc) signatures(sigs []Signature) error {
	p.y += bodyPt*leading + afterPt
	for i, s := range sigs {
		if err := p.row(tableLeft, signatureCells(s), signatureStyle(i == len(sigs)-1)); err != nil {
			return err
		}
	}
	return nil
}
