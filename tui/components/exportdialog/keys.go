package exportdialog

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// KeyMap is the dialog's keys.
type KeyMap struct {
	Next, Prev, Change, Run, Cancel, Yes, No key.Binding
}

func newKeyMap(t *i18n.Catalog) KeyMap {
	return KeyMap{
		Next:   key.NewBinding(key.WithKeys("tab", "down"), key.WithHelp("tab/↓", t.T("export.key.next"))),
		Prev:   key.NewBinding(key.WithKeys("shift+tab", "up"), key.WithHelp("shift+tab/↑", t.T("export.key.prev"))),
		Change: key.NewBinding(key.WithKeys("left", "right", " "), key.WithHelp("←/→", t.T("export.key.change"))),
		Run:    key.NewBinding(key.WithKeys("enter", "ctrl+s"), key.WithHelp("enter", t.T("export.key.run"))),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.T("export.key.cancel"))),
		Yes:    key.NewBinding(key.WithKeys("y", "Y", "н", "Н"), key.WithHelp("y", t.T("confirm.yes"))),
		No:     key.NewBinding(key.WithKeys("n", "N", "т", "Т", "esc"), key.WithHelp("n/esc", t.T("confirm.no"))),
	}
}
