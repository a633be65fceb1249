package store

import (
	"context"
	"database/sql"
	"errors"
	"strings"
)

// Refusal says why a step was not allowed: the workflow's table (Allow) or a rule of the
// record. Code is a message key the interface translates ("not_co_chair", "locked", ...);
// Action and Status are the step and the meeting's status when the table refused it, Name
// the person involved.
type Refusal struct {
	Action Action
	Status MeetingStatus
	Code   string
	Name   string
}

// Refusal codes.
const (
	RefuseLocked          = "locked"           // the minutes are approved: nothing may change
	RefuseStatus          = "status"           // the meeting's status does not allow the step
	RefuseNotStarted      = "not_started"      // the session has not started yet
	RefuseNotSecretary    = "not_secretary"    // only the secretary prepares, runs and records meetings
	RefuseNotCoChair      = "not_co_chair"     // only a co-chair can approve or return the agenda
	RefuseAlreadyApproved = "already_approved" // Name already approved it
	RefuseNotSubmitted    = "not_submitted"    // the agenda is not submitted for approval
	RefuseNotDraft        = "not_draft"        // only a draft can be submitted or deleted
	RefuseHasRecord       = "has_record"       // something is already recorded
	RefuseInUse           = "in_use"           // a guest still reports an item or spoke
	RefuseEmptyAgenda     = "empty_agenda"     // an agenda with no items cannot be submitted

	RefuseMinutesNotSubmitted = "minutes_not_submitted" // the minutes are not submitted for approval
)

func (e *Refusal) Error() string {
	msg := "not allowed: " + e.Code
	if e.Action != "" {
		msg = "cannot " + strings.ReplaceAll(string(e.Action), "_", " ") + ": " + e.Code
	}
	if e.Status != "" {
		msg += " (the meeting's status is " + string(e.Status) + ")"
	}
	if e.Name != "" {
		msg += " (" + e.Name + ")"
	}
	return msg
}

// Is lets errors.Is(err, ErrForbidden) match every Refusal, and ErrLocked the lock's.
func (e *Refusal) Is(target error) bool {
	return target == ErrForbidden || (target == ErrLocked && e.Code == RefuseLocked)
}

// RefusalCode returns the code of a Refusal inside err, or "".
func RefusalCode(err error) string {
	var r *Refusal
	if errors.As(err, &r) {
		return r.Code
	}
	return ""
}

// role is the role the store's actor takes for action a: the operator's (OperatorRole),
// or with AsMember the role of the member the actor names.
func (s *Store) role(ctx context.Context, q querier, a Action) (Role, Member, error) {
	if !s.asMember && OperatorRole(a, Member{}) == RoleSecretary {
		return RoleSecretary, Member{}, nil // no one to look up
	}
	who, err := actorMember(ctx, q, s.actor)
	if err != nil && !errors.Is(err, ErrNotFound) {
		return "", who, err
	}
	if s.asMember {
		return memberRole(who), who, nil
	}
	return OperatorRole(a, who), who, nil
}

// allow checks the table for the store's actor taking action a on meeting m.
func (s *Store) allow(ctx context.Context, q querier, m Meeting, a Action) error {
	role, who, err := s.role(ctx, q, a)
	if err != nil {
		return err
	}
	return named(Allow(m.Status, a, role), firstNonEmpty(who.FullName, s.actor))
}

// named puts the actor's name on a refusal of their role.
func named(err error, name string) error {
	var r *Refusal
	if errors.As(err, &r) && (r.Code == RefuseNotCoChair || r.Code == RefuseNotSecretary) {
		r.Name = name
	}
	return err
}

// openMeeting returns the meeting when the table lets the actor take action a on it.
func (s *Store) openMeeting(ctx context.Context, q querier, id int64, a Action) (Meeting, error) {
	m, err := findMeeting(ctx, q, id)
	if err != nil {
		return m, err
	}
	return m, s.allow(ctx, q, m, a)
}

// itemMeeting returns the agenda item and its meeting when the table allows action a on it.
func (s *Store) itemMeeting(ctx context.Context, q querier, itemID int64, a Action) (AgendaItem, Meeting, error) {
	it, err := findAgendaItem(ctx, q, itemID)
	if err != nil {
		return it, Meeting{}, err
	}
	m, err := s.openMeeting(ctx, q, it.MeetingID, a)
	return it, m, err
}

// itemAllows checks that the item exists and the table allows action a on its meeting.
func (s *Store) itemAllows(ctx context.Context, q querier, itemID int64, a Action) error {
	m, err := meetingOfItem(ctx, q, itemID)
	if err != nil {
		return err
	}
	return s.allow(ctx, q, m, a)
}

// exists runs a SELECT EXISTS query.
func exists(ctx context.Context, q querier, query string, args ...any) (bool, error) {
	var n int
	err := q.QueryRowContext(ctx, "SELECT EXISTS ("+query+")", args...).Scan(&n)
	if errors.Is(err, sql.ErrNoRows) {
		return false, nil
	}
	return n == 1, err
}
