package settings

import (
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
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
	for _, msg := range screentest.Messages(cmd, 100*time.Millisecond) {
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

func press[M screen[M]](t *testing.T, m M, out *outbox, keys ...string) M {
	t.Helper()
	for _, k := range keys {
		msg := screentest.Key(k)
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
