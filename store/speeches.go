package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"
)

const speechColumns = `id, item_id, position_no, coalesce(speaker_member_id, 0), coalesce(speaker_guest_id, 0),
	speaker_name, summary`

func scanSpeech(sc interface{ Scan(...any) error }) (Speech, error) {
	var sp Speech
	err := sc.Scan(&sp.ID, &sp.ItemID, &sp.Position, &sp.SpeakerMemberID, &sp.SpeakerGuestID, &sp.SpeakerName, &sp.Summary)
	return sp, err
}

// ListSpeeches returns an item's speeches (ВИСТУПИЛИ) in order.
func (s *Store) ListSpeeches(ctx context.Context, itemID int64) ([]Speech, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT "+speechColumns+" FROM speech WHERE item_id = ? ORDER BY position_no, id", itemID)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []Speech
	for rows.Next() {
		sp, err := scanSpeech(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, sp)
	}
	return out, rows.Err()
}

func findSpeech(ctx context.Context, q querier, id int64) (Speech, error) {
	sp, err := scanSpeech(q.QueryRowContext(ctx, "SELECT "+speechColumns+" FROM speech WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return sp, ErrNotFound
	}
	return sp, mapErr(err)
}

// ValidateSpeech checks a speech as typed: someone must have spoken.
func ValidateSpeech(sp Speech) *ValidationError {
	if sp.SpeakerMemberID == 0 && sp.SpeakerGuestID == 0 && strings.TrimSpace(sp.SpeakerName) == "" {
		return &ValidationError{Fields: []*FieldError{{"speaker", "required"}}}
	}
	return nil
}

func normaliseSpeech(sp Speech) Speech {
	sp.SpeakerName = strings.TrimSpace(OneLine(sp.SpeakerName))
	sp.Summary = strings.TrimSpace(Clean(sp.Summary))
	if sp.SpeakerMemberID != 0 || sp.SpeakerGuestID != 0 {
		sp.SpeakerName = ""
	}
	if sp.SpeakerMemberID != 0 {
		sp.SpeakerGuestID = 0
	}
	return sp
}

// AddSpeech appends a speech to its item.
func (s *Store) AddSpeech(ctx context.Context, sp Speech) (Speech, error) {
	sp = normaliseSpeech(sp)
	if v := ValidateSpeech(sp); v != nil {
		return sp, v
	}
	err := s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		if err := s.itemAllows(ctx, tx, sp.ItemID, ActRecord); err != nil {
			return Entry{}, err
		}
		if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(position_no), 0) + 1 FROM speech WHERE item_id = ?",
			sp.ItemID).Scan(&sp.Position); err != nil {
			return Entry{}, err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO speech (item_id, position_no, speaker_member_id, speaker_guest_id,
			speaker_name, summary) VALUES (?, ?, ?, ?, ?, ?)`, sp.ItemID, sp.Position, nullID(sp.SpeakerMemberID),
			nullID(sp.SpeakerGuestID), sp.SpeakerName, sp.Summary)
		if err != nil {
			return Entry{}, err
		}
		sp.ID, _ = res.LastInsertId()
		return entry("create", "speech", sp.ID, nil, sp), nil
	})
	return sp, err
}

// UpdateSpeech changes a speech's speaker and summary.
func (s *Store) UpdateSpeech(ctx context.Context, sp Speech) error {
	sp = normaliseSpeech(sp)
	if v := ValidateSpeech(sp); v != nil {
		return v
	}
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, err := findSpeech(ctx, tx, sp.ID)
		if err != nil {
			return Entry{}, err
		}
		if err := s.itemAllows(ctx, tx, before.ItemID, ActRecord); err != nil {
			return Entry{}, err
		}
		sp.ItemID, sp.Position = before.ItemID, before.Position
		_, err = tx.ExecContext(ctx, `UPDATE speech SET speaker_member_id = ?, speaker_guest_id = ?, speaker_name = ?,
			summary = ? WHERE id = ?`, nullID(sp.SpeakerMemberID), nullID(sp.SpeakerGuestID), sp.SpeakerName, sp.Summary, sp.ID)
		return entry("update", "speech", sp.ID, before, sp), err
	})
}

// DeleteSpeech removes a speech; the others keep their order.
func (s *Store) DeleteSpeech(ctx context.Context, id int64) error {
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, err := findSpeech(ctx, tx, id)
		if err != nil {
			return Entry{}, err
		}
		if err := s.itemAllows(ctx, tx, before.ItemID, ActRecord); err != nil {
			return Entry{}, err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM speech WHERE id = ?", id); err != nil {
			return Entry{}, err
		}
		_, err = tx.ExecContext(ctx, "UPDATE speech SET position_no = position_no - 1 WHERE item_id = ? AND position_no > ?",
			before.ItemID, before.Position)
		return entry("delete", "speech", id, before, nil), err
	})
}
