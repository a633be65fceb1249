package store

import (
	"context"
	"database/sql"
	"errors"
)

// PlanReport is an Action Plan with every commitment's status, milestones and history, and
// what is overdue or due on the report's day.
type PlanReport struct {
	Plan         ActionPlan
	Today        string        // YYYY-MM-DD the report was made
	InceptionDue string        // the inception assessment's deadline while it is not done, else ""
	Leads        []Institution // the institutions that lead the plan
	Commitments  []CommitmentReport
}

// CommitmentReport is one commitment as the plan report shows it.
type CommitmentReport struct {
	Commitment
	Milestones   []MilestoneReport
	Institutions []Institution // the institutions involved in it
	History      []StatusEvent // oldest first, each with the decision that made it
	Overdue      bool          // its end month has passed and it is neither done nor withdrawn
	AssessDue    string        // the end-of-commitment assessment's deadline while it is not done, else ""
}

// MilestoneReport is a milestone with its overdue flag.
type MilestoneReport struct {
	Milestone
	Overdue bool // its end date has passed and it is not done
}

// OverdueMilestones counts the commitment's overdue milestones.
func (c CommitmentReport) OverdueMilestones() int {
	n := 0
	for _, m := range c.Milestones {
		if m.Overdue {
			n++
		}
	}
	return n
}

// PlanReport reads one Action Plan whole; planID 0 picks the plan in progress (else the latest).
func (s *Store) PlanReport(ctx context.Context, planID int64) (PlanReport, error) {
	today := s.today()
	if planID == 0 {
		id, err := currentPlanID(ctx, s.db)
		if err != nil {
			return PlanReport{}, err
		}
		planID = id
	}
	return planReport(ctx, s.db, planID, today)
}

// planIDs lists every Action Plan, oldest first (open data exports them all).
const planIDs = "SELECT id FROM action_plan ORDER BY period_from, id"

func currentPlanID(ctx context.Context, q querier) (int64, error) {
	var id int64
	err := q.QueryRowContext(ctx, `SELECT id FROM action_plan
		ORDER BY status = 'in_progress' DESC, period_from DESC, id DESC LIMIT 1`).Scan(&id)
	if errors.Is(err, sql.ErrNoRows) {
		return 0, ErrNotFound
	}
	return id, mapErr(err)
}

func planReport(ctx context.Context, q querier, planID int64, today string) (PlanReport, error) {
	r := PlanReport{Today: today}
	p := &r.Plan
	err := q.QueryRowContext(ctx, `SELECT id, title, ogp_title, period_from, period_to, submitted_on, status,
		inception_done_on FROM action_plan WHERE id = ?`, planID).Scan(&p.ID, &p.Title, &p.OGPTitle,
		&p.PeriodFrom, &p.PeriodTo, &p.SubmittedOn, &p.Status, &p.InceptionDoneOn)
	if errors.Is(err, sql.ErrNoRows) {
		return r, ErrNotFound
	}
	if err != nil {
		return r, mapErr(err)
	}
	if r.Leads, err = readInstitutions(ctx, q, planLeads, planID); err != nil {
		return r, err
	}
	if p.SubmittedOn != "" && p.InceptionDoneOn == "" {
		r.InceptionDue = InceptionDue(p.SubmittedOn)
	}
	if r.Commitments, err = reportCommitments(ctx, q, planID, today); err != nil {
		return r, err
	}
	byID := map[int64]*CommitmentReport{}
	for i := range r.Commitments {
		byID[r.Commitments[i].ID] = &r.Commitments[i]
	}
	for _, read := range []func(context.Context, querier, int64, string, map[int64]*CommitmentReport) error{
		reportValues, reportMilestones, reportHistory, reportInstitutions,
	} {
		if err := read(ctx, q, planID, today, byID); err != nil {
			return r, err
		}
	}
	return r, nil
}

