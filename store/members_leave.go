package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"
)

// LeaveCouncil records that a member left on date for reason: the term ends, the member
// becomes inactive and their role ends; every past record still names them.
func (s *Store) LeaveCouncil(ctx context.Context, id int64, date, reason string) error {
	date, reason = trimmed(date), trimmed(OneLine(reason))
	if v := validateLeave(date, reason, s.today()); v != nil {
		return v
	}
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, err := findMember(ctx, tx, id)
		if err != nil {
			return Entry{}, err
		}
		if !before.Active {
			return Entry{}, fmt.Errorf("%w: %s has already left the council", ErrConflict, before.FullName)
		}
		if before.TermFrom != "" && date < before.TermFrom {
			return Entry{}, &ValidationError{Fields: []*FieldError{{"term_to", "term_order"}}}
		}
		after := before
		after.TermTo, after.LeaveReason, after.Active = date, reason, false
		_, err = tx.ExecContext(ctx, `UPDATE member SET term_to = ?, leave_reason = ?, active = 0, updated_at = ? WHERE id = ?`,
			date, reason, s.stamp(), id)
		if err != nil {
			return Entry{}, err
		}
		if err := endRole(ctx, tx, id, date); err != nil {
			return Entry{}, err
		}
		return entry("leave", "member", id, before, after), nil
	})
}

func validateLeave(date, reason, today string) *ValidationError {
	var v ValidationError
	switch {
	case date == "":
		v.Fields = append(v.Fields, &FieldError{"term_to", "required"})
	case !ValidDate(date):
		v.Fields = append(v.Fields, &FieldError{"term_to", dateCode(date)})
	case date > today:
		v.Fields = append(v.Fields, &FieldError{"term_to", "future"})
	}
	if reason == "" {
		v.Fields = append(v.Fields, &FieldError{"leave_reason", "required"})
	}
	if len(v.Fields) == 0 {
		return nil
	}
	return &v
}

// MemberUse counts the records that name a member; a member named anywhere cannot be deleted.
type MemberUse struct {
	Attendance  int
	Votes       int
	Speeches    int
	Reports     int // agenda items they reported on
	Assignments int
	Approvals   int
	Presided    int // meetings they presided over or were secretary of
}

// Total is the number of records naming the member.
func (u MemberUse) Total() int {
	return u.Attendance + u.Votes + u.Speeches + u.Reports + u.Assignments + u.Approvals + u.Presided
}

// String lists the non-zero counts, e.g. "3 attendance records, 2 votes".
func (u MemberUse) String() string {
	var parts []string
	add := func(n int, one, many string) {
		switch {
		case n == 1:
			parts = append(parts, "1 "+one)
		case n > 1:
			parts = append(parts, fmt.Sprintf("%d %s", n, many))
		}
	}
	add(u.Attendance, "attendance record", "attendance records")
	add(u.Votes, "vote", "votes")
	add(u.Speeches, "speech", "speeches")
	add(u.Reports, "agenda item reported", "agenda items reported")
	add(u.Assignments, "assignment", "assignments")
	add(u.Approvals, "approval", "approvals")
	add(u.Presided, "meeting presided or kept as secretary", "meetings presided or kept as secretary")
	return strings.Join(parts, ", ")
}

// GetMemberUse says in which records a member appears.
func (s *Store) GetMemberUse(ctx context.Context, id int64) (MemberUse, error) {
	return findMemberUse(ctx, s.db, id)
}

func findMemberUse(ctx context.Context, q querier, id int64) (MemberUse, error) {
	var u MemberUse
	err := q.QueryRowContext(ctx, `SELECT
		(SELECT count(*) FROM attendance WHERE member_id = ?1),
		(SELECT count(*) FROM vote WHERE member_id = ?1),
		(SELECT count(*) FROM speech WHERE speaker_member_id = ?1),
		(SELECT count(*) FROM agenda_item WHERE reporter_member_id = ?1),
		(SELECT count(*) FROM assignment WHERE responsible_member_id = ?1),
		(SELECT count(*) FROM approval WHERE member_id = ?1),
		(SELECT count(*) FROM meeting WHERE presiding_id = ?1 OR secretary_id = ?1)`, id).Scan(
		&u.Attendance, &u.Votes, &u.Speeches, &u.Reports, &u.Assignments, &u.Approvals, &u.Presided)
	return u, mapErr(err)
}

// DeleteMember removes a member entered by mistake. A member who appears in any record
// is refused with ErrForbidden: make them leave the council instead.
func (s *Store) DeleteMember(ctx context.Context, id int64) error {
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, err := findMember(ctx, tx, id)
		if err != nil {
			return Entry{}, err
		}
		u, err := findMemberUse(ctx, tx, id)
		if err != nil {
			return Entry{}, err
		}
		if u.Total() > 0 {
			return Entry{}, fmt.Errorf("%w: %s appears in the council's records (%s); record that they left the council instead",
				ErrForbidden, before.FullName, u)
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM member_role WHERE member_id = ?", id); err != nil {
			return Entry{}, err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM member WHERE id = ?", id); err != nil {
			return Entry{}, err
		}
		return entry("delete", "member", id, before, nil), nil
	})
}
