package store

import (
	"context"
	"errors"
	"testing"
)

func TestVoteTallyAndOutcome(t *testing.T) {
	lc := newLiveCouncil(t, 14)
	ctx := context.Background()
	for _, id := range lc.members[11:] {
		lc.setPresence(t, id, PresenceAbsent) // 11 of 14 present
	}
	if _, err := lc.s.CastAllFor(ctx, lc.item); err != nil {
		t.Fatal(err)
	}
	lc.cast(t, lc.members[3], VoteAbstain, "")
	r := lc.cast(t, lc.members[4], VoteAgainst, "")
	want := Tally{For: 9, Against: 1, Abstain: 1, Absent: 3}
	if r.Tally != want {
		t.Fatalf("tally %+v, want %+v", r.Tally, want)
	}
	if r.Membership != 14 || r.Present != 11 || r.Outcome.Needed != 6 || !r.Outcome.Adopted {
		t.Fatalf("result %+v", r)
	}
	if want := (Outcome{Base: 11, Needed: 6, Got: 9, Adopted: true}); r.Outcome != want {
		t.Fatalf("outcome %+v, want %+v", r.Outcome, want)
	}
	stored, ok, err := lc.s.GetVoteResult(ctx, lc.item)
	if err != nil || !ok || stored.Tally != want || stored.Outcome != r.Outcome {
		t.Fatalf("stored %+v ok=%v err=%v, want %+v", stored, ok, err, r)
	}
	votes, _ := lc.s.ListVotes(ctx, lc.item)
	counts := map[VoteChoice]int{}
	for _, v := range votes {
		counts[v.Choice]++
	}
	if len(votes) != 14 || counts[VoteAbsent] != 3 || counts[VoteFor] != 9 {
		t.Fatalf("vote rows %v", counts)
	}
}

func TestVoteRecusalLeavesBaseAndNeedsReason(t *testing.T) {
	lc := newLiveCouncil(t, 14)
	ctx := context.Background()
	if _, err := lc.s.CastVote(ctx, lc.item, lc.members[5], VoteRecused, "  "); !errors.Is(err, ErrInvalid) {
		t.Fatalf("recusal without reason: %v", err)
	}
	if _, err := lc.s.CastAllFor(ctx, lc.item); err != nil {
		t.Fatal(err)
	}
	lc.cast(t, lc.members[5], VoteRecused, "конфлікт інтересів")
	r := lc.cast(t, lc.members[6], VoteAbstain, "")
	if r.Tally.Recused != 1 || r.Outcome.Base != 13 || r.Outcome.Needed != 7 || r.Tally.For != 12 {
		t.Fatalf("recusal: %+v", r)
	}
	if _, err := lc.s.CastAllFor(ctx, lc.item); err != nil {
		t.Fatal(err)
	}
	votes, _ := lc.s.ListVotes(ctx, lc.item)
	for _, v := range votes {
		if v.MemberID == lc.members[5] && (v.Choice != VoteRecused || v.Reason != "конфлікт інтересів") {
			t.Fatalf("F overrode the recusal: %+v", v)
		}
	}
}

func TestVoteTieRules(t *testing.T) {
	for _, tc := range []struct {
		tie       TieRule
		presiding VoteChoice
		adopted   bool
		tieBroken bool
	}{
		{TiePresidingDecides, VoteFor, true, true},
		{TiePresidingDecides, VoteAgainst, false, true},
		{TieFails, VoteFor, false, false},
	} {
		lc := newLiveCouncil(t, 4)
		c, _ := lc.s.GetCouncil(context.Background())
		c.TieRule = tc.tie
		if err := lc.s.UpdateCouncil(context.Background(), c); err != nil {
			t.Fatal(err)
		}
		other := VoteAgainst
		if tc.presiding == VoteAgainst {
			other = VoteFor
		}
		lc.cast(t, lc.members[0], tc.presiding, "")
		lc.cast(t, lc.members[1], tc.presiding, "")
		lc.cast(t, lc.members[2], other, "")
		r := lc.cast(t, lc.members[3], other, "")
		if !r.Outcome.Tie || r.Outcome.Adopted != tc.adopted || r.Outcome.TieBroken != tc.tieBroken || r.TieRule != tc.tie {
			t.Errorf("%s, presiding %s: %+v", tc.tie, tc.presiding, r)
		}
		stored, _, _ := lc.s.GetVoteResult(context.Background(), lc.item)
		if stored.Outcome != r.Outcome {
			t.Errorf("stored outcome %+v, want %+v", stored.Outcome, r.Outcome)
		}
	}
}

