package commitment

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/bar"
	"github.com/khmelnytskyi-ogp/rada/tui/components/table"
)

var paneIDs = [paneCount]string{"commitment.pane.overview", "commitment.pane.milestones", "commitment.pane.history", "commitment.pane.meetings"}

// View shows the header, the pane tabs and the current pane.
func (m Model) View() string {
	if m.ed != nil {
		return m.ed.View()
	}
	if !m.loaded {
		return m.c.Styles.Muted.Render(m.c.T.T("common.loading"))
	}
	body := max(m.c.Height-headerLines, 1)
	var pane string
	switch m.pane {
	case paneMilestones:
		pane = m.milestones.View()
	case paneMeetings:
		pane = m.links.View()
	case paneHistory:
		pane = m.scrolled(m.text.history, body)
	default:
		pane = m.scrolled(m.text.overview, body)
	}
	out := m.header() + "\n" + pane
	if m.confirm.Active() {
		out = m.header() + "\n" + m.confirm.View(m.c.Width)
	}
	return out
}

func (m Model) fit(s string) string { return common.Truncate(s, m.c.Width, "…") }

// maxTextRunes caps one typed value on screen; the rest is shown as "…".
const maxTextRunes = 2000

// capped is a typed value cleaned and cut at maxTextRunes.
func capped(s string) string {
	if len(s) > maxTextRunes {
		if r := []rune(s); len(r) > maxTextRunes {
			s = string(r[:maxTextRunes]) + "…"
		}
	}
	return store.Clean(s)
}

// wrapped is a typed value cleaned, capped and wrapped to w cells, each line indented.
func wrapped(s string, w int, indent string) []string {
	lines := strings.Split(ansi.Wrap(capped(s), w, " "), "\n")
	for i, l := range lines {
		lines[i] = indent + l
	}
	return lines
}

// header is the commitment's name, statuses, progress and the pane tabs.
func (m Model) header() string {
	c, p, st, t, lang := m.data.com, m.data.progress, m.c.Styles, m.c.T, m.c.Lang
	status := st.Label.Render(t.T("commitment.impl")+": ") + t.Label(c.ImplStatus) +
		st.Label.Render(" · "+t.T("commitment.completion")+": ") + t.Label(c.Completion)
	if c.Withdrawn {
		status += " · " + st.Warning.Render(t.T("commitment.withdrawn"))
	}
	prog := st.Label.Render(t.T("commitment.milestones")+": ") + st.OK.Render(bar.Bar(p.Share(), 12)) +
		fmt.Sprintf(" %d/%d", p.Done, p.Total)
	if p.Next != "" {
		prog += st.Label.Render(" · "+t.T("commitment.next")+": ") + common.FormatDate(p.Next, lang)
	}
	if p.Late > 0 {
		prog += " · " + st.Bad.Render(t.N("commitment.late_n", p.Late))
	}
	var tabs []string
	for i, id := range paneIDs {
		label := t.T(id)
		if i == paneMilestones {
			label += fmt.Sprintf(" (%d)", len(m.data.milestones))
		}
		if i == paneHistory {
			label += fmt.Sprintf(" (%d)", len(m.data.history))
		}
		if i == paneMeetings {
			label += fmt.Sprintf(" (%d)", len(m.data.links))
		}
		if i == m.pane {
			tabs = append(tabs, st.TabActive.Render(label))
		} else {
			tabs = append(tabs, st.TabInactive.Render(label))
		}
	}
	return strings.Join([]string{
		m.fit(st.Title.Render(c.OGPID+" ") + store.OneLine(capped(c.Title))),
		m.fit(status),
		m.fit(prog),
		m.fit(strings.Join(tabs, "")),
	}, "\n")
}

// scrolled shows height lines from the scroll offset.
func (m Model) scrolled(lines []string, height int) string {
	start := min(m.scroll, max(len(lines)-height, 0))
	end := min(start+height, len(lines))
	out := make([]string, 0, height)
	for _, l := range lines[start:end] {
		out = append(out, m.fit(l))
	}
	return strings.Join(out, "\n")
}

