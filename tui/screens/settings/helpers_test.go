package settings

import (
	"reflect"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

type screen[M any] interface {
	Update(tea.Msg) (M, tea.Cmd)
	View() string
}

// outbox collects what a screen sends to the root.
type outbox struct {
	back, changed, councilReload bool
	status                       []common.StatusMsg
	pushed                       []common.Screen
}

// run executes cmd like the program would, feeding the screen's own messages back to it.
func run[M screen[M]](t *testing.T, m M, cmd tea.Cmd, out *outbox) M {
	t.Helper()
	for _, msg := range collect(cmd, 0) {
		switch msg := msg.(type) {
		case common.BackMsg:
			out.back = true
		case common.DataChangedMsg:
			out.changed = true
		case common.CouncilFoundedMsg:
			out.councilReload = true
		case common.StatusMsg:
			out.status = append(out.status, msg)
		case common.PushMsg:
			out.pushed = append(out.pushed, msg.Screen)
		default:
			var next tea.Cmd
			m, next = m.Update(msg)
			m = run(t, m, next, out)
		}
	}
	return m
}

func collect(cmd tea.Cmd, depth int) []tea.Msg {
	if cmd == nil || depth > 8 {
		return nil
	}
	ch := make(chan tea.Msg, 1)
	go func() { ch <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-ch:
	case <-time.After(100 * time.Millisecond):
		return nil
	}
	if msg == nil {
		return nil
	}
	if v := reflect.ValueOf(msg); v.Kind() == reflect.Slice && v.Type().Elem() == reflect.TypeOf(tea.Cmd(nil)) {
		var out []tea.Msg
		for i := 0; i < v.Len(); i++ {
			out = append(out, collect(v.Index(i).Interface().(tea.Cmd), depth+1)...)
		}
		return out
	}
	if _, ok := msg.(tea.WindowSizeMsg); ok {
		return nil
	}
	return []tea.Msg{msg}
}

func press[M screen[M]](t *testing.T, m M, out *outbox, keys ...string) M {
	t.Helper()
	for _, k := range keys {
		var msg tea.KeyMsg
		switch k {
		case "tab":
			msg = tea.KeyMsg{Type: tea.KeyTab}
		case "esc":
			msg = tea.KeyMsg{Type: tea.KeyEsc}
		case "enter":
			msg = tea.KeyMsg{Type: tea.KeyEnter}
		case "ctrl+s":
			msg = tea.KeyMsg{Type: tea.KeyCtrlS}
		default:
			msg = tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(k)}
		}
		var cmd tea.Cmd
		m, cmd = m.Update(msg)
		m = run(t, m, cmd, out)
	}
	return m
}

func fits(t *testing.T, name, view string, w, h int) {
	t.Helper()
	if got := lipgloss.Height(view); got > h {
		t.Errorf("%s at %dx%d: %d lines", name, w, h, got)
	}
	for _, line := range strings.Split(view, "\n") {
		if ansi.StringWidth(line) > w {
			t.Errorf("%s at %dx%d: line %q is %d wide", name, w, h, line, ansi.StringWidth(line))
		}
	}
}
