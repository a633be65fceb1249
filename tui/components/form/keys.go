package form

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/khmelnytskyi-ogp/rada/tui/i18n"
)

// Keys are the keys every form shares.
type Keys struct {
	Next, Prev, Enter, Choose, Save, Cancel key.Binding
	Pick                                    key.Binding // moves among the people offered for a name
}

// NewKeys makes the form keys with their help in t's language.
func NewKeys(t *i18n.Catalog) Keys {
	return Keys{
		Next:   key.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", t.T("form.next"))),
		Prev:   key.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", t.T("form.prev"))),
		Enter:  key.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t.T("form.enter"))),
		Choose: key.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←/→", t.T("form.choose"))),
		Save:   key.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", t.T("form.save"))),
		Cancel: key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.T("form.cancel"))),
		Pick:   key.NewBinding(key.WithKeys("ctrl+j", "ctrl+k"), key.WithHelp("ctrl+j/k", t.T("form.pick"))),
	}
}