func TestVoteRefusedWithoutQuorum(t *testing.T) {
	lc := newLiveCouncil(t, 14)
	for _, id := range lc.members[7:] {
		lc.setPresence(t, id, PresenceAbsent) // 7 of 14: more than half is 8
	}
	_, err := lc.s.CastVote(context.Background(), lc.item, lc.members[0], VoteFor, "")
	var qe *QuorumError
	if !errors.As(err, &qe) || !errors.Is(err, ErrForbidden) {
		t.Fatalf("err = %v, want a QuorumError", err)
	}
	if want := (QuorumResult{Needed: 8, Got: 7, Membership: 14}); qe.Result != want {
		t.Fatalf("quorum %+v, want %+v", qe.Result, want)
	}
	if _, ok, _ := lc.s.GetVoteResult(context.Background(), lc.item); ok {
		t.Fatal("a result was recorded without quorum")
	}
}

func TestVoteUsesPresenceAtVoteTime(t *testing.T) {
	lc := newLiveCouncil(t, 14)
	ctx := context.Background()
	r, err := lc.s.CastAllFor(ctx, lc.item)
	if err != nil || r.Present != 14 {
		t.Fatalf("first vote %+v %v", r, err)
	}
	lc.setPresence(t, lc.members[13], PresenceAbsent)
	lc.setPresence(t, lc.members[12], PresenceRemote)
	if _, err := lc.s.CastVote(ctx, lc.aob, lc.members[13], VoteFor, ""); !errors.Is(err, ErrInvalid) {
		t.Fatalf("an absent member voted: %v", err)
	}
	r2, err := lc.s.CastAllFor(ctx, lc.aob)
	if err != nil || r2.Present != 13 || r2.Tally.Absent != 1 || r2.Tally.For != 13 {
		t.Fatalf("later vote %+v %v", r2, err)
	}
	first, _, _ := lc.s.GetVoteResult(ctx, lc.item)
	if first.Present != 14 {
		t.Fatalf("the first vote's snapshot changed: %+v", first)
	}
	rc, _ := lc.s.GetRollCall(ctx, lc.aob)
	if rc.Quorum.Got != 13 || rc.Tally() != r2.Tally {
		t.Fatalf("roll call %+v tally %+v", rc.Quorum, rc.Tally())
	}
}

func TestVoteLockedMeetingRefuses(t *testing.T) {
	lc := newLiveCouncil(t, 4)
	ctx := context.Background()
	lc.cast(t, lc.members[0], VoteFor, "")
	lc.setStatus(t, MeetingMinutesApproved)
	_, err := lc.s.CastVote(ctx, lc.item, lc.members[1], VoteFor, "")
	if !errors.Is(err, ErrLocked) {
		t.Fatalf("err = %v, want ErrLocked", err)
	}
	if err := lc.s.ClearVotes(ctx, lc.item); !errors.Is(err, ErrLocked) {
		t.Fatalf("clear: %v", err)
	}
	if _, err := lc.s.db.Exec("DELETE FROM vote WHERE item_id = ?", lc.item); !errors.Is(mapErr(err), ErrLocked) {
		t.Fatalf("trigger: %v", err)
	}
}

func TestVoteClearAndChoices(t *testing.T) {
	lc := newLiveCouncil(t, 4)
	ctx := context.Background()
	if _, err := lc.s.CastVote(ctx, lc.item, lc.members[0], VoteAbsent, ""); !errors.Is(err, ErrInvalid) {
		t.Fatalf("absent cast by hand: %v", err)
	}
	lc.cast(t, lc.members[0], VoteFor, "")
	if err := lc.s.ClearVotes(ctx, lc.item); err != nil {
		t.Fatal(err)
	}
	votes, _ := lc.s.ListVotes(ctx, lc.item)
	if _, ok, _ := lc.s.GetVoteResult(ctx, lc.item); ok || len(votes) != 0 {
		t.Fatalf("cleared: %d votes, result %v", len(votes), ok)
	}
	r := lc.cast(t, lc.members[0], VoteFor, "")
	if r.Tally.NotVoted != 3 || r.Outcome.Adopted {
		t.Fatalf("one vote of four: %+v", r)
	}
	for _, id := range lc.members[1:] {
		r = lc.cast(t, id, VoteFor, "")
	}
	if !r.Outcome.Unanimous {
		t.Fatalf("all for: %+v", r.Outcome)
	}
}
