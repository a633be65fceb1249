package live

import (
	"context"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
)

// TestAttendanceFromAnotherTerminal: a member marked absent through a second Rada on the same
// file shows in the quorum line at the next tick.
func TestAttendanceFromAnotherTerminal(t *testing.T) {
	c := newCouncil14(t)
	ctx := context.Background()
	if err := c.st.StartSession(ctx, c.meeting.ID, true); err != nil {
		t.Fatal(err)
	}
	m := New(screentest.Common(c.st, "uk", 100, 30, screentest.Now), c.meeting.ID)
	pump := func(cmd tea.Cmd) {
		screentest.Drain(cmd, func(msg tea.Msg) tea.Cmd {
			var next tea.Cmd
			m, next = m.Update(msg)
			return next
		})
	}
	pump(m.Init())
	if !strings.Contains(m.View(), "13 з 14 присутні") {
		t.Fatalf("before:\n%s", m.View())
	}
	other := openStore(t, c.path)
	if err := other.SetAttendance(ctx, c.meeting.ID, c.members[names14[0]], store.PresenceAbsent, "відрядження"); err != nil {
		t.Fatal(err)
	}
	pump(func() tea.Msg { return common.PulseDueMsg{} })
	if !strings.Contains(m.View(), "12 з 14 присутні") {
		t.Fatalf("the absence from the other terminal is not shown:\n%s", m.View())
	}
}
