package store

import (
	"context"
	"database/sql"
	"errors"
	"strconv"
)

const meetingColumns = `id, series, number, date, start_time, place, online_link, status, coalesce(presiding_id, 0),
	coalesce(secretary_id, 0), attendance_shape, current_item, return_note, opened_at, closed_at`

func scanMeeting(sc interface{ Scan(...any) error }) (Meeting, error) {
	var m Meeting
	err := sc.Scan(&m.ID, &m.Series, &m.Number, &m.Date, &m.StartTime, &m.Place, &m.OnlineLink, &m.Status,
		&m.PresidingID, &m.SecretaryID, &m.Attendance, &m.CurrentItem, &m.ReturnNote, &m.OpenedAt, &m.ClosedAt)
	return m, err
}

// GetMeeting returns one meeting's header.
func (s *Store) GetMeeting(ctx context.Context, id int64) (Meeting, error) {
	return findMeeting(ctx, s.db, id)
}

func findMeeting(ctx context.Context, q querier, id int64) (Meeting, error) {
	m, err := scanMeeting(q.QueryRowContext(ctx, "SELECT "+meetingColumns+" FROM meeting WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return m, ErrNotFound
	}
	return m, mapErr(err)
}

// FindMeetingByNumber finds the meeting the minutes number n; year picks among equal
// numbers. Without a year it is the latest such meeting that has been held, else the latest.
func (s *Store) FindMeetingByNumber(ctx context.Context, n, year int) (Meeting, error) {
	ms, err := s.MeetingsNumbered(ctx, n, year)
	if err != nil {
		return Meeting{}, err
	}
	return ms[0], nil
}

// MeetingsNumbered lists the meetings numbered n (in year, when not 0) in the order
// FindMeetingByNumber chooses: the held ones newest first, then the others newest first.
// The rest of the list are the meetings a command can name as "another could be meant".
func (s *Store) MeetingsNumbered(ctx context.Context, n, year int) ([]Meeting, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT "+meetingColumns+` FROM meeting
		WHERE number = ?1 AND (?2 = 0 OR substr(date, 1, 4) = ?3) ORDER BY date DESC, id DESC`,
		n, year, strconv.Itoa(year))
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var held, other []Meeting
	for rows.Next() {
		m, err := scanMeeting(rows)
		if err != nil {
			return nil, err
		}
		if !m.Status.Startable() { // held: the session has started
			held = append(held, m)
		} else {
			other = append(other, m)
		}
	}
	if err := rows.Err(); err != nil {
		return nil, mapErr(err)
	}
	if len(held)+len(other) == 0 {
		return nil, ErrNotFound
	}
	return append(held, other...), nil
}

// MeetingFilter narrows ListMeetings.
type MeetingFilter struct {
	Year   int           // 0: all years
	Status MeetingStatus // "": all
	Limit  int           // 0: no limit
}

// ListMeetings returns meetings newest first, each with its attendance and quorum. It is
// the first screen's query: one pass over the meetings, the membership counted in Go from
// the members' terms, and a civil-society member looked for rather than counted.
func (s *Store) ListMeetings(ctx context.Context, f MeetingFilter) ([]MeetingSummary, error) {
	c, err := findCouncil(ctx, s.db)
	if err != nil && !errors.Is(err, ErrNotFound) {
		return nil, err
	}
	terms, err := listTerms(ctx, s.db)
	if err != nil {
		return nil, err
	}
	limit := f.Limit
	if limit <= 0 {
		limit = -1
	}
	rows, err := s.db.QueryContext(ctx, "SELECT "+meetingColumns+`,
		(SELECT count(*) FROM agenda_item i WHERE i.meeting_id = meeting.id),
		(SELECT count(*) FROM attendance a WHERE a.meeting_id = meeting.id),
		(SELECT count(*) FROM attendance a WHERE a.meeting_id = meeting.id AND a.status <> 'absent'),
		EXISTS (SELECT 1 FROM attendance a JOIN member mb ON mb.id = a.member_id
			WHERE a.meeting_id = meeting.id AND a.status <> 'absent' AND mb.side = 'civil')
		FROM meeting WHERE (?1 = 0 OR substr(date, 1, 4) = ?2) AND (?3 = '' OR status = ?3)
		ORDER BY date DESC, number DESC LIMIT ?4`, f.Year, strconv.Itoa(f.Year), string(f.Status), limit)
	if err != nil {
		return nil, mapErr(err)
	}
	var out []MeetingSummary
	var civil []int // 1 when at least one civil-society member is present: all the quorum asks
	var mixed []int // meetings whose roll is still open and partly recorded
	for rows.Next() {
		var ms MeetingSummary
		var recorded, hasCivil int
		m, err := scanMeeting(scanPrefix{rows, []any{&ms.Items, &recorded, &ms.Present, &hasCivil}})
		if err != nil {
			rows.Close()
			return nil, err
		}
		ms.Meeting, ms.Recorded = m, recorded > 0
		// A started meeting's roll is its attendance rows; an open one is everyone in office
		// that day and anyone already recorded (store/attendance.go).
		switch {
		case !m.Status.Startable():
			ms.Membership = recorded
		case recorded == 0:
			ms.Membership = terms.on(m.Date)
		default:
			mixed = append(mixed, len(out))
		}
		out = append(out, ms)
		civil = append(civil, hasCivil)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, mapErr(err)
	}
	for _, i := range mixed {
		if out[i].Membership, err = openRollSize(ctx, s.db, out[i].Meeting, terms); err != nil {
			return nil, err
		}
	}
	for i := range out {
		ms := &out[i]
		ms.Quorum = Quorum(QuorumInput{Rule: c.QuorumRule, NeedCivil: c.QuorumCivil, Membership: ms.Membership,
			Present: ms.Present, CivilPresent: civil[i]})
	}
	return out, nil
}

// openRollSize counts an open roll: the members in office on the meeting's date and those
// recorded who are not.
func openRollSize(ctx context.Context, q querier, m Meeting, ts terms) (int, error) {
	ids, err := idList(ctx, q, "SELECT member_id FROM attendance WHERE meeting_id = ?", m.ID)
	if err != nil {
		return 0, mapErr(err)
	}
	recorded := map[int64]bool{}
	for _, id := range ids {
		recorded[id] = true
	}
	n := 0
	for _, t := range ts {
		if t.covers(m.Date) || recorded[t.id] {
			n++
		}
	}
	return n, nil
}

// terms are the members' terms of office ("" open at that end).
type terms []term

type term struct {
	id       int64
	from, to string
}

func (t term) covers(date string) bool {
	return (t.from == "" || t.from <= date) && (t.to == "" || t.to >= date)
}

func listTerms(ctx context.Context, q querier) (terms, error) {
	rows, err := q.QueryContext(ctx, "SELECT id, term_from, term_to FROM member")
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out terms
	for rows.Next() {
		var t term
		if err := rows.Scan(&t.id, &t.from, &t.to); err != nil {
			return nil, err
		}
		out = append(out, t)
	}
	return out, rows.Err()
}

// on counts the members whose term covers date: the council's membership that day.
func (ts terms) on(date string) int {
	n := 0
	for _, t := range ts {
		if t.covers(date) {
			n++
		}
	}
	return n
}

// scanPrefix scans a row whose leading columns belong to another scanner.
type scanPrefix struct {
	rows  *sql.Rows
	extra []any
}

func (p scanPrefix) Scan(dest ...any) error { return p.rows.Scan(append(dest, p.extra...)...) }

// ValidateMeeting checks a meeting's header as typed.
func ValidateMeeting(m Meeting) *ValidationError {
	var v ValidationError
	if !ValidDate(m.Date) {
		v.Fields = append(v.Fields, &FieldError{"date", dateCode(m.Date)})
	}
	if m.Attendance != "" && !m.Attendance.Valid() {
		v.Fields = append(v.Fields, &FieldError{"attendance_shape", "choice"})
	}
	if code := timeCode(m.StartTime); m.StartTime != "" && code != "" {
		v.Fields = append(v.Fields, &FieldError{"start_time", code})
	}
	if len(v.Fields) == 0 {
		return nil
	}
	return &v
}

// CreateMeeting adds a draft meeting with an empty agenda; its number is the one typed, or
// the next in its series (the council's numbering rule says which series).
func (s *Store) CreateMeeting(ctx context.Context, m Meeting) (Meeting, error) {
	return s.createMeeting(ctx, m, false)
}

// ScheduleMeeting is how the secretary adds a meeting: CreateMeeting with an agenda that
// opens with the follow-up of earlier decisions (the open and overdue assignments) and
// closes with «Різне».
func (s *Store) ScheduleMeeting(ctx context.Context, m Meeting) (Meeting, error) {
	return s.createMeeting(ctx, m, true)
}

func (s *Store) createMeeting(ctx context.Context, m Meeting, withAgenda bool) (Meeting, error) {
	if v := ValidateMeeting(m); v != nil {
		return m, v
	}
	err := s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		c, err := findCouncil(ctx, tx)
		if err != nil {
			return Entry{}, err
		}
		m.Series = SeriesOn(c, m.Date)
		if m.Number, err = numberFor(ctx, tx, m.Series, m.Number, 0); err != nil {
			return Entry{}, err
		}
		m.Status = MeetingDraft
		now := s.stamp()
		res, err := tx.ExecContext(ctx, `INSERT INTO meeting (series, number, date, start_time, place, online_link, status,
			presiding_id, secretary_id, attendance_shape, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			m.Series, m.Number, m.Date, m.StartTime, m.Place, m.OnlineLink, string(m.Status),
			nullID(m.PresidingID), nullID(m.SecretaryID), string(m.Attendance), now, now)
		if err != nil {
			return Entry{}, err
		}
		m.ID, _ = res.LastInsertId()
		if withAgenda {
			if err := addDefaultAgenda(ctx, tx, c, m); err != nil {
				return Entry{}, err
			}
		}
		return entry("create", "meeting", m.ID, nil, m), nil
	})
	return m, err
}

