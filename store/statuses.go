package store

import (
	"context"
	"database/sql"
	"errors"

	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// Scales of a commitment's status history.
const (
	ScaleImplementation = "implementation"
	ScaleCompletion     = "completion"
	ScaleWithdrawn      = "withdrawn"
)

// Values of the withdrawn scale in the history.
const (
	WithdrawnYes = "yes"
	WithdrawnNo  = "no"
)

// StatusNote says why a status changed and, optionally, which meeting and decision point
// decided it.
type StatusNote struct {
	Note       string
	MeetingID  int64
	PointID    int64
	EvidenceOn string // YYYY-MM-DD of the report or decision that justified the change, or ""
}

// StatusEvent is a status change with the meeting it names, for the history timeline.
type StatusEvent struct {
	StatusChange
	MeetingSeries string
	MeetingNumber int
	MeetingDate   string
	PointText     string
}

// Withdrawal is a value of the withdrawn scale in the history (WithdrawnYes, WithdrawnNo).
type Withdrawal string

// MsgID names the value in the catalogs.
func (v Withdrawal) MsgID() string { return msgID("withdrawn", string(v)) }

// ScaleValue is a value of a history scale as its typed code, for i18n.Catalog.Label.
func ScaleValue(scale, value string) i18n.Coded {
	switch scale {
	case ScaleImplementation:
		return ImplStatus(value)
	case ScaleCompletion:
		return Completion(value)
	}
	if value != WithdrawnYes {
		value = WithdrawnNo
	}
	return Withdrawal(value)
}

// ChangeImplStatus moves a commitment to another implementation status and records it in
// the history, in one transaction.
func (s *Store) ChangeImplStatus(ctx context.Context, commitmentID int64, to ImplStatus, n StatusNote) error {
	if !to.Valid() {
		return &ValidationError{Fields: []*FieldError{{"to", "choice"}}}
	}
	return s.changeStatus(ctx, commitmentID, ScaleImplementation, string(to), n)
}

// ChangeCompletion moves a commitment to another IRM completion grade and records it.
func (s *Store) ChangeCompletion(ctx context.Context, commitmentID int64, to Completion, n StatusNote) error {
	if !to.Valid() {
		return &ValidationError{Fields: []*FieldError{{"to", "choice"}}}
	}
	return s.changeStatus(ctx, commitmentID, ScaleCompletion, string(to), n)
}

// SetWithdrawn withdraws a commitment (or takes the withdrawal back) and records it.
func (s *Store) SetWithdrawn(ctx context.Context, commitmentID int64, withdrawn bool, n StatusNote) error {
	to := WithdrawnNo
	if withdrawn {
		to = WithdrawnYes
	}
	return s.changeStatus(ctx, commitmentID, ScaleWithdrawn, to, n)
}

// statusColumn is where each scale's current value lives.
var statusColumn = map[string]string{
	ScaleImplementation: "impl_status",
	ScaleCompletion:     "completion",
	ScaleWithdrawn:      "withdrawn",
}

func currentValue(c Commitment, scale string) string {
	switch scale {
	case ScaleImplementation:
		return string(c.ImplStatus)
	case ScaleCompletion:
		return string(c.Completion)
	}
	if c.Withdrawn {
		return WithdrawnYes
	}
	return WithdrawnNo
}

func (s *Store) changeStatus(ctx context.Context, commitmentID int64, scale, to string, n StatusNote) error {
	n.Note, n.EvidenceOn = trimmed(n.Note), trimmed(n.EvidenceOn)
	if n.Note == "" {
		return &ValidationError{Fields: []*FieldError{{"note", "required"}}}
	}
	if err := checkDoneDate("evidence_on", n.EvidenceOn, s.today()); err != nil {
		return err
	}
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		c, err := findCommitment(ctx, tx, commitmentID)
		if err != nil {
			return Entry{}, err
		}
		from := currentValue(c, scale)
		if from == to {
			return Entry{}, &ValidationError{Fields: []*FieldError{{"to", "unchanged"}}}
		}
		if n, err = checkStatusMeeting(ctx, tx, n); err != nil {
			return Entry{}, err
		}
		sc := StatusChange{CommitmentID: commitmentID, Scale: scale, From: from, To: to, ChangedOn: s.stamp(),
			ChangedBy: s.actor, Note: n.Note, MeetingID: n.MeetingID, PointID: n.PointID, EvidenceOn: n.EvidenceOn}
		res, err := tx.ExecContext(ctx, `INSERT INTO status_change (commitment_id, scale, from_value, to_value, changed_on,
			changed_by, note, meeting_id, point_id, evidence_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			sc.CommitmentID, sc.Scale, sc.From, sc.To, sc.ChangedOn, sc.ChangedBy, sc.Note, nullID(sc.MeetingID), nullID(sc.PointID),
			sc.EvidenceOn)
		if err != nil {
			return Entry{}, err
		}
		sc.ID, _ = res.LastInsertId()
		stored := any(to)
		if scale == ScaleWithdrawn {
			stored = boolInt(to == WithdrawnYes)
		}
		if _, err := tx.ExecContext(ctx, "UPDATE commitment SET "+statusColumn[scale]+" = ?, updated_at = ? WHERE id = ?",
			stored, sc.ChangedOn, commitmentID); err != nil {
			return Entry{}, err
		}
		return entry("status", "commitment", commitmentID, nil, sc), nil
	})
}

// checkStatusMeeting makes sure the meeting and decision point exist and agree; a point
// alone names its meeting.
func checkStatusMeeting(ctx context.Context, q querier, n StatusNote) (StatusNote, error) {
	if n.PointID != 0 {
		var meetingID int64
		err := q.QueryRowContext(ctx, `SELECT i.meeting_id FROM decision_point d JOIN agenda_item i ON i.id = d.item_id
			WHERE d.id = ?`, n.PointID).Scan(&meetingID)
		if errors.Is(err, sql.ErrNoRows) || (err == nil && n.MeetingID != 0 && n.MeetingID != meetingID) {
			return n, &ValidationError{Fields: []*FieldError{{"point", "choice"}}}
		}
		if err != nil {
			return n, err
		}
		n.MeetingID = meetingID
	}
	if n.MeetingID != 0 {
		if _, err := findMeeting(ctx, q, n.MeetingID); errors.Is(err, ErrNotFound) {
			return n, &ValidationError{Fields: []*FieldError{{"meeting", "choice"}}}
		} else if err != nil {
			return n, err
		}
	}
	return n, nil
}

// ListStatusChanges returns a commitment's history, oldest first, each with its meeting.
func (s *Store) ListStatusChanges(ctx context.Context, commitmentID int64) ([]StatusEvent, error) {
	return statusEvents(ctx, s.db, "sc.commitment_id = ?", commitmentID)
}

// statusEvents reads the status changes where holds (on status_change sc), oldest first,
// each with the meeting and decision point it names.
func statusEvents(ctx context.Context, q querier, where string, arg any) ([]StatusEvent, error) {
	rows, err := q.QueryContext(ctx, `SELECT sc.id, sc.commitment_id, sc.scale, sc.from_value, sc.to_value, sc.changed_on,
			sc.changed_by, sc.note, coalesce(sc.meeting_id, 0), coalesce(sc.point_id, 0), sc.evidence_on,
			coalesce(m.series, ''), coalesce(m.number, 0), coalesce(m.date, ''), coalesce(d.text, '')
		FROM status_change sc LEFT JOIN meeting m ON m.id = sc.meeting_id LEFT JOIN decision_point d ON d.id = sc.point_id
		WHERE `+where+` ORDER BY sc.changed_on, sc.id`, arg)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []StatusEvent
	for rows.Next() {
		var e StatusEvent
		c := &e.StatusChange
		if err := rows.Scan(&c.ID, &c.CommitmentID, &c.Scale, &c.From, &c.To, &c.ChangedOn, &c.ChangedBy, &c.Note,
			&c.MeetingID, &c.PointID, &c.EvidenceOn, &e.MeetingSeries, &e.MeetingNumber, &e.MeetingDate, &e.PointText); err != nil {
			return nil, err
		}
		out = append(out, e)
	}
	return out, rows.Err()
}

// MeetingPoint is a decision point of a meeting, offered when a status change names the
// decision that made it.
type MeetingPoint struct {
	ID           int64
	ItemPosition int
	Position     int
	Text         string
	CommitmentID int64
}

// MeetingPoints lists a meeting's decision points in the minutes' order (1.1, 1.2, 2.1 ...).
func (s *Store) MeetingPoints(ctx context.Context, meetingID int64) ([]MeetingPoint, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT d.id, i.position_no, d.position_no, d.text, coalesce(d.commitment_id, 0)
		FROM decision_point d JOIN agenda_item i ON i.id = d.item_id
		WHERE i.meeting_id = ? ORDER BY i.position_no, d.position_no, d.id`, meetingID)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []MeetingPoint
	for rows.Next() {
		var p MeetingPoint
		if err := rows.Scan(&p.ID, &p.ItemPosition, &p.Position, &p.Text, &p.CommitmentID); err != nil {
			return nil, err
		}
		out = append(out, p)
	}
	return out, rows.Err()
}
