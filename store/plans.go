package store

import (
	"context"
	"database/sql"
	"errors"
)

const planColumns = `id, title, ogp_title, period_from, period_to, submitted_on, status, inception_done_on`

func scanPlan(sc interface{ Scan(...any) error }) (ActionPlan, error) {
	var p ActionPlan
	err := sc.Scan(&p.ID, &p.Title, &p.OGPTitle, &p.PeriodFrom, &p.PeriodTo, &p.SubmittedOn, &p.Status, &p.InceptionDoneOn)
	return p, err
}

// ListPlans returns the Action Plans, the latest period first.
func (s *Store) ListPlans(ctx context.Context) ([]ActionPlan, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT "+planColumns+" FROM action_plan ORDER BY period_from DESC, id DESC")
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []ActionPlan
	for rows.Next() {
		p, err := scanPlan(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

// GetPlan returns one Action Plan.
func (s *Store) GetPlan(ctx context.Context, id int64) (ActionPlan, error) {
	return findPlan(ctx, s.db, id)
}

func findPlan(ctx context.Context, q querier, id int64) (ActionPlan, error) {
	p, err := scanPlan(q.QueryRowContext(ctx, "SELECT "+planColumns+" FROM action_plan WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return p, ErrNotFound
	}
	return p, mapErr(err)
}

// ValidatePlan checks a plan as typed: a title, a period of two ordered months, a real
// submission date and a known status.
func ValidatePlan(p ActionPlan) *ValidationError {
	var v ValidationError
	add := func(field, code string) { v.Fields = append(v.Fields, &FieldError{field, code}) }
	if trimmed(p.Title) == "" {
		add("title", "required")
	}
	checkMonthRange(&v, "period_from", "period_to", p.PeriodFrom, p.PeriodTo, true)
	if p.SubmittedOn != "" && !ValidDate(p.SubmittedOn) {
		add("submitted_on", dateCode(p.SubmittedOn))
	}
	if p.InceptionDoneOn != "" && !ValidDate(p.InceptionDoneOn) {
		add("inception_done_on", dateCode(p.InceptionDoneOn))
	}
	if !p.Status.Valid() {
		add("status", "choice")
	}
	if len(v.Fields) == 0 {
		return nil
	}
	return &v
}

// checkMonthRange adds the problems of a from–to pair of months to v.
func checkMonthRange(v *ValidationError, fromField, toField, from, to string, required bool) {
	add := func(field, code string) { v.Fields = append(v.Fields, &FieldError{field, code}) }
	for _, f := range []struct{ field, value string }{{fromField, from}, {toField, to}} {
		switch {
		case f.value == "" && required:
			add(f.field, "required")
		case f.value != "" && !ValidMonth(f.value):
			add(f.field, "month")
		}
	}
	if ValidMonth(from) && ValidMonth(to) && to < from {
		add(toField, "month_order")
	}
}

func normalisePlan(p ActionPlan) ActionPlan {
	p.Title, p.OGPTitle = trimmed(p.Title), trimmed(p.OGPTitle)
	p.PeriodFrom, p.PeriodTo = trimmed(p.PeriodFrom), trimmed(p.PeriodTo)
	p.SubmittedOn, p.InceptionDoneOn = trimmed(p.SubmittedOn), trimmed(p.InceptionDoneOn)
	if p.Status == "" {
		p.Status = PlanDraft
	}
	return p
}

// CreatePlan adds an Action Plan and returns its id.
func (s *Store) CreatePlan(ctx context.Context, p ActionPlan) (int64, error) {
	p = normalisePlan(p)
	if v := ValidatePlan(p); v != nil {
		return 0, v
	}
	err := s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		now := s.stamp()
		res, err := tx.ExecContext(ctx, `INSERT INTO action_plan (title, ogp_title, period_from, period_to, submitted_on,
			status, inception_done_on, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			p.Title, p.OGPTitle, p.PeriodFrom, p.PeriodTo, p.SubmittedOn, string(p.Status), p.InceptionDoneOn, now, now)
		if err != nil {
			return Entry{}, err
		}
		p.ID, _ = res.LastInsertId()
		return entry("create", "action_plan", p.ID, nil, p), nil
	})
	return p.ID, err
}

// UpdatePlan saves a plan's changes.
func (s *Store) UpdatePlan(ctx context.Context, p ActionPlan) error {
	p = normalisePlan(p)
	if v := ValidatePlan(p); v != nil {
		return v
	}
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, err := findPlan(ctx, tx, p.ID)
		if err != nil {
			return Entry{}, err
		}
		_, err = tx.ExecContext(ctx, `UPDATE action_plan SET title = ?, ogp_title = ?, period_from = ?, period_to = ?,
			submitted_on = ?, status = ?, inception_done_on = ?, updated_at = ? WHERE id = ?`,
			p.Title, p.OGPTitle, p.PeriodFrom, p.PeriodTo, p.SubmittedOn, string(p.Status), p.InceptionDoneOn, s.stamp(), p.ID)
		if err != nil {
			return Entry{}, err
		}
		return entry("update", "action_plan", p.ID, before, p), nil
	})
}

// SetInceptionDone records the date the plan's inception assessment was done ("" clears it).
func (s *Store) SetInceptionDone(ctx context.Context, planID int64, date string) error {
	if err := checkDoneDate("inception_done_on", date, s.today()); err != nil {
		return err
	}
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, err := findPlan(ctx, tx, planID)
		if err != nil {
			return Entry{}, err
		}
		after := before
		after.InceptionDoneOn = date
		if _, err := tx.ExecContext(ctx, "UPDATE action_plan SET inception_done_on = ?, updated_at = ? WHERE id = ?",
			date, s.stamp(), planID); err != nil {
			return Entry{}, err
		}
		return entry("update", "action_plan", planID, before, after), nil
	})
}

// checkDoneDate accepts "" (not done) or a real date that is not in the future.
func checkDoneDate(field, date, today string) error {
	switch {
	case date == "":
		return nil
	case !ValidDate(date):
		return &ValidationError{Fields: []*FieldError{{field, dateCode(date)}}}
	case date > today:
		return &ValidationError{Fields: []*FieldError{{field, "future"}}}
	}
	return nil
}
