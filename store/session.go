package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
)

// StatusError refuses a step the meeting's status does not allow; Action names the step
// ("start", "vote", "edit", "close", "submit_minutes", "approve_minutes", "defer").
type StatusError struct {
	Action string
	Status MeetingStatus
}

func (e *StatusError) Error() string {
	return fmt.Sprintf("cannot %s: the meeting's status is %s", strings.ReplaceAll(e.Action, "_", " "), e.Status)
}

// Is lets errors.Is(err, ErrForbidden) match; a locked meeting also matches ErrLocked.
func (e *StatusError) Is(target error) bool {
	return target == ErrForbidden || (target == ErrLocked && e.Status.Locked())
}

// sessionStatusFor checks that m's status allows action.
func sessionStatusFor(m Meeting, action string, allowed ...MeetingStatus) error {
	for _, st := range allowed {
		if m.Status == st {
			return nil
		}
	}
	return &StatusError{Action: action, Status: m.Status}
}

// recordEditable says whether a meeting's record (heard, speeches, points, assignments,
// votes) may change: during the session and after closing, until the minutes are submitted.
func recordEditable(m Meeting, action string) error {
	return sessionStatusFor(m, action, MeetingInSession, MeetingClosed)
}

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
		allowed := []MeetingStatus{MeetingAgendaApproved}
		if force {
			allowed = append(allowed, MeetingDraft, MeetingAgendaSubmitted)
		}
		if err := sessionStatusFor(before, "start", allowed...); err != nil {
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
		after.Status, after.OpenedAt, after.CurrentItem = MeetingInSession, s.stamp(), first
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
		m, err := findMeeting(ctx, tx, meetingID)
		if err != nil {
			return err
		}
		if m.Status.Locked() {
			return ErrLocked
		}
		_, err = tx.ExecContext(ctx, "UPDATE meeting SET current_item = ? WHERE id = ?", position, meetingID)
		return err
	})
}

// InSession returns the meeting now in session (the most recently opened), or ErrNotFound.
func (s *Store) InSession(ctx context.Context) (Meeting, error) {
	m, err := scanMeeting(s.db.QueryRowContext(ctx, "SELECT "+meetingColumns+
		" FROM meeting WHERE status = 'in_session' ORDER BY opened_at DESC, id DESC LIMIT 1"))
	if errors.Is(err, sql.ErrNoRows) {
		return m, ErrNotFound
	}
	return m, mapErr(err)
}

// SetHeard saves what was heard on an item (СЛУХАЛИ).
func (s *Store) SetHeard(ctx context.Context, itemID int64, text string) error {
	text = strings.TrimSpace(Clean(text))
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		m, err := meetingOfItem(ctx, tx, itemID)
		if err != nil {
			return Entry{}, err
		}
		if err := recordEditable(m, "edit"); err != nil {
			return Entry{}, err
		}
		var before string
		if err := tx.QueryRowContext(ctx, "SELECT heard FROM agenda_item WHERE id = ?", itemID).Scan(&before); err != nil {
			return Entry{}, err
		}
		_, err = tx.ExecContext(ctx, "UPDATE agenda_item SET heard = ? WHERE id = ?", text, itemID)
		return entry("update", "agenda_item.heard", itemID, before, text), err
	})
}

// CloseMeeting ends the session; every item not deferred counts as considered.
func (s *Store) CloseMeeting(ctx context.Context, meetingID int64) error {
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, err := findMeeting(ctx, tx, meetingID)
		if err != nil {
			return Entry{}, err
		}
		if err := sessionStatusFor(before, "close", MeetingInSession); err != nil {
			return Entry{}, err
		}
		after := before
		after.Status, after.ClosedAt = MeetingClosed, s.stamp()
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
		before, err := findMeeting(ctx, tx, meetingID)
		if err != nil {
			return Entry{}, err
		}
		if err := sessionStatusFor(before, "submit_minutes", MeetingClosed); err != nil {
			return Entry{}, err
		}
		after := before
		after.Status = MeetingMinutesSubmitted
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
		before, chair, err := s.coChairStep(ctx, tx, meetingID, 0)
		if err != nil {
			return Entry{}, err
		}
		if err := sessionStatusFor(before, "return_minutes", MeetingMinutesSubmitted); err != nil {
			return Entry{}, err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM approval WHERE meeting_id = ? AND kind = 'minutes'", meetingID); err != nil {
			return Entry{}, err
		}
		if err := setStatus(ctx, tx, s.stamp(), meetingID, MeetingClosed, comment); err != nil {
			return Entry{}, err
		}
		return entry("return_minutes", "meeting", meetingID, before,
			map[string]any{"status": MeetingClosed, "by": chair.FullName, "comment": comment}), nil
	})
}
