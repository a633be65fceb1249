package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"
)

// ActorMember is the member the store's actor (--as NAME) names: the full name, ignoring case
// and spacing, or the start of exactly one active member's full name ("Іваненко Іван").
func (s *Store) ActorMember(ctx context.Context) (Member, error) {
	return actorMember(ctx, s.db, s.actor)
}

func actorMember(ctx context.Context, q querier, actor string) (Member, error) {
	want := strings.Fields(actor)
	if len(want) == 0 {
		return Member{}, ErrNotFound
	}
	members, err := listMembers(ctx, q, MemberFilter{ActiveOnly: true})
	if err != nil {
		return Member{}, err
	}
	var prefixed []Member
	for _, m := range members {
		have := strings.Fields(m.FullName)
		if len(have) < len(want) || !sameWords(have[:len(want)], want) {
			continue
		}
		if len(have) == len(want) {
			return m, nil
		}
		prefixed = append(prefixed, m)
	}
	if len(prefixed) == 1 {
		return prefixed[0], nil
	}
	return Member{}, ErrNotFound
}

func sameWords(a, b []string) bool {
	for i := range a {
		if !strings.EqualFold(a[i], b[i]) {
			return false
		}
	}
	return true
}

// ApprovalState is where the co-chairs' approval of a meeting's agenda or minutes stands.
type ApprovalState struct {
	Approved []Approval // who approved, in order
	Pending  []Member   // active co-chairs who have not approved yet
}

// Approval kinds: what the co-chairs approve.
const (
	approveAgenda  = "agenda"
	approveMinutes = "minutes"
)

// AgendaApprovals returns who approved a meeting's agenda and which co-chairs it still waits for.
func (s *Store) AgendaApprovals(ctx context.Context, meetingID int64) (ApprovalState, error) {
	return approvalState(ctx, s.db, meetingID, approveAgenda)
}

// MinutesApprovals returns who approved a meeting's minutes and which co-chairs they still wait for.
func (s *Store) MinutesApprovals(ctx context.Context, meetingID int64) (ApprovalState, error) {
	return approvalState(ctx, s.db, meetingID, approveMinutes)
}

func approvalState(ctx context.Context, q querier, meetingID int64, kind string) (ApprovalState, error) {
	var st ApprovalState
	rows, err := q.QueryContext(ctx, `SELECT a.meeting_id, a.kind, a.member_id, m.full_name, a.approved_at
		FROM approval a JOIN member m ON m.id = a.member_id
		WHERE a.meeting_id = ? AND a.kind = ? ORDER BY a.approved_at, a.id`, meetingID, kind)
	if err != nil {
		return st, mapErr(err)
	}
	defer rows.Close()
	done := map[int64]bool{}
	for rows.Next() {
		var a Approval
		if err := rows.Scan(&a.MeetingID, &a.Kind, &a.MemberID, &a.MemberName, &a.ApprovedAt); err != nil {
			return st, err
		}
		done[a.MemberID] = true
		st.Approved = append(st.Approved, a)
	}
	if err := rows.Err(); err != nil {
		return st, err
	}
	chairs, err := coChairs(ctx, q)
	for _, c := range chairs {
		if !done[c.ID] {
			st.Pending = append(st.Pending, c)
		}
	}
	return st, err
}

// coChairs returns the active co-chairs.
func coChairs(ctx context.Context, q querier) ([]Member, error) {
	members, err := listMembers(ctx, q, MemberFilter{ActiveOnly: true})
	var out []Member
	for _, m := range members {
		if m.Role == RoleCoChair {
			out = append(out, m)
		}
	}
	return out, err
}

// SubmitAgenda sends a draft agenda to the co-chairs for approval (the secretary's step).
func (s *Store) SubmitAgenda(ctx context.Context, meetingID int64) error {
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		m, err := s.openMeeting(ctx, tx, meetingID, ActSubmitAgenda)
		if err != nil {
			return Entry{}, err
		}
		if ok, err := exists(ctx, tx, "SELECT 1 FROM agenda_item WHERE meeting_id = ?", m.ID); err != nil || !ok {
			return Entry{}, firstErr(err, &Refusal{Code: RefuseEmptyAgenda})
		}
		if err := setStatus(ctx, tx, s.stamp(), m.ID, After(ActSubmitAgenda), ""); err != nil {
			return Entry{}, err
		}
		return entry("submit", "meeting", m.ID, m, map[string]any{"status": After(ActSubmitAgenda)}), nil
	})
}

func firstErr(errs ...error) error {
	for _, e := range errs {
		if e != nil {
			return e
		}
	}
	return nil
}

// setStatus moves a meeting to status with the given return note.
func setStatus(ctx context.Context, q querier, now string, id int64, st MeetingStatus, note string) error {
	_, err := q.ExecContext(ctx, "UPDATE meeting SET status = ?, return_note = ?, updated_at = ? WHERE id = ?", string(st), note, now, id)
	return err
}

// ApproveAgenda records the approval of the co-chair the store's actor names; when every
// active co-chair has approved, the agenda is approved.
func (s *Store) ApproveAgenda(ctx context.Context, meetingID int64) (Approval, error) {
	return s.approveAgenda(ctx, meetingID, 0)
}

