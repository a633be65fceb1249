package members

import "github.com/charmbracelet/bubbles/key"

// EditKeys are the list's keys that change the council (common.Editor).
func (m Model) EditKeys() []key.Binding { return []key.Binding{m.keys.New, m.keys.Edit, m.keys.Leave} }

// EditKeys are the page's keys that change the council (common.Editor).
func (d Detail) EditKeys() []key.Binding { return []key.Binding{d.keys.Edit} }
