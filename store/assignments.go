package store

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
	"strings"
)

const assignmentColumns = `a.id, a.item_id, coalesce(a.point_id, 0), a.text, coalesce(a.responsible_member_id, 0),
	a.responsible_org, a.deadline, a.status, a.done_on, a.done_note`

func scanAssignment(sc interface{ Scan(...any) error }) (Assignment, error) {
	var a Assignment
	err := sc.Scan(&a.ID, &a.ItemID, &a.PointID, &a.Text, &a.ResponsibleMemberID, &a.ResponsibleOrg, &a.Deadline,
		&a.Status, &a.DoneOn, &a.DoneNote)
	return a, err
}

func findAssignment(ctx context.Context, q querier, id int64) (Assignment, error) {
	a, err := scanAssignment(q.QueryRowContext(ctx, "SELECT "+assignmentColumns+" FROM assignment a WHERE a.id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return a, ErrNotFound
	}
	return a, mapErr(err)
}

// ValidateAssignment checks an assignment as typed: its text, who is responsible, the deadline.
func ValidateAssignment(a Assignment) *ValidationError {
	var v ValidationError
	add := func(field, code string) { v.Fields = append(v.Fields, &FieldError{field, code}) }
	if strings.TrimSpace(a.Text) == "" {
		add("text", "required")
	}
	if a.ResponsibleMemberID == 0 && strings.TrimSpace(a.ResponsibleOrg) == "" {
		add("responsible", "required")
	}
	if a.Deadline != "" && !ValidDate(a.Deadline) {
		add("deadline", dateCode(a.Deadline))
	}
	if len(v.Fields) == 0 {
		return nil
	}
	return &v
}

func normaliseAssignment(a Assignment) Assignment {
	a.Text = strings.TrimSpace(Clean(a.Text))
	a.ResponsibleOrg = strings.TrimSpace(OneLine(a.ResponsibleOrg))
	a.Deadline = strings.TrimSpace(a.Deadline)
	if a.ResponsibleMemberID != 0 {
		a.ResponsibleOrg = ""
	}
	return a
}

// checkPointOfItem makes sure a point, if given, belongs to the assignment's item.
func checkPointOfItem(ctx context.Context, q querier, a Assignment) error {
	if a.PointID == 0 {
		return nil
	}
	p, err := findPoint(ctx, q, a.PointID)
	if err != nil {
		return err
	}
	if p.ItemID != a.ItemID {
		return &ValidationError{Fields: []*FieldError{{"point", "choice"}}}
	}
	return nil
}

// CreateAssignment adds an assignment (доручення) given on an item, optionally by a point.
func (s *Store) CreateAssignment(ctx context.Context, a Assignment) (Assignment, error) {
	a = normaliseAssignment(a)
	if v := ValidateAssignment(a); v != nil {
		return a, v
	}
	a.Status, a.DoneOn, a.DoneNote = AssignmentOpen, "", ""
	err := s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		if err := s.itemAllows(ctx, tx, a.ItemID, ActEditAssignment); err != nil {
			return Entry{}, err
		}
		if err := checkPointOfItem(ctx, tx, a); err != nil {
			return Entry{}, err
		}
		res, err := tx.ExecContext(ctx, `INSERT INTO assignment (item_id, point_id, text, responsible_member_id,
			responsible_org, deadline, status) VALUES (?, ?, ?, ?, ?, ?, 'open')`, a.ItemID, nullID(a.PointID), a.Text,
			nullID(a.ResponsibleMemberID), a.ResponsibleOrg, a.Deadline)
		if err != nil {
			return Entry{}, err
		}
		a.ID, _ = res.LastInsertId()
		return entry("create", "assignment", a.ID, nil, a), nil
	})
	return a, err
}

