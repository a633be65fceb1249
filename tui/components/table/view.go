package table

import (
	"strconv"
	"strings"

	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// gap is the space between columns; marker is the cursor's column (visible without colour).
const (
	gap          = 1
	markerWidth  = 2
	markerCursor = "▸ "
	markerBlank  = "  "
)

// View renders the header, the visible rows only, and the footer line, in exactly the
// table's height; no line is wider than its width.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	widths := m.widths()
	lines := make([]string, 0, m.height)
	lines = append(lines, m.fit(m.st.TableHeader.Render(m.headerLine(widths))))
	body := m.bodyHeight()
	switch {
	case len(m.rows) == 0:
		lines = append(lines, m.fit(m.st.Muted.Render(m.empty)))
	case len(m.view) == 0:
		lines = append(lines, m.fit(m.st.Muted.Render(m.t.T("table.no_match"))))
	}
	for i := m.offset; i < len(m.view) && i < m.offset+body; i++ {
		lines = append(lines, m.rowLine(widths, i))
	}
	for len(lines) < m.height-1 {
		lines = append(lines, "")
	}
	if m.height > 1 {
		lines = append(lines, m.footer())
	}
	return strings.Join(lines[:min(len(lines), m.height)], "\n")
}

func (m Model) headerLine(widths []int) string {
	cells := make([]string, len(widths))
	for i, w := range widths {
		title := m.cols[i].Title
		if i == m.sortCol {
			title += sortArrow(m.desc)
		}
		cells[i] = pad(title, w, m.cols[i].Right)
	}
	return markerBlank + strings.Join(cells, strings.Repeat(" ", gap))
}

func sortArrow(desc bool) string {
	if desc {
		return "↓"
	}
	return "↑"
}

// rowLine renders the i-th shown row; an unselected row is rendered once per rows and width.
func (m Model) rowLine(widths []int, i int) string {
	ri := m.view[i]
	if i != m.cursor {
		if line, ok := m.lines.rows[ri]; ok {
			return line
		}
	}
	r := m.rows[ri]
	cells := make([]string, len(widths))
	for j, w := range widths {
		c := ""
		if j < len(r.Cells) {
			c = r.Cells[j]
		}
		cells[j] = pad(c, w, m.cols[j].Right)
	}
	line := strings.Join(cells, strings.Repeat(" ", gap))
	if i == m.cursor {
		return m.st.TableSelected.Render(m.fitPlain(markerCursor + line))
	}
	line = m.st.TableRow.Render(m.fitPlain(markerBlank + line))
	m.lines.rows[ri] = line
	return line
}

// lineCache keeps rendered rows by their index in rows. Copies of a Model share it, so
// SetRows and a new width replace it rather than clear it.
type lineCache struct{ rows map[int]string }

func newLineCache() *lineCache { return &lineCache{rows: map[int]string{}} }

// footer shows the filter line (while typing or in force) and the position.
func (m Model) footer() string {
	pos := ""
	if len(m.view) > 0 {
		pos = itoa(m.cursor+1) + "/" + itoa(len(m.view))
		if len(m.view) != len(m.rows) {
			pos = m.t.T("table.shown", map[string]any{"Shown": len(m.view), "Total": len(m.rows)})
		}
	}
	if m.sortCol >= 0 && m.sortCol < len(m.cols) {
		pos = m.t.T("table.sorted_by", map[string]any{"Col": m.cols[m.sortCol].Title + sortArrow(m.desc)}) + "  " + pos
	}
	left := ""
	switch {
	case m.editing:
		left = m.t.T("table.filter") + " " + m.filter.View()
	case m.HasFilter():
		left = m.t.T("table.filter") + " " + m.filter.Value()
	}
	room := m.width - common.Width(pos) - 1
	if room < 0 {
		return m.fit(m.st.Muted.Render(pos))
	}
	left = common.Truncate(left, room, "…")
	space := strings.Repeat(" ", max(m.width-common.Width(left)-common.Width(pos), 0))
	return m.st.TableFilter.Render(left) + space + m.st.Muted.Render(pos)
}

// widths gives each shown column its width: Min, then the spare width by Flex. Columns
// that do not fit even at Min are dropped from the right; the first is cut to fit.
func (m Model) widths() []int {
	avail := m.width - markerWidth
	n := len(m.cols)
	for n > 1 && sumMin(m.cols[:n])+gap*(n-1) > avail {
		n--
	}
	ws := make([]int, n)
	flex := 0
	for i := 0; i < n; i++ {
		ws[i] = m.cols[i].Min
		flex += m.cols[i].Flex
	}
	spare := avail - sumMin(m.cols[:n]) - gap*(n-1)
	if spare < 0 && n > 0 {
		ws[0] = max(ws[0]+spare, 0)
		return ws
	}
	if flex == 0 {
		return ws
	}
	given := 0
	last := -1
	for i := 0; i < n; i++ {
		if m.cols[i].Flex > 0 {
			add := spare * m.cols[i].Flex / flex
			ws[i] += add
			given += add
			last = i
		}
	}
	ws[last] += spare - given
	return ws
}

func sumMin(cols []Column) int {
	s := 0
	for _, c := range cols {
		s += c.Min
	}
	return s
}

// pad truncates s with "…" or pads it with spaces to exactly w cells.
func pad(s string, w int, right bool) string {
	if w <= 0 {
		return ""
	}
	s = common.Truncate(s, w, "…")
	fill := strings.Repeat(" ", max(w-common.Width(s), 0))
	if right {
		return fill + s
	}
	return s + fill
}

// fit cuts a styled line to the width.
func (m Model) fit(s string) string { return common.Truncate(s, m.width, "…") }

// fitPlain pads or cuts an unstyled line to exactly the width.
func (m Model) fitPlain(s string) string { return pad(s, m.width, false) }

func itoa(n int) string { return strconv.Itoa(n) }
