package store

import (
	"context"
	"database/sql"
	"errors"
)

const milestoneColumns = `id, commitment_id, position_no, deliverable, start_date, end_date, done_on, evidence`

func scanMilestone(sc interface{ Scan(...any) error }) (Milestone, error) {
	var m Milestone
	err := sc.Scan(&m.ID, &m.CommitmentID, &m.Position, &m.Deliverable, &m.StartDate, &m.EndDate, &m.DoneOn, &m.Evidence)
	return m, err
}

// Done says whether the milestone has been delivered.
func (m Milestone) Done() bool { return m.DoneOn != "" }

// Late says whether the milestone is not done and its end date is before today.
func (m Milestone) Late(today string) bool { return !m.Done() && m.EndDate != "" && m.EndDate < today }

// ListMilestones returns a commitment's milestones in their order.
func (s *Store) ListMilestones(ctx context.Context, commitmentID int64) ([]Milestone, error) {
	return listMilestones(ctx, s.db, commitmentID)
}

func listMilestones(ctx context.Context, q querier, commitmentID int64) ([]Milestone, error) {
	rows, err := q.QueryContext(ctx, "SELECT "+milestoneColumns+" FROM milestone WHERE commitment_id = ? ORDER BY position_no, id",
		commitmentID)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []Milestone
	for rows.Next() {
		m, err := scanMilestone(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

func findMilestone(ctx context.Context, q querier, id int64) (Milestone, error) {
	m, err := scanMilestone(q.QueryRowContext(ctx, "SELECT "+milestoneColumns+" FROM milestone WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return m, ErrNotFound
	}
	return m, mapErr(err)
}

// ValidateMilestone checks a milestone as typed: a deliverable, an end date, ordered dates,
// and evidence only with a done date.
func ValidateMilestone(m Milestone) *ValidationError {
	var v ValidationError
	add := func(field, code string) { v.Fields = append(v.Fields, &FieldError{field, code}) }
	if trimmed(m.Deliverable) == "" {
		add("deliverable", "required")
	}
	if m.StartDate != "" && !ValidDate(m.StartDate) {
		add("start_date", dateCode(m.StartDate))
	}
	switch {
	case m.EndDate == "":
		add("end_date", "required")
	case !ValidDate(m.EndDate):
		add("end_date", dateCode(m.EndDate))
	case ValidDate(m.StartDate) && m.EndDate < m.StartDate:
		add("end_date", "date_order")
	}
	if m.DoneOn != "" && !ValidDate(m.DoneOn) {
		add("done_on", dateCode(m.DoneOn))
	}
	if len(v.Fields) == 0 {
		return nil
	}
	return &v
}

func normaliseMilestone(m Milestone) Milestone {
	m.Deliverable, m.Evidence = trimmed(m.Deliverable), trimmed(m.Evidence)
	m.StartDate, m.EndDate, m.DoneOn = trimmed(m.StartDate), trimmed(m.EndDate), trimmed(m.DoneOn)
	return m
}

// CreateMilestone adds a milestone at the end of its commitment's list and returns its id.
func (s *Store) CreateMilestone(ctx context.Context, m Milestone) (int64, error) {
	m = normaliseMilestone(m)
	if v := ValidateMilestone(m); v != nil {
		return 0, v
	}
	err := s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		if _, err := findCommitment(ctx, tx, m.CommitmentID); err != nil {
			return Entry{}, err
		}
		if err := tx.QueryRowContext(ctx, "SELECT count(*) + 1 FROM milestone WHERE commitment_id = ?",
			m.CommitmentID).Scan(&m.Position); err != nil {
			return Entry{}, err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO milestone (commitment_id, position_no, deliverable, start_date, end_date,
			done_on, evidence) VALUES (?, ?, ?, ?, ?, ?, ?)`,
			m.CommitmentID, m.Position, m.Deliverable, m.StartDate, m.EndDate, m.DoneOn, m.Evidence)
		if err != nil {
			return Entry{}, err
		}
		m.ID, _ = res.LastInsertId()
		return entry("create", "milestone", m.ID, nil, m), nil
	})
	return m.ID, err
}

// UpdateMilestone saves a milestone's deliverable, dates and evidence; its place in the
// list changes only with MoveMilestone.
func (s *Store) UpdateMilestone(ctx context.Context, m Milestone) error {
	m = normaliseMilestone(m)
	if v := ValidateMilestone(m); v != nil {
		return v
	}
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, err := findMilestone(ctx, tx, m.ID)
		if err != nil {
			return Entry{}, err
		}
		m.CommitmentID, m.Position = before.CommitmentID, before.Position
		if _, err := tx.ExecContext(ctx, `UPDATE milestone SET deliverable = ?, start_date = ?, end_date = ?, done_on = ?,
			evidence = ? WHERE id = ?`, m.Deliverable, m.StartDate, m.EndDate, m.DoneOn, m.Evidence, m.ID); err != nil {
			return Entry{}, err
		}
		return entry("update", "milestone", m.ID, before, m), nil
	})
}

// MarkMilestoneDone records that a milestone was delivered on date, with its evidence
// (a link or a note); an empty date reopens it.
func (s *Store) MarkMilestoneDone(ctx context.Context, id int64, date, evidence string) error {
	date, evidence = trimmed(date), trimmed(evidence)
	if err := checkDoneDate("done_on", date, s.today()); err != nil {
		return err
	}
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, err := findMilestone(ctx, tx, id)
		if err != nil {
			return Entry{}, err
		}
		after := before
		after.DoneOn, after.Evidence = date, evidence
		if date == "" {
			after.Evidence = before.Evidence
		}
		if _, err := tx.ExecContext(ctx, "UPDATE milestone SET done_on = ?, evidence = ? WHERE id = ?",
			after.DoneOn, after.Evidence, id); err != nil {
			return Entry{}, err
		}
		action := "done"
		if date == "" {
			action = "reopen"
		}
		return entry(action, "milestone", id, before, after), nil
	})
}

// DeleteMilestone removes a milestone and closes the gap in the order.
func (s *Store) DeleteMilestone(ctx context.Context, id int64) error {
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, err := findMilestone(ctx, tx, id)
		if err != nil {
			return Entry{}, err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM milestone WHERE id = ?", id); err != nil {
			return Entry{}, err
		}
		if err := renumberMilestones(ctx, tx, before.CommitmentID, 0, 0); err != nil {
			return Entry{}, err
		}
		return entry("delete", "milestone", id, before, nil), nil
	})
}

// MoveMilestone moves a milestone by delta places (-1 up, +1 down), clamped to the list.
func (s *Store) MoveMilestone(ctx context.Context, id int64, delta int) error {
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, err := findMilestone(ctx, tx, id)
		if err != nil {
			return Entry{}, err
		}
		if err := renumberMilestones(ctx, tx, before.CommitmentID, id, delta); err != nil {
			return Entry{}, err
		}
		after, err := findMilestone(ctx, tx, id)
		if err != nil {
			return Entry{}, err
		}
		return entry("move", "milestone", id, before, after), nil
	})
}

// renumberMilestones writes positions 1..n, moving milestone id by delta places on the way.
func renumberMilestones(ctx context.Context, q querier, commitmentID, id int64, delta int) error {
	ms, err := listMilestones(ctx, q, commitmentID)
	if err != nil {
		return err
	}
	for i, m := range ms {
		if m.ID != id {
			continue
		}
		j := max(0, min(len(ms)-1, i+delta))
		moved := ms[i]
		ms = append(ms[:i], ms[i+1:]...)
		ms = append(ms[:j], append([]Milestone{moved}, ms[j:]...)...)
		break
	}
	for i, m := range ms {
		if m.Position == i+1 {
			continue
		}
		if _, err := q.ExecContext(ctx, "UPDATE milestone SET position_no = ? WHERE id = ?", i+1, m.ID); err != nil {
			return err
		}
	}
	return nil
}
