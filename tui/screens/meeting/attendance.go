package meeting

import (
	"context"
	"github.com/charmbracelet/bubbles/textinput"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
)

func (m Model) selectedMember() (store.AttendanceRow, bool) {
	i := m.cursor[tabAttendance]
	if i < 0 || i >= len(m.d.attendance) {
		return store.AttendanceRow{}, false
	}
	return m.d.attendance[i], true
}

func (m Model) attendanceKey(km tea.KeyMsg) (Model, tea.Cmd) {
	k, st, id := m.keys, m.c.Store, m.id
	r, ok := m.selectedMember()
	if !ok {
		return m, nil
	}
	set := func(p store.Presence) tea.Cmd {
		text := m.c.T.T("meeting.att.set", map[string]any{"Name": shortName(store.OneLine(r.FullName)), "Status": m.c.T.Label(p)})
		return run(text, 0, func(ctx context.Context) error { return st.SetAttendance(ctx, id, r.ID, p, "") })
	}
	switch {
	case key.Matches(km, k.Present):
		return m.down(), set(store.PresencePresent)
	case key.Matches(km, k.Remote):
		return m.down(), set(store.PresenceRemote)
	case key.Matches(km, k.Absent):
		m = m.ask(promptReason, r.ID)
		if r.Status == store.PresenceAbsent {
			m = m.editInput(func(in *textinput.Model) { in.SetValue(r.Reason) })
		}
		var cmd tea.Cmd
		m = m.editInput(func(in *textinput.Model) { cmd = in.Focus() })
		return m, cmd
	case key.Matches(km, k.AllPresent):
		return m, run(m.c.T.T("meeting.att.all_present"), 0, func(ctx context.Context) error { return st.MarkAllPresent(ctx, id) })
	}
	return m, nil
}

// down moves the roll call's cursor to the next member, as a secretary goes down the list.
func (m Model) down() Model {
	m.cursor[tabAttendance]++
	return m.clamp()
}

// absentWith records the prompted member as absent with the typed reason.
func (m Model) absentWith(reason string) tea.Cmd {
	st, id, member := m.c.Store, m.id, m.promptM
	text := m.c.T.T("meeting.att.set", map[string]any{"Name": shortName(store.OneLine(m.d.memberName(member))),
		"Status": m.c.T.Label(store.PresenceAbsent)})
	return run(text, 0, func(ctx context.Context) error {
		return st.SetAttendance(ctx, id, member, store.PresenceAbsent, reason)
	})
}

func (m Model) attendanceRow(r store.AttendanceRow) string {
	s := store.OneLine(r.FullName)
	if r.Side == store.SideCivil {
		s += " " + m.c.T.T("meeting.att.civil_mark")
	}
	status := m.c.T.Label(r.Status)
	if r.Status == store.PresenceAbsent && r.Reason != "" {
		status += " (" + store.OneLine(r.Reason) + ")"
	}
	return s + " — " + status
}
