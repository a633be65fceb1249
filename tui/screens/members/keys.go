package members

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/keys"
)

// KeyMap is the members list's own keys (the table adds movement, filter and sort).
type KeyMap struct {
	Open, New, Edit, Leave key.Binding
}

func newKeyMap(t *i18n.Catalog) KeyMap {
	return KeyMap{
		Open:  keys.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t.T("key.open"))),
		New:   keys.NewBinding(key.WithKeys("n"), key.WithHelp("n", t.T("members.key.new"))),
		Edit:  keys.NewBinding(key.WithKeys("e"), key.WithHelp("e", t.T("members.key.edit"))),
		Leave: keys.NewBinding(key.WithKeys("d"), key.WithHelp("d", t.T("members.key.leave"))),
	}
}
