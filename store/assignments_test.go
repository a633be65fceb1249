package store

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// lastAssignmentEntry is the newest journal row about an assignment.
func lastAssignmentEntry(t *testing.T, s *Store, id int64) Entry {
	t.Helper()
	es, err := s.ListJournal(context.Background(), "assignment", id, 1)
	if err != nil || len(es) != 1 {
		t.Fatalf("journal of assignment %d: %v %v", id, es, err)
	}
	return es[0]
}

// An assignment's text, responsible and deadline change while the record may change, each edit
// journalled; after the minutes are approved an edit is refused and nothing moves, while its
// follow-up (done, note, reopened, cancelled) goes on.
func TestEditAssignmentUntilApproved(t *testing.T) {
	lc := newLiveCouncil(t, 4)
	ctx := context.Background()
	s := lc.s
	p, err := s.AddPoint(ctx, DecisionPoint{ItemID: lc.item, Text: "Схвалити звіт про виконання Плану дій."})
	if err != nil {
		t.Fatal(err)
	}
	a, err := s.CreateAssignment(ctx, Assignment{ItemID: lc.item, PointID: p.ID, Text: "Розмістити звіт",
		ResponsibleMemberID: lc.members[2], Deadline: "2020-01-01"})
	if err != nil {
		t.Fatal(err)
	}
	edited := a
	edited.Text, edited.ResponsibleMemberID, edited.ResponsibleOrg, edited.Deadline =
		"Розмістити звіт на порталі OGP Local", 0, "Управління цифрової трансформації", "2026-12-31"
	if err := s.UpdateAssignment(ctx, edited); err != nil {
		t.Fatal(err)
	}
	got, err := findAssignment(ctx, s.db, a.ID)
	if err != nil || got.Text != edited.Text || got.ResponsibleMemberID != 0 || got.ResponsibleOrg != edited.ResponsibleOrg ||
		got.Deadline != "2026-12-31" || got.PointID != p.ID || got.Status != AssignmentOpen {
		t.Fatalf("after the edit: %+v %v", got, err)
	}
	e := lastAssignmentEntry(t, s, a.ID)
	if e.Action != "update" || !strings.Contains(e.Before, "Розмістити звіт\"") || !strings.Contains(e.After, "порталі OGP Local") {
		t.Fatalf("journal: %+v", e)
	}

	empty := edited
	empty.Text = "  "
	var ve *ValidationError
	if err := s.UpdateAssignment(ctx, empty); !errors.As(err, &ve) || ve.Field("text") == nil {
		t.Fatalf("an empty text: %v", err)
	}

	lc.setStatus(t, MeetingMinutesSubmitted)
	if err := s.UpdateAssignment(ctx, a); !errors.Is(err, ErrForbidden) || errors.Is(err, ErrLocked) {
		t.Fatalf("edit while the minutes are submitted: %v", err)
	}
	lc.setStatus(t, MeetingMinutesApproved)
	journalled := lastAssignmentEntry(t, s, a.ID).ID
	late := edited
	late.Text, late.Deadline = "Змінено після затвердження", "2027-01-01"
	if err := s.UpdateAssignment(ctx, late); !errors.Is(err, ErrLocked) {
		t.Fatalf("edit after approval: %v", err)
	}
	if err := s.DeleteAssignment(ctx, a.ID); !errors.Is(err, ErrLocked) {
		t.Fatalf("delete after approval: %v", err)
	}
	for _, q := range []string{"UPDATE assignment SET text = 'x' WHERE id = ?", "UPDATE assignment SET responsible_org = 'x' WHERE id = ?",
		"UPDATE assignment SET deadline = '2030-01-01' WHERE id = ?"} {
		if _, err := s.db.Exec(q, a.ID); !errors.Is(mapErr(err), ErrLocked) {
			t.Fatalf("the lock trigger lets %q through: %v", q, err)
		}
	}
	if got, _ := findAssignment(ctx, s.db, a.ID); got.Text != edited.Text || got.Deadline != edited.Deadline ||
		lastAssignmentEntry(t, s, a.ID).ID != journalled {
		t.Fatalf("a refused edit changed something: %+v", got)
	}

	if err := s.MarkAssignmentDone(ctx, a.ID, "2026-04-02", "Розміщено"); err != nil {
		t.Fatalf("done after approval: %v", err)
	}
	if e := lastAssignmentEntry(t, s, a.ID); e.Action != "follow_up" || !strings.Contains(e.After, "Розміщено") {
		t.Fatalf("follow-up journal: %+v", e)
	}
	if err := s.ReopenAssignment(ctx, a.ID); err != nil {
		t.Fatalf("reopen after approval: %v", err)
	}
	if err := s.CancelAssignment(ctx, a.ID, "Не на часі"); err != nil {
		t.Fatalf("cancel after approval: %v", err)
	}
	if got, _ := findAssignment(ctx, s.db, a.ID); got.Status != AssignmentCancelled || got.DoneNote != "Не на часі" || got.Text != edited.Text {
		t.Fatalf("after the follow-up: %+v", got)
	}
}
