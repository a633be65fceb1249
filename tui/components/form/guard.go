package form

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/confirm"
	"github.com/khmelnytskyi-ogp/rada/tui/theme"
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

// Screen is what Update needs to know of a form screen: its save and cancel keys, whether
// anything changed, the discard question's id (see Guard) and the key of the form's last field.
type Screen struct {
	Save, Cancel key.Binding
	Changed      func() bool
	Discard      string
	Last         string
	T            *i18n.Catalog
}

// Update does what every form screen's Update does with a message: Guard first, then, unless
// a save is under way, the form itself (Drive). Save means the screen is to save now: the save
// key was pressed or enter on the last field submitted the form.
func (s Screen) Update(msg tea.Msg, ask confirm.Model, f *huh.Form, saving bool) (confirm.Model, *huh.Form, Outcome, tea.Cmd) {
	ask, out, cmd := Guard(msg, ask, s.Save, s.Cancel, s.Changed, s.Discard, s.T)
	if out != Pass {
		return ask, f, out, cmd
	}
	if saving {
		return ask, f, Handled, nil
	}
	f, cmd, submit := Drive(f, msg, s.Last)
	if submit {
		return ask, f, Save, nil
	}
	return ask, f, Handled, cmd
}

// View is a form screen: the title cut to w, then the form or the question about throwing
// changes away.
func View(st *theme.Styles, title string, w int, ask confirm.Model, f *huh.Form) string {
	head := st.Title.Render(ansi.Truncate(title, max(w, 1), "…"))
	if ask.Active() {
		return head + "\n\n" + ask.View(w)
	}
	return head + "\n" + f.View()
}
