package exportdialog

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/keys"
)

// KeyMap is the dialog's keys.
type KeyMap struct {
	Next, Prev, Change, Run, Cancel, Yes, No key.Binding
}

func newKeyMap(t *i18n.Catalog) KeyMap {
	return KeyMap{
		Next:   keys.NewBinding(key.WithKeys("tab", "down"), key.WithHelp("tab/↓", t.T("export.key.next"))),
		Prev:   keys.NewBinding(key.WithKeys("shift+tab", "up"), key.WithHelp("shift+tab/↑", t.T("export.key.prev"))),
		Change: keys.NewBinding(key.WithKeys("left", "right", " "), key.WithHelp("←/→", t.T("export.key.change"))),
		Run:    keys.NewBinding(key.WithKeys("enter", "ctrl+s"), key.WithHelp("enter", t.T("export.key.run"))),
		Cancel: keys.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.T("export.key.cancel"))),
		Yes:    keys.NewBinding(key.WithKeys("y", "Y"), key.WithHelp("y", t.T("confirm.yes"))),
		No:     keys.NewBinding(key.WithKeys("n", "N", "esc"), key.WithHelp("n/esc", t.T("confirm.no"))),
	}
}
