package live

import (
	"context"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

// СЛУХАЛИ as protocols write it: `h` on an empty item offers the reporter's name, typed on
// it is saved once; opened again, what is typed next gets its space; the name alone, kept
// as offered, is saved as nothing.
func TestHeardOffersReporterAndAppendsWithASpace(t *testing.T) {
	c := started(t)
	ctx := context.Background()
	sc := openScreen(t, c.st, c.meeting.ID)
	sc.send(runes("h"))
	if got := sc.m.form.Value("text"); got != "Лисенко О.В. –" {
		t.Fatalf("the empty field opens with %q, want the reporter's name", got)
	}
	sc.send(runes("секретаря ради, яка поінформувала про стан справ"), tea.KeyMsg{Type: tea.KeyCtrlS})
	heard := func() string {
		t.Helper()
		it, err := c.st.GetAgendaItem(ctx, c.items[0])
		if err != nil {
			t.Fatal(err)
		}
		return it.Heard
	}
	if got := heard(); got != "Лисенко О.В. – секретаря ради, яка поінформувала про стан справ" {
		t.Fatalf("saved %q", got)
	}
	sc.send(runes("h"), runes("та внесла пропозиції."), tea.KeyMsg{Type: tea.KeyCtrlS})
	if got := heard(); got != "Лисенко О.В. – секретаря ради, яка поінформувала про стан справ та внесла пропозиції." {
		t.Fatalf("appended text: %q", got)
	}

	// On the next item: the name offered and kept as it is stands for nothing typed.
	sc.send(tea.KeyMsg{Type: tea.KeyCtrlN})
	if sc.m.live.Current().ID != c.items[1] {
		t.Fatalf("not on the second item: %+v", sc.m.live.Current())
	}
	sc.send(runes("h"), tea.KeyMsg{Type: tea.KeyCtrlS})
	if it, _ := c.st.GetAgendaItem(ctx, c.items[1]); it.Heard != "" {
		t.Fatalf("the offered name alone was saved: %q", it.Heard)
	}
}
