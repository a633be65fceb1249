package store

import (
	"context"
	"errors"
	"testing"
)

// addPlan creates the 2025–2026 plan submitted on 2025-03-15.
func addPlan(t *testing.T, s *Store) int64 {
	t.Helper()
	id, err := s.CreatePlan(context.Background(), ActionPlan{Title: "План дій 2025–2026", PeriodFrom: "2025-01",
		PeriodTo: "2026-12", SubmittedOn: "2025-03-15", Status: PlanInProgress})
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// addCommitment creates a commitment of plan with the given OGP ID and end month.
func addCommitment(t *testing.T, s *Store, planID int64, ogpID, end string) int64 {
	t.Helper()
	id, err := s.CreateCommitment(context.Background(), Commitment{PlanID: planID, OGPID: ogpID, Title: "Зобов'язання " + ogpID,
		StartMonth: "2025-01", EndMonth: end, LeadImplementer: "Управління цифрового розвитку"})
	if err != nil {
		t.Fatal(err)
	}
	return id
}

func addMilestone(t *testing.T, s *Store, commitmentID int64, deliverable, end, done string) int64 {
	t.Helper()
	id, err := s.CreateMilestone(context.Background(), Milestone{CommitmentID: commitmentID, Deliverable: deliverable,
		StartDate: "2025-01-01", EndDate: end, DoneOn: done})
	if err != nil {
		t.Fatal(err)
	}
	return id
}

// fieldCode is the code of a field's problem in err, "" when there is none.
func fieldCode(err error, field string) string {
	var v *ValidationError
	if !errors.As(err, &v) {
		return ""
	}
	if f := v.Field(field); f != nil {
		return f.Code
	}
	return ""
}

func TestPlanValidation(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	cases := []struct {
		plan        ActionPlan
		field, code string
	}{
		{ActionPlan{Title: "  ", PeriodFrom: "2025-01", PeriodTo: "2026-12"}, "title", "required"},
		{ActionPlan{Title: "П", PeriodFrom: "2025-1", PeriodTo: "2026-12"}, "period_from", "month"},
		{ActionPlan{Title: "П", PeriodFrom: "2025-01", PeriodTo: "2026-13"}, "period_to", "month"},
		{ActionPlan{Title: "П", PeriodFrom: "2025-01"}, "period_to", "required"},
		{ActionPlan{Title: "П", PeriodFrom: "2026-01", PeriodTo: "2025-12"}, "period_to", "month_order"},
		{ActionPlan{Title: "П", PeriodFrom: "2025-01", PeriodTo: "2025-12", SubmittedOn: "2025-02-30"}, "submitted_on", "no_such_date"},
		{ActionPlan{Title: "П", PeriodFrom: "2025-01", PeriodTo: "2025-12", Status: "someday"}, "status", "choice"},
	}
	for _, c := range cases {
		_, err := s.CreatePlan(ctx, c.plan)
		if got := fieldCode(err, c.field); got != c.code {
			t.Errorf("%+v: %s = %q, want %q (err %v)", c.plan, c.field, got, c.code, err)
		}
	}
	plans, _ := s.ListPlans(ctx)
	if len(plans) != 0 {
		t.Fatalf("invalid plans were saved: %v", plans)
	}
}

func TestPlanRoundTrip(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	old, err := s.CreatePlan(ctx, ActionPlan{Title: "План дій 2021–2022", PeriodFrom: "2021-01", PeriodTo: "2022-12"})
	if err != nil {
		t.Fatal(err)
	}
	id := addPlan(t, s)
	p, err := s.GetPlan(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	p.OGPTitle = "Khmelnytskyi Action Plan 2025-2026"
	p.Status = PlanFinished
	if err := s.UpdatePlan(ctx, p); err != nil {
		t.Fatal(err)
	}
	plans, err := s.ListPlans(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(plans) != 2 || plans[0].ID != id || plans[1].ID != old {
		t.Fatalf("plans not latest first: %+v", plans)
	}
	if plans[0] != p {
		t.Fatalf("round trip: got %+v, want %+v", plans[0], p)
	}
	if old, _ := s.GetPlan(ctx, old); old.Status != PlanDraft {
		t.Fatalf("a new plan starts as a draft, got %q", old.Status)
	}
	if _, err := s.GetPlan(ctx, 999); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing plan: %v", err)
	}
	if entries, _ := s.ListJournal(ctx, "action_plan", id, 10); len(entries) != 2 {
		t.Fatalf("want create and update journaled, got %d entries", len(entries))
	}
}

func TestSetInceptionDone(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	id := addPlan(t, s)
	if err := s.SetInceptionDone(ctx, id, "2026-04-01"); fieldCode(err, "inception_done_on") != "future" {
		t.Fatalf("a date after today (2026-03-12) must be refused, got %v", err)
	}
	if err := s.SetInceptionDone(ctx, id, "2025-05-10"); err != nil {
		t.Fatal(err)
	}
	if p, _ := s.GetPlan(ctx, id); p.InceptionDoneOn != "2025-05-10" {
		t.Fatalf("inception done on %q", p.InceptionDoneOn)
	}
}
