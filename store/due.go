package store

import (
	"context"
	"database/sql"
	"errors"
	"sort"
	"time"
)

// MinutesDueDays is how many days after a meeting its minutes should be submitted for
// approval; later, Due lists them.
const MinutesDueDays = 7

// MeetingRhythmMonths is how often the council meets: once a quarter (DOMAIN.md §2). The
// council's settings have no field for it yet; one needs a migration.
const MeetingRhythmMonths = 3

// DueKind is what awaits someone, in the order Due lists them.
type DueKind int

const (
	DueAgendaDraft     DueKind = iota // an agenda to submit to the co-chairs
	DueAgendaApproval                 // an agenda waiting for co-chairs' approval
	DueMinutesApproval                // minutes waiting for co-chairs' approval
	DueMinutesLate                    // minutes not submitted MinutesDueDays after the meeting
	DueAssignment                     // an assignment past its deadline
	DueNextMeeting                    // the next meeting is overdue under the council's rhythm
	DueInception                      // a plan's inception assessment (two months after submission)
	DueEndAssessment                  // a commitment's end-of-commitment assessment
)

// DueItem is one thing that awaits someone, with the record it is about.
type DueItem struct {
	Kind DueKind
	Who  []string // who it waits for: co-chairs, the responsible, the secretary; empty: the secretariat

	MeetingID     int64 // the meeting (agendas, approvals, minutes, the assignment's meeting, the next meeting)
	MeetingNumber int
	MeetingDate   string
	AssignmentID  int64
	PlanID        int64
	CommitmentID  int64
	Title         string // the assignment's text, the plan's or the commitment's title
	OGPID         string // the commitment's

	Since string // YYYY-MM-DD: the last meeting held (DueNextMeeting)
	Due   string // YYYY-MM-DD: the deadline, "" when there is none
	Late  int    // whole days past Due, 0 when not late
}

// Due lists what awaits whom on the day today (YYYY-MM-DD), by kind and then by date.
func (s *Store) Due(ctx context.Context, today string) ([]DueItem, error) {
	var out []DueItem
	for _, part := range []func(context.Context, string) ([]DueItem, error){
		s.dueMeetings, s.dueAssignments, s.dueNextMeeting, s.dueAssessments,
	} {
		items, err := part(ctx, today)
		if err != nil {
			return nil, err
		}
		out = append(out, items...)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Kind < out[j].Kind })
	return out, nil
}

