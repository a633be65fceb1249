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

	"github.com/khmelnytskyi-ogp/rada/store/clean"
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
		err := p.centered(p.watermark, 1, bodySize, 8*ptPerMM)
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
		if err := p.centered(fmt.Sprintf("%d  /  %d", i, total), 0, smallSize, (pageHeightMM-12)*ptPerMM); err != nil {
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
		size := []float64{15, 13, bodySize}[v.level()-1]
		if !p.fresh {
			p.y += blockGap
		}
		c := pdfCell{runs: v.Runs, w: pdfWidth, align: v.Align, size: size, bold: true}
		return p.row(pdfLeft, []pdfCell{c}, rowStyle{keep: 2 * bodySize * leading, gap: blockGap})
	case Paragraph:
		c := pdfCell{runs: v.Runs, w: pdfWidth, align: v.Align, size: bodySize}
		if v.Indent {
			c.indent = indentMM * ptPerMM
		}
		return p.row(pdfLeft, []pdfCell{c}, rowStyle{gap: blockGap, split: true})
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
	for i, item := range l.Items {
		marker := l.marker(i, "•")
		cells := []pdfCell{{runs: []Run{{Text: marker}}, w: label, size: bodySize}, {runs: item, w: pdfWidth - label, size: bodySize}}
		if err := p.row(pdfLeft, cells, rowStyle{gap: lastGap(i, len(l.Items))}); err != nil {
			return err
		}
	}
	return nil
}

// table draws a table; its header starts every page the table continues on.
func (p *pdfDoc) table(t Table) error {
	shares := t.shares()
	if len(shares) == 0 {
		return nil
	}
	row := func(r []string, header bool, gap float64) error {
		cells := make([]pdfCell, len(shares))
		for j, s := range shares {
			cells[j] = pdfCell{runs: []Run{{Text: cell(r, j)}}, w: s * pdfWidth, size: smallSize, bold: header}
		}
		st := rowStyle{pad: 3, border: t.Borders, gap: gap}
		if header {
			st.keep = smallSize*leading + 6
		}
		return p.row(pdfLeft, cells, st)
	}
	if len(t.Header) > 0 {
		if err := row(t.Header, true, 0); err != nil {
			return err
		}
		p.repeat = func() error { return row(t.Header, true, 0) }
		defer func() { p.repeat = nil }()
	}
	for i, r := range t.Rows {
		if err := row(r, false, lastGap(i, len(t.Rows))); err != nil {
			return err
		}
	}
	return nil
}

// lastGap is the space after row i of n: a block's gap after its last row only.
func lastGap(i, n int) float64 {
	if i == n-1 {
		return blockGap
	}
	return 0
}

// signatures draws role, a line to sign on, and the name, in three bottom-aligned columns.
func (p *pdfDoc) signatures(sigs []Signature) error {
	p.y += 2 * blockGap
	for _, s := range sigs {
		cells := []pdfCell{
			{runs: []Run{{Text: s.Role}}, w: pdfWidth * signShares[0], size: bodySize},
			{runs: []Run{{Text: signLine}}, w: pdfWidth * signShares[1], align: AlignCenter, size: bodySize},
			{runs: []Run{{Text: s.Name}}, w: pdfWidth * signShares[2], align: AlignRight, size: bodySize},
		}
		if err := p.row(pdfLeft, cells, rowStyle{gap: 3 * blockGap, bottom: true}); err != nil {
			return err
		}
	}
	return nil
}
