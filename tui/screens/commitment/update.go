package commitment

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/confirm"
)

func (m Model) onKey(km tea.KeyMsg) (Model, tea.Cmd) {
	if !m.loaded {
		return m, nil
	}
	if m.milestones.Filtering() && m.pane == paneMilestones || m.links.Filtering() && m.pane == paneMeetings {
		return m.toTable(km)
	}
	k := m.keys
	switch {
	case key.Matches(km, k.NextPane):
		m.pane, m.scroll = (m.pane+1)%paneCount, 0
		return m, nil
	case key.Matches(km, k.PrevPane):
		m.pane, m.scroll = (m.pane+paneCount-1)%paneCount, 0
		return m, nil
	case key.Matches(km, k.Impl):
		return m.openStatus(store.ScaleImplementation)
	case key.Matches(km, k.Completion):
		return m.openStatus(store.ScaleCompletion)
	case key.Matches(km, k.Withdraw):
		return m.openStatus(store.ScaleWithdrawn)
	}
	switch m.pane {
	case paneMilestones:
		return m.milestoneKey(km)
	case paneMeetings:
		if key.Matches(km, k.OpenMeeting) {
			if l, ok := m.selectedLink(); ok {
				return m, common.Send(common.OpenMeetingMsg{ID: l.MeetingID})
			}
			return m, nil
		}
		return m.toTable(km)
	}
	switch {
	case key.Matches(km, k.Edit):
		return m.openCommitmentForm()
	case key.Matches(km, k.ScrollUp):
		m.scroll = max(m.scroll-1, 0)
	case key.Matches(km, k.ScrollDown):
		m.scroll = min(m.scroll+1, max(len(m.paneLines())-(m.c.Height-headerLines), 0))
	}
	return m, nil
}

// paneLines are the lines of the overview or the history, whichever is shown.
func (m Model) paneLines() []string {
	if m.pane == paneHistory {
		return m.text.history
	}
	return m.text.overview
}

func (m Model) toTable(km tea.KeyMsg) (Model, tea.Cmd) {
	var cmd tea.Cmd
	if m.pane == paneMilestones {
		m.milestones, cmd = m.milestones.Update(km)
	} else {
		m.links, cmd = m.links.Update(km)
	}
	return m, cmd
}

func (m Model) milestoneKey(km tea.KeyMsg) (Model, tea.Cmd) {
	k := m.keys
	ms, ok := m.selectedMilestone()
	switch {
	case key.Matches(km, k.Add):
		return m.openMilestoneForm(store.Milestone{CommitmentID: m.id})
	case !ok:
		return m.toTable(km)
	case key.Matches(km, k.EditMilestone):
		return m.openMilestoneForm(ms)
	case key.Matches(km, k.Up):
		return m, m.run("move", "commitment.moved", func(s *store.Store) error {
			ctx, cancel := common.Context()
			defer cancel()
			return s.MoveMilestone(ctx, ms.ID, -1)
		})
	case key.Matches(km, k.Down):
		return m, m.run("move", "commitment.moved", func(s *store.Store) error {
			ctx, cancel := common.Context()
			defer cancel()
			return s.MoveMilestone(ctx, ms.ID, +1)
		})
	case key.Matches(km, k.Done) && ms.Done():
		m.confirm = m.confirm.Ask("reopen", m.c.T.T("commitment.ask_reopen", map[string]any{"Name": store.OneLine(ms.Deliverable)}))
		return m, nil
	case key.Matches(km, k.Done):
		return m.openDoneForm(ms)
	case key.Matches(km, k.Delete):
		m.confirm = m.confirm.Ask("delete", m.c.T.T("commitment.ask_delete", map[string]any{"Name": store.OneLine(ms.Deliverable)}))
		return m, nil
	}
	return m.toTable(km)
}

func (m Model) answered(msg confirm.ResultMsg) (Model, tea.Cmd) {
	if m.ed != nil {
		ed, cmd := m.ed.Update(msg)
		m.ed = &ed
		return m, cmd
	}
	ms, ok := m.selectedMilestone()
	if !msg.Yes || !ok {
		return m, nil
	}
	switch msg.ID {
	case "reopen":
		return m, m.run("reopen", "commitment.reopened", func(s *store.Store) error {
			ctx, cancel := common.Context()
			defer cancel()
			return s.MarkMilestoneDone(ctx, ms.ID, "", "")
		})
	case "delete":
		return m, m.run("delete", "commitment.deleted", func(s *store.Store) error {
			ctx, cancel := common.Context()
			defer cancel()
			return s.DeleteMilestone(ctx, ms.ID)
		})
	}
	return m, nil
}

// run calls the store in a command and reports as savedMsg.
func (m Model) run(form, status string, fn func(*store.Store) error) tea.Cmd {
	s := m.c.Store
	return func() tea.Msg { return savedMsg{form: form, status: status, err: fn(s)} }
}

func (m Model) selectedMilestone() (store.Milestone, bool) {
	id, ok := m.milestones.SelectedID()
	for _, ms := range m.data.milestones {
		if ok && ms.ID == id {
			return ms, true
		}
	}
	return store.Milestone{}, false
}

// selectedLink maps the links table's row (numbered from 1) back to its link.
func (m Model) selectedLink() (store.CommitmentLink, bool) {
	id, ok := m.links.SelectedID()
	if !ok || id < 1 || int(id) > len(m.data.links) {
		return store.CommitmentLink{}, false
	}
	return m.data.links[id-1], true
}

// ShortHelp lists the keys that work now.
func (m Model) ShortHelp() []key.Binding {
	switch {
	case m.ed != nil:
		return m.ed.ShortHelp()
	case m.confirm.Active():
		return m.confirm.ShortHelp()
	case !m.loaded:
		return nil
	}
	k := m.keys
	switch m.pane {
	case paneMilestones:
		if m.milestones.Filtering() {
			return m.milestones.ShortHelp()
		}
		out := []key.Binding{k.Add}
		if _, ok := m.selectedMilestone(); ok {
			out = append(out, k.Done, k.EditMilestone, k.Up, k.Down, k.Delete)
		}
		return append(append(out, k.Impl, k.Completion, k.Withdraw, k.NextPane), m.milestones.ShortHelp()...)
	case paneMeetings:
		if m.links.Filtering() {
			return m.links.ShortHelp()
		}
		out := []key.Binding{}
		if m.links.Len() > 0 {
			out = append(out, k.OpenMeeting)
		}
		return append(append(out, k.NextPane, k.Impl, k.Completion, k.Withdraw), m.links.ShortHelp()...)
	}
	return []key.Binding{k.NextPane, k.Impl, k.Completion, k.Withdraw, k.Edit, k.ScrollUp}
}

// FullHelp lists every key of the screen, each once: e edits the commitment, or on the
// milestones pane the milestone.
func (m Model) FullHelp() [][]key.Binding {
	k := m.keys
	edit := k.Edit
	if m.pane == paneMilestones {
		edit = k.EditMilestone
	}
	return [][]key.Binding{
		{k.NextPane, k.PrevPane, edit, k.ScrollUp},
		{k.Impl, k.Completion, k.Withdraw},
		{k.Add, k.Done, k.Up, k.Down, k.Delete},
		{k.OpenMeeting},
	}
}
