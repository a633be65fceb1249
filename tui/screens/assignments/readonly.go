package assignments

import "github.com/charmbracelet/bubbles/key"

// EditKeys are the keys that change the council (common.Editor): marking done, correcting,
// reopening.
func (m Model) EditKeys() []key.Binding {
	if m.Capturing() {
		return []key.Binding{m.edit.Keys().Save}
	}
	return []key.Binding{m.keys.Done, m.keys.Edit, m.keys.Reopen}
}
