package store

import (
	"context"
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
	ms, secretaries, err := s.dueMeetingList(ctx)
	if err != nil {
		return nil, err
	}
	out, err := s.dueMeetings(ctx, ms, secretaries, today)
	if err != nil {
		return nil, err
	}
	out = append(out, dueNextMeeting(ms, today)...)
	for _, part := range []func(context.Context, string) ([]DueItem, error){s.dueAssignments, s.dueAssessments} {
		items, err := part(ctx, today)
		if err != nil {
			return nil, err
		}
		out = append(out, items...)
	}
	sort.SliceStable(out, func(i, j int) bool { return out[i].Kind < out[j].Kind })
	return out, nil
}

// dueMeetingList is every meeting not locked, oldest first, with its secretary's name.
func (s *Store) dueMeetingList(ctx context.Context) ([]Meeting, []string, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT "+meetingColumns+`,
		coalesce((SELECT full_name FROM member sec WHERE sec.id = meeting.secretary_id), '') FROM meeting
		ORDER BY date, number`)
	if err != nil {
		return nil, nil, mapErr(err)
	}
	defer rows.Close()
	var ms []Meeting
	var secretaries []string
	for rows.Next() {
		var sec string
		m, err := scanMeeting(scanPrefix{rows, []any{&sec}})
		if err != nil {
			return nil, nil, err
		}
		ms, secretaries = append(ms, m), append(secretaries, sec)
	}
	return ms, secretaries, mapErr(rows.Err())
}

// awaits is what a meeting in status st waits for, by the workflow table: its agenda to be
// submitted or approved, its minutes to be approved, or (in session or closed) its minutes
// to be submitted.
func awaits(st MeetingStatus) (DueKind, bool) {
	switch {
	case st.Allows(ActSubmitAgenda, RoleSecretary):
		return DueAgendaDraft, true
	case st.Allows(ActApproveAgenda, RoleCoChair):
		return DueAgendaApproval, true
	case st.Allows(ActApproveMinutes, RoleCoChair):
		return DueMinutesApproval, true
	case st.Allows(ActSubmitMinutes, RoleSecretary), st.Allows(ActClose, RoleSecretary):
		return DueMinutesLate, true
	}
	return 0, false
}

// dueMeetings: agendas to submit, approvals waiting, minutes not submitted in time.
func (s *Store) dueMeetings(ctx context.Context, ms []Meeting, secretaries []string, today string) ([]DueItem, error) {
	var out []DueItem
	for i, m := range ms {
		kind, ok := awaits(m.Status)
		if !ok {
			continue
		}
		it := DueItem{Kind: kind, MeetingID: m.ID, MeetingNumber: m.Number, MeetingDate: m.Date, Who: nonEmpty(secretaries[i])}
		switch kind {
		case DueAgendaDraft:
			it.Due = m.Date
		case DueAgendaApproval, DueMinutesApproval:
			what := approveAgenda
			if kind == DueMinutesApproval {
				what = approveMinutes
			}
			st, err := approvalState(ctx, s.db, m.ID, what)
			if err != nil {
				return nil, err
			}
			it.Who = nil
			for _, c := range st.Pending {
				it.Who = append(it.Who, c.FullName)
			}
		case DueMinutesLate:
			if it.Due = addDays(m.Date, MinutesDueDays); it.Due == "" || it.Due >= today {
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
// last one held (its session started); when that day has passed, the next meeting (the one
// planned, if any) is overdue. ms are oldest first.
func dueNextMeeting(ms []Meeting, today string) []DueItem {
	last := -1
	for i, m := range ms {
		if m.Date <= today && !m.Status.Startable() {
			last = i
		}
	}
	if last < 0 {
		return nil
	}
	d, err := time.Parse(DateLayout, ms[last].Date)
	if err != nil {
		return nil
	}
	due := shiftMonths(d, MeetingRhythmMonths).Format(DateLayout)
	if due >= today {
		return nil
	}
	it := DueItem{Kind: DueNextMeeting, Since: ms[last].Date, Due: due, Late: daysLate(due, today)}
	for _, m := range ms[last+1:] {
		if m.Date > it.Since && m.Status.Startable() {
			it.MeetingID, it.MeetingNumber, it.MeetingDate = m.ID, m.Number, m.Date
			break
		}
	}
	return []DueItem{it}
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
