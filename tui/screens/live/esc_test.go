package live

import (
	"context"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
)

// TestEscFromUnchangedEditSaysNothing: esc from an edit left as it opened says nothing; esc
// after typing says the draft is kept.
func TestEscFromUnchangedEditSaysNothing(t *testing.T) {
	c := started(t)
	if _, err := c.st.AddPoint(context.Background(), store.DecisionPoint{ItemID: c.items[0], Text: "Схвалити звіт."}); err != nil {
		t.Fatal(err)
	}
	sc := openScreen(t, c.st, c.meeting.ID)
	sc.send(tea.KeyMsg{Type: tea.KeyDown}, runes("e"))
	if sc.m.editing.kind != formPointEdit {
		t.Fatalf("e did not open the point: %q", sc.m.editing.kind)
	}
	before := len(sc.status)
	sc.send(tea.KeyMsg{Type: tea.KeyEsc})
	if sc.m.mode != modeView || len(sc.status) != before {
		t.Fatalf("esc from an unchanged edit: mode %d, said %q", sc.m.mode, sc.status[before:])
	}
	sc.send(runes("e"), runes(" Так."), tea.KeyMsg{Type: tea.KeyEsc})
	if sc.lastStatus() != "Чернетку збережено — відкрийте знову, щоб продовжити" {
		t.Fatalf("esc after typing said %q", sc.lastStatus())
	}
}
