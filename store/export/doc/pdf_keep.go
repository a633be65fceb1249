package doc

// extent is the room a block takes: whole, and first, the part that must start on the page it
// starts on (a paragraph's first two lines, a list's first item, a table's header and first row).
type extent struct{ first, whole float64 }

// keepsNext says whether a block stays on the page of the block after it.
func keepsNext(b Block) bool {
	switch v := b.(type) {
	case Heading:
		return true
	case Paragraph:
		return v.KeepNext
	}
	return false
}

// keep starts a new page unless block i fits here with what it is kept with: a heading or a
// label whole, followed by the first part of the block after it (following a chain of them), or
// a run of signatures whole.
func (p *pdfDoc) keep(bs []Block, i int) error {
	if _, sig := bs[i].(Signature); p.fresh || !sig && !keepsNext(bs[i]) {
		return nil // a block kept with nothing makes its own room as it is drawn
	}
	need := 0.0
	for ; i < len(bs); i++ {
		e, err := p.extent(bs, i)
		if err != nil {
			return err
		}
		if !keepsNext(bs[i]) || i == len(bs)-1 {
			need += e.first
			break
		}
		need += e.whole
	}
	return p.room(need)
}

// extent measures block i without drawing it; a signature takes the run of signatures it starts.
func (p *pdfDoc) extent(bs []Block, i int) (extent, error) {
	switch v := bs[i].(type) {
	case Heading:
		e, err := p.rowExtent(headingCells(v), rowStyle{gap: afterPt})
		e.first, e.whole = e.first+headBeforePt, e.whole+headBeforePt
		return e, err
	case Paragraph:
		return p.rowExtent(paragraphCells(v), rowStyle{gap: afterPt, split: true})
	case List:
		return p.listExtent(v)
	case Table:
		return p.tableExtent(v)
	case TwoColumn:
		cells, err := p.twoColumn(v)
		if err != nil {
			return extent{}, err
		}
		return p.rowExtent(cells, twoColumnStyle)
	case Signature:
		sigs := signatures(bs, i)
		whole := bodyPt*leading + afterPt
		for k, s := range sigs {
			e, err := p.rowExtent(signatureCells(s), signatureStyle(k == len(sigs)-1))
			if err != nil {
				return extent{}, err
			}
			whole += e.whole
		}
		return extent{whole, whole}, nil
	}
	return extent{}, nil
}

func (p *pdfDoc) rowExtent(cells []pdfCell, st rowStyle) (extent, error) {
	r, err := p.lay(cells, st)
	return extent{r.height(r.first(st), st), r.height(r.n, st) + st.gap}, err
}

func (p *pdfDoc) listExtent(l List) (extent, error) {
	var e extent
	for i := range l.Items {
		ie, err := p.rowExtent(listCells(l, i), rowStyle{gap: afterPt, split: true})
		if err != nil {
			return e, err
		}
		if i == 0 {
			e.first = ie.first
		}
		e.whole += ie.whole
	}
	return e, nil
}

func (p *pdfDoc) tableExtent(t Table) (extent, error) {
	shares := t.shares()
	if len(shares) == 0 {
		return extent{}, nil
	}
	var e extent
	rows := t.Rows
	if len(t.Header) > 0 {
		rows = append([][]string{t.Header}, rows...)
	}
	for i, r := range rows {
		re, err := p.rowExtent(tableCells(r, shares, i == 0 && len(t.Header) > 0), tableStyle(t))
		if err != nil {
			return e, err
		}
		if i < 2 {
			e.first += re.whole
		}
		e.whole += re.whole
	}
	return e, nil
}
