package tui

import (
	"bytes"
	"context"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/khmelnytskyi-ogp/rada/store/demo"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
)

// dueDay is the day the demo council is opened in the due panel's tests: ten things await.
var dueDay = time.Date(2026, 12, 20, 9, 0, 0, 0, time.UTC)

// startDue opens the demo council at w×h on dueDay and waits for the folded due panel.
func startDue(t *testing.T, w, h int) walk {
	t.Helper()
	s := openEmpty(t)
	if err := demo.Load(context.Background(), s, demo.Small); err != nil {
		t.Fatal(err)
	}
	m := New(Options{Store: s, DBPath: "demo.db", Lang: "uk", Now: func() time.Time { return dueDay }})
	wk := walk{t, teatest.NewTestModel(t, m, teatest.WithInitialTermSize(w, h))}
	wk.waitFor("Чекає уваги: 10 справ", "w — що чекає", "Засідання № 3 від 17.12.2026: порядок денний")
	return wk
}

func (w walk) finish() Model {
	w.tm.Send(tea.KeyMsg{Type: tea.KeyCtrlC})
	return w.tm.FinalModel(w.t, teatest.WithFinalTimeout(5*time.Second)).(Model)
}

// The folded panel fits 80×24 above the meetings; w unfolds it, j moves, enter on an
// overdue assignment opens the Assignments section with that assignment selected (the
// third of the list there, which goes by deadline).
func TestDuePanelOpensAnAssignment(t *testing.T) {
	w := startDue(t, 80, 24)
	w.tm.Send(runes("w"))
	w.waitFor("Прострочені доручення", "w/esc згорнути")
	for range 5 { // the draft, two minutes to approve, the late minutes, Бондар's first assignment
		w.tm.Send(runes("j"))
	}
	w.tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	// the full text is the detail under the list, of the assignment selected
	w.waitFor("[4 Доручення]", "Оприлюднити дані про видатки бюджету за 2025 рік")
	final := w.finish()
	view := final.View()
	screentest.Fits(t, "assignments", view, 80, 24)
	var selected string
	for _, line := range strings.Split(view, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "▸") {
			selected = line
		}
	}
	if !strings.Contains(selected, "2.2") || !strings.Contains(selected, "15.12.2026") || !strings.Contains(view, "Оприлюднити дані про видатки") {
		t.Fatalf("the assignment is not selected:\n%s", view)
	}
}

// Enter on the first line opens its meeting; the folded panel fits 120×40 too.
func TestDuePanelOpensAMeeting(t *testing.T) {
	w := startDue(t, 120, 40)
	w.tm.Send(runes("w"))
	w.waitFor("Порядок денний подати співголовам")
	w.tm.Send(tea.KeyMsg{Type: tea.KeyEnter})
	w.waitFor("Засідання № 3 · 17.12.2026")
	final := w.finish()
	screentest.Fits(t, "meeting", final.View(), 120, 40)
	if !bytes.Contains([]byte(final.View()), []byte("Порядок денний")) {
		t.Fatalf("the meeting is not open:\n%s", final.View())
	}
}
