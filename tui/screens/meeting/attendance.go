package meeting

import (
	"context"
	"slices"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
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
	set := func(p store.Presence) (Model, tea.Cmd) {
		text := m.c.T.T("meeting.att.set", map[string]any{"Name": shortName(store.OneLine(r.FullName)), "Status": m.c.T.Label(p)})
		m, cmd := m.mark(text, showPresence(r.ID, p, ""), func(ctx context.Context) error { return st.SetAttendance(ctx, id, r.ID, p, "") })
		return m.down(), cmd
	}
	switch {
	case key.Matches(km, k.Present):
		return set(store.PresencePresent)
	case key.Matches(km, k.Remote):
		return set(store.PresenceRemote)
	case key.Matches(km, k.Absent):
		m = m.ask(promptReason, r.ID)
		if r.Status == store.PresenceAbsent {
			m = m.editInput(func(in *textinput.Model) { in.SetValue(r.Reason) })
		}
		var cmd tea.Cmd
		m = m.editInput(func(in *textinput.Model) { cmd = in.Focus() })
		return m, cmd
	case key.Matches(km, k.AllPresent):
		return m.mark(m.c.T.T("meeting.att.all_present"), nil, func(ctx context.Context) error { return st.MarkAllPresent(ctx, id) })
	}
	return m, nil
}

// down moves the roll call's cursor to the next member, as a secretary goes down the list.
func (m Model) down() Model {
	m.cursor[tabAttendance]++
	return m.clamp()
}

// absentWith records the prompted member as absent with the typed reason.
func (m Model) absentWith(reason string) (Model, tea.Cmd) {
	st, id, member := m.c.Store, m.id, m.promptM
	text := m.c.T.T("meeting.att.set", map[string]any{"Name": shortName(store.OneLine(m.d.memberName(member))),
		"Status": m.c.T.Label(store.PresenceAbsent)})
	return m.mark(text, showPresence(member, store.PresenceAbsent, reason), func(ctx context.Context) error {
		return st.SetAttendance(ctx, id, member, store.PresenceAbsent, reason)
	})
}

// mark shows an attendance mark at once and writes it after the ones keyed before it, the
// live screen's write path (common.WriteQueue); the screen reloads when the last is written.
func (m Model) mark(text string, show func(*detail) int, fn func(ctx context.Context) error) (Model, tea.Cmd) {
	var cmd tea.Cmd
	m.writes, _, cmd = m.writes.Add(m.c.Writes, &m.d, text, show, fn)
	if show != nil {
		m = m.redraw()
	}
	return m, cmd
}

// written takes a mark's report: its message now, the stored truth once none is left.
func (m Model) written(msg common.WrittenMsg) (Model, tea.Cmd) {
	var last bool
	m.writes, last = m.writes.Written(msg)
	status := common.Status(msg.OK)
	if msg.Err != nil {
		status = common.Send(common.StatusMsg{Text: m.errText(msg.Err), Err: true})
	}
	if !last {
		return m, status
	}
	m, reload := m.reload()
	return m, tea.Batch(status, reload, common.Changed())
}

// showPresence shows a member's presence on the loaded meeting; it returns the row changed.
func showPresence(member int64, p store.Presence, reason string) func(*detail) int {
	return func(d *detail) int {
		i := slices.IndexFunc(d.attendance, func(r store.AttendanceRow) bool { return r.ID == member })
		if i >= 0 {
			d.attendance = slices.Clone(d.attendance)
			d.attendance[i].Status, d.attendance[i].Reason = p, reason
		}
		return i
	}
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
