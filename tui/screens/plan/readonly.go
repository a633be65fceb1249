package plan

import "github.com/charmbracelet/bubbles/key"

// EditKeys are the summary's keys that change the council (common.Editor).
func (m Model) EditKeys() []key.Binding { return []key.Binding{m.keys.New, m.keys.Edit, m.keys.Delete} }

// EditKeys are the commitments list's keys that change the council (common.Editor).
func (m Commitments) EditKeys() []key.Binding {
	k := m.keys
	return []key.Binding{k.New, k.EditPlan, k.Assess, k.Delete, k.Up, k.Down}
}
