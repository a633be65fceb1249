package meetings

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/khmelnytskyi-ogp/rada/tui/i18n"
)

// KeyMap is the meetings list's own keys (the table adds movement, filter and sort).
type KeyMap struct {
	Open   key.Binding
	Export key.Binding
}

func newKeyMap(t *i18n.Catalog) KeyMap {
	return KeyMap{
		Open:   key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t.T("key.open"))),
		Export: key.NewBinding(key.WithKeys("x"), key.WithHelp("x", t.T("export.open"))),
	}
}
