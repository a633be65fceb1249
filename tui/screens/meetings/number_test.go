package meetings

import (
	"context"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// A new meeting's form proposes the next number of the series and takes another one typed;
// a number the series already has is refused beside the field, naming the meeting, and the
// form keeps what was typed.
func TestNewMeetingTakesATypedNumber(t *testing.T) {
	c := newCommon(t, "uk", 0)
	ctx := context.Background()
	if err := c.Store.SetNextNumber(ctx, "2026", 5); err != nil {
		t.Fatal(err)
	}
	m := loaded(t, c).SetSize(80, 24)
	m, _ = send(t, m, typed("n")...)
	if v := m.View(); !strings.Contains(v, "наступний у серії: 5") {
		t.Fatalf("the form does not propose № 5:\n%s", v)
	}
	fill := func(m Model, number string) (Model, []tea.Msg) {
		msgs := append(typed("2026-04-16"), tea.KeyMsg{Type: tea.KeyTab}, tea.KeyMsg{Type: tea.KeyTab})
		msgs = append(msgs, typed("Мала зала")...)
		for range 5 { // online link, presiding, secretary, attendance shape, then the number
			msgs = append(msgs, tea.KeyMsg{Type: tea.KeyTab})
		}
		msgs = append(msgs, typed(number)...)
		return send(t, m, append(msgs, tea.KeyMsg{Type: tea.KeyCtrlS})...)
	}
	m, out := fill(m, "9")
	mt := opened(t, c, out)
	if mt.Number != 9 {
		t.Fatalf("created № %d, want the 9 typed", mt.Number)
	}
	m, _ = send(t, m, typed("n")...)
	m, _ = fill(m, "9")
	v := m.View()
	if !m.editing || !strings.Contains(v, "✗ № 9 уже має засідання 16.04.2026") || !strings.Contains(v, "Мала зала") {
		t.Fatalf("a second № 9 in 2026:\n%s", v)
	}
	if ms, _ := c.Store.ListMeetings(ctx, store.MeetingFilter{}); len(ms) != 1 {
		t.Fatalf("%d meetings after the refusal", len(ms))
	}
}

func opened(t *testing.T, c common.Common, out []tea.Msg) store.Meeting {
	t.Helper()
	for _, msg := range out {
		if o, ok := msg.(common.OpenMeetingMsg); ok {
			mt, err := c.Store.GetMeeting(context.Background(), o.ID)
			if err != nil {
				t.Fatal(err)
			}
			return mt
		}
	}
	t.Fatal("no meeting opened")
	return store.Meeting{}
}
