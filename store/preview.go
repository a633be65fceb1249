package store

import (
	"context"
	"database/sql"
	"errors"
)

// ItemPreview is one agenda item with whatever has been recorded for it so far, for the
// meeting screen's preview of the minutes.
type ItemPreview struct {
	AgendaItem
	Reporter    string // member's or guest's full name
	Speeches    []Speech
	Points      []DecisionPoint
	Vote        *VoteResult
	Assignments []ResponsibleAssignment
}

// ResponsibleAssignment is an assignment with its responsible party's name.
type ResponsibleAssignment struct {
	Assignment
	Responsible string
}

// PreviewAgenda returns a meeting's agenda with each item's record so far.
func (s *Store) PreviewAgenda(ctx context.Context, meetingID int64) ([]ItemPreview, error) {
	items, err := listAgenda(ctx, s.db, meetingID)
	if err != nil {
		return nil, err
	}
	out := make([]ItemPreview, len(items))
	for i, it := range items {
		p := ItemPreview{AgendaItem: it}
		if err := s.fillPreview(ctx, &p); err != nil {
			return nil, err
		}
		out[i] = p
	}
	return out, nil
}

func (s *Store) fillPreview(ctx context.Context, p *ItemPreview) error {
	err := s.db.QueryRowContext(ctx, `SELECT coalesce((SELECT full_name FROM member WHERE id = ?1),
		(SELECT full_name FROM guest WHERE id = ?2), '')`, p.ReporterMemberID, p.ReporterGuestID).Scan(&p.Reporter)
	if err != nil {
		return mapErr(err)
	}
	if p.Speeches, err = previewSpeeches(ctx, s.db, p.ID); err != nil {
		return err
	}
	if p.Points, err = previewPoints(ctx, s.db, p.ID); err != nil {
		return err
	}
	if p.Vote, err = previewVote(ctx, s.db, p.ID); err != nil {
		return err
	}
	p.Assignments, err = previewAssignments(ctx, s.db, p.ID)
	return err
}

func previewSpeeches(ctx context.Context, q querier, itemID int64) ([]Speech, error) {
	rows, err := q.QueryContext(ctx, `SELECT sp.id, sp.item_id, sp.position_no, coalesce(sp.speaker_member_id, 0),
		coalesce(sp.speaker_guest_id, 0), coalesce(m.full_name, g.full_name, sp.speaker_name), sp.summary
		FROM speech sp LEFT JOIN member m ON m.id = sp.speaker_member_id LEFT JOIN guest g ON g.id = sp.speaker_guest_id
		WHERE sp.item_id = ? ORDER BY sp.position_no, sp.id`, itemID)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []Speech
	for rows.Next() {
		var sp Speech
		if err := rows.Scan(&sp.ID, &sp.ItemID, &sp.Position, &sp.SpeakerMemberID, &sp.SpeakerGuestID, &sp.SpeakerName, &sp.Summary); err != nil {
			return nil, err
		}
		out = append(out, sp)
	}
	return out, rows.Err()
}

func previewPoints(ctx context.Context, q querier, itemID int64) ([]DecisionPoint, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, item_id, position_no, text, coalesce(commitment_id, 0)
		FROM decision_point WHERE item_id = ? ORDER BY position_no, id`, itemID)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []DecisionPoint
	for rows.Next() {
		var d DecisionPoint
		if err := rows.Scan(&d.ID, &d.ItemID, &d.Position, &d.Text, &d.CommitmentID); err != nil {
			return nil, err
		}
		out = append(out, d)
	}
	return out, rows.Err()
}

func previewVote(ctx context.Context, q querier, itemID int64) (*VoteResult, error) {
	var v VoteResult
	var adopted, tieBroken, unanimous int
	o, t := &v.Outcome, &v.Tally
	err := q.QueryRowContext(ctx, `SELECT item_id, decision_rule, tie_rule, membership, present, base, needed,
		votes_for, votes_against, votes_abstain, not_voted, recused, absent, adopted, tie_broken, unanimous, recorded_at
		FROM vote_result WHERE item_id = ?`, itemID).Scan(&v.ItemID, &v.DecisionRule, &v.TieRule, &v.Membership,
		&v.Present, &o.Base, &o.Needed, &t.For, &t.Against, &t.Abstain, &t.NotVoted, &t.Recused, &t.Absent,
		&adopted, &tieBroken, &unanimous, &v.RecordedAt)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	if err != nil {
		return nil, mapErr(err)
	}
	o.Got, o.Adopted, o.TieBroken, o.Unanimous = t.For, adopted == 1, tieBroken == 1, unanimous == 1
	return &v, nil
}

func previewAssignments(ctx context.Context, q querier, itemID int64) ([]ResponsibleAssignment, error) {
	rows, err := q.QueryContext(ctx, `SELECT a.id, a.item_id, coalesce(a.point_id, 0), a.text,
		coalesce(a.responsible_member_id, 0), a.responsible_org, a.deadline, a.status, a.done_on, a.done_note,
		coalesce(m.full_name, '') FROM assignment a LEFT JOIN member m ON m.id = a.responsible_member_id
		WHERE a.item_id = ? ORDER BY a.id`, itemID)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []ResponsibleAssignment
	for rows.Next() {
		var a ResponsibleAssignment
		var name string
		if err := rows.Scan(&a.ID, &a.ItemID, &a.PointID, &a.Text, &a.ResponsibleMemberID, &a.ResponsibleOrg,
			&a.Deadline, &a.Status, &a.DoneOn, &a.DoneNote, &name); err != nil {
			return nil, err
		}
		a.Responsible = joinNonEmpty(", ", name, a.ResponsibleOrg)
		out = append(out, a)
	}
	return out, rows.Err()
}
