package store

import (
	"context"
	"database/sql"
	"errors"
)

// Refusal says why a meeting's workflow step was not allowed; Code is a message key the
// interface translates ("not_co_chair", "already_approved", ...), Name the person involved.
type Refusal struct {
	Code string
	Name string
}

// Refusal codes.
const (
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
	if e.Name != "" {
		return "not allowed: " + e.Code + " (" + e.Name + ")"
	}
	return "not allowed: " + e.Code
}

// Is lets errors.Is(err, ErrForbidden) match every Refusal.
func (e *Refusal) Is(target error) bool { return target == ErrForbidden }

// RefusalCode returns the code of a Refusal inside err, or "".
func RefusalCode(err error) string {
	var r *Refusal
	if errors.As(err, &r) {
		return r.Code
	}
	return ""
}

// openMeeting returns the meeting, ErrLocked when its minutes are approved.
func openMeeting(ctx context.Context, q querier, id int64) (Meeting, error) {
	m, err := findMeeting(ctx, q, id)
	if err != nil {
		return m, err
	}
	if m.Status.Locked() {
		return m, ErrLocked
	}
	return m, nil
}

// itemMeeting returns the agenda item and its meeting, ErrLocked when the meeting is locked.
func itemMeeting(ctx context.Context, q querier, itemID int64) (AgendaItem, Meeting, error) {
	it, err := findAgendaItem(ctx, q, itemID)
	if err != nil {
		return it, Meeting{}, err
	}
	m, err := openMeeting(ctx, q, it.MeetingID)
	return it, m, err
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
