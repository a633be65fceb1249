package live

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// deferPicker is the list of meetings the current item may be deferred to, with its cursor.
type deferPicker struct {
	targets []store.Meeting
	cursor  int
}

// chosen is the meeting under the cursor, if any.
func (p deferPicker) chosen() (store.Meeting, bool) {
	if p.cursor < 0 || p.cursor >= len(p.targets) {
		return store.Meeting{}, false
	}
	return p.targets[p.cursor], true
}

// deferKey moves over the meetings, asks before deferring to the one chosen, esc goes back.
func (m Model) deferKey(km tea.KeyMsg) (Model, tea.Cmd) {
	k, p := m.keys, &m.picker
	switch {
	case key.Matches(km, k.Cancel):
		m.mode = modeView
	case key.Matches(km, k.Up):
		p.cursor = max(p.cursor-1, 0)
	case key.Matches(km, k.Down):
		p.cursor = min(p.cursor+1, len(p.targets)-1)
	case key.Matches(km, k.Choose):
		if to, ok := p.chosen(); ok {
			m.confirm = m.confirm.Ask(askDefer, m.c.T.T("live.ask_defer", map[string]any{
				"Item": m.live.Current().Position, "Number": to.Number, "Date": common.FormatDate(to.Date, m.c.Lang)}))
		}
	}
	return m, nil
}

func (m Model) deferLines(w int) []string {
	out := []string{m.c.Styles.Accent.Render(m.c.T.T("live.defer_title", map[string]any{"Item": m.live.Current().Position}))}
	for i, t := range m.picker.targets {
		row := m.c.T.T("live.defer_target", map[string]any{"Number": t.Number, "Date": common.FormatDate(t.Date, m.c.Lang),
			"Status": m.c.T.Label(t.Status)})
		if i == m.picker.cursor {
			out = append(out, m.c.Styles.TableSelected.Render("▸ "+row))
		} else {
			out = append(out, "  "+row)
		}
	}
	return out
}
