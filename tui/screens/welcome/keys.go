package welcome

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/keys"
)

// KeyMap is the welcome screen's keys: the menu's, then the form's.
type KeyMap struct {
	Up, Down, Choose key.Binding
	Next, Prev       key.Binding
	Save, Cancel     key.Binding
}

func newKeyMap(t *i18n.Catalog) KeyMap {
	return KeyMap{
		Up:     keys.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", t.T("key.up"))),
		Down:   keys.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", t.T("key.down"))),
		Choose: keys.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t.T("welcome.key.choose"))),
		Next:   keys.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", t.T("welcome.key.next"))),
		Prev:   keys.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", t.T("welcome.key.prev"))),
		Save:   keys.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", t.T("welcome.key.save"))),
		Cancel: keys.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.T("welcome.key.cancel"))),
	}
}
