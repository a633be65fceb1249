package tui

import (
	"bytes"
	"context"
	"io"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/khmelnytskyi-ogp/rada/store/demo"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// TestEndToEnd opens a seeded council at 80×24, waits for the meetings list, switches
// sections with tab and 2, and compares the final view with testdata/TestEndToEnd.golden.
func TestEndToEnd(t *testing.T) {
	s := seed(t)
	m := New(Options{Store: s, DBPath: "council.db", Lang: "uk", Now: func() time.Time { return testNow }})
	tm := teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("2 засідання")) && bytes.Contains(b, []byte("12.03.2026"))
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(20*time.Millisecond))

	tm.Send(tea.KeyMsg{Type: tea.KeyTab})
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("[2 Члени]")) },
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("5")})
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte("Проста більшість присутніх"))
	},
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
	tm.Send(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("2")})
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte("3 члени")) },
		teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
	tm.Send(tea.KeyMsg{Type: tea.KeyCtrlC})

	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	view := final.View()
	if !strings.Contains(view, "Шевчук Тетяна Ігорівна") {
		t.Fatalf("members section not shown:\n%s", view)
	}
	teatest.RequireEqualOutput(t, []byte(view))
	_, _ = io.ReadAll(tm.FinalOutput(t, teatest.WithFinalTimeout(time.Second)))
}

// TestDemoCouncilEndToEnd opens the demo council and finds its meetings (issue 2).
func TestDemoCouncilEndToEnd(t *testing.T) {
	s := openEmpty(t)
	if err := demo.Load(context.Background(), s, demo.Small); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ lang, want string }{{"uk", "Протокол затверджено"}, {"en", "Minutes approved"}} {
		tm := teatest.NewTestModel(t, New(Options{Store: s, Lang: i18n.Lang(c.lang)}), teatest.WithInitialTermSize(80, 24))
		teatest.WaitFor(t, tm.Output(), func(b []byte) bool { return bytes.Contains(b, []byte(c.want)) },
			teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
		tm.Send(tea.KeyMsg{Type: tea.KeyCtrlC})
		tm.WaitFinished(t, teatest.WithFinalTimeout(5*time.Second))
	}
}
