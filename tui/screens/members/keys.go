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

// FormKeys are the keys of a form screen.
type FormKeys struct {
	Next, Prev, Choose, Save, Cancel key.Binding
}

func newFormKeys(t *i18n.Catalog) FormKeys {
	return FormKeys{
		Next:   keys.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", t.T("members.key.next_field"))),
		Prev:   keys.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", t.T("members.key.prev_field"))),
		Choose: keys.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←/→", t.T("members.key.choose"))),
		Save:   keys.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", t.T("members.key.save"))),
		Cancel: keys.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.T("members.key.cancel"))),
	}
}
