package store

import (
	"context"
	"time"
)

// Progress is how far a commitment's milestones have come.
type Progress struct {
	Done  int    // milestones done
	Total int    // milestones
	Late  int    // not done and past their end date
	Next  string // the earliest end date of a milestone not done yet, "" when none
}

// Share is the part of milestones done, 0 when there are none.
func (p Progress) Share() float64 {
	if p.Total == 0 {
		return 0
	}
	return float64(p.Done) / float64(p.Total)
}

// Overdue says whether a commitment is behind: a milestone is late, or its end month
// has passed while it is neither done nor withdrawn.
func (r CommitmentRow) Overdue(today string) bool {
	if r.Progress.Late > 0 {
		return true
	}
	c := r.Commitment
	if c.Withdrawn || c.ImplStatus == ImplDone || c.ImplStatus == ImplNotDone || c.EndMonth == "" || len(today) < 7 {
		return false
	}
	return c.EndMonth < today[:7]
}

// progressQuery aggregates milestones per commitment of plan ?2, with ?1 as today.
const progressQuery = `SELECT c2.id AS commitment_id,
		count(m.id) AS total,
		count(CASE WHEN m.done_on <> '' THEN 1 END) AS done,
		count(CASE WHEN m.done_on = '' AND m.end_date <> '' AND m.end_date < ?1 THEN 1 END) AS late,
		min(CASE WHEN m.done_on = '' AND m.end_date <> '' THEN m.end_date END) AS next
	FROM commitment c2 LEFT JOIN milestone m ON m.commitment_id = c2.id
	WHERE c2.plan_id = ?2 GROUP BY c2.id`

// CommitmentProgress computes one commitment's progress from its milestones.
func (s *Store) CommitmentProgress(ctx context.Context, commitmentID int64) (Progress, error) {
	var p Progress
	err := s.db.QueryRowContext(ctx, `SELECT count(id),
		count(CASE WHEN done_on <> '' THEN 1 END),
		count(CASE WHEN done_on = '' AND end_date <> '' AND end_date < ?1 THEN 1 END),
		coalesce(min(CASE WHEN done_on = '' AND end_date <> '' THEN end_date END), '')
		FROM milestone WHERE commitment_id = ?2`, s.today(), commitmentID).Scan(&p.Total, &p.Done, &p.Late, &p.Next)
	return p, mapErr(err)
}

// PlanSummary is one plan on the Action Plan section's first screen.
type PlanSummary struct {
	Plan           ActionPlan
	Commitments    int
	ByStatus       map[ImplStatus]int // withdrawn commitments are counted under Withdrawn only
	Withdrawn      int
	Milestones     int
	MilestonesDone int
	LateMilestones int
}

// Share is the part of the plan's milestones done, 0 when there are none.
func (p PlanSummary) Share() float64 {
	return Progress{Done: p.MilestonesDone, Total: p.Milestones}.Share()
}

// ListPlanSummaries returns every plan, latest first, with its commitments counted by
// implementation status and its milestones done; two queries whatever the size.
func (s *Store) ListPlanSummaries(ctx context.Context) ([]PlanSummary, error) {
	rows, err := s.db.QueryContext(ctx, "SELECT "+planColumns+`,
		(SELECT count(*) FROM milestone m JOIN commitment c ON c.id = m.commitment_id WHERE c.plan_id = action_plan.id),
		(SELECT count(*) FROM milestone m JOIN commitment c ON c.id = m.commitment_id
			WHERE c.plan_id = action_plan.id AND m.done_on <> ''),
		(SELECT count(*) FROM milestone m JOIN commitment c ON c.id = m.commitment_id
			WHERE c.plan_id = action_plan.id AND m.done_on = '' AND m.end_date <> '' AND m.end_date < ?)
		FROM action_plan ORDER BY period_from DESC, id DESC`, s.today())
	if err != nil {
		return nil, mapErr(err)
	}
	var out []PlanSummary
	index := map[int64]int{}
	for rows.Next() {
		ps := PlanSummary{ByStatus: map[ImplStatus]int{}}
		p, err := scanPlan(scanPrefix{rows, []any{&ps.Milestones, &ps.MilestonesDone, &ps.LateMilestones}})
		if err != nil {
			rows.Close()
			return nil, err
		}
		ps.Plan = p
		index[p.ID] = len(out)
		out = append(out, ps)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, err
	}
	return out, s.countByStatus(ctx, out, index)
}

