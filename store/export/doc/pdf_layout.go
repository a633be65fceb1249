package doc

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// pdfCell is text laid out in a box of width w.
type pdfCell struct {
	runs   []Run
	w      float64
	align  Align
	indent float64 // first-line indent
	size   float64
	bold   bool // every run bold (table headers, headings)
}

// rowStyle says how a row of cells is framed and spaced.
type rowStyle struct {
	pad    float64 // inner padding of each cell
	border bool
	keep   float64 // room wanted below the row, to keep it with what follows
	gap    float64 // space after the row
	split  bool    // may break across pages after its first two lines
	bottom bool    // align the cells' last lines
}

// piece is a part of a word in one font; a word is glued pieces with no space between them.
type piece struct {
	text string
	font int
	w    float64
}

type word struct {
	pieces []piece
	w      float64
	breaks int // forced line breaks before the word
}

type line struct {
	words  []word
	w      float64
	indent float64
	last   bool // ends the paragraph or a forced break: never justified
}

// fontOf is the index in pdfFonts of a style.
func fontOf(bold, italic bool) int {
	i := 0
	if bold {
		i |= 1
	}
	if italic {
		i |= 2
	}
	return i
}

// row draws cells side by side, splitting them across pages line by line when they do not fit.
func (p *pdfDoc) row(x float64, cells []pdfCell, st rowStyle) error {
	laid := make([][]line, len(cells))
	n, size := 1, 0.0
	for i, c := range cells {
		ls, err := p.layout(c, c.w-2*st.pad)
		if err != nil {
			return err
		}
		laid[i], n, size = ls, max(n, len(ls)), max(size, c.size)
	}
	if st.bottom {
		for i, ls := range laid {
			laid[i] = append(make([]line, n-len(ls)), ls...)
		}
	}
	lh := size * leading
	if err := p.makeRoom(n, lh, st); err != nil {
		return err
	}
	for first := 0; first < n; {
		fit := min(int((pdfBottom-p.y-2*st.pad)/lh), n-first)
		if fit < 1 && !p.fresh {
			if err := p.newPage(); err != nil {
				return err
			}
			continue
		}
		fit = max(fit, 1)
		if err := p.drawChunk(x, cells, laid, first, fit, lh, st); err != nil {
			return err
		}
		first += fit
	}
	p.y += st.gap
	return nil
}

// makeRoom starts a new page unless the row (or, if it may split, its first two lines) fits on this one.
func (p *pdfDoc) makeRoom(n int, lh float64, st rowStyle) error {
	if st.split {
		n = min(n, 2)
	}
	need := float64(n)*lh + 2*st.pad + st.keep
	if p.fresh || p.y+need <= pdfBottom || need > pdfBottom-pdfTop {
		return nil
	}
	return p.newPage()
}

// drawChunk draws lines first..first+count of every cell and their borders, then moves down.
func (p *pdfDoc) drawChunk(x float64, cells []pdfCell, laid [][]line, first, count int, lh float64, st rowStyle) error {
	h := float64(count)*lh + 2*st.pad
	for i, c := range cells {
		for k := first; k < first+count && k < len(laid[i]); k++ {
			y := p.y + st.pad + float64(k-first)*lh + (lh-c.size)/2
			if err := p.drawLine(laid[i][k], x+st.pad, y, c.w-2*st.pad, c.align, c.size); err != nil {
				return err
			}
		}
		if st.border {
			p.pdf.RectFromUpperLeftWithStyle(x, p.y, c.w, h, "D")
		}
		x += c.w
	}
	p.y += h
	p.fresh = false
	return nil
}

