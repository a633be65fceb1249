package commitment

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/keys"
)

type keyMap struct {
	NextPane, PrevPane, Edit, Impl, Completion, Withdraw    key.Binding
	Add, EditMilestone, Up, Down, Done, Delete, OpenMeeting key.Binding
	ScrollUp, ScrollDown                                    key.Binding
}

func newKeys(t *i18n.Catalog) keyMap {
	b := func(help string, ks ...string) key.Binding {
		return keys.NewBinding(key.WithKeys(ks...), key.WithHelp(ks[0], t.T(help)))
	}
	k := keyMap{
		NextPane:      b("commitment.key.next_pane", "right", "l"),
		PrevPane:      b("commitment.key.prev_pane", "left", "h"),
		Edit:          b("commitment.key.edit", "e"),
		Impl:          b("commitment.key.impl", "i"),
		Completion:    b("commitment.key.completion", "c"),
		Withdraw:      b("commitment.key.withdraw", "w"),
		Add:           b("commitment.key.add", "n"),
		EditMilestone: b("commitment.key.edit_milestone", "e"),
		Up:            b("commitment.key.move_up", "K"),
		Down:          b("commitment.key.move_down", "J"),
		Done:          b("commitment.key.done", " ", "D"),
		Delete:        b("commitment.key.delete", "d"),
		OpenMeeting:   b("commitment.key.open_meeting", "enter"),
		ScrollUp:      b("commitment.key.scroll", "up", "k"),
		ScrollDown:    b("commitment.key.scroll", "down", "j"),
	}
	k.NextPane.SetHelp("→/l", t.T("commitment.key.next_pane"))
	k.PrevPane.SetHelp("←/h", t.T("commitment.key.prev_pane"))
	k.Done.SetHelp("space/D", t.T("commitment.key.done"))
	k.ScrollUp.SetHelp("↑↓", t.T("commitment.key.scroll"))
	return k
}
