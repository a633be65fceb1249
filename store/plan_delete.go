package store

import (
	"context"
	"database/sql"
	"fmt"
)

// CommitmentUse counts what the meetings' records hold about a commitment.
type CommitmentUse struct {
	AgendaItems    int // agenda items that name it
	DecisionPoints int // decision points that name it
	StatusChanges  int // status changes that name the meeting that decided them
}

// InUse says whether anything refers to the commitment.
func (u CommitmentUse) InUse() bool { return u.AgendaItems+u.DecisionPoints+u.StatusChanges > 0 }

// InUseError refuses to delete a commitment the meetings refer to; withdraw it instead.
type InUseError struct{ Use CommitmentUse }

func (e *InUseError) Error() string {
	u := e.Use
	return fmt.Sprintf("not allowed: the commitment is referred to by %d agenda items, %d decision points and %d status changes from meetings",
		u.AgendaItems, u.DecisionPoints, u.StatusChanges)
}

// Is lets errors.Is(err, ErrForbidden) match.
func (e *InUseError) Is(target error) bool { return target == ErrForbidden }

// RefusePlanNotEmpty refuses to delete a plan that still has commitments.
const RefusePlanNotEmpty = "plan_not_empty"

func commitmentUse(ctx context.Context, q querier, id int64) (CommitmentUse, error) {
	var u CommitmentUse
	err := q.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM agenda_item WHERE commitment_id = ?1),
		(SELECT count(*) FROM decision_point WHERE commitment_id = ?1),
		(SELECT count(*) FROM status_change WHERE commitment_id = ?1 AND meeting_id IS NOT NULL)`, id).
		Scan(&u.AgendaItems, &u.DecisionPoints, &u.StatusChanges)
	return u, err
}

// deletedCommitment is what the journal keeps of a deleted commitment.
type deletedCommitment struct {
	Commitment
	Milestones []Milestone
}

// DeleteCommitment removes a commitment with its milestones and its own status history,
// and closes the gap in the plan's order. It refuses (*InUseError) when an agenda item,
// a decision point or a status change from a meeting refers to it.
func (s *Store) DeleteCommitment(ctx context.Context, id int64) error {
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		c, err := findCommitment(ctx, tx, id)
		if err != nil {
			return Entry{}, err
		}
		use, err := commitmentUse(ctx, tx, id)
		if err != nil {
			return Entry{}, err
		}
		if use.InUse() {
			return Entry{}, &InUseError{Use: use}
		}
		before := deletedCommitment{Commitment: c}
		if before.Milestones, err = listMilestones(ctx, tx, id); err != nil {
			return Entry{}, err
		}
		for _, q := range []string{"DELETE FROM status_change WHERE commitment_id = ?", "DELETE FROM milestone WHERE commitment_id = ?",
			"DELETE FROM commitment WHERE id = ?"} {
			if _, err := tx.ExecContext(ctx, q, id); err != nil {
				return Entry{}, err
			}
		}
		if err := renumberCommitments(ctx, tx, c.PlanID, 0, 0); err != nil {
			return Entry{}, err
		}
		return entry("delete", "commitment", id, before, nil), nil
	})
}

// MoveCommitment moves a commitment by delta places in its plan (-1 up, +1 down), clamped
// to the list; the plan's positions stay 1..n.
func (s *Store) MoveCommitment(ctx context.Context, id int64, delta int) error {
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, err := findCommitment(ctx, tx, id)
		if err != nil {
			return Entry{}, err
		}
		if err := renumberCommitments(ctx, tx, before.PlanID, id, delta); err != nil {
			return Entry{}, err
		}
		after, err := findCommitment(ctx, tx, id)
		if err != nil {
			return Entry{}, err
		}
		return entry("move", "commitment", id, before, after), nil
	})
}

// renumberCommitments writes positions 1..n in the plan, moving commitment id by delta places.
func renumberCommitments(ctx context.Context, q querier, planID, id int64, delta int) error {
	ids, err := idList(ctx, q, "SELECT id FROM commitment WHERE plan_id = ? ORDER BY position_no, ogp_id, id", planID)
	if err != nil {
		return err
	}
	for i, cid := range moveID(ids, id, delta) {
		if _, err := q.ExecContext(ctx, "UPDATE commitment SET position_no = ? WHERE id = ? AND position_no <> ?", i+1, cid, i+1); err != nil {
			return err
		}
	}
	return nil
}

// moveID returns ids with id moved by delta places, clamped to the ends.
func moveID(ids []int64, id int64, delta int) []int64 {
	for i, x := range ids {
		if x != id {
			continue
		}
		j := max(0, min(len(ids)-1, i+delta))
		out := append(append([]int64(nil), ids[:i]...), ids[i+1:]...)
		return append(out[:j], append([]int64{id}, out[j:]...)...)
	}
	return ids
}

// idList runs a query of one id column.
func idList(ctx context.Context, q querier, query string, args ...any) ([]int64, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, err
		}
		out = append(out, id)
	}
	return out, rows.Err()
}

// DeletePlan removes an Action Plan that has no commitments; otherwise it refuses
// (RefusePlanNotEmpty).
func (s *Store) DeletePlan(ctx context.Context, id int64) error {
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, err := findPlan(ctx, tx, id)
		if err != nil {
			return Entry{}, err
		}
		has, err := exists(ctx, tx, "SELECT 1 FROM commitment WHERE plan_id = ?", id)
		if err != nil {
			return Entry{}, err
		}
		if has {
			return Entry{}, &Refusal{Code: RefusePlanNotEmpty}
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM action_plan WHERE id = ?", id); err != nil {
			return Entry{}, err
		}
		return entry("delete", "action_plan", id, before, nil), nil
	})
}
