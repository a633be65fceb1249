package keys

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// Global are the keys the root acts on when no screen is capturing input.
type Global struct {
	Next, Prev, Section, Help, Back, Quit, ForceQuit key.Binding
	Move                                             key.Binding // move the file off a network file system
}

// NewGlobal builds the global keys with help in the catalog's language; sections are the
// keys that jump to a section, in tab order.
func NewGlobal(t *i18n.Catalog, sections []string) Global {
	g := Global{
		Next:      NewBinding(key.WithKeys("tab"), key.WithHelp("tab", t.T("key.next_section"))),
		Prev:      NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", t.T("key.prev_section"))),
		Section:   NewBinding(key.WithKeys(sections...), key.WithHelp(span(sections), t.T("key.section"))),
		Help:      NewBinding(key.WithKeys("?"), key.WithHelp("?", t.T("key.help"))),
		Back:      NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.T("key.back"))),
		Quit:      NewBinding(key.WithKeys("q"), key.WithHelp("q", t.T("key.quit"))),
		ForceQuit: NewBinding(key.WithKeys("ctrl+c"), key.WithHelp("ctrl+c", t.T("key.force_quit"))),
		Move:      NewBinding(key.WithKeys("M"), key.WithHelp("M", t.T("key.move"))),
	}
	return g
}

// span is how the help names the section keys: "1–5".
func span(keys []string) string {
	if len(keys) == 0 {
		return ""
	}
	return keys[0] + "–" + keys[len(keys)-1]
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
