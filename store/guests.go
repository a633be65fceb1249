package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"
)

const guestColumns = `id, meeting_id, position_no, full_name, position, organisation`

func scanGuest(sc interface{ Scan(...any) error }) (Guest, error) {
	var g Guest
	err := sc.Scan(&g.ID, &g.MeetingID, &g.Position, &g.FullName, &g.Role, &g.Organisation)
	return g, err
}

// ListGuests returns a meeting's invited guests in the order they were added.
func (s *Store) ListGuests(ctx context.Context, meetingID int64) ([]Guest, error) {
	return listGuests(ctx, s.db, meetingID)
}

func listGuests(ctx context.Context, q querier, meetingID int64) ([]Guest, error) {
	rows, err := q.QueryContext(ctx, "SELECT "+guestColumns+" FROM guest WHERE meeting_id = ? ORDER BY position_no, id", meetingID)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []Guest
	for rows.Next() {
		g, err := scanGuest(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, g)
	}
	return out, rows.Err()
}

func findGuest(ctx context.Context, q querier, id int64) (Guest, error) {
	g, err := scanGuest(q.QueryRowContext(ctx, "SELECT "+guestColumns+" FROM guest WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return g, ErrNotFound
	}
	return g, mapErr(err)
}

// ValidateGuest checks a guest as typed.
func ValidateGuest(g Guest) *ValidationError {
	if trimmed(g.FullName) == "" {
		return &ValidationError{Fields: []*FieldError{{"full_name", "required"}}}
	}
	return nil
}

func normaliseGuest(g Guest) Guest {
	g.FullName = strings.Join(strings.Fields(g.FullName), " ")
	g.Role, g.Organisation = trimmed(g.Role), trimmed(g.Organisation)
	return g
}

// CreateGuest invites a guest to a meeting and returns it with its id.
func (s *Store) CreateGuest(ctx context.Context, g Guest) (Guest, error) {
	g = normaliseGuest(g)
	if v := ValidateGuest(g); v != nil {
		return g, v
	}
	err := s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		if _, err := s.openMeeting(ctx, tx, g.MeetingID, ActEditMeeting); err != nil {
			return Entry{}, err
		}
		if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(position_no), 0) + 1 FROM guest WHERE meeting_id = ?", g.MeetingID).Scan(&g.Position); err != nil {
			return Entry{}, err
		}
		res, err := tx.ExecContext(ctx, "INSERT INTO guest (meeting_id, position_no, full_name, position, organisation) VALUES (?, ?, ?, ?, ?)",
			g.MeetingID, g.Position, g.FullName, g.Role, g.Organisation)
		if err != nil {
			return Entry{}, err
		}
		g.ID, _ = res.LastInsertId()
		return entry("create", "guest", g.ID, nil, g), nil
	})
	return g, err
}

// UpdateGuest saves a guest's name, position and organisation.
func (s *Store) UpdateGuest(ctx context.Context, g Guest) error {
	g = normaliseGuest(g)
	if v := ValidateGuest(g); v != nil {
		return v
	}
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, err := findGuest(ctx, tx, g.ID)
		if err != nil {
			return Entry{}, err
		}
		if _, err := s.openMeeting(ctx, tx, before.MeetingID, ActEditMeeting); err != nil {
			return Entry{}, err
		}
		after := before
		after.FullName, after.Role, after.Organisation = g.FullName, g.Role, g.Organisation
		_, err = tx.ExecContext(ctx, "UPDATE guest SET full_name = ?, position = ?, organisation = ? WHERE id = ?",
			g.FullName, g.Role, g.Organisation, g.ID)
		return entry("update", "guest", g.ID, before, after), err
	})
}

// DeleteGuest removes a guest who neither reports an item nor spoke.
func (s *Store) DeleteGuest(ctx context.Context, id int64) error {
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, err := findGuest(ctx, tx, id)
		if err != nil {
			return Entry{}, err
		}
		if _, err := s.openMeeting(ctx, tx, before.MeetingID, ActEditMeeting); err != nil {
			return Entry{}, err
		}
		used, err := exists(ctx, tx, `SELECT 1 FROM agenda_item WHERE reporter_guest_id = ?1
			UNION ALL SELECT 1 FROM speech WHERE speaker_guest_id = ?1`, id)
		if err != nil {
			return Entry{}, err
		}
		if used {
			return Entry{}, &Refusal{Code: RefuseInUse, Name: before.FullName}
		}
		_, err = tx.ExecContext(ctx, "DELETE FROM guest WHERE id = ?", id)
		return entry("delete", "guest", id, before, nil), err
	})
}
