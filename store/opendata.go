package store

import (
	"context"
	"database/sql"
	"fmt"
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// Open-data rows, as data.gov.ua publishes them (CSV in UTF-8, ISO dates): the roll-call
// datasets of local councils, and the Action Plans' commitments and milestones. Empty strings are written as the literal null.

// Motion is one voted agenda item.
type Motion struct {
	UID, Date, AuthorityName, AuthorityID, Convocation, LegislativeSession string
	Num                                                                    int
	Title                                                                  string
	VotingFor, VotingAgainst, VotingAbstain, NotVoting, Absent             int
	VotingResult, Text                                                     string
}

// Voting is one member's vote on a motion, in the five words of the standard.
type Voting struct {
	MotionUID   string
	VoterID     int64
	VoterName   string
	MotionTitle string
	Result      string
}

// OpenCommitment is one commitment as published.
type OpenCommitment struct {
	UID, PlanTitle, Title, LeadImplementer, OtherActors, StartMonth, EndMonth string
	Values, ImplStatus, Completion, Withdrawn, LastChanged                    string
	Milestones, MilestonesDone, MilestonesOverdue                             int
}

// OpenMilestone is one milestone as published.
type OpenMilestone struct {
	UID, CommitmentUID, Deliverable, StartDate, EndDate, DoneOn, Status string
	Num                                                                 int
}

// OpenData is everything `rada export opendata` publishes.
type OpenData struct {
	Motions     []Motion
	Votings     []Voting
	Commitments []OpenCommitment
	Milestones  []OpenMilestone
}

// OpenDataSink receives the open-data rows as they are read: each closed meeting's motions
// and roll calls, oldest first, then each Action Plan's commitments and milestones.
type OpenDataSink interface {
	Meeting([]Motion, []Voting) error
	Plan([]OpenCommitment, []OpenMilestone) error
}

// Feed gives d to sink as one meeting and one plan.
func (d OpenData) Feed(sink OpenDataSink) error {
	if err := sink.Meeting(d.Motions, d.Votings); err != nil {
		return err
	}
	return sink.Plan(d.Commitments, d.Milestones)
}

// Meeting and Plan gather the rows, so that an OpenData is itself a sink.
func (d *OpenData) Meeting(ms []Motion, vs []Voting) error {
	d.Motions, d.Votings = append(d.Motions, ms...), append(d.Votings, vs...)
	return nil
}

func (d *OpenData) Plan(cs []OpenCommitment, ms []OpenMilestone) error {
	d.Commitments, d.Milestones = append(d.Commitments, cs...), append(d.Milestones, ms...)
	return nil
}

// OpenData gathers the open-data sets in memory; FeedOpenData gives them row by row.
func (s *Store) OpenData(ctx context.Context) (OpenData, error) {
	var d OpenData
	err := s.FeedOpenData(ctx, &d)
	return d, err
}

// FeedOpenData reads the open-data sets and gives them to sink as they are read: every
// vote of every closed meeting, read through the same records the minutes are made from,
// and every Action Plan, all in one read transaction so that the sets agree with each other.
func (s *Store) FeedOpenData(ctx context.Context, sink OpenDataSink) error {
	return s.read(ctx, func(tx *sql.Tx) error { return feedOpenData(ctx, tx, s.today(), sink) })
}

func feedOpenData(ctx context.Context, tx *sql.Tx, today string, sink OpenDataSink) error {
	ids, err := meetingIDs(ctx, tx, statusesWhere(MeetingStatus.Held))
	if err != nil {
		return err
	}
	q := newStmtCache(tx)
	defer q.Close()
	for _, id := range ids {
		r, err := meetingRecord(ctx, q, id)
		if err != nil {
			return err
		}
		if err := sink.Meeting(MotionsOf(r)); err != nil {
			return err
		}
	}
	plans, err := idList(ctx, tx, planIDs)
	if err != nil {
		return err
	}
	for _, id := range plans {
		p, err := planReport(ctx, q, id, today)
		if err != nil {
			return err
		}
		if err := sink.Plan(CommitmentsOf(p)); err != nil {
			return err
		}
	}
	return nil
}

// meetingIDs lists the meetings in the given statuses, oldest first.
func meetingIDs(ctx context.Context, q querier, statuses []MeetingStatus) ([]int64, error) {
	marks := strings.TrimSuffix(strings.Repeat("?, ", len(statuses)), ", ")
	args := make([]any, len(statuses))
	for i, st := range statuses {
		args[i] = string(st)
	}
	return idList(ctx, q, "SELECT id FROM meeting WHERE status IN ("+marks+") ORDER BY date, number", args...)
}

// MotionUID identifies a voted item: series, meeting number and item position ("2026-3-1").
func MotionUID(m Meeting, item int) string { return fmt.Sprintf("%s-%d-%d", m.Series, m.Number, item) }

// MotionsOf turns a meeting's votes into motions and their roll calls.
func MotionsOf(r Record) ([]Motion, []Voting) {
	var ms []Motion
	var vs []Voting
	for _, it := range r.Items {
		if it.Result == nil {
			continue
		}
		t := it.Result.Tally
		m := Motion{
			UID: MotionUID(r.Meeting, it.Position), Date: r.Meeting.Date,
			AuthorityName: r.Council.Name(openDataLang), AuthorityID: r.Council.AuthorityCode,
			LegislativeSession: fmt.Sprintf("%d", r.Meeting.Number), Num: it.Position, Title: it.Title,
			VotingFor: t.For, VotingAgainst: t.Against, VotingAbstain: t.Abstain,
			NotVoting: t.NotVoted + t.Recused, Absent: t.Absent,
			VotingResult: resultWords(it.Result.Outcome), Text: pointsText(it.Points),
		}
		if r.Council.Numbering == NumberingTerm {
			m.Convocation = r.Meeting.Series
		}
		ms = append(ms, m)
		for _, v := range r.RollCall(it) {
			vs = append(vs, Voting{MotionUID: m.UID, VoterID: v.MemberID, VoterName: v.Person.FullName,
				MotionTitle: it.Title, Result: v.Choice.OpenData()})
		}
	}
	return ms, vs
}

// openDataLang is the language of the national open-data standards' values: Ukrainian,
// whatever language the documents use.
const openDataLang = i18n.Ukrainian

// resultWords is the outcome as the standard writes it: «Рішення прийнято».
func resultWords(o Outcome) string {
	return i18n.New(openDataLang).T(msgID("result", pick(o.Adopted, "adopted", "rejected")))
}

func pointsText(ps []DecisionPoint) string {
	lines := make([]string, 0, len(ps))
	for _, p := range ps {
		lines = append(lines, strings.TrimSpace(p.Text))
	}
	return strings.Join(lines, "\n")
}

// CommitmentsOf turns a plan report into published commitments and milestones.
func CommitmentsOf(p PlanReport) ([]OpenCommitment, []OpenMilestone) {
	var cs []OpenCommitment
	var ms []OpenMilestone
	for _, c := range p.Commitments {
		oc := OpenCommitment{
			UID: c.OGPID, PlanTitle: p.Plan.Title, Title: c.Title, LeadImplementer: c.LeadImplementer,
			OtherActors: c.OtherActors, StartMonth: c.StartMonth, EndMonth: c.EndMonth,
			Values: valueLabels(c.Values), ImplStatus: i18n.New(openDataLang).Label(c.ImplStatus), Completion: i18n.New(openDataLang).Label(c.Completion),
			Withdrawn: pick(c.Withdrawn, "true", "false"), Milestones: len(c.Milestones),
		}
		if n := len(c.History); n > 0 {
			oc.LastChanged = c.History[n-1].ChangedOn
		}
		for i, m := range c.Milestones {
			om := OpenMilestone{UID: fmt.Sprintf("%s-%d", c.OGPID, i+1), CommitmentUID: c.OGPID, Num: i + 1,
				Deliverable: m.Deliverable, StartDate: m.StartDate, EndDate: m.EndDate, DoneOn: m.DoneOn,
				Status: MilestoneState(m)}
			switch {
			case m.DoneOn != "":
				oc.MilestonesDone++
			case m.Overdue:
				oc.MilestonesOverdue++
			}
			ms = append(ms, om)
		}
		cs = append(cs, oc)
	}
	return cs, ms
}

// MilestoneState is «Виконано», «Прострочено» or «Виконується».
func MilestoneState(m MilestoneReport) string {
	state := "open"
	switch {
	case m.DoneOn != "":
		state = "done"
	case m.Overdue:
		state = "overdue"
	}
	return i18n.New(openDataLang).T(msgID("milestone", state))
}

func valueLabels(vs []OGPValue) string {
	out := make([]string, len(vs))
	for i, v := range vs {
		out[i] = i18n.New(openDataLang).Label(v)
	}
	return strings.Join(out, "; ")
}
