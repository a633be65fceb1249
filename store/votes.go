package store

import (
	"context"
	"database/sql"
	"errors"
	"slices"
	"strings"
)

// RollMember is one member of the meeting's membership at a vote, with presence and choice.
type RollMember struct {
	Member   Member
	Presence Presence   // attendance now (present until recorded otherwise)
	Choice   VoteChoice // "" when nothing is recorded yet
	Reason   string
}

// RollCall is an item's vote as the live screen shows it: the membership with their
// presence and choices, the quorum now, and the recorded result (if any).
type RollCall struct {
	ItemID      int64
	PresidingID int64
	Members     []RollMember
	Quorum      QuorumResult
	Result      VoteResult
	Recorded    bool
}

// Tally counts the roll call's choices as they stand (a present member without a
// choice counts as not voting; an absent one as absent).
func (r RollCall) Tally() Tally {
	var t Tally
	for _, m := range r.Members {
		t.Add(effectiveChoice(m.Presence, m.Choice))
	}
	return t
}

func effectiveChoice(p Presence, c VoteChoice) VoteChoice {
	switch {
	case p == PresenceAbsent:
		return VoteAbsent
	case c == "" || c == VoteAbsent:
		return VoteNotVoted
	}
	return c
}

// GetRollCall returns the item's roll call with attendance as it is now.
func (s *Store) GetRollCall(ctx context.Context, itemID int64) (RollCall, error) {
	m, err := meetingOfItem(ctx, s.db, itemID)
	if err != nil {
		return RollCall{}, err
	}
	c, err := findCouncil(ctx, s.db)
	if err != nil {
		return RollCall{}, err
	}
	return loadRollCall(ctx, s.db, c, m, itemID)
}

func loadRollCall(ctx context.Context, q querier, c Council, m Meeting, itemID int64) (RollCall, error) {
	rc := RollCall{ItemID: itemID, PresidingID: m.PresidingID}
	rows, err := getAttendance(ctx, q, m.ID)
	if err != nil {
		return rc, err
	}
	votes, err := listVotes(ctx, q, itemID)
	if err != nil {
		return rc, err
	}
	byMember := map[int64]Vote{}
	for _, v := range votes {
		byMember[v.MemberID] = v
	}
	for _, r := range rows {
		v := byMember[r.ID]
		rc.Members = append(rc.Members, RollMember{Member: r.Member, Presence: r.Status, Choice: v.Choice, Reason: v.Reason})
	}
	rc.Quorum = QuorumOf(c, rows)
	rc.Result, rc.Recorded, err = findVoteResult(ctx, q, itemID)
	return rc, err
}

// GetVoteResult returns an item's recorded vote result; ok is false when none is recorded.
func (s *Store) GetVoteResult(ctx context.Context, itemID int64) (VoteResult, bool, error) {
	return findVoteResult(ctx, s.db, itemID)
}

var voteResultColumns = `item_id, decision_rule, tie_rule, membership, present, base, needed, ` + TallyColumns +
	`, adopted, tie_broken, unanimous, recorded_at`

// scanVoteResult reads a vote_result row; Got and Tie follow from the tally.
func scanVoteResult(sc interface{ Scan(...any) error }) (VoteResult, error) {
	var r VoteResult
	t, o := &r.Tally, &r.Outcome
	fields := append([]any{&r.ItemID, &r.DecisionRule, &r.TieRule, &r.Membership, &r.Present, &o.Base, &o.Needed},
		t.Fields()...)
	err := sc.Scan(append(fields, &o.Adopted, &o.TieBroken, &o.Unanimous, &r.RecordedAt)...)
	o.Got = t.For
	o.Tie = o.TieBroken || (r.DecisionRule != DecisionPresentTwoThirds && o.Base > 0 &&
		t.For == t.Against && t.For+t.Against == o.Base)
	return r, err
}

func findVoteResult(ctx context.Context, q querier, itemID int64) (VoteResult, bool, error) {
	r, err := scanVoteResult(q.QueryRowContext(ctx, "SELECT "+voteResultColumns+" FROM vote_result WHERE item_id = ?", itemID))
	if errors.Is(err, sql.ErrNoRows) {
		return VoteResult{}, false, nil
	}
	if err != nil {
		return r, false, mapErr(err)
	}
	return r, true, nil
}

// ListVotes returns every member's recorded choice on an item.
func (s *Store) ListVotes(ctx context.Context, itemID int64) ([]Vote, error) {
	return listVotes(ctx, s.db, itemID)
}

