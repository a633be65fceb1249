package commitment

import "github.com/charmbracelet/bubbles/key"

// EditKeys are the keys that change the council (common.Editor): the commitment, its
// statuses, its milestones and their order.
func (m Model) EditKeys() []key.Binding {
	k := m.keys
	return []key.Binding{k.Edit, k.Impl, k.Completion, k.Withdraw, k.Add, k.EditMilestone, k.Up, k.Down, k.Done, k.Delete}
}
