package store

import (
	"context"
	"testing"
)

func milestoneOrder(t *testing.T, s *Store, commitmentID int64) []int64 {
	t.Helper()
	ms, err := s.ListMilestones(context.Background(), commitmentID)
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for i, m := range ms {
		if m.Position != i+1 {
			t.Fatalf("positions not dense: %d at index %d", m.Position, i)
		}
		ids = append(ids, m.ID)
	}
	return ids
}

func TestMilestoneOrder(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	c := addCommitment(t, s, addPlan(t, s), "UAKLY0006", "2026-06")
	a := addMilestone(t, s, c, "Аналіз", "2025-03-31", "")
	b := addMilestone(t, s, c, "Прототип", "2025-09-30", "")
	d := addMilestone(t, s, c, "Запуск", "2026-06-30", "")
	steps := []struct {
		id    int64
		delta int
		want  []int64
	}{
		{d, -1, []int64{a, d, b}},
		{d, -1, []int64{d, a, b}},
		{d, -1, []int64{d, a, b}}, // already first
		{a, +5, []int64{d, b, a}}, // clamped to the end
	}
	for _, st := range steps {
		if err := s.MoveMilestone(ctx, st.id, st.delta); err != nil {
			t.Fatal(err)
		}
		if got := milestoneOrder(t, s, c); !equalIDs(got, st.want) {
			t.Fatalf("after moving %d by %d: %v, want %v", st.id, st.delta, got, st.want)
		}
	}
	if err := s.DeleteMilestone(ctx, b); err != nil {
		t.Fatal(err)
	}
	if got := milestoneOrder(t, s, c); !equalIDs(got, []int64{d, a}) {
		t.Fatalf("after delete: %v", got)
	}
	e := addMilestone(t, s, c, "Звіт", "2026-07-31", "")
	if got := milestoneOrder(t, s, c); !equalIDs(got, []int64{d, a, e}) {
		t.Fatalf("a new milestone goes last: %v", got)
	}
}

func equalIDs(a, b []int64) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}

func TestMilestoneValidation(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	c := addCommitment(t, s, addPlan(t, s), "UAKLY0006", "2026-06")
	cases := []struct {
		m           Milestone
		field, code string
	}{
		{Milestone{CommitmentID: c, EndDate: "2025-05-01"}, "deliverable", "required"},
		{Milestone{CommitmentID: c, Deliverable: "Звіт"}, "end_date", "required"},
		{Milestone{CommitmentID: c, Deliverable: "Звіт", EndDate: "2025-02-29"}, "end_date", "no_such_date"},
		{Milestone{CommitmentID: c, Deliverable: "Звіт", StartDate: "2025-06-01", EndDate: "2025-05-01"}, "end_date", "date_order"},
	}
	for _, cs := range cases {
		_, err := s.CreateMilestone(ctx, cs.m)
		if got := fieldCode(err, cs.field); got != cs.code {
			t.Errorf("%+v: %s = %q, want %q", cs.m, cs.field, got, cs.code)
		}
	}
}

func TestMarkMilestoneDone(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	c := addCommitment(t, s, addPlan(t, s), "UAKLY0006", "2026-06")
	id := addMilestone(t, s, c, "Портал відкритих даних", "2026-01-31", "")
	ms, _ := s.ListMilestones(ctx, c)
	if !ms[0].Late("2026-03-12") || ms[0].Late("2026-01-31") {
		t.Fatal("late means not done and the end date before today")
	}
	if err := s.MarkMilestoneDone(ctx, id, "2026-03-13", "x"); fieldCode(err, "done_on") != "future" {
		t.Fatalf("a done date after today: %v", err)
	}
	if err := s.MarkMilestoneDone(ctx, id, "2026-02-10", "https://data.khm.gov.ua"); err != nil {
		t.Fatal(err)
	}
	ms, _ = s.ListMilestones(ctx, c)
	if !ms[0].Done() || ms[0].Late("2026-03-12") || ms[0].Evidence != "https://data.khm.gov.ua" {
		t.Fatalf("after marking done: %+v", ms[0])
	}
	if err := s.MarkMilestoneDone(ctx, id, "", ""); err != nil {
		t.Fatal(err)
	}
	ms, _ = s.ListMilestones(ctx, c)
	if ms[0].Done() || ms[0].Evidence != "https://data.khm.gov.ua" {
		t.Fatalf("reopening clears the date and keeps the evidence: %+v", ms[0])
	}
	entries, _ := s.ListJournal(ctx, "milestone", id, 10)
	if len(entries) != 3 || entries[0].Action != "reopen" || entries[1].Action != "done" {
		t.Fatalf("journal: %+v", entries)
	}
}
