package plan

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
)

var now = time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC)

// seeded opens a council with one plan of two commitments and returns the common context.
func seeded(t *testing.T) (common.Common, int64, int64) {
	t.Helper()
	ctx := context.Background()
	s := screentest.NewCouncil(t, "", now)
	plan, err := s.CreatePlan(ctx, store.ActionPlan{Title: "План дій 2025–2026", PeriodFrom: "2025-01", PeriodTo: "2026-12", SubmittedOn: "2025-03-15"})
	if err != nil {
		t.Fatal(err)
	}
	a, err := s.CreateCommitment(ctx, store.Commitment{PlanID: plan, OGPID: "UAKLY0006", Title: "Дашборд", LeadImplementer: "КП МІЦ", EndMonth: "2026-06"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateCommitment(ctx, store.Commitment{PlanID: plan, OGPID: "UAKLY0007", Title: "Бюджет", LeadImplementer: "Фінуправління",
		Values: []store.OGPValue{store.ValueAccessInfo}}); err != nil {
		t.Fatal(err)
	}
	c := screentest.Common(s, "uk", 80, 20, now)
	return c, plan, a
}

// settle runs cmd and feeds its message (and what follows from it) back into m.
func settle(t *testing.T, m Commitments, cmd tea.Cmd) Commitments {
	t.Helper()
	for i := 0; cmd != nil && i < 5; i++ {
		msg := cmd()
		if msg == nil {
			return m
		}
		m, cmd = m.Update(msg)
	}
	return m
}

func runes(s string) tea.KeyMsg { return tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune(s)} }

func TestCommitmentsFilterAndStatusChange(t *testing.T) {
	c, plan, a := seeded(t)
	m := NewCommitments(c, plan)
	m = settle(t, m, m.Init())
	if m.table.Len() != 2 || !strings.Contains(m.View(), "UAKLY0007") {
		t.Fatalf("want both commitments:\n%s", m.View())
	}
	var cmd tea.Cmd
	m, cmd = m.Update(runes("v")) // value filter: access to information
	m = settle(t, m, cmd)
	if m.table.Len() != 1 || strings.Contains(m.table.View(), "UAKLY0006") {
		t.Fatalf("value filter:\n%s", m.View())
	}
	m, cmd = m.Update(tea.KeyMsg{Type: tea.KeyBackspace})
	m = settle(t, m, cmd)
	if m.table.Len() != 2 {
		t.Fatalf("filters not cleared: %d rows", m.table.Len())
	}
	ctx := context.Background()
	if err := c.Store.ChangeImplStatus(ctx, a, store.ImplInProgress, store.StatusNote{Note: "розпочато"}); err != nil {
		t.Fatal(err)
	}
	m, cmd = m.Update(common.DataChangedMsg{})
	m = settle(t, m, cmd)
	if !strings.Contains(m.View(), "Виконується") {
		t.Fatalf("the table did not follow the status change:\n%s", m.View())
	}
	m, cmd = m.Update(runes("s")) // status filter: not started
	m = settle(t, m, cmd)
	if m.table.Len() != 1 || strings.Contains(m.table.View(), "UAKLY0006") {
		t.Fatalf("status filter:\n%s", m.View())
	}
	if !strings.Contains(m.View(), "до 15.05.2025") {
		t.Fatalf("the inception assessment's due date is missing:\n%s", m.View())
	}
}

func TestViewsFit(t *testing.T) {
	c, plan, _ := seeded(t)
	for _, size := range [][2]int{{40, 10}, {80, 24}, {120, 40}, {200, 60}} {
		m := NewCommitments(c, plan).SetSize(size[0], size[1])
		m = settle(t, m, m.Init())
		s := New(c).SetSize(size[0], size[1])
		msg := s.Init()()
		s, _ = s.Update(msg)
		for _, v := range []string{m.View(), s.View()} {
			lines := strings.Split(v, "\n")
			if len(lines) > size[1] {
				t.Errorf("%v: %d lines", size, len(lines))
			}
			for _, l := range lines {
				if w := lipglossWidth(l); w > size[0] {
					t.Errorf("%v: line %d wide: %q", size, w, l)
				}
			}
		}
	}
}
