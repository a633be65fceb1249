package assignments

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/keys"
)

type keyMap struct {
	Up, Down, View, Responsible, Done, Edit, Reopen key.Binding
}

func newKeys(t *i18n.Catalog) keyMap {
	return keyMap{
		Up:          keys.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", t.T("key.up"))),
		Down:        keys.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", t.T("key.down"))),
		View:        keys.NewBinding(key.WithKeys("f"), key.WithHelp("f", t.T("assignments.key.view"))),
		Responsible: keys.NewBinding(key.WithKeys("r"), key.WithHelp("r", t.T("assignments.key.responsible"))),
		Done:        keys.NewBinding(key.WithKeys("enter", "D"), key.WithHelp("enter/D", t.T("assignments.key.done"))),
		Edit:        keys.NewBinding(key.WithKeys("e"), key.WithHelp("e", t.T("assignments.key.edit"))),
		Reopen:      keys.NewBinding(key.WithKeys("u"), key.WithHelp("u", t.T("assignments.key.reopen"))),
	}
}
