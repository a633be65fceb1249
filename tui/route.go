package tui

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// routed is a message addressed to the screen that issued the command producing it, so
// that a result reaches its owner even when another screen is active, and never a stranger.
type routed struct {
	to  int
	msg tea.Msg
}

// route addresses the messages of a screen's command. Batches and sequences are routed
// element by element; a message marked common.ForRoot, and Bubble Tea's quit, go to the
// root as they are; every other message goes back to the screen with id alone.
func route(id int, cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() tea.Msg {
		msg := cmd()
		if msg == nil {
			return nil
		}
		if cmds, ok := common.Commands(msg); ok {
			for i := range cmds {
				cmds[i] = route(id, cmds[i])
			}
			if _, batch := msg.(tea.BatchMsg); batch {
				return tea.BatchMsg(cmds)
			}
			if seq := tea.Sequence(cmds...); seq != nil {
				return seq()
			}
			return nil
		}
		switch msg.(type) {
		case common.ForRoot, tea.QuitMsg:
			return msg
		}
		return routed{to: id, msg: msg}
	}
}