func listVotes(ctx context.Context, q querier, itemID int64) ([]Vote, error) {
	rows, err := q.QueryContext(ctx, "SELECT item_id, member_id, choice, reason FROM vote WHERE item_id = ? ORDER BY member_id", itemID)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []Vote
	for rows.Next() {
		var v Vote
		if err := rows.Scan(&v.ItemID, &v.MemberID, &v.Choice, &v.Reason); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

// castable are the choices a person enters, those the roll call has a key for; "absent"
// comes from attendance.
func castable(c VoteChoice) bool {
	return slices.ContainsFunc(VoteOptions, func(o VoteOption) bool { return o.Choice == c && o.Key != "" })
}

// CastVote records one member's choice and recomputes the item's result under the council's
// rules with presence as it is now. A recusal needs a reason; without quorum the vote is
// refused with a *Refusal (RefuseNoQuorum).
func (s *Store) CastVote(ctx context.Context, itemID, memberID int64, choice VoteChoice, reason string) (VoteResult, error) {
	reason = strings.TrimSpace(OneLine(reason))
	if !castable(choice) {
		return VoteResult{}, &ValidationError{Fields: []*FieldError{{"choice", "choice"}}}
	}
	if choice == VoteRecused && reason == "" {
		return VoteResult{}, &ValidationError{Fields: []*FieldError{{"reason", "required"}}}
	}
	if choice != VoteRecused {
		reason = ""
	}
	return s.vote(ctx, itemID, func(ctx context.Context, tx *sql.Tx, rc RollCall) error {
		rm, ok := rollMember(rc, memberID)
		switch {
		case !ok:
			return &ValidationError{Fields: []*FieldError{{"member", "not_member"}}}
		case rm.Presence == PresenceAbsent:
			return &ValidationError{Fields: []*FieldError{{"member", "absent"}}}
		}
		return putVote(ctx, tx, itemID, memberID, choice, reason)
	})
}

// CastAllFor records "for" for every present member; recusals stay as they are.
func (s *Store) CastAllFor(ctx context.Context, itemID int64) (VoteResult, error) {
	return s.vote(ctx, itemID, func(ctx context.Context, tx *sql.Tx, rc RollCall) error {
		for _, rm := range rc.Members {
			if rm.Presence == PresenceAbsent || rm.Choice == VoteRecused {
				continue
			}
			if err := putVote(ctx, tx, itemID, rm.Member.ID, VoteFor, ""); err != nil {
				return err
			}
		}
		return nil
	})
}

// ClearVotes removes an item's roll call and its result.
func (s *Store) ClearVotes(ctx context.Context, itemID int64) error {
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		if err := s.itemAllows(ctx, tx, itemID, ActVote); err != nil {
			return Entry{}, err
		}
		before, _, err := findVoteResult(ctx, tx, itemID)
		if err != nil {
			return Entry{}, err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM vote_result WHERE item_id = ?", itemID); err != nil {
			return Entry{}, err
		}
		_, err = tx.ExecContext(ctx, "DELETE FROM vote WHERE item_id = ?", itemID)
		return entry("clear_votes", "agenda_item", itemID, before, nil), err
	})
}

// vote runs one change of an item's roll call: it checks the meeting and the quorum, applies
// fn, then records every member's row and the result so they always agree.
func (s *Store) vote(ctx context.Context, itemID int64, fn func(context.Context, *sql.Tx, RollCall) error) (VoteResult, error) {
	var res VoteResult
	err := s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		m, err := meetingOfItem(ctx, tx, itemID)
		if err != nil {
			return Entry{}, err
		}
		if err := s.allow(ctx, tx, m, ActVote); err != nil {
			return Entry{}, err
		}
		c, err := findCouncil(ctx, tx)
		if err != nil {
			return Entry{}, err
		}
		rc, err := loadRollCall(ctx, tx, c, m, itemID)
		if err != nil {
			return Entry{}, err
		}
		if err := fn(ctx, tx, rc); err != nil {
			return Entry{}, err
		}
		if rc, err = loadRollCall(ctx, tx, c, m, itemID); err != nil {
			return Entry{}, err
		}
		res, err = recordResult(ctx, tx, c, rc, s.stamp())
		return entry("vote", "agenda_item", itemID, rc.Result, res), err
	})
	return res, err
}

func rollMember(rc RollCall, memberID int64) (RollMember, bool) {
	for _, rm := range rc.Members {
		if rm.Member.ID == memberID {
			return rm, true
		}
	}
	return RollMember{}, false
}

func putVote(ctx context.Context, q querier, itemID, memberID int64, choice VoteChoice, reason string) error {
	_, err := q.ExecContext(ctx, `INSERT INTO vote (item_id, member_id, choice, reason) VALUES (?, ?, ?, ?)
		ON CONFLICT (item_id, member_id) DO UPDATE SET choice = excluded.choice, reason = excluded.reason`,
		itemID, memberID, string(choice), reason)
	return err
}

// recordResult writes a row for every member (absent ones as absent, present ones without a
// choice as not voting) and the result with its snapshot of presence.
func recordResult(ctx context.Context, q querier, c Council, rc RollCall, at string) (VoteResult, error) {
	r := VoteResult{ItemID: rc.ItemID, DecisionRule: c.DecisionRule, TieRule: c.TieRule,
		Membership: len(rc.Members), Present: rc.Quorum.Got, RecordedAt: at}
	var presidingFor *bool
	for _, rm := range rc.Members {
		choice := effectiveChoice(rm.Presence, rm.Choice)
		if choice != rm.Choice {
			if err := putVote(ctx, q, rc.ItemID, rm.Member.ID, choice, ""); err != nil {
				return r, err
			}
		}
		r.Tally.Add(choice)
		if rm.Member.ID == rc.PresidingID && (choice == VoteFor || choice == VoteAgainst) {
			v := choice == VoteFor
			presidingFor = &v
		}
	}
	r.Outcome = Decide(DecisionInput{Rule: c.DecisionRule, Tie: c.TieRule, Membership: r.Membership,
		Present: r.Present, Tally: r.Tally, PresidingFor: presidingFor})
	t, o := r.Tally, r.Outcome
	values := append([]any{r.ItemID, string(r.DecisionRule), string(r.TieRule), r.Membership, r.Present, o.Base, o.Needed},
		t.Values()...)
	values = append(values, boolInt(o.Adopted), boolInt(o.TieBroken), boolInt(o.Unanimous), r.RecordedAt)
	_, err := q.ExecContext(ctx, "INSERT OR REPLACE INTO vote_result ("+voteResultColumns+") VALUES ("+
		strings.TrimSuffix(strings.Repeat("?, ", len(values)), ", ")+")", values...)
	return r, err
}
