package members

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/khmelnytskyi-ogp/rada/tui/i18n"
)

// KeyMap is the members list's own keys (the table adds movement, filter and sort).
type KeyMap struct {
	Open, New, Edit, Leave key.Binding
}

func newKeyMap(t *i18n.Catalog) KeyMap {
	return KeyMap{
		Open:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t.T("key.open"))),
		New:   key.NewBinding(key.WithKeys("n", "т"), key.WithHelp("n", t.T("members.key.new"))),
		Edit:  key.NewBinding(key.WithKeys("e", "у"), key.WithHelp("e", t.T("members.key.edit"))),
		Leave: key.NewBinding(key.WithKeys("d", "в"), key.WithHelp("d", t.T("members.key.leave"))),
	}
}
