package common

import (
	"reflect"

	tea "github.com/charmbracelet/bubbletea"
)

var cmdType = reflect.TypeOf(tea.Cmd(nil))

// Commands unpacks a batch or a sequence: the message of tea.Batch or tea.Sequence, whose
// commands the root routes one by one. Bubble Tea keeps a sequence in an unexported slice
// type, so this looks at the message's shape; it is the one place that does.
func Commands(msg tea.Msg) ([]tea.Cmd, bool) {
	if b, ok := msg.(tea.BatchMsg); ok {
		return b, true
	}
	v := reflect.ValueOf(msg)
	if !v.IsValid() || v.Kind() != reflect.Slice || v.Type().Elem() != cmdType {
		return nil, false
	}
	cmds := make([]tea.Cmd, v.Len())
	for i := range cmds {
		cmds[i], _ = v.Index(i).Interface().(tea.Cmd)
	}
	return cmds, true
}