// UpdateAssignment changes what was assigned, to whom, by when, and by which point.
func (s *Store) UpdateAssignment(ctx context.Context, a Assignment) error {
	a = normaliseAssignment(a)
	if v := ValidateAssignment(a); v != nil {
		return v
	}
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, err := findAssignment(ctx, tx, a.ID)
		if err != nil {
			return Entry{}, err
		}
		if err := s.itemAllows(ctx, tx, before.ItemID, ActEditAssignment); err != nil {
			return Entry{}, err
		}
		a.ItemID, a.Status, a.DoneOn, a.DoneNote = before.ItemID, before.Status, before.DoneOn, before.DoneNote
		if err := checkPointOfItem(ctx, tx, a); err != nil {
			return Entry{}, err
		}
		_, err = tx.ExecContext(ctx, `UPDATE assignment SET point_id = ?, text = ?, responsible_member_id = ?,
			responsible_org = ?, deadline = ? WHERE id = ?`, nullID(a.PointID), a.Text, nullID(a.ResponsibleMemberID),
			a.ResponsibleOrg, a.Deadline, a.ID)
		return entry("update", "assignment", a.ID, before, a), err
	})
}

// DeleteAssignment removes an assignment while the meeting's record may still change.
func (s *Store) DeleteAssignment(ctx context.Context, id int64) error {
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, err := findAssignment(ctx, tx, id)
		if err != nil {
			return Entry{}, err
		}
		if err := s.itemAllows(ctx, tx, before.ItemID, ActEditAssignment); err != nil {
			return Entry{}, err
		}
		_, err = tx.ExecContext(ctx, "DELETE FROM assignment WHERE id = ?", id)
		return entry("delete", "assignment", id, before, nil), err
	})
}

// MarkAssignmentDone records that an assignment was carried out on date, with a note.
// Follow-up stays possible after the minutes are approved.
func (s *Store) MarkAssignmentDone(ctx context.Context, id int64, date, note string) error {
	date = strings.TrimSpace(date)
	if !ValidDate(date) {
		return &ValidationError{Fields: []*FieldError{{"done_on", dateCode(date)}}}
	}
	return s.setFollowUp(ctx, id, AssignmentDone, date, strings.TrimSpace(Clean(note)))
}

// ReopenAssignment puts a done or cancelled assignment back to open.
func (s *Store) ReopenAssignment(ctx context.Context, id int64) error {
	return s.setFollowUp(ctx, id, AssignmentOpen, "", "")
}

// CancelAssignment records that an assignment is no longer to be carried out.
func (s *Store) CancelAssignment(ctx context.Context, id int64, note string) error {
	return s.setFollowUp(ctx, id, AssignmentCancelled, "", strings.TrimSpace(Clean(note)))
}

func (s *Store) setFollowUp(ctx context.Context, id int64, st AssignmentStatus, date, note string) error {
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, err := findAssignment(ctx, tx, id)
		if err != nil {
			return Entry{}, err
		}
		if err := s.itemAllows(ctx, tx, before.ItemID, ActFollowUp); err != nil {
			return Entry{}, err
		}
		after := before
		after.Status, after.DoneOn, after.DoneNote = st, date, note
		_, err = tx.ExecContext(ctx, "UPDATE assignment SET status = ?, done_on = ?, done_note = ? WHERE id = ?",
			string(st), date, note, id)
		return entry("follow_up", "assignment", id, before, after), err
	})
}

// AssignmentView selects assignments by their state.
type AssignmentView string

// Assignment views.
const (
	AssignmentsAll     AssignmentView = ""
	AssignmentsOpen    AssignmentView = "open"
	AssignmentsOverdue AssignmentView = "overdue"
	AssignmentsDone    AssignmentView = "done"
)

// AssignmentFilter narrows ListAssignments.
type AssignmentFilter struct {
	View      AssignmentView
	MemberID  int64  // responsible member (0: anyone)
	Org       string // responsible organisation, exact (""; anyone)
	ItemID    int64  // one agenda item (0: all)
	MeetingID int64  // one meeting (0: all)
}

