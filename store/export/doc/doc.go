// Package doc is a small document model for Rada's exports: renderers build one Document and
// write it as Markdown, HTML, DOCX or PDF.
//
// It owns the formats' details (page, fonts, escaping); it knows nothing of councils.
//
// Imports: store/clean, store/i18n (the language tag of a Word file) and the PDF library and
// Go fonts; never store or tui.
package doc

import (
	"strconv"
	"strings"
	"unicode"

	"github.com/khmelnytskyi-ogp/rada/store/clean"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// Align is a paragraph's horizontal alignment.
type Align int

// Alignments; the zero value is left.
const (
	AlignLeft Align = iota
	AlignCenter
	AlignRight
	AlignJustify
)

// Run is a piece of text with one style; Text is what a person typed and is cleaned on output.
type Run struct {
	Text         string
	Bold, Italic bool
}

// Block is one element of a Document's body.
type Block interface{ isBlock() }

// Heading is a title of level 1..3.
type Heading struct {
	Level int
	Runs  []Run
	Align Align
}

// Paragraph is running text; Indent is the first-line indent of Ukrainian official documents.
// KeepNext keeps it on the page of the block that follows, as a heading is (a label such as «ВИРІШИЛИ:»).
type Paragraph struct {
	Runs     []Run
	Align    Align
	Indent   bool
	KeepNext bool
}

// List is a numbered ("1.") or bulleted list; Start is the first number (1 when zero).
type List struct {
	Ordered bool
	Start   int
	Items   [][]Run
}

// Table is a plain data table.
type Table struct {
	Header  []string
	Rows    [][]string
	Borders bool
}

// TwoColumn is one line with text at the left and text at the right (date … place).
type TwoColumn struct{ Left, Right []Run }

// Signature is a signature line: role, a blank to sign on, and the name.
type Signature struct{ Role, Name string }

// PageBreak starts a new page.
type PageBreak struct{}

// Document is what every writer takes.
type Document struct {
	Title     string // metadata title
	Lang      i18n.Lang
	Watermark string // shown on every page when not empty, e.g. "ПРОЄКТ"
	Blocks    []Block
}

func (Heading) isBlock()   {}
func (Paragraph) isBlock() {}
func (List) isBlock()      {}
func (Table) isBlock()     {}
func (TwoColumn) isBlock() {}
func (Signature) isBlock() {}
func (PageBreak) isBlock() {}

// Page geometry shared by the writers: A4 and the margins of Ukrainian official documents.
const (
	pageWidthMM    = 210.0
	pageHeightMM   = 297.0
	marginTopMM    = 20.0
	marginRightMM  = 20.0
	marginBottomMM = 20.0
	marginLeftMM   = 30.0
	indentMM       = 12.5
	signLine       = "__________"
	hfDistMM       = 10.0 // the page header and footer from the page's edge
	signRowMM      = 10.0 // the least height of a signature's row
)

// Type sizes and spacing in points, shared by the DOCX and the PDF so their pages hold the same.
const (
	bodyPt       = 14.0 // the body of official documents (ДСТУ 4163: 12–14 pt)
	smallPt      = 12.0 // table cells, the watermark and the page numbers
	afterPt      = 6.0  // space after a paragraph
	headBeforePt = 12.0 // space before a heading
)

// headingPt are the sizes of headings of level 1..3.
var headingPt = [3]float64{16, 14, 14}

// blocks returns d's blocks as values, without nils, so writers switch on value types only.
func (d Document) blocks() []Block {
	out := make([]Block, 0, len(d.Blocks))
	for _, b := range d.Blocks {
		if b = deref(b); b != nil {
			out = append(out, b)
		}
	}
	return out
}

func deref(b Block) Block {
	switch v := b.(type) {
	case *Heading:
		return derefPtr(v)
	case *Paragraph:
		return derefPtr(v)
	case *List:
		return derefPtr(v)
	case *Table:
		return derefPtr(v)
	case *TwoColumn:
		return derefPtr(v)
	case *Signature:
		return derefPtr(v)
	case *PageBreak:
		return derefPtr(v)
	}
	return b
}

func derefPtr[T Block](p *T) Block {
	if p == nil {
		return nil
	}
	return *p
}

// lang is the document's language, the default when it has none.
func (d Document) lang() i18n.Lang { return d.Lang.OrDefault() }

// marker is item i's marker: its number and a dot in an ordered list, else bullet.
func (l List) marker(i int, bullet string) string {
	if l.Ordered {
		return strconv.Itoa(max(l.Start, 1)+i) + "."
	}
	return bullet
}

// level clamps a heading level to 1..3.
func (h Heading) level() int {
	return min(max(h.Level, 1), 3)
}

// cleanRuns cleans every run, drops empty ones and merges neighbours of the same style.
func cleanRuns(runs []Run) []Run {
	var out []Run
	for _, r := range runs {
		r.Text = clean.Text(r.Text)
		if r.Text == "" {
			continue
		}
		if n := len(out); n > 0 && out[n-1].Bold == r.Bold && out[n-1].Italic == r.Italic {
			out[n-1].Text += r.Text
			continue
		}
		out = append(out, r)
	}
	return out
}

// signShares are the widths of a signature's role, line and name as parts of the text width.
var signShares = []float64{0.45, 0.20, 0.35}

// signatures returns the run of consecutive signatures starting at bs[i].
func signatures(bs []Block, i int) []Signature {
	var out []Signature
	for ; i < len(bs); i++ {
		s, ok := bs[i].(Signature)
		if !ok {
			break
		}
		out = append(out, s)
	}
	return out
}

// columns is the number of columns of a table: the widest of its header and rows.
func (t Table) columns() int {
	n := len(t.Header)
	for _, r := range t.Rows {
		n = max(n, len(r))
	}
	return n
}

// cell returns row[i] cleaned, or "" past the row's end.
func cell(row []string, i int) string {
	if i < len(row) {
		return clean.Text(row[i])
	}
	return ""
}

// shares splits a table's width among its columns by the length of their longest cell.
func (t Table) shares() []float64 {
	n := t.columns()
	w := make([]float64, n)
	total := 0.0
	for i := range n {
		longest := len([]rune(cell(t.Header, i)))
		for _, r := range t.Rows {
			longest = max(longest, len([]rune(cell(r, i))))
		}
		w[i] = float64(min(max(longest, 4), 40))
		total += w[i]
	}
	for i := range w {
		w[i] /= total
	}
	return w
}

// trimRuns trims white space at the start of the first run and the end of the last.
func trimRuns(runs []Run) []Run {
	for len(runs) > 0 {
		runs[0].Text = strings.TrimLeftFunc(runs[0].Text, unicode.IsSpace)
		if runs[0].Text != "" {
			break
		}
		runs = runs[1:]
	}
	for n := len(runs); n > 0; n = len(runs) {
		runs[n-1].Text = strings.TrimRightFunc(runs[n-1].Text, unicode.IsSpace)
		if runs[n-1].Text != "" {
			break
		}
		runs = runs[:n-1]
	}
	return runs
}

// splitSpace splits s into leading white space, the rest, and trailing white space.
func splitSpace(s string) (lead, core, trail string) {
	core = strings.TrimLeftFunc(s, unicode.IsSpace)
	lead = s[:len(s)-len(core)]
	core = strings.TrimRightFunc(core, unicode.IsSpace)
	trail = s[len(lead)+len(core):]
	return lead, core, trail
}
