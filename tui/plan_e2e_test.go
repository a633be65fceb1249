package tui

import (
	"context"
	"path/filepath"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/demo"
)

// planNow is after the demo's meeting № 2 of 2026 (10 September).
var planNow = time.Date(2026, 10, 1, 9, 0, 0, 0, time.UTC)

// planState is what the walk changes: UAKLY0006's history and progress, the plan's summary.
type planState struct {
	history   []store.StatusEvent
	progress  store.Progress
	summary   store.PlanSummary
	commitID  int64
	meeting2  int64
	milestone store.Milestone
}

func readPlanState(t *testing.T, s *store.Store) planState {
	t.Helper()
	ctx := context.Background()
	var st planState
	plans, err := s.ListPlanSummaries(ctx)
	if err != nil || len(plans) == 0 {
		t.Fatalf("plans %v", err)
	}
	st.summary = plans[0]
	rows, err := s.ListCommitments(ctx, st.summary.Plan.ID, store.CommitmentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if r.OGPID == "UAKLY0006" {
			st.commitID, st.progress = r.ID, r.Progress
		}
	}
	if st.history, err = s.ListStatusChanges(ctx, st.commitID); err != nil {
		t.Fatal(err)
	}
	ms, _ := s.ListMilestones(ctx, st.commitID)
	st.milestone = ms[2]
	meetings, _ := s.ListMeetings(ctx, store.MeetingFilter{})
	for _, m := range meetings {
		if m.Series == "2026" && m.Number == 2 {
			st.meeting2 = m.ID
		}
	}
	return st
}

// TestPlanWalkthrough: on the demo council the secretary opens the 2025–2026 plan, opens
// UAKLY0006, records it done with a note naming meeting № 2 of 2026, marks a milestone
// done and goes back to the plan summary; the history, the progress and the summary change.
func TestPlanWalkthrough(t *testing.T) {
	path := filepath.Join(t.TempDir(), "demo.db")
	s, err := store.Open(context.Background(), path, store.WithActor("Мельник Оксана Василівна"),
		store.WithClock(func() time.Time { return planNow }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := demo.Load(context.Background(), s, demo.Small); err != nil {
		t.Fatal(err)
	}
	before := readPlanState(t, s)
	if before.progress.Done != 2 || before.progress.Total != 4 || before.meeting2 == 0 {
		t.Fatalf("demo changed: %+v", before.progress)
	}

	m := New(Options{Store: s, DBPath: "demo.db", Lang: "uk", Now: func() time.Time { return planNow }})
	w := walk{t, teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))}
	w.waitFor("Засідання ради")
	w.keys(runes("3"))
	w.waitFor("Плани дій", "04.2025 – 12.2026", "9 з 19 виконано")
	w.keys(tea.KeyMsg{Type: tea.KeyEnter})
	w.waitFor("UAKLY0006", "Оцінювання OGP Local")
	w.keys(runes("/"), runes("UAKLY0006"), tea.KeyMsg{Type: tea.KeyEnter}, tea.KeyMsg{Type: tea.KeyEnter})
	w.waitFor("Стан виконання: Виконано частково")

	w.keys(runes("i"))
	w.waitFor("Зміна стану виконання")
	w.keys(tea.KeyMsg{Type: tea.KeyDown}, tea.KeyMsg{Type: tea.KeyDown}, tea.KeyMsg{Type: tea.KeyTab}) // → Виконано
	w.keys(runes("Інтеграцію з електронною чергою завершено; рішення засідання № 2 від 10.09.2026"))
	w.keys(tea.KeyMsg{Type: tea.KeyTab}, tea.KeyMsg{Type: tea.KeyDown}, tea.KeyMsg{Type: tea.KeyDown}) // № 3, № 2
	w.waitFor("Засідання № 2 від 10.09.2026")
	w.keys(tea.KeyMsg{Type: tea.KeyTab}, tea.KeyMsg{Type: tea.KeyCtrlS})
	w.waitFor("Зміну стану записано в історію", "Стан виконання: Виконано ·")

	w.keys(runes("l"), tea.KeyMsg{Type: tea.KeyDown}, tea.KeyMsg{Type: tea.KeyDown}, runes(" "))
	w.waitFor("Етап виконано: Інтеграція з системою")
	w.keys(tea.KeyMsg{Type: tea.KeyTab}, runes("Акт введення в експлуатацію від 30.09.2026"), tea.KeyMsg{Type: tea.KeyCtrlS})
	w.waitFor("Етап позначено виконаним", "3/4")
	w.keys(runes("l"))
	w.waitFor("Виконано частково → Виконано", "Рішення: Засідання № 2 від 10.09.2026")

	// esc: back to the commitments; esc: clear their filter (as the help bar says); esc: back.
	w.keys(tea.KeyMsg{Type: tea.KeyEsc}, tea.KeyMsg{Type: tea.KeyEsc}, tea.KeyMsg{Type: tea.KeyEsc})
	w.waitFor("10 з 19 виконано")
	final := w.quit()

	after := readPlanState(t, s)
	if len(after.history) != len(before.history)+1 {
		t.Fatalf("history %d → %d", len(before.history), len(after.history))
	}
	e := after.history[len(after.history)-1]
	if e.From != string(store.ImplPartlyDone) || e.To != string(store.ImplDone) || e.MeetingID != before.meeting2 ||
		!strings.Contains(e.Note, "№ 2") || e.ChangedBy != "Мельник Оксана Василівна" {
		t.Fatalf("history entry %+v", e)
	}
	if after.progress.Done != 3 || after.milestone.DoneOn != "2026-10-01" || !strings.Contains(after.milestone.Evidence, "Акт") {
		t.Fatalf("progress %+v milestone %+v", after.progress, after.milestone)
	}
	b, a := before.summary, after.summary
	if a.MilestonesDone != b.MilestonesDone+1 || a.ByStatus[store.ImplDone] != b.ByStatus[store.ImplDone]+1 ||
		a.ByStatus[store.ImplPartlyDone] != b.ByStatus[store.ImplPartlyDone]-1 {
		t.Fatalf("summary %+v → %+v", b, a)
	}
	teatest.RequireEqualOutput(t, []byte(withoutStatusLine(final.View())))
}

// withoutStatusLine blanks the line above the help bar: the status clears itself after a
// few seconds, so on a slow machine it may or may not be there.
func withoutStatusLine(view string) string {
	lines := strings.Split(view, "\n")
	if len(lines) >= 2 {
		lines[len(lines)-2] = ""
	}
	return strings.Join(lines, "\n")
}
