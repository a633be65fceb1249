package store

import (
	"context"
	"time"
)

// RoleSpell is one role a member held, from Since to Until ("" while it lasts).
type RoleSpell struct {
	Role  Role
	Since string
	Until string
}

// AttendanceRate is a member's presence at meetings whose attendance was taken.
type AttendanceRate struct {
	From, To string // the window, both dates included
	Meetings int    // meetings in the window the member was expected at
	Present  int    // present in the room
	Remote   int    // took part remotely
}

// Percent is the share of those meetings attended (in the room or remotely), 0–100.
func (a AttendanceRate) Percent() int {
	if a.Meetings == 0 {
		return 0
	}
	return (a.Present + a.Remote) * 100 / a.Meetings
}

// MemberVote is one of a member's votes, with the meeting and item it was cast on.
type MemberVote struct {
	MeetingID     int64
	MeetingNumber int
	MeetingDate   string
	ItemPosition  int
	ItemTitle     string
	Choice        VoteChoice
	Reason        string
}

// MemberAssignment is an assignment given to a member, with the meeting that gave it.
type MemberAssignment struct {
	Assignment
	MeetingID     int64
	MeetingNumber int
	MeetingDate   string
}

// MemberStats is what the member detail shows beyond the member's own fields.
type MemberStats struct {
	Member      Member
	Roles       []RoleSpell
	Attendance  AttendanceRate
	Votes       []MemberVote       // newest first
	Assignments []MemberAssignment // newest first
}

// GetMemberStats assembles a member's role history, attendance over the last 12 months
// (for a former member, the 12 months up to the day they left), votes and assignments.
func (s *Store) GetMemberStats(ctx context.Context, id int64) (MemberStats, error) {
	var st MemberStats
	var err error
	if st.Member, err = findMember(ctx, s.db, id); err != nil {
		return st, err
	}
	if st.Roles, err = listRoleSpells(ctx, s.db, id); err != nil {
		return st, err
	}
	to := attendanceEnd(st.Member, s.now())
	st.Attendance = AttendanceRate{From: yearBefore(to), To: to.Format(DateLayout)}
	if err = countAttendance(ctx, s.db, st.Member, &st.Attendance); err != nil {
		return st, err
	}
	if st.Votes, err = listMemberVotes(ctx, s.db, id); err != nil {
		return st, err
	}
	st.Assignments, err = listMemberAssignments(ctx, s.db, id)
	return st, err
}

func listRoleSpells(ctx context.Context, q querier, id int64) ([]RoleSpell, error) {
	rows, err := q.QueryContext(ctx, "SELECT role, since, until FROM member_role WHERE member_id = ? ORDER BY since, id", id)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []RoleSpell
	for rows.Next() {
		var r RoleSpell
		if err := rows.Scan(&r.Role, &r.Since, &r.Until); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}

// countAttendance counts the meetings in the window whose attendance was taken and at which
// the member was on the council (or is recorded anyway); present and remote come from their rows.
func countAttendance(ctx context.Context, q querier, m Member, a *AttendanceRate) error {
	err := q.QueryRowContext(ctx, `SELECT count(*),
		coalesce(sum(a.status = 'present'), 0), coalesce(sum(a.status = 'remote'), 0)
		FROM meeting mt LEFT JOIN attendance a ON a.meeting_id = mt.id AND a.member_id = ?1
		WHERE mt.date BETWEEN ?2 AND ?3
		AND EXISTS (SELECT 1 FROM attendance x WHERE x.meeting_id = mt.id)
		AND (a.member_id IS NOT NULL OR ((?4 = '' OR ?4 <= mt.date) AND (?5 = '' OR ?5 >= mt.date)))`,
		m.ID, a.From, a.To, m.TermFrom, m.TermTo).Scan(&a.Meetings, &a.Present, &a.Remote)
	return mapErr(err)
}

func listMemberVotes(ctx context.Context, q querier, id int64) ([]MemberVote, error) {
	rows, err := q.QueryContext(ctx, `SELECT mt.id, mt.number, mt.date, i.position_no, i.title, v.choice, v.reason
		FROM vote v JOIN agenda_item i ON i.id = v.item_id JOIN meeting mt ON mt.id = i.meeting_id
		WHERE v.member_id = ? ORDER BY mt.date DESC, mt.number DESC, i.position_no`, id)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []MemberVote
	for rows.Next() {
		var v MemberVote
		if err := rows.Scan(&v.MeetingID, &v.MeetingNumber, &v.MeetingDate, &v.ItemPosition, &v.ItemTitle, &v.Choice, &v.Reason); err != nil {
			return nil, err
		}
		out = append(out, v)
	}
	return out, rows.Err()
}

func listMemberAssignments(ctx context.Context, q querier, id int64) ([]MemberAssignment, error) {
	rows, err := q.QueryContext(ctx, `SELECT a.id, a.item_id, coalesce(a.point_id, 0), a.text, coalesce(a.responsible_member_id, 0),
		a.responsible_org, a.deadline, a.status, a.done_on, a.done_note, mt.id, mt.number, mt.date
		FROM assignment a JOIN agenda_item i ON i.id = a.item_id JOIN meeting mt ON mt.id = i.meeting_id
		WHERE a.responsible_member_id = ? ORDER BY mt.date DESC, mt.number DESC, a.id`, id)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []MemberAssignment
	for rows.Next() {
		var a MemberAssignment
		if err := rows.Scan(&a.ID, &a.ItemID, &a.PointID, &a.Text, &a.ResponsibleMemberID, &a.ResponsibleOrg, &a.Deadline,
			&a.Status, &a.DoneOn, &a.DoneNote, &a.MeetingID, &a.MeetingNumber, &a.MeetingDate); err != nil {
			return nil, err
		}
		out = append(out, a)
	}
	return out, rows.Err()
}

// attendanceEnd is the last day of a member's attendance window: today, or the day a former
// member left when that is earlier.
func attendanceEnd(m Member, now time.Time) time.Time {
	if m.Active || m.TermTo == "" {
		return now
	}
	left, err := time.ParseInLocation(DateLayout, m.TermTo, now.Location())
	if err != nil || !left.Before(now) {
		return now
	}
	return left
}

// yearBefore is the first day of the 12 months that end on t.
func yearBefore(t time.Time) string { return t.AddDate(-1, 0, 1).Format(DateLayout) }