// overviewLines are every field of the commitment, wrapped to the width.
func (m Model) overviewLines() []string {
	c, t, lang, st := m.data.com, m.c.T, m.c.Lang, m.c.Styles
	values := make([]string, len(c.Values))
	for i, v := range c.Values {
		values[i] = t.Label(v)
	}
	assessed := t.T("commitment.not_assessed")
	if c.EndAssessedOn != "" {
		assessed = common.FormatDate(c.EndAssessedOn, lang)
	}
	due := common.FormatDate(store.EndAssessmentDue(c.EndMonth), lang)
	fields := []struct{ id, value string }{
		{"commitment.f.lead", c.LeadImplementer},
		{"commitment.f.actors", c.OtherActors},
		{"commitment.f.period", strings.Trim(common.FormatMonth(c.StartMonth, lang)+" – "+common.FormatMonth(c.EndMonth, lang), " –")},
		{"commitment.f.values", strings.Join(values, ", ")},
		{"commitment.f.opened_gov", t.Label(c.OpenedGov)},
		{"commitment.f.end_assessment", or(due, "—") + " · " + assessed},
		{"commitment.f.problem", c.Problem},
		{"commitment.f.status_quo", c.StatusQuo},
		{"commitment.f.objective", c.Objective},
		{"commitment.f.how_solves", c.HowSolves},
		{"commitment.f.contact", c.Contact},
		{"commitment.f.budget", c.Budget},
		{"commitment.f.links", c.Links},
	}
	var lines []string
	w := max(m.c.Width-2, 10)
	for _, f := range fields {
		lines = append(lines, st.Label.Render(t.T(f.id)))
		lines = append(lines, wrapped(or(f.value, "—"), w, "  ")...)
	}
	return lines
}

// historyLines are the status changes, oldest first: when, who, from → to, note, meeting.
func (m Model) historyLines() []string {
	t, lang, st := m.c.T, m.c.Lang, m.c.Styles
	if len(m.data.history) == 0 {
		return []string{st.Muted.Render(t.T("commitment.no_history"))}
	}
	var lines []string
	w := max(m.c.Width-4, 10)
	for _, e := range m.data.history {
		when := strings.Replace(strings.TrimSuffix(e.ChangedOn, "Z"), "T", " ", 1)
		if len(when) > 16 {
			when = when[:16]
		}
		if len(when) >= 10 {
			when = common.FormatDate(when[:10], lang) + when[10:]
		}
		scale := t.T("commitment.scale." + e.Scale)
		change := t.Label(store.ScaleValue(e.Scale, e.From)) + " → " + t.Label(store.ScaleValue(e.Scale, e.To))
		who := st.Accent.Render(when) + " " + st.Muted.Render(store.OneLine(capped(e.ChangedBy)))
		what := st.Label.Render(scale+": ") + st.Text.Render(change)
		if common.Width(who+"  "+what) <= m.c.Width {
			lines = append(lines, who+"  "+what)
		} else {
			lines = append(lines, who, "  "+what)
		}
		lines = append(lines, wrapped(e.Note, w, "    ")...)
		if e.EvidenceOn != "" {
			lines = append(lines, "    "+st.Muted.Render(t.T("commitment.evidence_of", map[string]any{"Date": common.FormatDate(e.EvidenceOn, lang)})))
		}
		if e.MeetingID != 0 {
			ml := t.T("commitment.meeting_label", map[string]any{"N": e.MeetingNumber, "Date": common.FormatDate(e.MeetingDate, lang)})
			if e.PointText != "" {
				ml += " — " + store.OneLine(capped(e.PointText))
			}
			lines = append(lines, "    "+st.Muted.Render(t.T("commitment.decided_at")+": "+ml))
		}
	}
	return lines
}

func (m Model) milestoneRows() []table.Row {
	today, lang := m.c.Today(), m.c.Lang
	rows := make([]table.Row, len(m.data.milestones))
	for i, ms := range m.data.milestones {
		mark, done := "", "—"
		if ms.Late(today) {
			mark = "!"
			done = m.c.T.T("commitment.late")
		}
		if ms.Done() {
			mark, done = "✓", common.FormatDate(ms.DoneOn, lang)
		}
		rows[i] = table.Row{ID: ms.ID, Cells: []string{mark, fmt.Sprint(ms.Position), capped(ms.Deliverable),
			or(common.FormatDate(ms.StartDate, lang), "—"), common.FormatDate(ms.EndDate, lang), done},
			Keys: []string{"", "", "", ms.StartDate, ms.EndDate, ms.DoneOn}}
	}
	return rows
}

func (m Model) linkRows() []table.Row {
	rows := make([]table.Row, len(m.data.links))
	for i, l := range m.data.links {
		point := "—"
		if l.PointID != 0 {
			point = fmt.Sprintf("%d.%d. %s", l.ItemPosition, l.PointPosition, capped(l.PointText))
		}
		rows[i] = table.Row{ID: int64(i + 1), Cells: []string{common.FormatDate(l.Date, m.c.Lang), fmt.Sprint(l.Number),
			fmt.Sprintf("%d. %s", l.ItemPosition, capped(l.ItemTitle)), point}, Keys: []string{l.Date}}
	}
	return rows
}

func or(s, dflt string) string {
	if s == "" {
		return dflt
	}
	return s
}
