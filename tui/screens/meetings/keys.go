package meetings

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/keys"
)

// KeyMap is the meetings list's own keys (the table adds movement, filter and sort);
// Clear drops the year, status and text filters at once; Due unfolds what is due, and
// DueUp, DueDown move in it.
type KeyMap struct {
	Open, New, Delete, Export, Year, Status, Clear key.Binding
	Due, DueFold, DueUp, DueDown                   key.Binding
}

func newKeyMap(t *i18n.Catalog) KeyMap {
	return KeyMap{
		Open:    keys.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t.T("key.open"))),
		New:     keys.NewBinding(key.WithKeys("n"), key.WithHelp("n", t.T("meetings.key.new"))),
		Delete:  keys.NewBinding(key.WithKeys("d"), key.WithHelp("d", t.T("meetings.key.delete"))),
		Export:  keys.NewBinding(key.WithKeys("x"), key.WithHelp("x", t.T("export.open"))),
		Year:    keys.NewBinding(key.WithKeys("y"), key.WithHelp("y", t.T("meetings.key.year"))),
		Status:  keys.NewBinding(key.WithKeys("s"), key.WithHelp("s", t.T("meetings.key.status"))),
		Clear:   keys.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.T("meetings.key.clear"))),
		Due:     keys.NewBinding(key.WithKeys("w"), key.WithHelp("w", t.T("due.key_toggle"))),
		DueFold: keys.NewBinding(key.WithKeys("w", "esc"), key.WithHelp("w/esc", t.T("due.key_close"))),
		DueUp:   keys.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", t.T("key.up"))),
		DueDown: keys.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", t.T("key.down"))),
	}
}