// dueMeetings: agendas to submit, approvals waiting, minutes not submitted in time.
func (s *Store) dueMeetings(ctx context.Context, today string) ([]DueItem, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT "+meetingColumns+`,
		coalesce((SELECT full_name FROM member sec WHERE sec.id = meeting.secretary_id), '') FROM meeting
		WHERE status IN ('draft', 'agenda_submitted', 'in_session', 'closed', 'minutes_submitted') ORDER BY date, number`)
	if err != nil {
		return nil, mapErr(err)
	}
	var ms []Meeting
	var secretaries []string
	for rows.Next() {
		var sec string
		m, err := scanMeeting(scanPrefix{rows, []any{&sec}})
		if err != nil {
			rows.Close()
			return nil, err
		}
		ms, secretaries = append(ms, m), append(secretaries, sec)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, mapErr(err)
	}
	var out []DueItem
	for i, m := range ms {
		it := DueItem{MeetingID: m.ID, MeetingNumber: m.Number, MeetingDate: m.Date, Who: nonEmpty(secretaries[i])}
		switch m.Status {
		case MeetingDraft:
			it.Kind, it.Due = DueAgendaDraft, m.Date
		case MeetingAgendaSubmitted, MeetingMinutesSubmitted:
			kind, what := DueAgendaApproval, approveAgenda
			if m.Status == MeetingMinutesSubmitted {
				kind, what = DueMinutesApproval, approveMinutes
			}
			st, err := approvalState(ctx, s.db, m.ID, what)
			if err != nil {
				return nil, err
			}
			it.Kind, it.Who = kind, nil
			for _, c := range st.Pending {
				it.Who = append(it.Who, c.FullName)
			}
		default: // held, minutes not submitted
			it.Kind, it.Due = DueMinutesLate, addDays(m.Date, MinutesDueDays)
			if it.Due == "" || it.Due >= today {
				continue
			}
		}
		it.Late = daysLate(it.Due, today)
		out = append(out, it)
	}
	return out, nil
}

// dueAssignments: open assignments past their deadline, by responsible, then deadline.
func (s *Store) dueAssignments(ctx context.Context, today string) ([]DueItem, error) {
	rows, err := s.ListAssignments(ctx, AssignmentFilter{View: AssignmentsOpen})
	if err != nil {
		return nil, err
	}
	out := make([]DueItem, 0, len(rows))
	for _, r := range rows {
		if r.Deadline == "" || r.Deadline >= today {
			continue
		}
		out = append(out, DueItem{Kind: DueAssignment, Who: nonEmpty(r.ResponsibleName), AssignmentID: r.ID,
			MeetingID: r.MeetingID, MeetingNumber: r.MeetingNumber, MeetingDate: r.MeetingDate,
			Title: r.Text, Due: r.Deadline, Late: daysLate(r.Deadline, today)})
	}
	sort.SliceStable(out, func(i, j int) bool { return CompareNames(whoOf(out[i]), whoOf(out[j])) < 0 })
	return out, nil
}

func whoOf(it DueItem) string {
	if len(it.Who) == 0 {
		return ""
	}
	return it.Who[0]
}

// dueNextMeeting: the council's rhythm asks for a meeting within MeetingRhythmMonths of the
// last one held; when that day has passed and no later meeting has started, the next one
// (the meeting planned, if any) is overdue.
func (s *Store) dueNextMeeting(ctx context.Context, today string) ([]DueItem, error) {
	var last string
	err := s.db.QueryRowContext(ctx, `SELECT coalesce(max(date), '') FROM meeting
		WHERE status IN ('in_session', 'closed', 'minutes_submitted', 'minutes_approved') AND date <= ?`, today).Scan(&last)
	if err != nil || last == "" {
		return nil, mapErr(err)
	}
	d, err := time.Parse(DateLayout, last)
	if err != nil {
		return nil, nil
	}
	due := shiftMonths(d, MeetingRhythmMonths).Format(DateLayout)
	if due >= today {
		return nil, nil
	}
	it := DueItem{Kind: DueNextMeeting, Since: last, Due: due, Late: daysLate(due, today)}
	err = s.db.QueryRowContext(ctx, `SELECT id, number, date FROM meeting WHERE date > ? AND status IN ('draft',
		'agenda_submitted', 'agenda_approved') ORDER BY date LIMIT 1`, last).Scan(&it.MeetingID, &it.MeetingNumber, &it.MeetingDate)
	if err != nil && !errors.Is(err, sql.ErrNoRows) {
		return nil, mapErr(err)
	}
	return []DueItem{it}, nil
}

// dueAssessments: OGP Local's inception assessment of each submitted plan not yet made, and
// the end-of-commitment assessment of each commitment whose end month is over.
func (s *Store) dueAssessments(ctx context.Context, today string) ([]DueItem, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, title, submitted_on FROM action_plan
		WHERE submitted_on <> '' AND inception_done_on = '' AND status <> 'draft' ORDER BY submitted_on`)
	if err != nil {
		return nil, mapErr(err)
	}
	var out []DueItem
	for rows.Next() {
		it := DueItem{Kind: DueInception}
		var submitted string
		if err := rows.Scan(&it.PlanID, &it.Title, &submitted); err != nil {
			rows.Close()
			return nil, err
		}
		it.Due = InceptionDue(submitted)
		it.Late = daysLate(it.Due, today)
		out = append(out, it)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, mapErr(err)
	}
	rows, err = s.db.QueryContext(ctx, `SELECT id, plan_id, ogp_id, title, end_month FROM commitment
		WHERE end_month <> '' AND end_month < ? AND withdrawn = 0 AND end_assessed_on = '' ORDER BY end_month, ogp_id`, today[:min(len(today), 7)])
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	for rows.Next() {
		it := DueItem{Kind: DueEndAssessment}
		var end string
		if err := rows.Scan(&it.CommitmentID, &it.PlanID, &it.OGPID, &it.Title, &end); err != nil {
			return nil, err
		}
		it.Due = EndAssessmentDue(end)
		it.Late = daysLate(it.Due, today)
		out = append(out, it)
	}
	return out, rows.Err()
}

// addDays is date + n days, "" for a date that does not parse.
func addDays(date string, n int) string {
	d, err := time.Parse(DateLayout, date)
	if err != nil {
		return ""
	}
	return d.AddDate(0, 0, n).Format(DateLayout)
}

// daysLate is how many whole days today is past due (0 when not past, or no date).
func daysLate(due, today string) int {
	d, err1 := time.Parse(DateLayout, due)
	t, err2 := time.Parse(DateLayout, today)
	if err1 != nil || err2 != nil || !t.After(d) {
		return 0
	}
	return int(t.Sub(d).Hours() / 24)
}

func nonEmpty(s string) []string {
	if s == "" {
		return nil
	}
	return []string{s}
}