// drawLine draws one line of words aligned in a box of width w.
func (p *pdfDoc) drawLine(l line, x, y, w float64, a Align, size float64) error {
	space, err := p.width(" ", 0, size)
	if err != nil {
		return err
	}
	x, w = x+l.indent, w-l.indent
	switch {
	case a == AlignCenter:
		x += (w - l.w) / 2
	case a == AlignRight:
		x += w - l.w
	case a == AlignJustify && !l.last && len(l.words) > 1:
		space += (w - l.w) / float64(len(l.words)-1)
	}
	for i, wd := range l.words {
		if i > 0 {
			x += space
		}
		for _, pc := range wd.pieces {
			if err := p.text(pc.text, pc.font, size, x, y); err != nil {
				return err
			}
			x += pc.w
		}
	}
	return nil
}

// layout breaks a cell's runs into lines no wider than w.
func (p *pdfDoc) layout(c pdfCell, w float64) ([]line, error) {
	words, err := p.words(c, w)
	if err != nil {
		return nil, err
	}
	space, err := p.width(" ", 0, c.size)
	if err != nil {
		return nil, err
	}
	lines := []line{{indent: min(c.indent, w/2)}}
	for _, wd := range words {
		for range wd.breaks {
			lines[len(lines)-1].last = true
			lines = append(lines, line{})
		}
		cur := &lines[len(lines)-1]
		if len(cur.words) > 0 && cur.w+space+wd.w > w-cur.indent {
			lines = append(lines, line{})
			cur = &lines[len(lines)-1]
		}
		if len(cur.words) > 0 {
			cur.w += space
		}
		cur.words, cur.w = append(cur.words, wd), cur.w+wd.w
	}
	lines[len(lines)-1].last = true
	return lines, nil
}

// words splits a cell's runs into measured words; a word wider than w is cut into pieces that fit.
func (p *pdfDoc) words(c pdfCell, w float64) ([]word, error) {
	var words []word
	glue, breaks := false, 0
	for _, r := range trimRuns(cleanRuns(c.runs)) {
		font := fontOf(r.Bold || c.bold, r.Italic)
		for _, tok := range tokens(r.Text) {
			first, _ := utf8.DecodeRuneInString(tok)
			switch {
			case tok == "\n":
				breaks, glue = breaks+1, false
			case isBlank(first):
				glue = false
			default:
				chunks, err := p.cut(tok, font, c.size, w)
				if err != nil {
					return nil, err
				}
				for _, pc := range chunks {
					if glue {
						last := &words[len(words)-1]
						last.pieces, last.w = append(last.pieces, pc), last.w+pc.w
					} else {
						words = append(words, word{pieces: []piece{pc}, w: pc.w, breaks: breaks})
					}
					glue, breaks = false, 0
				}
				glue = true
			}
		}
	}
	return words, nil
}

// cut measures tok and, if it is wider than w, cuts it into pieces no wider than w.
func (p *pdfDoc) cut(tok string, font int, size, w float64) ([]piece, error) {
	tw, err := p.width(tok, font, size)
	if err != nil || tw <= w {
		return []piece{{tok, font, tw}}, err
	}
	var out []piece
	cur, cw := "", 0.0
	for _, r := range tok {
		rw, err := p.width(string(r), font, size)
		if err != nil {
			return nil, err
		}
		if cur != "" && cw+rw > w {
			out, cur, cw = append(out, piece{cur, font, cw}), "", 0
		}
		cur, cw = cur+string(r), cw+rw
	}
	return append(out, piece{cur, font, cw}), nil
}

// tokens splits text into words, runs of blanks, and single newlines; no-break spaces stay in words.
func tokens(s string) []string {
	var out []string
	for s != "" {
		r, i := utf8.DecodeRuneInString(s)
		switch {
		case r == '\n':
		case isBlank(r):
			i = len(s) - len(strings.TrimLeftFunc(s, isBlank))
		default:
			if i = strings.IndexFunc(s, func(r rune) bool { return r == '\n' || isBlank(r) }); i < 0 {
				i = len(s)
			}
		}
		out, s = append(out, s[:i]), s[i:]
	}
	return out
}

// isBlank reports white space a line may break at: not a newline, not a no-break space.
func isBlank(r rune) bool {
	return unicode.IsSpace(r) && r != '\n' && r != 0xa0 && r != 0x2007 && r != 0x202f
}
