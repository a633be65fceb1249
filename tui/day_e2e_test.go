package tui

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/khmelnytskyi-ogp/rada/store/demo"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// TestTooSmallTakesNoKey: at 40×12 enter, s, tab and n (and their Ukrainian twins) open
// nothing out of sight; after the window grows the meetings list is still the only screen;
// q at 40×12 quits at once.
func TestTooSmallTakesNoKey(t *testing.T) {
	s := openEmpty(t)
	if err := demo.Load(context.Background(), s, demo.Small); err != nil {
		t.Fatal(err)
	}
	tm := teatest.NewTestModel(t, New(Options{Store: s, Lang: "uk", Now: func() time.Time { return testNow }}), teatest.WithInitialTermSize(40, 12))
	w := walk{t, tm}
	w.waitFor("Вікно", "замале")
	w.keys(tea.KeyMsg{Type: tea.KeyEnter}, runes("s"), runes("і"), tea.KeyMsg{Type: tea.KeyTab}, runes("n"), runes("т"), runes("?"))
	tm.Send(tea.WindowSizeMsg{Width: 80, Height: 24})
	w.waitFor("Засідання ради")
	m := w.quit()
	if m.Section() != common.SectionMeetings || len(m.stacks[m.section]) != 1 || m.showHelp {
		t.Fatalf("keys acted while the window was too small:\n%s", m.View())
	}
	if v := m.View(); strings.Contains(v, "Нове засідання") {
		t.Fatalf("a form opened out of sight:\n%s", v)
	}

	tm = teatest.NewTestModel(t, New(Options{Store: s, Lang: "uk"}), teatest.WithInitialTermSize(40, 12))
	walk{t, tm}.waitFor("Вікно", "замале")
	tm.Send(runes("й"))
	tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
}
