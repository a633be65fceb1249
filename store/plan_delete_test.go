package store

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// commitmentOrder is the plan's commitments by position, checking positions are 1..n.
func commitmentOrder(t *testing.T, s *Store, planID int64) []int64 {
	t.Helper()
	rows, err := s.ListCommitments(context.Background(), planID, CommitmentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []int64
	for i, r := range rows {
		if r.Position != i+1 {
			t.Fatalf("positions not dense: %d at place %d", r.Position, i+1)
		}
		ids = append(ids, r.ID)
	}
	return ids
}

// lastJournal is the newest journal entry of an entity.
func lastJournal(t *testing.T, s *Store, entity string, id int64) Entry {
	t.Helper()
	es, err := s.ListJournal(context.Background(), entity, id, 1)
	if err != nil || len(es) == 0 {
		t.Fatalf("no journal for %s %d: %v", entity, id, err)
	}
	return es[0]
}

func TestMoveCommitment(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	plan := addPlan(t, s)
	a := addCommitment(t, s, plan, "UAKLY0001", "2026-06")
	b := addCommitment(t, s, plan, "UAKLY0002", "2026-06")
	c := addCommitment(t, s, plan, "UAKLY0003", "2026-06")
	steps := []struct {
		id    int64
		delta int
		want  []int64
	}{
		{c, -1, []int64{a, c, b}},
		{c, -1, []int64{c, a, b}},
		{c, -1, []int64{c, a, b}}, // already first
		{a, +5, []int64{c, b, a}}, // clamped to the end
	}
	for _, st := range steps {
		if err := s.MoveCommitment(ctx, st.id, st.delta); err != nil {
			t.Fatal(err)
		}
		if got := commitmentOrder(t, s, plan); !equalIDs(got, st.want) {
			t.Fatalf("after moving %d by %d: %v, want %v", st.id, st.delta, got, st.want)
		}
	}
	if e := lastJournal(t, s, "commitment", a); e.Action != "move" || !strings.Contains(e.After, `"Position":3`) {
		t.Fatalf("journal %+v", e)
	}
	if err := s.MoveCommitment(ctx, 999, 1); !errors.Is(err, ErrNotFound) {
		t.Fatalf("moving a missing commitment: %v", err)
	}
}

func TestDeleteCommitment(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	plan := addPlan(t, s)
	a := addCommitment(t, s, plan, "UAKLY0001", "2026-06")
	b := addCommitment(t, s, plan, "UAKLY0002", "2026-06")
	c := addCommitment(t, s, plan, "UAKLY0003", "2026-06")
	addMilestone(t, s, b, "Перелік показників", "2025-06-30", "2025-06-20")
	if err := s.ChangeImplStatus(ctx, b, ImplInProgress, StatusNote{Note: "розпочато"}); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.ExecContext(ctx, "INSERT INTO commitment_value (commitment_id, value) VALUES (?, 'technology')", b); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteCommitment(ctx, b); err != nil {
		t.Fatal(err)
	}
	if _, err := s.GetCommitment(ctx, b); !errors.Is(err, ErrNotFound) {
		t.Fatalf("still there: %v", err)
	}
	if got := commitmentOrder(t, s, plan); !equalIDs(got, []int64{a, c}) {
		t.Fatalf("order after delete %v", got)
	}
	var left int
	s.db.QueryRowContext(ctx, `SELECT (SELECT count(*) FROM milestone WHERE commitment_id = ?1) +
		(SELECT count(*) FROM status_change WHERE commitment_id = ?1) +
		(SELECT count(*) FROM commitment_value WHERE commitment_id = ?1)`, b).Scan(&left)
	if left != 0 {
		t.Fatalf("%d rows of the deleted commitment left", left)
	}
	if e := lastJournal(t, s, "commitment", b); e.Action != "delete" || !strings.Contains(e.Before, "Перелік показників") || e.After != "" {
		t.Fatalf("journal %+v", e)
	}
	if r, err := s.VerifyJournal(ctx); err != nil || r.BadID != 0 {
		t.Fatalf("journal chain: %+v %v", r, err)
	}
}

func TestDeleteCommitmentRefusedWhenMeetingsReferToIt(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	plan := addPlan(t, s)
	item := addCommitment(t, s, plan, "UAKLY0001", "2026-06")
	point := addCommitment(t, s, plan, "UAKLY0002", "2026-06")
	decided := addCommitment(t, s, plan, "UAKLY0003", "2026-06")
	addDecision(t, s, "2026-01-20", "Про UAKLY0001", "Взяти до відома", item, 0)
	meeting, _, _ := addDecision(t, s, "2026-02-20", "Про стан Плану", "Визнати UAKLY0002 виконаним", 0, point)
	if err := s.ChangeImplStatus(ctx, decided, ImplInProgress, StatusNote{Note: "рішення ради", MeetingID: meeting}); err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		id   int64
		want CommitmentUse
	}{
		{item, CommitmentUse{AgendaItems: 1}},
		{point, CommitmentUse{AgendaItems: 0, DecisionPoints: 1}},
		{decided, CommitmentUse{StatusChanges: 1}},
	}
	for _, c := range cases {
		err := s.DeleteCommitment(ctx, c.id)
		var inUse *InUseError
		if !errors.As(err, &inUse) || !errors.Is(err, ErrForbidden) || inUse.Use != c.want {
			t.Fatalf("deleting %d: %v, want %+v", c.id, err, c.want)
		}
		if _, err := s.GetCommitment(ctx, c.id); err != nil {
			t.Fatalf("a refused delete removed %d: %v", c.id, err)
		}
	}
	if err := s.DeleteCommitment(ctx, 999); !errors.Is(err, ErrNotFound) {
		t.Fatalf("deleting a missing commitment: %v", err)
	}
}

func TestDeletePlan(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	plan := addPlan(t, s)
	c := addCommitment(t, s, plan, "UAKLY0001", "2026-06")
	if err := s.DeletePlan(ctx, plan); RefusalCode(err) != RefusePlanNotEmpty || !errors.Is(err, ErrForbidden) {
		t.Fatalf("deleting a plan with commitments: %v", err)
	}
	if err := s.DeleteCommitment(ctx, c); err != nil {
		t.Fatal(err)
	}
	if err := s.DeletePlan(ctx, plan); err != nil {
		t.Fatal(err)
	}
	if _, err := s.GetPlan(ctx, plan); !errors.Is(err, ErrNotFound) {
		t.Fatalf("plan still there: %v", err)
	}
	if e := lastJournal(t, s, "action_plan", plan); e.Action != "delete" || !strings.Contains(e.Before, "План дій 2025–2026") {
		t.Fatalf("journal %+v", e)
	}
	if err := s.DeletePlan(ctx, plan); !errors.Is(err, ErrNotFound) {
		t.Fatalf("deleting it twice: %v", err)
	}
}
