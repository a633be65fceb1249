package meeting

import "github.com/charmbracelet/bubbles/key"

// EditKeys are the keys that change the meeting (common.Editor), on every tab.
func (m Model) EditKeys() []key.Binding { return m.keys.editKeys() }
