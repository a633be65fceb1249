package live

import (
	"slices"

	"github.com/charmbracelet/bubbles/key"
)

// EditKeys are the keys that change the record in the current mode (common.Editor).
func (m Model) EditKeys() []key.Binding {
	k := m.keys
	switch m.mode {
	case modeRoll:
		return append(slices.Clone(k.Votes), k.AllFor, k.ClearVotes)
	case modeAttendance:
		return []key.Binding{k.Present, k.Remote, k.Absent}
	case modeView:
		return []key.Binding{k.Heard, k.Speech, k.Point, k.Assign, k.Roll, k.AllFor, k.Attendance, k.Defer, k.Close,
			k.Start, k.Edit, k.Delete}
	}
	return nil
}