// UpdateMeeting saves a meeting's header (number, date, time, place, online link, presiding
// officer, secretary). The number may change until the session starts, never to one another
// meeting of the series has; a date in another series gives the meeting the next number there
// unless a number was typed.
func (s *Store) UpdateMeeting(ctx context.Context, m Meeting) error {
	if v := ValidateMeeting(m); v != nil {
		return v
	}
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, err := s.openMeeting(ctx, tx, m.ID, ActEditMeeting)
		if err != nil {
			return Entry{}, err
		}
		if m.Number != 0 && m.Number != before.Number {
			if _, err := s.openMeeting(ctx, tx, m.ID, ActRenumber); err != nil {
				return Entry{}, err
			}
		}
		c, err := findCouncil(ctx, tx)
		if err != nil {
			return Entry{}, err
		}
		after := before
		after.Date, after.StartTime, after.Place, after.OnlineLink = m.Date, m.StartTime, m.Place, m.OnlineLink
		after.PresidingID, after.SecretaryID, after.Attendance = m.PresidingID, m.SecretaryID, m.Attendance
		if after, err = numberAfterEdit(ctx, tx, c, before, after, m.Number); err != nil {
			return Entry{}, err
		}
		_, err = tx.ExecContext(ctx, `UPDATE meeting SET series = ?, number = ?, date = ?, start_time = ?, place = ?,
			online_link = ?, presiding_id = ?, secretary_id = ?, attendance_shape = ?, updated_at = ? WHERE id = ?`,
			after.Series, after.Number, after.Date, after.StartTime, after.Place, after.OnlineLink,
			nullID(after.PresidingID), nullID(after.SecretaryID), string(after.Attendance), s.stamp(), m.ID)
		return entry("update", "meeting", m.ID, before, after), err
	})
}

