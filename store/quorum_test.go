package store

import (
	"context"
	"errors"
	"testing"
)

// A meeting without quorum hears information only: what was heard and the speeches are
// recorded; decisions, assignments and votes are refused naming why, until quorum returns.
func TestNoQuorumHearsOnly(t *testing.T) {
	lc := newLiveCouncil(t, 14)
	ctx := context.Background()
	for _, id := range lc.members[7:] {
		lc.setPresence(t, id, PresenceAbsent) // 7 of 14: more than half is 8
	}
	if err := lc.s.SetHeard(ctx, lc.item, "Інформацію про стан виконання"); err != nil {
		t.Fatalf("heard without quorum: %v", err)
	}
	if _, err := lc.s.AddSpeech(ctx, Speech{ItemID: lc.item, SpeakerMemberID: lc.members[0], Summary: "Про звіт"}); err != nil {
		t.Fatalf("speech without quorum: %v", err)
	}
	writes := map[Action]func() error{
		ActDecide: func() error {
			_, err := lc.s.AddPoint(ctx, DecisionPoint{ItemID: lc.item, Text: "Взяти до відома"})
			return err
		},
		ActEditAssignment: func() error {
			_, err := lc.s.CreateAssignment(ctx, Assignment{ItemID: lc.item, Text: "Підготувати звіт", ResponsibleOrg: "ЦНАП"})
			return err
		},
		ActVote: func() error {
			_, err := lc.s.CastVote(ctx, lc.item, lc.members[0], VoteFor, "")
			return err
		},
	}
	want := QuorumResult{Needed: 8, Got: 7, Membership: 14}
	for a, write := range writes {
		err := write()
		var r *Refusal
		if !errors.As(err, &r) || !errors.Is(err, ErrForbidden) || r.Code != RefuseNoQuorum || r.Action != a {
			t.Fatalf("%s without quorum: err = %v, want a no_quorum refusal", a, err)
		}
		if r.Quorum == nil || *r.Quorum != want {
			t.Fatalf("%s: quorum %+v, want %+v", a, r.Quorum, want)
		}
	}
	rec, err := lc.s.MeetingRecord(ctx, lc.meeting.ID)
	if err != nil {
		t.Fatal(err)
	}
	it := rec.Items[0]
	if it.Heard == "" || len(it.Speeches) != 1 || len(it.Points) != 0 || len(it.Assignments) != 0 || it.Result != nil {
		t.Fatalf("record without quorum: %+v", it)
	}

	lc.setPresence(t, lc.members[7], PresenceRemote) // 8 of 14: quorum again
	for a, write := range writes {
		if err := write(); err != nil {
			t.Fatalf("%s with quorum restored: %v", a, err)
		}
	}
}
