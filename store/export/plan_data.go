package export

import (
	"encoding/json"
	"io"
	"strconv"
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// institutionCodes writes each institution for machines: «government: Департамент фінансів; …».
func institutionCodes(list []store.Institution) string {
	parts := make([]string, len(list))
	for i, in := range list {
		parts[i] = string(in.Kind) + ": " + in.Name
	}
	return strings.Join(parts, "; ")
}

// planCSV is one row per commitment, for spreadsheets; the plan's own fields repeat on each
// row, and the status history is one line per change in the report's language.
func planCSV(w io.Writer, r store.PlanReport, lang i18n.Lang) error {
	cs, _ := store.CommitmentsOf(r)
	p := r.Plan
	rows := make([][]string, 0, len(cs))
	for i, c := range cs {
		k := r.Commitments[i]
		var values, history []string
		for _, v := range k.Values {
			values = append(values, string(v))
		}
		for _, h := range k.History {
			history = append(history, historyLine(h, lang))
		}
		rows = append(rows, []string{p.Title, nullable(p.OGPTitle), nullable(p.SubmittedOn), nullable(p.InceptionDoneOn),
			nullable(institutionCodes(r.Leads)), c.UID, c.Title, c.LeadImplementer, nullable(c.OtherActors),
			nullable(institutionCodes(k.Institutions)), nullable(c.StartMonth), nullable(c.EndMonth),
			nullable(strings.Join(values, ";")), c.Values,
			string(k.ImplStatus), i18n.New(lang).Label(k.ImplStatus), string(k.Completion), i18n.New(lang).Label(k.Completion), c.Withdrawn,
			strconv.Itoa(c.Milestones), strconv.Itoa(c.MilestonesDone), strconv.Itoa(c.MilestonesOverdue),
			strconv.FormatBool(k.Overdue), nullable(k.AssessDue), nullable(k.EndAssessedOn), nullable(strings.Join(history, "\n"))})
	}
	return writeCSV(w, []string{"plan", "planOgpTitle", "planSubmittedOn", "inceptionDoneOn", "planLeads",
		"uid", "title", "leadImplementer", "otherActors", "institutions", "startMonth", "endMonth", "values", "valuesLabel",
		"implStatus", "implStatusLabel", "completion", "completionLabel", "withdrawn", "milestones", "milestonesDone", "milestonesOverdue",
		"overdue", "assessmentDue", "endAssessedOn", "history"}, rows)
}

// planJSON is the whole report, nested, for programs.
func planJSON(w io.Writer, r store.PlanReport) error {
	type milestone struct {
		Num         int     `json:"num"`
		Deliverable string  `json:"deliverable"`
		StartDate   *string `json:"startDate"`
		EndDate     *string `json:"endDate"`
		DoneOn      *string `json:"doneOn"`
		Overdue     bool    `json:"overdue"`
	}
	type institution struct {
		Name string `json:"name"`
		Kind string `json:"kind"`
	}
	list := func(in []store.Institution) []institution {
		out := []institution{}
		for _, i := range in {
			out = append(out, institution{clean(i.Name), string(i.Kind)})
		}
		return out
	}
	type decision struct {
		MeetingNumber int     `json:"meetingNumber"`
		MeetingDate   string  `json:"meetingDate"`
		Point         *string `json:"point"`
	}
	type change struct {
		Date     string    `json:"date"`
		Scale    string    `json:"scale"`
		From     *string   `json:"from"`
		To       string    `json:"to"`
		By       *string   `json:"by"`
		Note     *string   `json:"note"`
		Evidence *string   `json:"evidenceOn"`
		Decision *decision `json:"decision"`
	}
	type commitment struct {
		UID             string        `json:"uid"`
		Title           string        `json:"title"`
		LeadImplementer *string       `json:"leadImplementer"`
		OtherActors     *string       `json:"otherActors"`
		Institutions    []institution `json:"institutions"`
		StartMonth      *string       `json:"startMonth"`
		EndMonth        *string       `json:"endMonth"`
		Values          []string      `json:"values"`
		ImplStatus      string        `json:"implStatus"`
		Completion      string        `json:"completion"`
		Withdrawn       bool          `json:"withdrawn"`
		Overdue         bool          `json:"overdue"`
		AssessmentDue   *string       `json:"assessmentDue"`
		EndAssessedOn   *string       `json:"endAssessedOn"`
		Milestones      []milestone   `json:"milestones"`
		History         []change      `json:"history"`
	}
	out := struct {
		Plan            string        `json:"plan"`
		OGPTitle        *string       `json:"ogpTitle"`
		SubmittedOn     *string       `json:"submittedOn"`
		InceptionDoneOn *string       `json:"inceptionDoneOn"`
		Leads           []institution `json:"leads"`
		PeriodFrom      *string       `json:"periodFrom"`
		PeriodTo        *string       `json:"periodTo"`
		Status          string        `json:"status"`
		AsOf            string        `json:"asOf"`
		InceptionDue    *string       `json:"inceptionDue"`
		Commitments     []commitment  `json:"commitments"`
	}{Plan: clean(r.Plan.Title), OGPTitle: ptr(r.Plan.OGPTitle), SubmittedOn: ptr(r.Plan.SubmittedOn),
		InceptionDoneOn: ptr(r.Plan.InceptionDoneOn), Leads: list(r.Leads), PeriodFrom: ptr(r.Plan.PeriodFrom), PeriodTo: ptr(r.Plan.PeriodTo),
		Status: string(r.Plan.Status), AsOf: r.Today, InceptionDue: ptr(r.InceptionDue), Commitments: []commitment{}}
	for _, c := range r.Commitments {
		jc := commitment{UID: clean(c.OGPID), Title: clean(c.Title), LeadImplementer: ptr(c.LeadImplementer),
			OtherActors: ptr(c.OtherActors), Institutions: list(c.Institutions), StartMonth: ptr(c.StartMonth), EndMonth: ptr(c.EndMonth), Values: []string{}, ImplStatus: string(c.ImplStatus),
			Completion: string(c.Completion), Withdrawn: c.Withdrawn, Overdue: c.Overdue, AssessmentDue: ptr(c.AssessDue),
			EndAssessedOn: ptr(c.EndAssessedOn), Milestones: []milestone{}, History: []change{}}
		for _, v := range c.Values {
			jc.Values = append(jc.Values, string(v))
		}
		for i, m := range c.Milestones {
			jc.Milestones = append(jc.Milestones, milestone{i + 1, clean(m.Deliverable), ptr(m.StartDate), ptr(m.EndDate), ptr(m.DoneOn), m.Overdue})
		}
		for _, h := range c.History {
			ch := change{h.ChangedOn, h.Scale, ptr(h.From), clean(h.To), ptr(h.ChangedBy), ptr(h.Note), ptr(h.EvidenceOn), nil}
			if h.MeetingID != 0 {
				ch.Decision = &decision{h.MeetingNumber, h.MeetingDate, ptr(h.PointText)}
			}
			jc.History = append(jc.History, ch)
		}
		out.Commitments = append(out.Commitments, jc)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