// ApproveAgendaAs is ApproveAgenda for the co-chair with memberID.
func (s *Store) ApproveAgendaAs(ctx context.Context, meetingID, memberID int64) (Approval, error) {
	return s.approveAgenda(ctx, meetingID, memberID)
}

func (s *Store) approveAgenda(ctx context.Context, meetingID, memberID int64) (Approval, error) {
	a, _, err := s.approve(ctx, meetingID, memberID, approveAgenda)
	return a, err
}

// ApproveMinutes records the approval of the co-chair the store's actor names; when every
// active co-chair has approved, the minutes are approved and the meeting is locked
// (locked says whether this approval did it).
func (s *Store) ApproveMinutes(ctx context.Context, meetingID int64) (a Approval, locked bool, err error) {
	return s.approve(ctx, meetingID, 0, approveMinutes)
}

// approvalSteps says, per kind, the workflow's action and the journal's.
var approvalSteps = map[string]struct {
	action  Action
	journal string
}{
	approveAgenda:  {ActApproveAgenda, "approve"},
	approveMinutes: {ActApproveMinutes, "approve_minutes"},
}

// approve records a co-chair's approval of kind; complete says whether it was the last one.
func (s *Store) approve(ctx context.Context, meetingID, memberID int64, kind string) (a Approval, complete bool, err error) {
	step := approvalSteps[kind]
	err = s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		m, chair, refused := s.coChairStep(ctx, tx, meetingID, memberID, step.action)
		if c := RefusalCode(refused); refused != nil && c != stepOf(step.action).why {
			return Entry{}, refused // the lock, not a co-chair, or a failure
		}
		st, err := approvalState(ctx, tx, m.ID, kind)
		if err != nil {
			return Entry{}, err
		}
		for _, done := range st.Approved {
			if done.MemberID == chair.ID {
				return Entry{}, &Refusal{Code: RefuseAlreadyApproved, Name: done.MemberName}
			}
		}
		if refused != nil {
			return Entry{}, refused // not waiting for the co-chairs
		}
		a = Approval{MeetingID: m.ID, Kind: kind, MemberID: chair.ID, MemberName: chair.FullName, ApprovedAt: s.stamp()}
		if _, err := tx.ExecContext(ctx, "INSERT INTO approval (meeting_id, kind, member_id, approved_at) VALUES (?, ?, ?, ?)",
			m.ID, kind, chair.ID, a.ApprovedAt); err != nil {
			return Entry{}, err
		}
		complete = len(st.Pending) == 1 && st.Pending[0].ID == chair.ID
		if complete {
			if err := setStatus(ctx, tx, a.ApprovedAt, m.ID, After(step.action), ""); err != nil {
				return Entry{}, err
			}
		}
		return entry(step.journal, "meeting", m.ID, nil, a), nil
	})
	return a, complete, err
}

// coChairStep finds the meeting and the co-chair who takes action a on it, as themselves:
// memberID, or the member the actor names; the table decides whether they may.
func (s *Store) coChairStep(ctx context.Context, q querier, meetingID, memberID int64, a Action) (Meeting, Member, error) {
	m, err := findMeeting(ctx, q, meetingID)
	if err != nil {
		return m, Member{}, err
	}
	var who Member
	if memberID != 0 {
		who, err = findMember(ctx, q, memberID)
	} else {
		who, err = actorMember(ctx, q, s.actor)
	}
	if err != nil && !errors.Is(err, ErrNotFound) {
		return m, who, err
	}
	return m, who, AllowOperator(m.Status, a, who, s.actor)
}

// ReturnAgenda sends a submitted or approved agenda back to draft with a co-chair's comment;
// the approvals given so far are withdrawn.
func (s *Store) ReturnAgenda(ctx context.Context, meetingID int64, comment string) error {
	return s.returnAgenda(ctx, meetingID, 0, comment)
}

// ReturnAgendaAs is ReturnAgenda for the co-chair with memberID.
func (s *Store) ReturnAgendaAs(ctx context.Context, meetingID, memberID int64, comment string) error {
	return s.returnAgenda(ctx, meetingID, memberID, comment)
}

func (s *Store) returnAgenda(ctx context.Context, meetingID, memberID int64, comment string) error {
	comment = strings.TrimSpace(comment)
	if comment == "" {
		return &ValidationError{Fields: []*FieldError{{"comment", "required"}}}
	}
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		m, chair, err := s.coChairStep(ctx, tx, meetingID, memberID, ActReturnAgenda)
		if err != nil {
			return Entry{}, err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM approval WHERE meeting_id = ? AND kind = 'agenda'", m.ID); err != nil {
			return Entry{}, err
		}
		if err := setStatus(ctx, tx, s.stamp(), m.ID, After(ActReturnAgenda), comment); err != nil {
			return Entry{}, err
		}
		return entry("return", "meeting", m.ID, m, map[string]any{"status": After(ActReturnAgenda), "by": chair.FullName, "comment": comment}), nil
	})
}
