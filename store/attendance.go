package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"
)

// AttendanceRow is one member of the roll call: present by default until attendance is taken.
type AttendanceRow struct {
	Member
	Status   Presence
	Reason   string
	Recorded bool // the secretary has recorded this member's presence
}

// memberOnDate is the condition for a member whose term covers the meeting's date.
const memberOnDate = `(mb.term_from = '' OR mb.term_from <= mt.date) AND (mb.term_to = '' OR mb.term_to >= mt.date)`

// rollOpen says the roll call still follows the register: once a session starts, its
// attendance rows are the roll, so members added later never enter a past record.
var rollOpen = `mt.status IN (` + statusesSQL(statusesWhere(MeetingStatus.Startable)) + `)`

// rollOf selects a meeting's roll call: everyone recorded and, while the roll is open, every
// member whose term covers the date; rollPresence is each one's presence and whether it was recorded.
var (
	rollOf = ` FROM meeting mt JOIN member mb LEFT JOIN attendance a ON a.meeting_id = mt.id AND a.member_id = mb.id
		WHERE mt.id = ? AND (a.member_id IS NOT NULL OR (` + rollOpen + ` AND ` + memberOnDate + `))`
	rollPresence = `coalesce(a.status, 'present'), coalesce(a.reason, ''), a.member_id IS NOT NULL`
)

// GetAttendance returns the roll call: every member whose term covers the meeting's date (and
// anyone recorded), by name, present unless recorded otherwise.
func (s *Store) GetAttendance(ctx context.Context, meetingID int64) ([]AttendanceRow, error) {
	return getAttendance(ctx, s.db, meetingID)
}

func getAttendance(ctx context.Context, q querier, meetingID int64) ([]AttendanceRow, error) {
	if _, err := findMeeting(ctx, q, meetingID); err != nil {
		return nil, err
	}
	return rollCall(ctx, q, meetingID)
}

// rollCall is the roll call of a meeting known to exist, by name.
func rollCall(ctx context.Context, q querier, meetingID int64) ([]AttendanceRow, error) {
	rows, err := q.QueryContext(ctx, "SELECT "+prefixed("mb.", memberColumns)+", "+rollPresence+rollOf+" ORDER BY mb.id", meetingID)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []AttendanceRow
	for rows.Next() {
		var r AttendanceRow
		m, err := scanMember(scanPrefix{rows, []any{&r.Status, &r.Reason, &r.Recorded}})
		if err != nil {
			return nil, err
		}
		r.Member = m
		out = append(out, r)
	}
	sortByName(out)
	return out, rows.Err()
}

func sortByName(rows []AttendanceRow) {
	SortByName(rows, func(r AttendanceRow) string { return r.FullName })
}

// prefixed qualifies every column of a column list with a table alias.
func prefixed(alias, columns string) string {
	cols := strings.Split(columns, ",")
	for i, c := range cols {
		cols[i] = alias + strings.TrimSpace(c)
	}
	return strings.Join(cols, ", ")
}

// SetAttendance records one member's presence; the first record of a meeting also records
// everyone else as present, so a roll call is "all present, then the exceptions". A reason
// is kept only for an absence.
func (s *Store) SetAttendance(ctx context.Context, meetingID, memberID int64, status Presence, reason string) error {
	if !status.Valid() {
		return &ValidationError{Fields: []*FieldError{{"status", "choice"}}}
	}
	reason = strings.TrimSpace(reason)
	if status != PresenceAbsent {
		reason = ""
	}
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		if _, err := s.openMeeting(ctx, tx, meetingID, ActAttendance); err != nil {
			return Entry{}, err
		}
		if _, err := findMember(ctx, tx, memberID); err != nil {
			return Entry{}, err
		}
		before, err := attendanceOf(ctx, tx, meetingID, memberID)
		if err != nil {
			return Entry{}, err
		}
		if err := fillPresent(ctx, tx, meetingID); err != nil {
			return Entry{}, err
		}
		after := Attendance{MeetingID: meetingID, MemberID: memberID, Status: status, Reason: reason}
		_, err = tx.ExecContext(ctx, `INSERT INTO attendance (meeting_id, member_id, status, reason) VALUES (?, ?, ?, ?)
			ON CONFLICT (meeting_id, member_id) DO UPDATE SET status = excluded.status, reason = excluded.reason`,
			meetingID, memberID, string(status), reason)
		return entry("update", "attendance", meetingID, before, after), err
	})
}

// attendanceOf is one member's recorded presence, nil when not recorded.
func attendanceOf(ctx context.Context, q querier, meetingID, memberID int64) (*Attendance, error) {
	a := Attendance{MeetingID: meetingID, MemberID: memberID}
	err := q.QueryRowContext(ctx, "SELECT status, reason FROM attendance WHERE meeting_id = ? AND member_id = ?",
		meetingID, memberID).Scan(&a.Status, &a.Reason)
	if errors.Is(err, sql.ErrNoRows) {
		return nil, nil
	}
	return &a, err
}

// fillPresent records as present every member of the roll call not yet recorded.
func fillPresent(ctx context.Context, q querier, meetingID int64) error {
	_, err := q.ExecContext(ctx, `INSERT INTO attendance (meeting_id, member_id, status)
		SELECT mt.id, mb.id, 'present' FROM meeting mt JOIN member mb
		WHERE mt.id = ? AND `+memberOnDate+`
		AND NOT EXISTS (SELECT 1 FROM attendance a WHERE a.meeting_id = mt.id AND a.member_id = mb.id)`, meetingID)
	return err
}

// MarkAllPresent records every member of the roll call as present.
func (s *Store) MarkAllPresent(ctx context.Context, meetingID int64) error {
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		if _, err := s.openMeeting(ctx, tx, meetingID, ActAttendance); err != nil {
			return Entry{}, err
		}
		if err := fillPresent(ctx, tx, meetingID); err != nil {
			return Entry{}, err
		}
		res, err := tx.ExecContext(ctx, "UPDATE attendance SET status = 'present', reason = '' WHERE meeting_id = ? AND status <> 'present'", meetingID)
		if err != nil {
			return Entry{}, err
		}
		n, _ := res.RowsAffected()
		return entry("update", "attendance", meetingID, nil, map[string]any{"all": PresencePresent, "changed": n}), nil
	})
}

// MeetingQuorum judges the roll call (present by default) under the council's quorum rule.
func (s *Store) MeetingQuorum(ctx context.Context, meetingID int64) (QuorumResult, error) {
	c, err := findCouncil(ctx, s.db)
	if err != nil {
		return QuorumResult{}, err
	}
	rows, err := getAttendance(ctx, s.db, meetingID)
	if err != nil {
		return QuorumResult{}, err
	}
	return QuorumOf(c, rows), nil
}

// QuorumOf judges a roll call under the council's rule: everyone on it counts towards the
// membership, everyone not absent towards those present.
func QuorumOf(c Council, rows []AttendanceRow) QuorumResult {
	in := QuorumInput{Rule: c.QuorumRule, NeedCivil: c.QuorumCivil}
	for _, r := range rows {
		in.Membership++
		if r.Status == PresenceAbsent {
			continue
		}
		in.Present++
		if r.Side == SideCivil {
			in.CivilPresent++
		}
	}
	return Quorum(in)
}
