package doc

import (
	"fmt"
	"io"
	"strings"

	"github.com/signintech/gopdf"
	"golang.org/x/image/font/gofont/gobold"
	"golang.org/x/image/font/gofont/gobolditalic"
	"golang.org/x/image/font/gofont/goitalic"
	"golang.org/x/image/font/gofont/goregular"
)

// Font families registered in the PDF, indexed by fontOf.
var pdfFonts = []struct {
	name string
	ttf  []byte
}{{"R", goregular.TTF}, {"B", gobold.TTF}, {"I", goitalic.TTF}, {"BI", gobolditalic.TTF}}

// Page geometry in points and type sizes.
const (
	ptPerMM   = 72 / 25.4
	pdfLeft   = marginLeftMM * ptPerMM
	pdfTop    = marginTopMM * ptPerMM
	pdfRight  = (pageWidthMM - marginRightMM) * ptPerMM
	pdfBottom = (pageHeightMM - marginBottomMM) * ptPerMM
	pdfWidth  = pdfRight - pdfLeft
	bodySize  = 12.0
	smallSize = 10.5
	leading   = 1.3
	blockGap  = 6.0
)

// pdfDoc is a PDF being laid out: the current page and the top of the next line on it.
type pdfDoc struct {
	pdf       *gopdf.GoPdf
	watermark string
	y         float64
	fresh     bool // nothing drawn on the current page yet
}

// WritePDF writes d as an A4 PDF with embedded Go fonts (subset), the watermark at the top of
// every page and "n / N" page numbers at the bottom.
func WritePDF(w io.Writer, d Document) error {
	p, err := newPDFDoc(d)
	if err != nil {
		return err
	}
	bs := d.blocks()
	for i := 0; i < len(bs); i++ {
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
	for _, f := range pdfFonts {
		if err := gp.AddTTFFontData(f.name, f.ttf); err != nil {
			return nil, err
		}
	}
	gp.SetInfo(gopdf.PdfInfo{Title: bmpOnly(strings.ReplaceAll(Clean(d.Title), "\n", " ")), Creator: "Rada"})
	p := &pdfDoc{pdf: gp, watermark: strings.TrimSpace(strings.ReplaceAll(Clean(d.Watermark), "\n", " "))}
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
	p.y, p.fresh = pdfTop, true
	if p.watermark == "" {
		return nil
	}
	p.pdf.SetTextColor(110, 110, 110)
	defer p.pdf.SetTextColor(0, 0, 0)
	return p.centered(p.watermark, 1, bodySize, 8*ptPerMM)
}

// numberPages writes "n / N" at the bottom of every page.
func (p *pdfDoc) numberPages() error {
	total := p.pdf.GetNumberOfPages()
	for i := 1; i <= total; i++ {
		if err := p.pdf.SetPage(i); err != nil {
			return err
		}
		if err := p.centered(fmt.Sprintf("%d / %d", i, total), 0, smallSize, (pageHeightMM-12)*ptPerMM); err != nil {
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

// text draws text with its top left corner at x, y.
func (p *pdfDoc) text(s string, font int, size, x, y float64) error {
	if err := p.pdf.SetFont(pdfFonts[font].name, "", size); err != nil {
		return err
	}
	p.pdf.SetXY(x, y)
	return p.pdf.Cell(nil, s)
}

// width measures s in a font and size.
func (p *pdfDoc) width(s string, font int, size float64) (float64, error) {
	if err := p.pdf.SetFont(pdfFonts[font].name, "", size); err != nil {
		return 0, err
	}
	return p.pdf.MeasureTextWidth(s)
}

func (p *pdfDoc) block(blk Block) error {
	switch v := blk.(type) {
	case Heading:
		size := []float64{15, 13, bodySize}[v.level()-1]
		p.y += blockGap
		c := pdfCell{runs: v.Runs, w: pdfWidth, align: v.Align, size: size, bold: true}
		return p.row(pdfLeft, []pdfCell{c}, rowStyle{keep: 2 * bodySize * leading, gap: blockGap})
	case Paragraph:
		c := pdfCell{runs: v.Runs, w: pdfWidth, align: v.Align, size: bodySize}
		if v.Indent {
			c.indent = indentMM * ptPerMM
		}
		return p.row(pdfLeft, []pdfCell{c}, rowStyle{gap: blockGap})
	case List:
		return p.list(v)
	case Table:
		return p.table(v)
	case TwoColumn:
		half := pdfWidth / 2
		cells := []pdfCell{{runs: v.Left, w: half, size: bodySize}, {runs: v.Right, w: half, align: AlignRight, size: bodySize}}
		return p.row(pdfLeft, cells, rowStyle{gap: blockGap})
	case PageBreak:
		if !p.fresh {
			return p.newPage()
		}
	}
	return nil
}

func (p *pdfDoc) list(l List) error {
	label := indentMM * ptPerMM
	n := max(l.Start, 1)
	for i, item := range l.Items {
		marker := "•"
		if l.Ordered {
			marker = fmt.Sprintf("%d.", n)
			n++
		}
		cells := []pdfCell{{runs: []Run{{Text: marker}}, w: label, size: bodySize}, {runs: item, w: pdfWidth - label, size: bodySize}}
		gap := 0.0
		if i == len(l.Items)-1 {
			gap = blockGap
		}
		if err := p.row(pdfLeft, cells, rowStyle{gap: gap}); err != nil {
			return err
		}
	}
	return nil
}

func (p *pdfDoc) table(t Table) error {
	shares := t.shares()
	rows := t.Rows
	if len(t.Header) > 0 {
		rows = append([][]string{t.Header}, rows...)
	}
	for i, r := range rows {
		cells := make([]pdfCell, len(shares))
		for j, s := range shares {
			cells[j] = pdfCell{runs: []Run{{Text: cell(r, j)}}, w: s * pdfWidth, size: smallSize, bold: i == 0 && len(t.Header) > 0}
		}
		st := rowStyle{pad: 3, border: t.Borders}
		if i == len(rows)-1 {
			st.gap = blockGap
		}
		if err := p.row(pdfLeft, cells, st); err != nil {
			return err
		}
	}
	return nil
}

// signatures draws role, a line to sign on, and the name, in three columns.
func (p *pdfDoc) signatures(sigs []Signature) error {
	p.y += 2 * blockGap
	for _, s := range sigs {
		cells := []pdfCell{
			{runs: []Run{{Text: s.Role}}, w: pdfWidth * 0.45, size: bodySize},
			{runs: []Run{{Text: signLine}}, w: pdfWidth * 0.25, align: AlignCenter, size: bodySize},
			{runs: []Run{{Text: s.Name}}, w: pdfWidth * 0.30, align: AlignRight, size: bodySize},
		}
		if err := p.row(pdfLeft, cells, rowStyle{gap: 3 * blockGap}); err != nil {
			return err
		}
	}
	return nil
}
