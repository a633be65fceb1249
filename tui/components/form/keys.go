package form

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/keys"
)

// Keys are the keys every form shares; the letters of a form are typed text, so none has a
// Ukrainian twin to add (keys.NewBinding adds any a later key may need).
type Keys struct {
	Next, Prev, Enter, Choose, Save, Cancel key.Binding
	Pick                                    key.Binding // moves among the people offered for a name
}

// NewKeys makes the form keys with their help in t's language.
func NewKeys(t *i18n.Catalog) Keys {
	return Keys{
		Next:   keys.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", t.T("form.next"))),
		Prev:   keys.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", t.T("form.prev"))),
		Enter:  keys.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t.T("form.enter"))),
		Choose: keys.NewBinding(key.WithKeys("left", "right"), key.WithHelp("←/→", t.T("form.choose"))),
		Save:   keys.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", t.T("form.save"))),
		Cancel: keys.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.T("form.cancel"))),
		Pick:   keys.NewBinding(key.WithKeys("ctrl+j", "ctrl+k"), key.WithHelp("ctrl+j/k", t.T("form.pick"))),
	}
}
