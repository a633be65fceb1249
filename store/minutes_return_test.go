package store

import (
	"context"
	"errors"
	"strings"
	"testing"
)

// TestReturnMinutesNeedsCoChairAndComment: submitted minutes go back to the secretary only
// from a co-chair and with a comment, which the meeting keeps and the journal records; the
// approvals given so far are withdrawn and the next submission clears the comment.
func TestReturnMinutesNeedsCoChairAndComment(t *testing.T) {
	lc := newLiveCouncil(t, 4)
	ctx := context.Background()
	id := lc.meeting.ID
	if err := lc.s.CloseMeeting(ctx, id); err != nil {
		t.Fatal(err)
	}
	chair := openAs(t, lc.s.Path(), "Член 01")
	if err := chair.ReturnMinutes(ctx, id, "виправте"); err == nil {
		t.Fatal("minutes returned before they were submitted")
	}
	if err := lc.s.SubmitMinutes(ctx, id); err != nil {
		t.Fatal(err)
	}
	if _, _, err := chair.ApproveMinutes(ctx, id); err != nil {
		t.Fatal(err)
	}
	var v *ValidationError
	if err := chair.ReturnMinutes(ctx, id, "  "); !errors.As(err, &v) || v.Fields[0].Field != "comment" {
		t.Fatalf("return without a comment: %v", err)
	}
	if err := openAs(t, lc.s.Path(), "Член 04").ReturnMinutes(ctx, id, "виправте"); RefusalCode(err) != RefuseNotCoChair {
		t.Fatalf("return by a member: %v", err)
	}
	if err := chair.ReturnMinutes(ctx, id, " Уточніть пункт 1.1 "); err != nil {
		t.Fatal(err)
	}
	m, _ := lc.s.GetMeeting(ctx, id)
	if m.Status != MeetingClosed || m.ReturnNote != "Уточніть пункт 1.1" {
		t.Fatalf("after return: %s %q", m.Status, m.ReturnNote)
	}
	if st, _ := lc.s.MinutesApprovals(ctx, id); len(st.Approved) != 0 {
		t.Fatalf("approvals kept: %+v", st.Approved)
	}
	entries, _ := lc.s.ListJournal(ctx, "meeting", id, 1)
	if e := entries[0]; e.Action != "return_minutes" || e.Actor != "Член 01" || !strings.Contains(e.After, "Уточніть пункт 1.1") {
		t.Fatalf("journal: %+v", e)
	}
	if err := lc.s.SubmitMinutes(ctx, id); err != nil {
		t.Fatal(err)
	}
	if m, _ := lc.s.GetMeeting(ctx, id); m.ReturnNote != "" {
		t.Fatalf("resubmission kept the note %q", m.ReturnNote)
	}
}