// AssignmentRow is an assignment with where it was given and who carries it out.
type AssignmentRow struct {
	Assignment
	MeetingID       int64
	MeetingNumber   int
	MeetingDate     string
	MeetingStatus   MeetingStatus
	ItemPosition    int
	ItemTitle       string
	PointPosition   int // 0 when not given by a point
	PointText       string
	ResponsibleName string // the member's name, or the organisation
	Overdue         bool
}

// Editable says whether the assignment's text, responsible and deadline may still change: as
// for the rest of the meeting's record, until its minutes are submitted for approval.
func (r AssignmentRow) Editable() bool {
	return r.MeetingStatus.Allows(ActEditAssignment, OperatorRole(ActEditAssignment, Member{}))
}

// PointRef is the point's number as the minutes print it: "1.2" (or "1" with no point).
func (r AssignmentRow) PointRef() string {
	if r.PointPosition == 0 {
		return strconv.Itoa(r.ItemPosition)
	}
	return strconv.Itoa(r.ItemPosition) + "." + strconv.Itoa(r.PointPosition)
}

// ListAssignments returns assignments with their meeting and decision point, by deadline
// (open ones without a deadline last); overdue means open with a deadline before today.
func (s *Store) ListAssignments(ctx context.Context, f AssignmentFilter) ([]AssignmentRow, error) {
	today := s.today()
	rows, err := s.db.QueryContext(ctx, "SELECT "+assignmentColumns+`, m.id, m.number, m.date, m.status, i.position_no, i.title,
		coalesce(p.position_no, 0), coalesce(p.text, ''), coalesce(mb.full_name, a.responsible_org)
		FROM assignment a JOIN agenda_item i ON i.id = a.item_id JOIN meeting m ON m.id = i.meeting_id
		LEFT JOIN decision_point p ON p.id = a.point_id LEFT JOIN member mb ON mb.id = a.responsible_member_id
		WHERE (?1 = '' OR (?1 = 'open' AND a.status = 'open') OR (?1 = 'done' AND a.status = 'done')
			OR (?1 = 'overdue' AND a.status = 'open' AND a.deadline <> '' AND a.deadline < ?2))
		AND (?3 = 0 OR a.responsible_member_id = ?3) AND (?4 = '' OR a.responsible_org = ?4)
		AND (?5 = 0 OR a.item_id = ?5) AND (?6 = 0 OR m.id = ?6)
		ORDER BY a.status = 'open' DESC, a.deadline = '', a.deadline, m.date, i.position_no, p.position_no, a.id`,
		string(f.View), today, f.MemberID, f.Org, f.ItemID, f.MeetingID)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []AssignmentRow
	for rows.Next() {
		var r AssignmentRow
		a, err := scanAssignment(scanPrefix{rows, []any{&r.MeetingID, &r.MeetingNumber, &r.MeetingDate, &r.MeetingStatus,
			&r.ItemPosition, &r.ItemTitle, &r.PointPosition, &r.PointText, &r.ResponsibleName}})
		if err != nil {
			return nil, err
		}
		r.Assignment = a
		r.Overdue = a.Status == AssignmentOpen && a.Deadline != "" && a.Deadline < today
		out = append(out, r)
	}
	return out, rows.Err()
}

// Responsible is someone assignments are given to: a member or an organisation.
type Responsible struct {
	MemberID int64
	Org      string
	Name     string
	Open     int // open assignments
}

// ListResponsibles returns everyone who has been given an assignment, by name.
func (s *Store) ListResponsibles(ctx context.Context) ([]Responsible, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT coalesce(a.responsible_member_id, 0), a.responsible_org,
		coalesce(mb.full_name, a.responsible_org), sum(a.status = 'open')
		FROM assignment a LEFT JOIN member mb ON mb.id = a.responsible_member_id
		GROUP BY coalesce(a.responsible_member_id, 0), a.responsible_org ORDER BY 3 COLLATE NOCASE`)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []Responsible
	for rows.Next() {
		var r Responsible
		if err := rows.Scan(&r.MemberID, &r.Org, &r.Name, &r.Open); err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, rows.Err()
}
