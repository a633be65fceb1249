package table

import (
	"sort"
	"strconv"
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// refresh recomputes the shown rows from the filter and the sort column.
func (m Model) refresh() Model {
	terms := strings.Fields(strings.ToLower(m.filter.Value()))
	m.view = m.view[:0:0]
	for i := range m.rows {
		if matches(m.lower[i], terms) {
			m.view = append(m.view, i)
		}
	}
	if m.sortCol >= 0 && m.sortCol < len(m.cols) {
		m.sortView()
	} else if m.desc {
		for i, j := 0, len(m.view)-1; i < j; i, j = i+1, j-1 {
			m.view[i], m.view[j] = m.view[j], m.view[i]
		}
	}
	return m.clamp()
}

// matches says whether every term occurs in the row's text (each may be in another cell).
func matches(text string, terms []string) bool {
	for _, t := range terms {
		if !strings.Contains(text, t) {
			return false
		}
	}
	return true
}

// nextSort cycles the sort column: as given → first column → ... → last → as given.
func (m Model) nextSort() Model {
	m.sortCol++
	if m.sortCol >= len(m.cols) {
		m.sortCol = -1
	}
	m.desc = false
	return m.refresh()
}

// SortColumn is the column the rows are sorted by (-1: as given) and whether descending.
func (m Model) SortColumn() (int, bool) { return m.sortCol, m.desc }

func (m Model) sortView() {
	c := m.sortCol
	keyOf := func(i int) string {
		r := m.rows[i]
		if c < len(r.Keys) && r.Keys[c] != "" {
			return r.Keys[c]
		}
		if c < len(r.Cells) {
			return r.Cells[c]
		}
		return ""
	}
	sort.SliceStable(m.view, func(a, b int) bool {
		ka, kb := keyOf(m.view[a]), keyOf(m.view[b])
		if m.desc {
			return compare(ka, kb) > 0
		}
		return compare(ka, kb) < 0
	})
}

// compare orders numbers as numbers and text by the Ukrainian collation every list of
// people uses (і, ї, є, ґ in place, apostrophes ignored).
func compare(a, b string) int {
	na, ea := strconv.Atoi(a)
	nb, eb := strconv.Atoi(b)
	if ea == nil && eb == nil {
		return na - nb
	}
	return store.CompareNames(a, b)
}
