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
	skip   int  // empty lines above the text
}

// rowStyle says how a row of cells is framed and spaced.
type rowStyle struct {
	padX   float64 // inner left and right margin of each cell
	border bool
	gap    float64 // space after the row
	minH   float64 // least height of the row
	split  bool    // may break across pages, leaving two lines at least on either side
	bottom bool    // align the cells' last lines with the row's bottom
	stack  bool    // every cell starts at the row's left edge (text at a right tab)
}

// lineSlack is how near a line may come to its width: LibreOffice sets glyphs on a grid of
// twips, so a line within half a point of the margin wraps there; the PDF wraps alike.
const lineSlack = 0.5

// keptLines are the lines a split paragraph leaves at least at a page's foot and at the next page's
// head, as the DOCX's widow control does.
const keptLines = 2

// piece is a part of a word in one font; a word is glued pieces with no space between them.
type piece struct {
	text string
	font int
	w    float64
}

type word struct {
	pieces   []piece
	w        float64
	breaks   int  // forced line breaks before the word
	attached bool // follows the word before with no space: a line may break after a dash
}

// gap is the space before wd on a line.
func (wd word) gap(space float64) float64 {
	if wd.attached {
		return 0
	}
	return space
}

type line struct {
	words  []word
	w      float64
	indent float64
	last   bool // ends the paragraph or a forced break: never justified
}

// gaps is the number of spaces between the line's words.
func (l line) gaps() int {
	n := 0
	for _, wd := range l.words[min(1, len(l.words)):] {
		if !wd.attached {
			n++
		}
	}
	return n
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

// laidRow is a row of cells broken into lines.
type laidRow struct {
	lines [][]line
	n     int     // lines of the tallest cell
	lh    float64 // line height
}

// lay breaks each cell into lines; with bottom, shorter cells get empty lines on top.
func (p *pdfDoc) lay(cells []pdfCell, st rowStyle) (laidRow, error) {
	r := laidRow{lines: make([][]line, len(cells)), n: 1}
	size := 0.0
	for i, c := range cells {
		ls, err := p.layout(c, c.w-2*st.padX)
		if err != nil {
			return r, err
		}
		ls = append(make([]line, c.skip), ls...)
		r.lines[i], r.n, size = ls, max(r.n, len(ls)), max(size, c.size)
	}
	if st.bottom {
		for i, ls := range r.lines {
			r.lines[i] = append(make([]line, r.n-len(ls)), ls...)
		}
	}
	r.lh = size * leading
	return r, nil
}

// height is the room count lines of the row take.
func (r laidRow) height(count int, st rowStyle) float64 {
	return max(float64(count)*r.lh, st.minH)
}

// first is how many lines must start on one page: two, or all when they cannot split two and two.
func (r laidRow) first(st rowStyle) int {
	if st.split && r.n > 2*keptLines-1 {
		return keptLines
	}
	return r.n
}

// row draws cells side by side, splitting them across pages line by line when they do not fit.
func (p *pdfDoc) row(x float64, cells []pdfCell, st rowStyle) error {
	r, err := p.lay(cells, st)
	if err != nil {
		return err
	}
	if err := p.room(r.height(r.first(st), st)); err != nil {
		return err
	}
	for first := 0; first < r.n; {
		left := r.n - first
		fit := min(int((pdfBottom-p.y)/r.lh), left)
		if fit < left && left-fit < keptLines {
			fit = left - keptLines
		}
		if fit < 1 && !p.fresh {
			if err := p.newPage(); err != nil {
				return err
			}
			continue
		}
		fit = max(fit, 1)
		if err := p.drawChunk(x, cells, r, first, fit, st); err != nil {
			return err
		}
		first += fit
	}
	p.y += st.gap
	return nil
}

// room starts a new page unless need fits on this one (or could fit on no page).
func (p *pdfDoc) room(need float64) error {
	if p.fresh || p.y+need <= pdfBottom || need > pdfPage {
		return nil
	}
	return p.newPage()
}

// drawChunk draws lines first..first+count of every cell and their borders, then moves down.
func (p *pdfDoc) drawChunk(x float64, cells []pdfCell, r laidRow, first, count int, st rowStyle) error {
	h := r.height(count, st)
	top := p.y + h - float64(count)*r.lh // lines sit at the bottom of a row taller than they are
	for i, c := range cells {
		for k := first; k < first+count && k < len(r.lines[i]); k++ {
			y := top + float64(k-first)*r.lh + (r.lh-c.size)/2
			if err := p.drawLine(r.lines[i][k], x+st.padX, y, c.w-2*st.padX, c.align, c.size); err != nil {
				return err
			}
		}
		if st.border {
			p.pdf.RectFromUpperLeftWithStyle(x, p.y, c.w, h, "D")
		}
		if !st.stack {
			x += c.w
		}
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
	case a == AlignJustify && !l.last && l.gaps() > 0:
		space += (w - l.w) / float64(l.gaps())
	}
	for i, wd := range l.words {
		if i > 0 {
			x += wd.gap(space)
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
		if len(cur.words) > 0 && cur.w+wd.gap(space)+wd.w > w-cur.indent-lineSlack {
			lines = append(lines, line{})
			cur = &lines[len(lines)-1]
		}
		if len(cur.words) > 0 {
			cur.w += wd.gap(space)
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
				for j, part := range afterDashes(tok) {
					chunks, err := p.cut(part, font, c.size, w)
					if err != nil {
						return nil, err
					}
					for k, pc := range chunks {
						if glue {
							last := &words[len(words)-1]
							last.pieces, last.w = append(last.pieces, pc), last.w+pc.w
						} else {
							words = append(words, word{pieces: []piece{pc}, w: pc.w, breaks: breaks, attached: j > 0 && k == 0})
						}
						glue, breaks = false, 0
					}
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

// afterDashes splits a word where a line may break besides spaces, as LibreOffice and Word break
// (Unicode line breaking): after an en or em dash, and after a hyphen before no digit, each
// following a letter or digit («бета-|версію», «2027–|2028», not «-5»).
func afterDashes(tok string) []string {
	var out []string
	start := 0
	prev := rune(0)
	for i, r := range tok {
		if i > start && isDash(prev) && (prev != '-' || !unicode.IsDigit(r)) && hasAlnum(tok[start:i]) {
			out, start = append(out, tok[start:i]), i
		}
		prev = r
	}
	return append(out, tok[start:])
}

func isDash(r rune) bool { return r == '-' || r == '–' || r == '—' }

func hasAlnum(s string) bool {
	return strings.IndexFunc(s, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// isBlank reports white space a line may break at: not a newline, not a no-break space.
func isBlank(r rune) bool {
	return unicode.IsSpace(r) && r != '\n' && r != 0xa0 && r != 0x2007 && r != 0x202f
}
