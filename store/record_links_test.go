package store

import (
	"context"
	"testing"
)

// TestRecordPlacesStatusChangesAndDeferrals: a status change decided by a point stands at
// the point's item, one naming only the meeting at the item linked to its commitment, the
// rest with the record; a deferred item names the meeting it went to.
func TestRecordPlacesStatusChangesAndDeferrals(t *testing.T) {
	ctx := context.Background()
	lc := newLiveCouncil(t, 3)
	s := lc.s
	plan := addPlan(t, s)
	linked, decided, loose := addCommitment(t, s, plan, "UAKLY0001", "2026-06"),
		addCommitment(t, s, plan, "UAKLY0002", "2026-06"), addCommitment(t, s, plan, "UAKLY0003", "2026-06")
	it, err := s.CreateAgendaItem(ctx, AgendaItem{MeetingID: lc.meeting.ID, Title: "Про зобов'язання 1", Kind: ItemDecision, CommitmentID: linked})
	if err != nil {
		t.Fatal(err)
	}
	later := mustMeeting(t, s, "2026-04-16")
	if _, err := s.DeferItem(ctx, it.ID, later.ID); err != nil {
		t.Fatal(err)
	}
	p, err := s.AddPoint(ctx, DecisionPoint{ItemID: lc.item, Text: "Перевести зобов'язання 2 у стан «Виконується»"})
	if err != nil {
		t.Fatal(err)
	}
	for _, err := range []error{
		s.ChangeImplStatus(ctx, decided, ImplInProgress, StatusNote{Note: "рішення ради", MeetingID: lc.meeting.ID, PointID: p.ID}),
		s.ChangeImplStatus(ctx, linked, ImplInProgress, StatusNote{Note: "рішення ради", MeetingID: lc.meeting.ID}),
		s.ChangeImplStatus(ctx, loose, ImplInProgress, StatusNote{Note: "рішення ради", MeetingID: lc.meeting.ID}),
		s.ChangeImplStatus(ctx, loose, ImplDone, StatusNote{Note: "звіт виконавця"}), // decided by no meeting: not in this record
	} {
		if err != nil {
			t.Fatal(err)
		}
	}
	r, err := s.MeetingRecord(ctx, lc.meeting.ID)
	if err != nil {
		t.Fatal(err)
	}
	at := map[string]string{}
	for _, item := range r.Items {
		for _, sc := range item.StatusChanges {
			at[sc.OGPID] = item.Title
		}
		if item.ID == it.ID && (item.DeferredTo.Number != later.Number || item.DeferredTo.Date != "2026-04-16") {
			t.Errorf("deferred to %+v, want № %d of 2026-04-16", item.DeferredTo, later.Number)
		}
	}
	if at["UAKLY0002"] != "Про стан виконання Плану дій" || at["UAKLY0001"] != "Про зобов'язання 1" {
		t.Errorf("status changes placed at %v", at)
	}
	if len(r.StatusChanges) != 1 || r.StatusChanges[0].OGPID != "UAKLY0003" || r.StatusChanges[0].To != string(ImplInProgress) {
		t.Errorf("changes no item holds: %+v", r.StatusChanges)
	}
}
