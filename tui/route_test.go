package tui

import (
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

func TestRouteDeliversToOwner(t *testing.T) {
	type loaded struct{ n int }
	cmd := route(7, tea.Batch(func() tea.Msg { return loaded{1} }, func() tea.Msg { return common.BackMsg{} }))
	cmds, ok := common.Commands(cmd())
	if !ok || len(cmds) != 2 {
		t.Fatal("a batch stays a batch")
	}
	if r, ok := cmds[0]().(routed); !ok || r.to != 7 || r.msg != (loaded{1}) {
		t.Fatalf("%#v", cmds[0]())
	}
	if _, ok := cmds[1]().(common.BackMsg); !ok {
		t.Fatal("common messages go to the root as they are")
	}
	if _, ok := route(7, tea.Quit)().(tea.QuitMsg); !ok {
		t.Fatal("Bubble Tea's quit passes")
	}
	if r, ok := route(7, func() tea.Msg { return common.PulseDueMsg{} })().(routed); !ok || r.to != 7 {
		t.Fatal("a screen's own watch goes back to it")
	}
}

// handOver is a message a screen's package declares for another screen: marked for the
// root, which does not know it and gives it to the active screen.
type handOver struct{ text string }

func (handOver) ForRoot() {}

// ownResult is a screen's own result, unmarked.
type ownResult struct{}

// recorder is a screen that notes the messages it gets in a log shared by its copies.
type recorder struct {
	name string
	log  *[]string
}

func (r recorder) Init() tea.Cmd { return nil }
func (r recorder) Update(msg tea.Msg) (recorder, tea.Cmd) {
	switch msg := msg.(type) {
	case handOver:
		*r.log = append(*r.log, r.name+" got "+msg.text)
	case ownResult:
		*r.log = append(*r.log, r.name+" got its result")
	}
	return r, nil
}
func (r recorder) View() string              { return r.name }
func (r recorder) SetSize(int, int) recorder { return r }
func (r recorder) ShortHelp() []key.Binding  { return nil }
func (r recorder) FullHelp() [][]key.Binding { return nil }
func (r recorder) Capturing() bool           { return false }
func (r recorder) Title() string             { return r.name }

// A message one screen's package declares for another reaches the screen shown, not the
// sender; the sender's own result still comes back to the sender alone.
func TestCrossScreenMessageReachesItsTarget(t *testing.T) {
	var log []string
	m := start(t, seed(t), "uk", 100, 30)
	next, _ := m.Update(common.PushMsg{Screen: common.Wrap(recorder{name: "sender", log: &log})})
	m = next.(Model)
	sender := m.active().id
	next, _ = m.Update(common.PushMsg{Screen: common.Wrap(recorder{name: "target", log: &log})})
	m = next.(Model)
	for _, msg := range []tea.Msg{handOver{"the hand-over"}, ownResult{}} {
		next, _ = m.Update(route(sender, common.Send(msg))())
		m = next.(Model)
	}
	want := []string{"target got the hand-over", "sender got its result"}
	if len(log) != len(want) || log[0] != want[0] || log[1] != want[1] {
		t.Fatalf("delivered: %q, want %q", log, want)
	}
}
