package form

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/khmelnytskyi-ogp/rada/tui/i18n"
)

// Keys are the keys every form shares.
type Keys struct {
	Next, Prev, Enter, Choose, Save, Cancel key.Binding
}

// NewKeys makes the form keys with their help in t's language.
func NewKeys(t *i18n.Catalog) Keys {
	return Keys{
		Next:   key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", t.T("form.next"))),
		Prev:   key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", t.T("form.prev"))),
		Enter:  key.NewBinding(key.WithKeys("enter")),
		Choose: key.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←/→", t.T("form.choose"))),
		Save:   key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", t.T("form.save"))),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.T("form.cancel"))),
	}
}