// numberAfterEdit gives after its series and number: the number typed (asked; 0 keeps it),
// the next of a new series when the date moved there with the number untouched, else the
// old one.
func numberAfterEdit(ctx context.Context, q querier, c Council, before, after Meeting, asked int) (Meeting, error) {
	after.Series = SeriesOn(c, after.Date)
	if asked == 0 {
		asked = before.Number
	}
	if asked == before.Number {
		if after.Series == before.Series {
			return after, nil
		}
		asked = 0
	}
	var err error
	after.Number, err = numberFor(ctx, q, after.Series, asked, before.ID)
	return after, err
}

// DeleteMeeting removes a draft meeting that has nothing recorded (attendance, speeches,
// decisions, votes, assignments), with its agenda and guests.
func (s *Store) DeleteMeeting(ctx context.Context, id int64) error {
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, err := s.openMeeting(ctx, tx, id, ActDeleteMeeting)
		if err != nil {
			return Entry{}, err
		}
		recorded, err := meetingHasRecord(ctx, tx, id)
		if err != nil {
			return Entry{}, err
		}
		if recorded {
			return Entry{}, &Refusal{Code: RefuseHasRecord}
		}
		for _, q := range []string{"DELETE FROM approval WHERE meeting_id = ?", "DELETE FROM agenda_item WHERE meeting_id = ?",
			"DELETE FROM guest WHERE meeting_id = ?", "DELETE FROM meeting WHERE id = ?"} {
			if _, err := tx.ExecContext(ctx, q, id); err != nil {
				return Entry{}, err
			}
		}
		return entry("delete", "meeting", id, before, nil), nil
	})
}

func meetingHasRecord(ctx context.Context, q querier, id int64) (bool, error) {
	return exists(ctx, q, `SELECT 1 FROM attendance WHERE meeting_id = ?1
		UNION ALL SELECT 1 FROM agenda_item i WHERE i.meeting_id = ?1 AND (
			EXISTS (SELECT 1 FROM speech WHERE item_id = i.id) OR EXISTS (SELECT 1 FROM decision_point WHERE item_id = i.id)
			OR EXISTS (SELECT 1 FROM vote WHERE item_id = i.id) OR EXISTS (SELECT 1 FROM assignment WHERE item_id = i.id))
		UNION ALL SELECT 1 FROM agenda_item WHERE deferred_to = ?1
		UNION ALL SELECT 1 FROM status_change WHERE meeting_id = ?1`, id)
}
