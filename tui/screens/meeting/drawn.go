package meeting

import "github.com/khmelnytskyi-ogp/rada/tui/common"

// drawn is the screen as drawn from the loaded meeting at the width: the title, the header,
// each tab's line, top lines and rows. It is drawn on load and resize; a key only picks
// among its lines.
type drawn struct {
	title  string
	header []string
	tabs   [tabCount]string
	top    [tabCount][]string
	rows   [tabCount][]string // cut to the list's width, without the cursor's mark
}

// redraw draws the loaded meeting at the screen's width.
func (m Model) redraw() Model {
	m.record = m.recordLines()
	d := drawn{title: m.title(), header: m.header()}
	for t := range tabCount {
		on := m
		on.tab = tab(t)
		d.tabs[t], d.top[t], d.rows[t] = on.tabLine(), on.bodyTop(), on.listRows()
	}
	m.drawn = d
	return m
}

// listRows are every row of the tab's list, cut to the list's width.
func (m Model) listRows() []string {
	var rows []string
	switch m.tab {
	case tabAgenda:
		for _, it := range m.d.items {
			rows = append(rows, m.agendaRow(it))
		}
	case tabAttendance:
		for _, r := range m.d.attendance {
			rows = append(rows, m.attendanceRow(r))
		}
	case tabGuests:
		for _, g := range m.d.guests {
			rows = append(rows, guestRow(g))
		}
	case tabRecord:
		rows = make([]string, len(m.record))
		copy(rows, m.record)
	}
	for i, r := range rows {
		rows[i] = common.Truncate(r, max(m.c.Width-2, 1), "…")
	}
	return rows
}
