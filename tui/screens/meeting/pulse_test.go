package meeting

import (
	"context"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// TestCoChairFromAnotherTerminal: the secretary's screen shows a co-chair's approval, given
// through a second Rada on the same file, at the next tick; a tick of an older watch or with
// nothing changed reloads nothing.
func TestCoChairFromAnotherTerminal(t *testing.T) {
	c := newCouncil(t, 0)
	ctx := context.Background()
	sec := openAs(t, c.path, "Коваль Марія Петрівна")
	if err := sec.SubmitAgenda(ctx, c.meetingID); err != nil {
		t.Fatal(err)
	}
	sc := open(t, sec, c.meetingID, 100, 30)
	tick := func() tea.Cmd { return func() tea.Msg { return common.PulseDueMsg{} } }
	req := sc.M.req
	sc.Pump(tick())
	if sc.M.req != req || strings.Contains(sc.M.View(), "Погоджено: Іваненко І.І.") {
		t.Fatalf("reloaded with nothing changed:\n%s", sc.M.View())
	}
	if _, err := openAs(t, c.path, "Іваненко Іван Іванович").ApproveAgenda(ctx, c.meetingID); err != nil {
		t.Fatal(err)
	}
	sc.Pump(func() tea.Msg { return common.PulseDueMsg{Seq: 7} })
	if sc.M.req != req {
		t.Fatal("a tick of another watch reloaded the screen")
	}
	sc.Pump(tick())
	if v := sc.M.View(); !strings.Contains(v, "Погоджено: Іваненко І.І.") || !strings.Contains(v, "очікує: Петренко О.І.") {
		t.Fatalf("the approval from the other terminal is not shown:\n%s", v)
	}
}
