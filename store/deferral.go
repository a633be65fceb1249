package store

import (
	"context"
	"database/sql"
)

// ListDeferTargets returns the later meetings an item of meetingID may be deferred to:
// those whose agenda is still open (draft or submitted), soonest first.
func (s *Store) ListDeferTargets(ctx context.Context, meetingID int64) ([]Meeting, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT "+meetingColumns+` FROM meeting
		WHERE id <> ?1 AND status IN (`+statusesSQL(stepOf(ActReceiveItem).when)+`)
		AND date >= (SELECT date FROM meeting WHERE id = ?1) ORDER BY date, number`, meetingID)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []Meeting
	for rows.Next() {
		m, err := scanMeeting(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	return out, rows.Err()
}

// DeferItem marks an item deferred to a later meeting and copies it into that meeting's
// agenda just before «Різне» (or at the end). It returns the new item's id.
func (s *Store) DeferItem(ctx context.Context, itemID, toMeetingID int64) (int64, error) {
	var newID int64
	err := s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		from, err := meetingOfItem(ctx, tx, itemID)
		if err != nil {
			return Entry{}, err
		}
		if err := s.allow(ctx, tx, from, ActDefer); err != nil {
			return Entry{}, err
		}
		to, err := s.openMeeting(ctx, tx, toMeetingID, ActReceiveItem)
		if err != nil {
			return Entry{}, err
		}
		if to.ID == from.ID || to.Date < from.Date {
			return Entry{}, &ValidationError{Fields: []*FieldError{{"meeting", "later_meeting"}}}
		}
		newID, err = copyItem(ctx, tx, itemID, to.ID)
		if err != nil {
			return Entry{}, err
		}
		_, err = tx.ExecContext(ctx, "UPDATE agenda_item SET state = 'deferred', deferred_to = ? WHERE id = ?", to.ID, itemID)
		return entry("defer", "agenda_item", itemID, nil, map[string]int64{"meeting": to.ID, "item": newID}), err
	})
	return newID, err
}

// copyItem inserts a copy of an item into meetingID's agenda before «Різне».
func copyItem(ctx context.Context, tx *sql.Tx, itemID, meetingID int64) (int64, error) {
	it, err := findAgendaItem(ctx, tx, itemID)
	if err != nil {
		return 0, err
	}
	if it.ReporterGuestID != 0 {
		if it.ReporterGuestID, err = copyGuest(ctx, tx, it.ReporterGuestID, meetingID); err != nil {
			return 0, err
		}
	}
	it = AgendaItem{MeetingID: meetingID, Title: it.Title, Kind: it.Kind, ReporterMemberID: it.ReporterMemberID,
		ReporterGuestID: it.ReporterGuestID, CommitmentID: it.CommitmentID, State: ItemOpen}
	it, err = placeBeforeAOB(ctx, tx, it)
	return it.ID, err
}

// copyGuest makes sure a guest reporter is also invited to meetingID; it returns their id there.
func copyGuest(ctx context.Context, tx *sql.Tx, guestID, meetingID int64) (int64, error) {
	var name, position, org string
	if err := tx.QueryRowContext(ctx, "SELECT full_name, position, organisation FROM guest WHERE id = ?", guestID).
		Scan(&name, &position, &org); err != nil {
		return 0, err
	}
	var id int64
	err := tx.QueryRowContext(ctx, "SELECT id FROM guest WHERE meeting_id = ? AND full_name = ?", meetingID, name).Scan(&id)
	if err == nil {
		return id, nil
	}
	if err != sql.ErrNoRows {
		return 0, err
	}
	res, err := tx.ExecContext(ctx, `INSERT INTO guest (meeting_id, position_no, full_name, position, organisation)
		VALUES (?, (SELECT coalesce(max(position_no), 0) + 1 FROM guest WHERE meeting_id = ?), ?, ?, ?)`,
		meetingID, meetingID, name, position, org)
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}
