package live

import (
	"context"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
)

// attendanceKey marks the member under the cursor present or remote and moves on; absent asks
// why first.
func (m Model) attendanceKey(km tea.KeyMsg) (Model, tea.Cmd) {
	k := m.keys
	members := m.live.Record.Roll.Members
	if m, ok := m.listKey(km, len(members)); ok {
		return m, nil
	}
	if m.cursor >= len(members) {
		return m, nil
	}
	var p store.Presence
	switch {
	case key.Matches(km, k.Present):
		p = store.PresencePresent
	case key.Matches(km, k.Remote):
		p = store.PresenceRemote
	case key.Matches(km, k.Absent):
		return m.openForm(formAbsent, members[m.cursor].Member.ID)
	default:
		return m, nil
	}
	st, id, member := m.c.Store, m.id, members[m.cursor].Member.ID
	m, cmd := m.queue("", showPresence(member, p), func(ctx context.Context) error { return st.SetAttendance(ctx, id, member, p, "") })
	m.cursor = min(m.cursor+1, len(members)-1)
	return m, cmd
}
