package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"
)

const pointColumns = "id, item_id, position_no, text, coalesce(commitment_id, 0)"

func scanPoint(sc interface{ Scan(...any) error }) (DecisionPoint, error) {
	var p DecisionPoint
	err := sc.Scan(&p.ID, &p.ItemID, &p.Position, &p.Text, &p.CommitmentID)
	return p, err
}

// ListPoints returns an item's decision points (ВИРІШИЛИ) in order: 1.1, 1.2 …
func (s *Store) ListPoints(ctx context.Context, itemID int64) ([]DecisionPoint, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT "+pointColumns+" FROM decision_point WHERE item_id = ? ORDER BY position_no, id", itemID)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []DecisionPoint
	for rows.Next() {
		p, err := scanPoint(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}

func findPoint(ctx context.Context, q querier, id int64) (DecisionPoint, error) {
	p, err := scanPoint(q.QueryRowContext(ctx, "SELECT "+pointColumns+" FROM decision_point WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return p, ErrNotFound
	}
	return p, mapErr(err)
}

func validatePoint(p DecisionPoint) *ValidationError {
	if p.Text == "" {
		return &ValidationError{Fields: []*FieldError{{"text", "required"}}}
	}
	return nil
}

// AddPoint appends a decision point to its item and returns it numbered.
func (s *Store) AddPoint(ctx context.Context, p DecisionPoint) (DecisionPoint, error) {
	p.Text = strings.TrimSpace(Clean(p.Text))
	if v := validatePoint(p); v != nil {
		return p, v
	}
	err := s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		if err := s.itemAllows(ctx, tx, p.ItemID, ActRecord); err != nil {
			return Entry{}, err
		}
		if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(position_no), 0) + 1 FROM decision_point WHERE item_id = ?",
			p.ItemID).Scan(&p.Position); err != nil {
			return Entry{}, err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO decision_point (item_id, position_no, text, commitment_id)
			VALUES (?, ?, ?, ?)`, p.ItemID, p.Position, p.Text, nullID(p.CommitmentID))
		if err != nil {
			return Entry{}, err
		}
		p.ID, _ = res.LastInsertId()
		return entry("create", "decision_point", p.ID, nil, p), nil
	})
	return p, err
}

// UpdatePoint changes a point's text and commitment link.
func (s *Store) UpdatePoint(ctx context.Context, p DecisionPoint) error {
	p.Text = strings.TrimSpace(Clean(p.Text))
	if v := validatePoint(p); v != nil {
		return v
	}
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, err := findPoint(ctx, tx, p.ID)
		if err != nil {
			return Entry{}, err
		}
		if err := s.itemAllows(ctx, tx, before.ItemID, ActRecord); err != nil {
			return Entry{}, err
		}
		p.ItemID, p.Position = before.ItemID, before.Position
		_, err = tx.ExecContext(ctx, "UPDATE decision_point SET text = ?, commitment_id = ? WHERE id = ?",
			p.Text, nullID(p.CommitmentID), p.ID)
		return entry("update", "decision_point", p.ID, before, p), err
	})
}

// DeletePoint removes a point and renumbers the rest; its assignments stay with the item.
func (s *Store) DeletePoint(ctx context.Context, id int64) error {
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, err := findPoint(ctx, tx, id)
		if err != nil {
			return Entry{}, err
		}
		if err := s.itemAllows(ctx, tx, before.ItemID, ActRecord); err != nil {
			return Entry{}, err
		}
		steps := []struct {
			sql  string
			args []any
		}{
			{"UPDATE assignment SET point_id = NULL WHERE point_id = ?", []any{id}},
			{"UPDATE status_change SET point_id = NULL WHERE point_id = ?", []any{id}},
			{"DELETE FROM decision_point WHERE id = ?", []any{id}},
			{"UPDATE decision_point SET position_no = position_no - 1 WHERE item_id = ? AND position_no > ?",
				[]any{before.ItemID, before.Position}},
		}
		for _, st := range steps {
			if _, err := tx.ExecContext(ctx, st.sql, st.args...); err != nil {
				return Entry{}, err
			}
		}
		return entry("delete", "decision_point", id, before, nil), nil
	})
}