func reportCommitments(ctx context.Context, q querier, planID int64, today string) ([]CommitmentReport, error) {
	rows, err := q.QueryContext(ctx, `SELECT id, plan_id, position_no, ogp_id, title, problem, status_quo, objective,
		how_solves, lead_implementer, other_actors, start_month, end_month, contact, budget, links, impl_status,
		completion, opened_gov, withdrawn, end_assessed_on
		FROM commitment WHERE plan_id = ? ORDER BY position_no, ogp_id`, planID)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	month := today[:7]
	var out []CommitmentReport
	for rows.Next() {
		var c CommitmentReport
		k := &c.Commitment
		if err := rows.Scan(&k.ID, &k.PlanID, &k.Position, &k.OGPID, &k.Title, &k.Problem, &k.StatusQuo, &k.Objective,
			&k.HowSolves, &k.LeadImplementer, &k.OtherActors, &k.StartMonth, &k.EndMonth, &k.Contact, &k.Budget,
			&k.Links, &k.ImplStatus, &k.Completion, &k.OpenedGov, &k.Withdrawn, &k.EndAssessedOn); err != nil {
			return nil, err
		}
		ended := k.EndMonth != "" && k.EndMonth < month
		c.Overdue = ended && !k.Withdrawn && k.ImplStatus != ImplDone && k.ImplStatus != ImplNotDone
		if ended && !k.Withdrawn && k.EndAssessedOn == "" {
			c.AssessDue = EndAssessmentDue(k.EndMonth)
		}
		out = append(out, c)
	}
	return out, rows.Err()
}

const commitmentsOfPlan = "commitment_id IN (SELECT id FROM commitment WHERE plan_id = ?)"

func reportValues(ctx context.Context, q querier, planID int64, _ string, byID map[int64]*CommitmentReport) error {
	rows, err := q.QueryContext(ctx, "SELECT commitment_id, value FROM commitment_value WHERE "+commitmentsOfPlan, planID)
	if err != nil {
		return mapErr(err)
	}
	defer rows.Close()
	got := map[int64]map[OGPValue]bool{}
	for rows.Next() {
		var id int64
		var v OGPValue
		if err := rows.Scan(&id, &v); err != nil {
			return err
		}
		if got[id] == nil {
			got[id] = map[OGPValue]bool{}
		}
		got[id][v] = true
	}
	for id, c := range byID {
		for _, v := range OGPValues { // the vocabulary's order, whatever the table's
			if got[id][v] {
				c.Values = append(c.Values, v)
			}
		}
	}
	return rows.Err()
}

func reportMilestones(ctx context.Context, q querier, planID int64, today string, byID map[int64]*CommitmentReport) error {
	rows, err := q.QueryContext(ctx, `SELECT id, commitment_id, position_no, deliverable, start_date, end_date, done_on, evidence
		FROM milestone WHERE `+commitmentsOfPlan+` ORDER BY position_no, id`, planID)
	if err != nil {
		return mapErr(err)
	}
	defer rows.Close()
	for rows.Next() {
		var m MilestoneReport
		if err := rows.Scan(&m.ID, &m.CommitmentID, &m.Position, &m.Deliverable, &m.StartDate, &m.EndDate,
			&m.DoneOn, &m.Evidence); err != nil {
			return err
		}
		c := byID[m.CommitmentID]
		if c == nil {
			continue
		}
		m.Overdue = m.DoneOn == "" && m.EndDate != "" && m.EndDate < today && !c.Withdrawn
		c.Milestones = append(c.Milestones, m)
	}
	return rows.Err()
}

func reportHistory(ctx context.Context, q querier, planID int64, _ string, byID map[int64]*CommitmentReport) error {
	events, err := statusEvents(ctx, q, "sc."+commitmentsOfPlan, planID)
	for _, e := range events {
		if c := byID[e.CommitmentID]; c != nil {
			c.History = append(c.History, e)
		}
	}
	return err
}

func reportInstitutions(ctx context.Context, q querier, planID int64, _ string, byID map[int64]*CommitmentReport) error {
	rows, err := q.QueryContext(ctx, "SELECT commitment_id, name, kind FROM commitment_institution WHERE "+commitmentsOfPlan+
		" ORDER BY commitment_id, position_no", planID)
	if err != nil {
		return mapErr(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var in Institution
		if err := rows.Scan(&id, &in.Name, &in.Kind); err != nil {
			return err
		}
		if c := byID[id]; c != nil {
			c.Institutions = append(c.Institutions, in)
		}
	}
	return rows.Err()
}
