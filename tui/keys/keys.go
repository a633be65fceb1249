// Package keys is the global keymap (DESIGN.md "Screens and keys"). Each screen's own
// keymap lives beside the screen; list keys shared by every table live here too. Every
// binding is built with NewBinding (twins.go), so that it also answers on the Ukrainian layout.
package keys

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/khmelnytskyi-ogp/rada/tui/i18n"
)

// Global are the keys the root acts on when no screen is capturing input.
type Global struct {
	Next, Prev, Section, Help, Back, Quit, ForceQuit key.Binding
	Jump                                             [5]key.Binding
}

// NewGlobal builds the global keys with help in the catalog's language.
func NewGlobal(t *i18n.Catalog) Global {
	g := Global{
		Next:      NewBinding(key.WithKeys("tab"), key.WithHelp("tab", t.T("key.next_section"))),
		Prev:      NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", t.T("key.prev_section"))),
		Section:   NewBinding(key.WithKeys("1", "2", "3", "4", "5"), key.WithHelp("1–5", t.T("key.section"))),
		Help:      NewBinding(key.WithKeys("?"), key.WithHelp("?", t.T("key.help"))),
		Back:      NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.T("key.back"))),
		Quit:      NewBinding(key.WithKeys("q"), key.WithHelp("q", t.T("key.quit"))),
		ForceQuit: NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", t.T("key.force_quit"))),
	}
	for i := range g.Jump {
		k := string(rune('1' + i))
		g.Jump[i] = NewBinding(key.WithKeys(k))
	}
	return g
}

// ShortHelp is what the help bar shows after a screen's own keys.
func (g Global) ShortHelp() []key.Binding {
	return []key.Binding{g.Next, g.Section, g.Back, g.Quit, g.Help}
}

// FullHelp is the global column of the full help.
func (g Global) FullHelp() []key.Binding {
	return []key.Binding{g.Next, g.Prev, g.Section, g.Back, g.Quit, g.ForceQuit, g.Help}
}

// List are the keys of a table or list (components/table).
type List struct {
	Up, Down, PageUp, PageDown, Home, End, Filter, Sort, Reverse, ClearFilter, KeepFilter key.Binding
}

// NewList builds the list keys with help in the catalog's language.
func NewList(t *i18n.Catalog) List {
	return List{
		Up:          NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", t.T("key.up"))),
		Down:        NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", t.T("key.down"))),
		PageUp:      NewBinding(key.WithKeys("pgup", "ctrl+u"), key.WithHelp("pgup/pgdn", t.T("key.page"))),
		PageDown:    NewBinding(key.WithKeys("pgdown", "ctrl+d"), key.WithHelp("pgdn", t.T("key.page"))),
		Home:        NewBinding(key.WithKeys("home", "g"), key.WithHelp("home/end", t.T("key.ends"))),
		End:         NewBinding(key.WithKeys("end", "G"), key.WithHelp("end", t.T("key.ends"))),
		Filter:      NewBinding(key.WithKeys("/"), key.WithHelp("/", t.T("key.filter"))),
		Sort:        NewBinding(key.WithKeys("o"), key.WithHelp("o", t.T("key.sort"))),
		Reverse:     NewBinding(key.WithKeys("O"), key.WithHelp("O", t.T("key.sort"))),
		ClearFilter: NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.T("key.clear_filter"))),
		KeepFilter:  NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t.T("key.keep_filter"))),
	}
}
