// Package screentest drives a screen in tests without a terminal: a command runs and its
// messages go back to the screen, batches at once and sequences in order, as Bubble Tea
// would; a command that waits (a cursor blink, a timer) is dropped.
package screentest

import (
	"reflect"
	"time"

	tea "github.com/charmbracelet/bubbletea"
)

// Wait is how long a command may take before it counts as one that waits.
const Wait = 300 * time.Millisecond

// Drain runs cmd and everything it leads to: update gets every message other than a batch
// or a sequence and returns the screen's next command.
func Drain(cmd tea.Cmd, update func(tea.Msg) tea.Cmd) {
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		msg := runQuick(c)
		if seq := sequence(msg); seq != nil {
			for _, c := range seq {
				Drain(c, update)
			}
			continue
		}
		switch msg := msg.(type) {
		case nil:
		case tea.BatchMsg:
			queue = append(queue, msg...)
		default:
			queue = append(queue, update(msg))
		}
	}
}

// sequence unpacks tea.Sequence's message (an unexported []tea.Cmd), nil for any other.
func sequence(msg tea.Msg) []tea.Cmd {
	rv := reflect.ValueOf(msg)
	if !rv.IsValid() || rv.Kind() != reflect.Slice || rv.Type().Elem() != reflect.TypeOf(tea.Cmd(nil)) {
		return nil
	}
	out := make([]tea.Cmd, rv.Len())
	for i := range out {
		out[i] = rv.Index(i).Interface().(tea.Cmd)
	}
	return out
}

func runQuick(c tea.Cmd) tea.Msg {
	ch := make(chan tea.Msg, 1)
	go func() { ch <- c() }()
	select {
	case msg := <-ch:
		return msg
	case <-time.After(Wait):
		return nil
	}
}
