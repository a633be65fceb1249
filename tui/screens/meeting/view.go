package meeting

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/lipgloss"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// View draws the screen.
func (m Model) View() string {
	w := max(m.c.Width, 1)
	switch {
	case m.err != nil:
		return m.c.Styles.StatusErr.Render(common.Truncate(m.errText(m.err), w, "…"))
	case !m.loaded:
		return m.c.Styles.Muted.Render(m.c.T.T("meeting.loading"))
	case m.editing != formNone:
		return m.fit(m.form.View())
	}
	d := m.drawn
	lines := make([]string, 0, max(m.c.Height, 1)+1)
	lines = append(append(lines, d.header...), d.tabs[m.tab])
	lines = append(lines, d.top[m.tab]...)
	lines = append(lines, m.list()...)
	if m.prompt != promptNone {
		lines = append(lines, m.input.View())
	}
	out := strings.Join(m.truncated(lines), "\n")
	if m.confirm.Active() {
		out = strings.Join(m.truncated(lines[:min(len(lines), m.headerHeight())]), "\n") + "\n" + m.confirm.View(w)
	}
	return m.fit(out)
}

// fit cuts the view to the screen's height.
func (m Model) fit(s string) string {
	lines := strings.Split(s, "\n")
	if h := max(m.c.Height, 1); len(lines) > h {
		lines = lines[:h]
	}
	return strings.Join(m.truncated(lines), "\n")
}

func (m Model) truncated(lines []string) []string {
	out := make([]string, len(lines))
	for i, l := range lines {
		out[i] = common.Truncate(l, max(m.c.Width, 1), "…")
	}
	return out
}

func (m Model) header() []string {
	st, t, mt := m.c.Styles, m.c.T, m.d.meeting
	where := store.OneLine(mt.Place)
	if mt.OnlineLink != "" {
		where = strings.Trim(where+" · "+store.OneLine(mt.OnlineLink), " ·")
	}
	first := t.T("meeting.header", map[string]any{"Number": mt.Number, "Date": common.FormatDate(mt.Date, m.c.Lang), "Time": mt.StartTime})
	if where != "" {
		first += " · " + where
	}
	second := t.T("meeting.status_line", map[string]any{"Status": m.c.T.Label(mt.Status),
		"Presiding": orDash(shortName(m.d.memberName(mt.PresidingID))), "Secretary": orDash(shortName(m.d.memberName(mt.SecretaryID)))})
	statusStyle := st.Muted
	if mt.Status.Locked() {
		statusStyle = st.Locked
		second = t.T("meeting.locked") + " · " + second
	}
	lines := []string{st.Title.Render(first), statusStyle.Render(second)}
	if what := m.awaitsYou(); what != "" { // on every tab: what this co-chair is to approve
		lines = append(lines, st.Accent.Render(t.T("meeting.awaits.line", map[string]any{"What": t.T(what)})))
	}
	return lines
}

func orDash(s string) string {
	if s == "" {
		return "—"
	}
	return s
}

func (m Model) tabLine() string {
	st := m.c.Styles
	names := []string{"meeting.tab.agenda", "meeting.tab.attendance", "meeting.tab.guests", "meeting.tab.record"}
	parts := make([]string, len(names))
	for i, n := range names {
		label := m.c.T.T(n)
		if tab(i) == tabGuests && len(m.d.guests) > 0 {
			label += " (" + strconv.Itoa(len(m.d.guests)) + ")"
		}
		if tab(i) == m.tab {
			parts[i] = st.TabActive.Render(label)
		} else {
			parts[i] = st.TabInactive.Render(label)
		}
	}
	return lipgloss.JoinHorizontal(lipgloss.Top, parts...)
}

// bodyTop is the lines above the current tab's list.
func (m Model) bodyTop() []string {
	st := m.c.Styles
	switch m.tab {
	case tabAgenda:
		lines := []string{st.Accent.Render(m.approvalLine())}
		if m.d.meeting.Status.AgendaDraft() {
			lines = append(lines, st.Muted.Render(m.actorLine())) // who approves matters only until approved
		}
		return lines
	case tabAttendance:
		q := m.d.quorum()
		line := st.OK.Render("✓ " + common.QuorumText(m.c.T, q))
		if !q.Quorate {
			line = st.Bad.Render("✗ " + common.QuorumText(m.c.T, q))
		}
		hint := m.c.T.T("meeting.att.recorded_hint")
		if !m.d.recorded() {
			hint = m.c.T.T("meeting.att.default_hint")
		}
		return []string{line, st.Muted.Render(hint)}
	case tabGuests:
		if len(m.d.guests) == 0 {
			return []string{st.Muted.Render(m.c.T.T("meeting.guest.none"))}
		}
		return []string{st.Muted.Render(m.c.T.T("meeting.guest.hint"))}
	}
	return m.recordTop()
}

// headerHeight is the height of the meeting's header and the tab line.
func (m Model) headerHeight() int { return len(m.drawn.header) + 1 }

func (m Model) bodyTopHeight() int {
	if m.tab == tabGuests {
		return 1
	}
	return 2
}

// listHeight is how many rows of the list fit.
func (m Model) listHeight() int {
	h := m.c.Height - m.headerHeight() - m.bodyTopHeight()
	if m.prompt != promptNone {
		h--
	}
	return max(h, 0)
}

// list is the visible part of the current tab's list, the cursor's row highlighted.
func (m Model) list() []string {
	rows := m.drawn.rows[m.tab]
	start := min(m.offset[m.tab], len(rows))
	end := min(start+m.listHeight(), len(rows))
	out := make([]string, 0, end-start)
	for i := start; i < end; i++ {
		row := rows[i]
		if m.tab != tabRecord && i == m.cursor[m.tab] {
			out = append(out, m.c.Styles.TableSelected.Render("› "+row))
		} else {
			out = append(out, "  "+row)
		}
	}
	return out
}
