package live

import (
	"context"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
)

// TestEarlyDeadlineAsks: g with a deadline before the meeting's date asks first; n goes back
// to the form with everything typed; y saves it. A deadline after the meeting is not asked about.
func TestEarlyDeadlineAsks(t *testing.T) {
	c := started(t)
	ctx := context.Background()
	item := c.items[0]
	sc := openScreen(t, c.st, c.meeting.ID)
	sc.send(runes("gРозмістити звіт"), tea.KeyMsg{Type: tea.KeyTab}, runes("Бондар"), tea.KeyMsg{Type: tea.KeyTab},
		runes("01.01.2020"), tea.KeyMsg{Type: tea.KeyCtrlS})
	if !sc.m.confirm.Active() || !strings.Contains(sc.m.View(), "раніше за дату засідання") {
		t.Fatalf("an early deadline does not ask:\n%s", sc.m.View())
	}
	sc.send(runes("n"))
	if as, _ := c.st.ListAssignments(ctx, store.AssignmentFilter{ItemID: item}); len(as) != 0 {
		t.Fatalf("n saved: %+v", as)
	}
	if sc.m.mode != modeForm || sc.m.editing.v.text != "Розмістити звіт" || sc.m.editing.v.deadline != "01.01.2020" {
		t.Fatalf("n lost the form: mode %d %q %q", sc.m.mode, sc.m.editing.v.text, sc.m.editing.v.deadline)
	}
	sc.send(tea.KeyMsg{Type: tea.KeyCtrlS}, runes("y"))
	as, _ := c.st.ListAssignments(ctx, store.AssignmentFilter{ItemID: item})
	if len(as) != 1 || as[0].Deadline != "2020-01-01" {
		t.Fatalf("y did not save: %+v (status %q)", as, sc.lastStatus())
	}
	sc.send(runes("gОновити сторінку"), tea.KeyMsg{Type: tea.KeyTab}, runes("Бондар"), tea.KeyMsg{Type: tea.KeyTab},
		runes("31.12.2099"), tea.KeyMsg{Type: tea.KeyCtrlS})
	if sc.m.confirm.Active() {
		t.Fatalf("a later deadline asks:\n%s", sc.m.View())
	}
	if as, _ := c.st.ListAssignments(ctx, store.AssignmentFilter{ItemID: item}); len(as) != 2 {
		t.Fatalf("a later deadline not saved: %+v", as)
	}
}
