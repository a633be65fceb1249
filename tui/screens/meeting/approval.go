package meeting

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// stage is the tab whose approval A and R act on, from any tab: the minutes once the
// session is over, else the agenda. The workflow's table never lets both wait at once
// (approve_agenda and approve_minutes share no status; TestOneApprovalWaits).
func (m Model) stage() tab { return stageOf(m.d.meeting.Status) }

func stageOf(st store.MeetingStatus) tab {
	if st.Startable() || st == "" {
		return tabAgenda
	}
	return tabRecord
}

// awaitsYou says whether the actor, a co-chair who has not approved yet, is awaited; the
// id of the catalog's word for what awaits ("" when nothing does).
func (m Model) awaitsYou() string {
	st, a, done := m.d.meeting.Status, m.d.actor, m.approved()
	if a.Role != store.RoleCoChair || !a.Active {
		return ""
	}
	switch {
	case st.Allows(store.ActApproveAgenda, store.RoleCoChair) && !done[0]:
		return "meeting.awaits.agenda"
	case st.Allows(store.ActApproveMinutes, store.RoleCoChair) && !done[1]:
		return "meeting.awaits.minutes"
	}
	return ""
}

// approvalPressed says whether km is A or R, which act on the stage from any tab.
func (m Model) approvalPressed(km tea.KeyMsg) bool {
	return pressed(km, m.keys.Approve) || pressed(km, m.keys.Return)
}

// approvalKey gives A or R to the stage's tab, wherever the co-chair is.
func (m Model) approvalKey(km tea.KeyMsg) (Model, tea.Cmd) {
	on := m
	on.tab = m.stage()
	if err := on.refusal(km); err != nil {
		return m, common.Send(common.StatusMsg{Text: m.errText(err), Err: true})
	}
	var cmd tea.Cmd
	if on.tab == tabAgenda {
		on, cmd = on.agendaKey(km)
	} else {
		on, cmd = on.minutesKey(km)
	}
	on.tab = m.tab
	return on, cmd
}

// approvalKeys are the stage's A and R as the help bar shows them on any tab.
func (k keyMap) approvalKeys(stage tab) []key.Binding {
	var out []key.Binding
	for _, ka := range k.approvals(stage) {
		out = append(out, *ka.b)
	}
	return out
}
