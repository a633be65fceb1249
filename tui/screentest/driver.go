package screentest

import (
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// Screen is any screen model under test.
type Screen[M any] interface {
	Update(tea.Msg) (M, tea.Cmd)
	View() string
}

// forRoot says whether a screen's message is addressed to the root rather than to the
// screen itself, as the root routes it.
func forRoot(msg tea.Msg) bool {
	_, ok := msg.(common.ForRoot)
	return ok
}

// Outbox collects what a screen sends to the root.
type Outbox struct {
	Back, Changed, CouncilFounded bool
	Status                        []common.StatusMsg
	Pushed                        []common.Screen
	Sent                          []tea.Msg // every other message for the root (Open…, SwitchSection…)
}

func (o *Outbox) take(msg tea.Msg) {
	switch msg := msg.(type) {
	case common.BackMsg:
		o.Back = true
	case common.DataChangedMsg:
		o.Changed = true
	case common.CouncilFoundedMsg:
		o.CouncilFounded = true
	case common.StatusMsg:
		o.Status = append(o.Status, msg)
	case common.PushMsg:
		o.Pushed = append(o.Pushed, msg.Screen)
	default:
		o.Sent = append(o.Sent, msg)
	}
}

// Run executes cmd as the program would: the messages for the root go to out, the others
// back into the screen; a command still running after 100 ms (a cursor blink) is dropped.
func Run[M Screen[M]](t testing.TB, m M, cmd tea.Cmd, out *Outbox) M {
	t.Helper()
	for _, msg := range Messages(cmd, 100*time.Millisecond) {
		if forRoot(msg) {
			out.take(msg)
			continue
		}
		var next tea.Cmd
		m, next = m.Update(msg)
		m = Run(t, m, next, out)
	}
	return m
}

// Press sends keys, each a name as Key reads it, and runs what they lead to.
func Press[M Screen[M]](t testing.TB, m M, out *Outbox, keys ...string) M {
	t.Helper()
	for _, k := range keys {
		var cmd tea.Cmd
		m, cmd = m.Update(Key(k))
		m = Run(t, m, cmd, out)
	}
	return m
}

// Driver holds a screen under test with the status lines it showed and the other
// messages it sent to the root; DataChangedMsg goes back to it, as the root broadcasts it.
type Driver[M Screen[M]] struct {
	M      M
	Status []string
	Sent   []tea.Msg
}

// Pump runs cmd and everything it leads to (see Drain).
func (d *Driver[M]) Pump(cmd tea.Cmd) {
	Drain(cmd, func(msg tea.Msg) tea.Cmd {
		switch msg := msg.(type) {
		case common.StatusMsg:
			d.Status = append(d.Status, msg.Text)
			return nil
		case common.DataChangedMsg:
		default:
			if forRoot(msg) {
				d.Sent = append(d.Sent, msg)
				return nil
			}
		}
		var next tea.Cmd
		d.M, next = d.M.Update(msg)
		return next
	})
}

// Keys presses keys, each a name as Key reads it.
func (d *Driver[M]) Keys(keys ...string) {
	for _, k := range keys {
		var cmd tea.Cmd
		d.M, cmd = d.M.Update(Key(k))
		d.Pump(cmd)
	}
}

// Type types text as one burst of runes, as a paste or fast typing arrives.
func (d *Driver[M]) Type(text string) {
	var cmd tea.Cmd
	d.M, cmd = d.M.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(text)})
	d.Pump(cmd)
}

// LastStatus is the last status line shown, "" when none.
func (d *Driver[M]) LastStatus() string {
	if len(d.Status) == 0 {
		return ""
	}
	return d.Status[len(d.Status)-1]
}
