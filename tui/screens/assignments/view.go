package assignments

import (
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// Column widths of the list; the meeting's is as wide as its longest reference ("№ 12 від
// 12.03.2026"), the assignment's text takes what is left.
const (
	colPoint    = 5
	colDeadline = 10
	colStatus   = 11 // "Прострочено", "Виконується"
	colWho      = 14
	minText     = 10
)

// View renders the filter line, the list and the selected assignment's details.
func (m Model) View() string {
	w, h := max(m.c.Width, 1), max(m.c.Height, 1)
	st := m.c.Styles
	lines := []string{st.Title.Render(m.c.T.T("assignments.title")) + "  " + st.Muted.Render(m.filterLine())}
	if !m.loaded {
		return strings.Join(append(lines, st.Muted.Render(m.c.T.T("common.loading"))), "\n")
	}
	detail := m.detailLines(w)
	room := max(h-len(lines)-1-len(detail), 1)
	lines = append(lines, st.TableHeader.Render("  "+m.row(w-2, m.c.T.T("assignments.col.meeting"), m.c.T.T("assignments.col.point"),
		m.c.T.T("assignments.col.text"), m.c.T.T("assignments.col.who"), m.c.T.T("assignments.col.deadline"),
		m.c.T.T("assignments.col.status"))))
	if len(m.rows) == 0 {
		lines = append(lines, st.Muted.Render(m.c.T.T("assignments.empty")))
	}
	off := m.offsetFor(room)
	for i := off; i < len(m.rows) && i < off+room; i++ {
		lines = append(lines, m.rowLine(i, w))
	}
	lines = append(lines, detail...)
	if len(lines) > h {
		lines = lines[:h]
	}
	for i := range lines {
		lines[i] = common.Truncate(lines[i], w, "…")
	}
	return strings.Join(lines, "\n")
}

func (m Model) offsetFor(room int) int {
	if m.cursor < room {
		return 0
	}
	return m.cursor - room + 1
}

func (m Model) filterLine() string {
	who := m.c.T.T("assignments.everyone")
	if m.who > 0 && m.who <= len(m.resp) {
		who = store.OneLine(m.resp[m.who-1].Name)
	}
	return m.c.T.T("assignments.filter", map[string]any{"View": m.c.T.T("assignments.view." + viewName(views[m.view])), "Who": who})
}

func viewName(v store.AssignmentView) string {
	if v == store.AssignmentsAll {
		return "all"
	}
	return string(v)
}

// meetingRef names the assignment's meeting: "№ 1 від 12.03.2026", "No. 1, 2026-03-12".
func (m Model) meetingRef(r store.AssignmentRow) string {
	return m.c.T.T("assignments.meeting_ref", map[string]any{"Number": r.MeetingNumber, "Date": common.FormatDate(r.MeetingDate, m.c.Lang)})
}

// meetingWidth fits the column's title and every meeting reference in the list (computed
// when the rows load).
func (m Model) meetingWidth() int {
	w := common.Width(m.c.T.T("assignments.col.meeting"))
	for _, r := range m.rows {
		w = max(w, common.Width(m.meetingRef(r)))
	}
	return w
}

func (m Model) row(w int, meeting, point, text, who, deadline, status string) string {
	colMeeting := m.meetW
	textW := max(w-colMeeting-colPoint-colDeadline-colStatus-colWho-6, minText)
	cells := []struct {
		s string
		w int
	}{{meeting, colMeeting}, {point, colPoint}, {text, textW}, {who, colWho}, {deadline, colDeadline}, {status, colStatus}}
	var b strings.Builder
	for i, c := range cells {
		if i > 0 {
			b.WriteString(" ")
		}
		s := common.Truncate(store.OneLine(c.s), c.w, "…")
		b.WriteString(s + strings.Repeat(" ", max(c.w-common.Width(s), 0)))
	}
	return b.String()
}

// rowLine renders row i; an unselected row is rendered once per rows and width.
func (m Model) rowLine(i, w int) string {
	if i != m.cursor {
		if line, ok := m.lines.get(i, w); ok {
			return line
		}
	}
	line := m.renderRow(i, w)
	if i != m.cursor {
		m.lines.put(i, w, line)
	}
	return line
}

// lineCache keeps rendered rows for one width; copies of a Model share it.
type lineCache struct {
	width int
	rows  map[int]string
}

func (c *lineCache) get(i, w int) (string, bool) {
	if c == nil || c.width != w {
		return "", false
	}
	line, ok := c.rows[i]
	return line, ok
}

func (c *lineCache) put(i, w int, line string) {
	if c == nil {
		return
	}
	if c.width != w || c.rows == nil {
		c.width, c.rows = w, map[int]string{}
	}
	c.rows[i] = line
}

func (m Model) renderRow(i, w int) string {
	st, r := m.c.Styles, m.rows[i]
	status := m.c.T.Label(r.Status)
	if r.Overdue {
		status = m.c.T.T("assignments.overdue")
	}
	line := m.row(w-2, m.meetingRef(r), r.PointRef(), r.Text,
		r.ResponsibleName, common.FormatDate(r.Deadline, m.c.Lang), status)
	switch {
	case i == m.cursor:
		return st.TableSelected.Render("▸ " + line)
	case r.Overdue:
		return st.Warning.Render("! " + line)
	case r.Status != store.AssignmentOpen:
		return st.Muted.Render("  " + line)
	}
	return st.TableRow.Render("  " + line)
}

// detailLines: the selected assignment in full, or the one the open form is about with the form.
func (m Model) detailLines(w int) []string {
	st := m.c.Styles
	var r store.AssignmentRow
	switch {
	case m.Capturing():
		r = m.target
	case m.cursor < len(m.rows):
		r = m.rows[m.cursor]
	default:
		return nil
	}
	out := []string{""}
	if m.form != formEdit { // the edit form shows the text itself
		out = append(out, st.Text.Render(common.Truncate(store.OneLine(r.Text), w, "…")))
	}
	point := m.c.T.T("assignments.decision", map[string]any{"Ref": r.PointRef(), "Text": store.OneLine(firstNonEmpty(r.PointText, r.ItemTitle))})
	out = append(out, st.Muted.Render(common.Truncate(point, w, "…")))
	if m.Capturing() {
		out = append(out, strings.Split(m.edit.View(), "\n")...)
		if m.ask.Active() {
			out = append(out, strings.Split(m.ask.View(w), "\n")...)
		}
		return out
	}
	if r.Status == store.AssignmentDone {
		done := m.c.T.T("assignments.done_line", map[string]any{"Date": common.FormatDate(r.DoneOn, m.c.Lang), "Note": store.OneLine(r.DoneNote)})
		out = append(out, st.OK.Render(common.Truncate(done, w, "…")))
	}
	return out
}
