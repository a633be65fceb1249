package screentest

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
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
		msg := runQuick(c, Wait)
		if seq, ok := common.Commands(msg); ok && !isBatch(msg) {
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

func isBatch(msg tea.Msg) bool {
	_, ok := msg.(tea.BatchMsg)
	return ok
}

// runQuick runs c, or gives up on it (nil) after wait.
func runQuick(c tea.Cmd, wait time.Duration) tea.Msg {
	ch := make(chan tea.Msg, 1)
	go func() { ch <- c() }()
	select {
	case msg := <-ch:
		return msg
	case <-time.After(wait):
		return nil
	}
}

// keysByName maps Bubble Tea's key names ("enter", "ctrl+s", "shift+up", …) to their types.
var keysByName = func() map[string]tea.KeyType {
	m := map[string]tea.KeyType{}
	for k := tea.KeyType(-100); k < 128; k++ {
		if name := k.String(); name != "" {
			m[name] = k
		}
	}
	return m
}()

// Key is the key message for a name as Bubble Tea spells it ("esc", "ctrl+s", "shift+tab");
// "space" or " " is the space bar; anything else is typed as text.
func Key(name string) tea.KeyMsg {
	if name == "space" || name == " " {
		return tea.KeyMsg{Type: tea.KeySpace, Runes: []rune{' '}}
	}
	if k, ok := keysByName[name]; ok && k != tea.KeyRunes {
		return tea.KeyMsg{Type: k}
	}
	return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(name)}
}

// Messages runs cmd and returns the messages it ends in, batches and sequences flattened;
// a command still running after wait (a blink, a timer) and window-size messages are left out.
func Messages(cmd tea.Cmd, wait time.Duration) []tea.Msg {
	return messages(cmd, wait, 0)
}

func messages(cmd tea.Cmd, wait time.Duration, depth int) []tea.Msg {
	if cmd == nil || depth > 8 {
		return nil
	}
	msg := runQuick(cmd, wait)
	if cmds, ok := common.Commands(msg); ok {
		var out []tea.Msg
		for _, c := range cmds {
			out = append(out, messages(c, wait, depth+1)...)
		}
		return out
	}
	if _, ok := msg.(tea.WindowSizeMsg); ok || msg == nil {
		return nil
	}
	return []tea.Msg{msg}
}
