package form

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/confirm"
	"github.com/khmelnytskyi-ogp/rada/tui/i18n"
)

// Outcome is what Guard made of a message.
type Outcome int

const (
	Pass    Outcome = iota // not the guard's: the form takes it
	Handled                // done; return the command
	Save                   // the save key: the screen saves
)

// Guard does what every form screen does before its form sees a message: a pending question
// takes the keys, save asks to save, cancel goes back — asking first when something changed,
// with discard as both the question's id and its catalog id.
func Guard(msg tea.Msg, ask confirm.Model, save, cancel key.Binding, changed func() bool, discard string, t *i18n.Catalog) (confirm.Model, Outcome, tea.Cmd) {
	switch msg := msg.(type) {
	case confirm.ResultMsg:
		if msg.ID == discard && msg.Yes {
			return ask, Handled, common.Back()
		}
		return ask, Handled, nil
	case tea.KeyMsg:
		if ask.Active() {
			var cmd tea.Cmd
			ask, cmd = ask.Update(msg)
			return ask, Handled, cmd
		}
		switch {
		case key.Matches(msg, save):
			return ask, Save, nil
		case key.Matches(msg, cancel) && changed():
			return ask.Ask(discard, t.T(discard)), Handled, nil
		case key.Matches(msg, cancel):
			return ask, Handled, common.Back()
		}
	}
	return ask, Pass, nil
}
