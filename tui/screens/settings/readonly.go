package settings

import "github.com/charmbracelet/bubbles/key"

// EditKeys are the keys that change the council (common.Editor).
func (m Model) EditKeys() []key.Binding { return []key.Binding{m.keys.Edit} }
