package tui

import (
	"reflect"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// routed is a message addressed to the screen that issued the command producing it, so
// that a result reaches its owner even when another screen is active, and never a stranger.
type routed struct {
	to  int
	msg tea.Msg
}

var (
	cmdType   = reflect.TypeOf(tea.Cmd(nil))
	teaPkg    = reflect.TypeOf(tea.KeyMsg{}).PkgPath()
	commonPkg = reflect.TypeOf(common.BackMsg{}).PkgPath()
)

// route addresses the messages of a screen's command to the screen. Batches and sequences
// are routed element by element; Bubble Tea's own messages (quit, batch, ...) and the
// messages of package common (navigation, status) go to the runtime and the root as they are.
func route(id int, cmd tea.Cmd) tea.Cmd {
	if cmd == nil {
		return nil
	}
	return func() tea.Msg {
		msg := cmd()
		if msg == nil {
			return nil
		}
		if cmds, ok := asCmds(msg); ok {
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
		case common.PulseDueMsg, common.LastChangeMsg: // a screen's own watch, held while it is hidden
			return routed{to: id, msg: msg}
		}
		pkg := reflect.TypeOf(msg).PkgPath()
		if pkg == teaPkg || pkg == commonPkg {
			return msg
		}
		return routed{to: id, msg: msg}
	}
}

// asCmds unpacks a batch or a sequence (a slice of commands).
func asCmds(msg tea.Msg) ([]tea.Cmd, bool) {
	v := reflect.ValueOf(msg)
	if v.Kind() != reflect.Slice || v.Type().Elem() != cmdType {
		return nil, false
	}
	cmds := make([]tea.Cmd, v.Len())
	for i := range cmds {
		cmds[i], _ = v.Index(i).Interface().(tea.Cmd)
	}
	return cmds, true
}
