package commitment

import (
	"context"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
)

// fixture is a council with one plan, commitment UAKLY0006 with three milestones (the
// first done) and a meeting whose agenda item names the commitment.
type fixture struct {
	s          *store.Store
	commitment int64
	milestones []int64
	meeting    int64
}

func newFixture(t *testing.T, c store.Commitment) fixture {
	t.Helper()
	ctx := context.Background()
	s := screentest.NewCouncil(t, "Мельник Оксана", screentest.Now)
	plan, err := s.CreatePlan(ctx, store.ActionPlan{Title: "План дій 2025–2026", PeriodFrom: "2025-01", PeriodTo: "2026-12", SubmittedOn: "2025-03-15"})
	if err != nil {
		t.Fatal(err)
	}
	c.PlanID, c.OGPID = plan, "UAKLY0006"
	if c.Title == "" {
		c.Title = "Онлайн-дашборд якості міських послуг"
	}
	f := fixture{s: s}
	if f.commitment, err = s.CreateCommitment(ctx, c); err != nil {
		t.Fatal(err)
	}
	for _, ms := range []store.Milestone{
		{Deliverable: "Перелік показників", EndDate: "2025-06-30", DoneOn: "2025-06-20"},
		{Deliverable: "Бета-версія дашборду", EndDate: "2025-12-01"},
		{Deliverable: "Відкриті дані", EndDate: "2026-06-30"},
	} {
		ms.CommitmentID = f.commitment
		id, err := s.CreateMilestone(ctx, ms)
		if err != nil {
			t.Fatal(err)
		}
		f.milestones = append(f.milestones, id)
	}
	m, err := s.CreateMeeting(ctx, store.Meeting{Date: "2026-02-20", StartTime: "10:00", Place: "Мала зала"})
	if err != nil {
		t.Fatal(err)
	}
	f.meeting = m.ID
	if _, err := s.CreateAgendaItem(ctx, store.AgendaItem{MeetingID: m.ID, Title: "Про стан дашборду", Kind: store.ItemInformation,
		CommitmentID: f.commitment}); err != nil {
		t.Fatal(err)
	}
	return f
}

// screen is the commitment detail under test with what it sent to the root.
type screen = screentest.Driver[Model]

func open(t *testing.T, f fixture, w, h int) *screen {
	t.Helper()
	return openIn(t, f, w, h, "uk")
}

// openIn opens the screen in the given language.
func openIn(t *testing.T, f fixture, w, h int, lang i18n.Lang) *screen {
	t.Helper()
	sc := &screen{M: New(screentest.Common(f.s, lang, w, h, screentest.Now), f.commitment)}
	sc.Pump(sc.M.Init())
	if !sc.M.loaded {
		t.Fatalf("not loaded; status %v", sc.Status)
	}
	return sc
}
