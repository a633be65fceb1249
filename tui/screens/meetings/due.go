package meetings

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// dueFolded is how many due items the folded panel shows under its count line.
const dueFolded = 2

// duePanel is what is due (store.Due): folded above the list, a count and the first
// items; unfolded in the list's place, each line opening its record.
type duePanel struct {
	items  []store.DueItem
	lines  []string // each item's line, written once per load
	open   bool
	cursor int
}

type dueLoadedMsg struct {
	items []store.DueItem
	err   error
}

// loadDue reads what is due; it runs after the meetings list has arrived, so that the
// first frame does not wait for it.
func loadDue(s *store.Store, today string) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		items, err := s.Due(ctx, today)
		return dueLoadedMsg{items: items, err: err}
	}
}

func (m Model) dueLoaded(msg dueLoadedMsg) (Model, tea.Cmd) {
	if msg.err != nil {
		return m, m.c.Error(msg.err)
	}
	m.due.items = msg.items
	m.due.lines = make([]string, len(msg.items))
	for i, it := range msg.items {
		m.due.lines[i] = common.DueLine(m.c.T, it)
	}
	m.due.cursor = min(m.due.cursor, max(len(msg.items)-1, 0))
	if len(msg.items) == 0 {
		m.due.open = false
	}
	return m.SetSize(m.c.Width, m.c.Height), nil
}

// dueKey handles the keys of the unfolded panel.
func (m Model) dueKey(km tea.KeyMsg) (Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(km, k.DueFold):
		m.due.open = false
		return m.SetSize(m.c.Width, m.c.Height), nil
	case key.Matches(km, m.keys.DueUp):
		m.due.cursor = max(m.due.cursor-1, 0)
	case key.Matches(km, m.keys.DueDown):
		m.due.cursor = min(m.due.cursor+1, max(len(m.due.items)-1, 0))
	case key.Matches(km, k.Open) && m.due.cursor < len(m.due.items):
		return m, m.openDue(m.due.items[m.due.cursor])
	}
	return m, nil
}

// openDue opens the record a due item is about; an overdue next meeting with none planned
// opens the new meeting's form.
func (m Model) openDue(it store.DueItem) tea.Cmd {
	switch {
	case it.Kind == store.DueAssignment:
		return common.Send(common.OpenAssignmentMsg{ID: it.AssignmentID})
	case it.Kind == store.DueInception:
		return common.Send(common.OpenPlanMsg{ID: it.PlanID})
	case it.Kind == store.DueEndAssessment:
		return common.Send(common.OpenCommitmentMsg{ID: it.CommitmentID})
	case it.MeetingID != 0:
		return common.Send(common.OpenMeetingMsg{ID: it.MeetingID})
	}
	return loadChoices(m.c.Store, m.c.Today())
}

// dueHeight is the folded panel's lines (none when nothing is due or it is unfolded).
func (m Model) dueHeight() int {
	if len(m.due.items) == 0 || m.due.open {
		return 0
	}
	return 1 + min(len(m.due.items), dueFolded)
}

// dueFoldedView is the count with the key to unfold, and the first items.
func (m Model) dueFoldedView() []string {
	if m.dueHeight() == 0 {
		return nil
	}
	st, t := m.c.Styles, m.c.T
	head := st.Warning.Render(t.N("due.panel", len(m.due.items))) +
		st.Muted.Render(" · "+m.keys.Due.Help().Key+" — "+m.keys.Due.Help().Desc)
	out := []string{head}
	for _, line := range m.due.lines[:min(len(m.due.lines), dueFolded)] {
		out = append(out, st.Muted.Render("  "+line))
	}
	return out
}

// dueOpenView lists every due item under its kind's heading, in the given height, the
// cursor's line kept in sight.
func (m Model) dueOpenView(h int) string {
	st, t := m.c.Styles, m.c.T
	var lines []string
	at := 0 // the cursor's line
	for i, it := range m.due.items {
		if i == 0 || m.due.items[i-1].Kind != it.Kind {
			lines = append(lines, st.Label.Render(common.DueGroup(t, it.Kind)))
		}
		line := "  " + m.due.lines[i]
		if i == m.due.cursor {
			at = len(lines)
			line = st.TableSelected.Render("▸ " + m.due.lines[i])
		}
		lines = append(lines, line)
	}
	h = max(h, 1)
	top := max(0, min(at-h/2, len(lines)-h))
	return strings.Join(lines[top:min(len(lines), top+h)], "\n")
}
