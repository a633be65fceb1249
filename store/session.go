package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"
)

// meetingOfItem returns the meeting an agenda item belongs to.
func meetingOfItem(ctx context.Context, q querier, itemID int64) (Meeting, error) {
	m, err := scanMeeting(q.QueryRowContext(ctx, "SELECT "+meetingColumns+
		" FROM meeting WHERE id = (SELECT meeting_id FROM agenda_item WHERE id = ?)", itemID))
	if errors.Is(err, sql.ErrNoRows) {
		return m, ErrNotFound
	}
	return m, mapErr(err)
}

// StartSession opens a meeting: from an approved agenda, or with force from a draft or a
// submitted agenda (the secretary confirmed). The live screen starts at the first open item;
// members not marked on the roll call are recorded as present.
func (s *Store) StartSession(ctx context.Context, meetingID int64, force bool) error {
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, err := findMeeting(ctx, tx, meetingID)
		if err != nil {
			return Entry{}, err
		}
		err = s.allow(ctx, tx, before, ActStart)
		if err != nil && force && before.Status.Startable() {
			err = s.allow(ctx, tx, before, ActStartUnapproved)
		}
		if err != nil {
			return Entry{}, err
		}
		first, err := firstOpenPosition(ctx, tx, meetingID)
		if err != nil {
			return Entry{}, err
		}
		// the roll call as it stands (everyone present unless marked) becomes the record
		if err := fillPresent(ctx, tx, meetingID); err != nil {
			return Entry{}, err
		}
		after := before
		after.Status, after.OpenedAt, after.CurrentItem = After(ActStart), s.stamp(), first
		_, err = tx.ExecContext(ctx, `UPDATE meeting SET status = ?, opened_at = ?, current_item = ?, updated_at = ?
			WHERE id = ?`, string(after.Status), after.OpenedAt, first, after.OpenedAt, meetingID)
		return entry("start", "meeting", meetingID, before, after), err
	})
}

// firstOpenPosition is the position of the first item not yet considered (1 if none).
func firstOpenPosition(ctx context.Context, q querier, meetingID int64) (int, error) {
	var pos int
	err := q.QueryRowContext(ctx, `SELECT coalesce(min(position_no), 1) FROM agenda_item
		WHERE meeting_id = ? AND state = 'open'`, meetingID).Scan(&pos)
	return pos, err
}

// SetCurrentItem remembers which item the live screen shows, so a restart reopens it.
// It is screen state, not part of the record, so it is not journaled.
func (s *Store) SetCurrentItem(ctx context.Context, meetingID int64, position int) error {
	return s.withTx(ctx, func(tx *sql.Tx) error {
		if _, err := s.openMeeting(ctx, tx, meetingID, ActCurrentItem); err != nil {
			return err
		}
		_, err := tx.ExecContext(ctx, "UPDATE meeting SET current_item = ? WHERE id = ?", position, meetingID)
		return err
	})
}

// InSession returns the meeting now in session (the most recently opened), or ErrNotFound.
func (s *Store) InSession(ctx context.Context) (Meeting, error) {
	m, err := scanMeeting(s.db.QueryRowContext(ctx, "SELECT "+meetingColumns+
		" FROM meeting WHERE status = ? ORDER BY opened_at DESC, id DESC LIMIT 1", string(After(ActStart))))
	if errors.Is(err, sql.ErrNoRows) {
		return m, ErrNotFound
	}
	return m, mapErr(err)
}

// SetHeard saves what was heard on an item (СЛУХАЛИ).
func (s *Store) SetHeard(ctx context.Context, itemID int64, text string) error {
	text = strings.TrimSpace(Clean(text))
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		if err := s.itemAllows(ctx, tx, itemID, ActRecord); err != nil {
			return Entry{}, err
		}
		var before string
		if err := tx.QueryRowContext(ctx, "SELECT heard FROM agenda_item WHERE id = ?", itemID).Scan(&before); err != nil {
			return Entry{}, err
		}
		_, err := tx.ExecContext(ctx, "UPDATE agenda_item SET heard = ? WHERE id = ?", text, itemID)
		return entry("update", "agenda_item.heard", itemID, before, text), err
	})
}

// CloseMeeting ends the session; every item not deferred counts as considered.
func (s *Store) CloseMeeting(ctx context.Context, meetingID int64) error {
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, err := s.openMeeting(ctx, tx, meetingID, ActClose)
		if err != nil {
			return Entry{}, err
		}
		after := before
		after.Status, after.ClosedAt = After(ActClose), s.stamp()
		if _, err := tx.ExecContext(ctx, "UPDATE agenda_item SET state = 'done' WHERE meeting_id = ? AND state = 'open'",
			meetingID); err != nil {
			return Entry{}, err
		}
		_, err = tx.ExecContext(ctx, "UPDATE meeting SET status = ?, closed_at = ?, updated_at = ? WHERE id = ?",
			string(after.Status), after.ClosedAt, after.ClosedAt, meetingID)
		return entry("close", "meeting", meetingID, before, after), err
	})
}

// SubmitMinutes hands the closed meeting's minutes to the co-chairs for approval.
func (s *Store) SubmitMinutes(ctx context.Context, meetingID int64) error {
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, err := s.openMeeting(ctx, tx, meetingID, ActSubmitMinutes)
		if err != nil {
			return Entry{}, err
		}
		after := before
		after.Status = After(ActSubmitMinutes)
		after.ReturnNote = ""
		_, err = tx.ExecContext(ctx, "UPDATE meeting SET status = ?, return_note = '', updated_at = ? WHERE id = ?",
			string(after.Status), s.stamp(), meetingID)
		return entry("submit_minutes", "meeting", meetingID, before, after), err
	})
}

// ReturnMinutes sends submitted minutes back to the secretary for corrections with a
// co-chair's comment (kept on the meeting until the minutes are submitted again); the
// co-chairs' approvals given so far are withdrawn.
func (s *Store) ReturnMinutes(ctx context.Context, meetingID int64, comment string) error {
	comment = strings.TrimSpace(comment)
	if comment == "" {
		return &ValidationError{Fields: []*FieldError{{"comment", "required"}}}
	}
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, chair, err := s.coChairStep(ctx, tx, meetingID, 0, ActReturnMinutes)
		if err != nil {
			return Entry{}, err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM approval WHERE meeting_id = ? AND kind = 'minutes'", meetingID); err != nil {
			return Entry{}, err
		}
		if err := setStatus(ctx, tx, s.stamp(), meetingID, After(ActReturnMinutes), comment); err != nil {
			return Entry{}, err
		}
		return entry("return_minutes", "meeting", meetingID, before,
			map[string]any{"status": After(ActReturnMinutes), "by": chair.FullName, "comment": comment}), nil
	})
}