// countByStatus fills each summary's commitment counts.
func (s *Store) countByStatus(ctx context.Context, out []PlanSummary, index map[int64]int) error {
	rows, err := s.db.QueryContext(ctx, `SELECT plan_id, impl_status, withdrawn, count(*) FROM commitment
		GROUP BY plan_id, impl_status, withdrawn`)
	if err != nil {
		return mapErr(err)
	}
	defer rows.Close()
	for rows.Next() {
		var planID int64
		var st ImplStatus
		var withdrawn, n int
		if err := rows.Scan(&planID, &st, &withdrawn, &n); err != nil {
			return err
		}
		i, ok := index[planID]
		if !ok {
			continue
		}
		out[i].Commitments += n
		if withdrawn == 1 {
			out[i].Withdrawn += n
		} else {
			out[i].ByStatus[st] += n
		}
	}
	return rows.Err()
}

// Assessment kinds OGP Local asks for.
const (
	AssessInception = "inception" // within two months of the plan's submission
	AssessEnd       = "end"       // within a month after a commitment's end
)

// Assessment is one assessment that is or will be due.
type Assessment struct {
	Kind         string
	CommitmentID int64  // 0 for the inception assessment
	OGPID        string // the commitment's
	Title        string // the commitment's
	Due          string // YYYY-MM-DD; "" while the plan is not submitted
	DoneOn       string
}

// Done says whether the assessment has been made.
func (a Assessment) Done() bool { return a.DoneOn != "" }

// Overdue says whether the assessment is not done and its date has passed.
func (a Assessment) Overdue(today string) bool { return !a.Done() && a.Due != "" && a.Due < today }

// InceptionDue is the date the inception assessment is due: two months after submission.
func InceptionDue(submittedOn string) string {
	d, err := time.Parse(DateLayout, submittedOn)
	if err != nil {
		return ""
	}
	return shiftMonths(d, 2).Format(DateLayout)
}

// EndAssessmentDue is the last day of the month after a commitment's end month.
func EndAssessmentDue(endMonth string) string {
	d, err := time.Parse(MonthLayout, endMonth)
	if err != nil {
		return ""
	}
	return d.AddDate(0, 2, -1).Format(DateLayout)
}

// shiftMonths moves d by n months, keeping the day but never past the month's last day
// (2025-12-31 + 2 months is 2026-02-28).
func shiftMonths(d time.Time, n int) time.Time {
	first := time.Date(d.Year(), d.Month()+time.Month(n), 1, 0, 0, 0, 0, time.UTC)
	last := first.AddDate(0, 1, -1).Day()
	return first.AddDate(0, 0, min(d.Day(), last)-1)
}

// DueAssessments lists the plan's inception assessment and the end-of-commitment
// assessment of each commitment with an end month (withdrawn ones excepted), by due date.
func (s *Store) DueAssessments(ctx context.Context, planID int64) ([]Assessment, error) {
	p, err := findPlan(ctx, s.db, planID)
	if err != nil {
		return nil, err
	}
	out := []Assessment{{Kind: AssessInception, Due: InceptionDue(p.SubmittedOn), DoneOn: p.InceptionDoneOn}}
	rows, err := s.db.QueryContext(ctx, `SELECT id, ogp_id, title, end_month, end_assessed_on FROM commitment
		WHERE plan_id = ? AND end_month <> '' AND withdrawn = 0 ORDER BY end_month, ogp_id`, planID)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	for rows.Next() {
		a := Assessment{Kind: AssessEnd}
		var end string
		if err := rows.Scan(&a.CommitmentID, &a.OGPID, &a.Title, &end, &a.DoneOn); err != nil {
			return nil, err
		}
		a.Due = EndAssessmentDue(end)
		out = append(out, a)
	}
	return out, rows.Err()
}

// CommitmentLink is a meeting's agenda item or decision point that dealt with a commitment.
type CommitmentLink struct {
	MeetingID     int64
	Series        string
	Number        int
	Date          string
	Status        MeetingStatus
	ItemID        int64
	ItemPosition  int
	ItemTitle     string
	PointID       int64 // 0 when the agenda item itself names the commitment
	PointPosition int
	PointText     string
}

// CommitmentLinks lists the agenda items and decision points that name a commitment,
// oldest meeting first, in one query.
func (s *Store) CommitmentLinks(ctx context.Context, commitmentID int64) ([]CommitmentLink, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT m.id, m.series, m.number, m.date, m.status, i.id, i.position_no, i.title,
			coalesce(d.id, 0), coalesce(d.position_no, 0), coalesce(d.text, '')
		FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
		LEFT JOIN decision_point d ON d.item_id = i.id AND d.commitment_id = ?1
		WHERE i.commitment_id = ?1 OR d.id IS NOT NULL
		ORDER BY m.date, m.number, i.position_no, coalesce(d.position_no, 0)`, commitmentID)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []CommitmentLink
	for rows.Next() {
		var l CommitmentLink
		if err := rows.Scan(&l.MeetingID, &l.Series, &l.Number, &l.Date, &l.Status, &l.ItemID, &l.ItemPosition,
			&l.ItemTitle, &l.PointID, &l.PointPosition, &l.PointText); err != nil {
			return nil, err
		}
		out = append(out, l)
	}
	return out, rows.Err()
}
