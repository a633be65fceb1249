package meetings

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// balanceLoadedMsg carries the council's composition for the warning under the list.
type balanceLoadedMsg struct {
	comp store.Composition
	err  error
}

func loadBalance(s *store.Store) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		comp, err := s.GetComposition(ctx)
		return balanceLoadedMsg{comp: comp, err: err}
	}
}

// balanceWarning is the line shown when one side holds more than two thirds of the active
// members, the same words as on the Members screen ("" when balanced or unknown).
func balanceWarning(c common.Common, msg balanceLoadedMsg) string {
	side := msg.comp.Dominant()
	if msg.err != nil || side == "" {
		return ""
	}
	n := msg.comp.Government
	if side == store.SideCivil {
		n = msg.comp.Civil
	}
	return c.T.T("members.composition.warn", map[string]any{"Side": c.T.T("members.side." + string(side)),
		"N": n, "Total": msg.comp.Total()})
}

// balanceLine renders the warning as the list's last line ("" when there is none).
func (m Model) balanceLine() string {
	if m.balance == "" {
		return ""
	}
	return "\n" + m.c.Styles.Warning.Render(common.Truncate(m.balance, max(m.c.Width, 1), "…"))
}

// balanceHeight is the number of lines the warning takes.
func (m Model) balanceHeight() int {
	if m.balance == "" {
		return 0
	}
	return 1
}
