package welcome

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/keys"
)

// KeyMap is the welcome screen's menu keys (the form has the form keys).
type KeyMap struct {
	Up, Down, Choose key.Binding
}

func newKeyMap(t *i18n.Catalog) KeyMap {
	return KeyMap{
		Up:     keys.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", t.T("key.up"))),
		Down:   keys.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", t.T("key.down"))),
		Choose: keys.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t.T("welcome.key.choose"))),
	}
}
