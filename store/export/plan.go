package export

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/export/doc"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// PlanReport writes an Action Plan's progress: Markdown or HTML for people (status,
// completion, milestones, what is overdue and what is due), CSV or JSON for machines.
func PlanReport(w io.Writer, r store.PlanReport, f Format, lang i18n.Lang) error {
	switch f {
	case CSV:
		return planCSV(w, r, lang.OrDefault())
	case JSON:
		return planJSON(w, r)
	case Markdown, HTML:
		return write(w, PlanDocument(r, lang), f)
	}
	return fmt.Errorf("format %q: use md, html, csv or json", f)
}

// PlanDocument builds the plan report as a document.
func PlanDocument(r store.PlanReport, lang i18n.Lang) doc.Document {
	lang = lang.OrDefault()
	b := &builder{lang: lang}
	b.heading(1, word(lang, "doc.plan.report"))
	b.heading(2, r.Plan.Title)
	b.para(doc.Run{Text: joinNonEmpty(" ", word(lang, "doc.plan.period", map[string]any{"From": month(r.Plan.PeriodFrom), "To": month(r.Plan.PeriodTo)}),
		word(lang, "doc.plan.plan_status", map[string]any{"Status": i18n.New(lang).Label(r.Plan.Status)}), word(lang, "doc.plan.as_of", map[string]any{"Date": date(lang, r.Today)}))})
	b.planFacts(r.Plan)
	if r.InceptionDue != "" {
		b.para(doc.Run{Text: word(lang, "doc.plan.inception", map[string]any{"Date": date(lang, r.InceptionDue)}), Bold: true})
	}
	b.overdue(r)
	b.heading(2, word(lang, "doc.plan.summary"))
	t := doc.Table{Borders: true, Header: []string{word(lang, "doc.plan.no"), word(lang, "doc.plan.ogp_id"), word(lang, "doc.plan.commitment"),
		word(lang, "doc.plan.impl"), word(lang, "doc.plan.completion"), word(lang, "doc.plan.milestones"), word(lang, "doc.plan.overdue")}}
	for i, c := range r.Commitments {
		t.Rows = append(t.Rows, []string{strconv.Itoa(i + 1), c.OGPID, c.Title, implLabel(c, lang), i18n.New(lang).Label(c.Completion),
			fmt.Sprintf("%d/%d", doneMilestones(c), len(c.Milestones)), strconv.Itoa(c.OverdueMilestones())})
	}
	b.add(t)
	for _, c := range r.Commitments {
		b.commitment(c)
	}
	return doc.Document{Lang: lang, Title: word(lang, "doc.plan.report") + " — " + r.Plan.Title, Blocks: b.blocks}
}

// planFacts writes what was entered about the plan itself: its OGP title, when it was
// submitted and when its inception assessment was done.
func (b *builder) planFacts(p store.ActionPlan) {
	lang := b.lang
	if p.OGPTitle != "" {
		b.labelled(word(lang, "doc.plan.ogp_title")+":", p.OGPTitle)
	}
	if p.SubmittedOn != "" {
		b.labelled(word(lang, "doc.plan.submitted")+":", date(lang, p.SubmittedOn))
	}
	if p.InceptionDoneOn != "" {
		b.para(doc.Run{Text: word(lang, "doc.plan.inception_done", map[string]any{"Date": date(lang, p.InceptionDoneOn)})})
	}
}

func implLabel(c store.CommitmentReport, lang i18n.Lang) string {
	s := i18n.New(lang).Label(c.ImplStatus)
	if c.Withdrawn {
		s += " (" + strings.TrimSuffix(word(lang, "doc.plan.withdrawn"), ".") + ")"
	}
	return s
}

func doneMilestones(c store.CommitmentReport) int {
	n := 0
	for _, m := range c.Milestones {
		if m.DoneOn != "" {
			n++
		}
	}
	return n
}

// overdue lists the overdue commitments and milestones first, for the council's attention.
func (b *builder) overdue(r store.PlanReport) {
	var items [][]doc.Run
	for _, c := range r.Commitments {
		if c.Overdue {
			items = append(items, []doc.Run{{Text: c.OGPID + " «" + c.Title + "» – " + month(c.EndMonth), Bold: true}})
		}
		for _, m := range c.Milestones {
			if m.Overdue {
				items = append(items, []doc.Run{{Text: c.OGPID + ": " + m.Deliverable + " – " + date(b.lang, m.EndDate)}})
			}
		}
	}
	b.heading(2, word(b.lang, "doc.plan.overdue"))
	if len(items) == 0 {
		b.para(doc.Run{Text: word(b.lang, "doc.plan.none_overdue")})
		return
	}
	b.add(doc.List{Items: items})
}

func (b *builder) commitment(c store.CommitmentReport) {
	lang := b.lang
	b.heading(2, c.OGPID+". "+c.Title)
	var values []string
	for _, v := range c.Values {
		values = append(values, i18n.New(lang).Label(v))
	}
	facts := [][2]string{
		{word(lang, "doc.plan.lead"), c.LeadImplementer}, {word(lang, "doc.plan.others"), c.OtherActors},
		{word(lang, "doc.plan.term"), joinNonEmpty(" – ", month(c.StartMonth), month(c.EndMonth))},
		{word(lang, "doc.plan.values"), strings.Join(values, "; ")},
		{word(lang, "doc.plan.impl"), i18n.New(lang).Label(c.ImplStatus)}, {word(lang, "doc.plan.completion"), i18n.New(lang).Label(c.Completion)},
	}
	if c.OpenedGov != store.OpenedGovNone {
		facts = append(facts, [2]string{word(lang, "doc.plan.opened"), i18n.New(lang).Label(c.OpenedGov)})
	}
	for _, f := range facts {
		if strings.TrimSpace(f[1]) != "" {
			b.labelled(f[0]+":", f[1])
		}
	}
	if c.Withdrawn {
		b.para(doc.Run{Text: word(lang, "doc.plan.withdrawn"), Bold: true})
	}
	if c.Overdue {
		b.para(doc.Run{Text: word(lang, "doc.plan.is_overdue"), Bold: true})
	}
	if c.AssessDue != "" {
		b.para(doc.Run{Text: word(lang, "doc.plan.assess_due", map[string]any{"Date": date(lang, c.AssessDue)})})
	}
	if c.EndAssessedOn != "" {
		b.para(doc.Run{Text: word(lang, "doc.plan.assessed", map[string]any{"Date": date(lang, c.EndAssessedOn)})})
	}
	if len(c.Milestones) > 0 {
		b.add(b.milestoneTable(c))
	}
	b.history(c)
}

func (b *builder) milestoneTable(c store.CommitmentReport) doc.Table {
	lang := b.lang
	t := doc.Table{Borders: true, Header: []string{word(lang, "doc.plan.no"), word(lang, "doc.plan.milestone"), word(lang, "doc.plan.start"),
		word(lang, "doc.plan.end"), word(lang, "doc.plan.done_on"), word(lang, "doc.plan.state")}}
	for i, m := range c.Milestones {
		t.Rows = append(t.Rows, []string{strconv.Itoa(i + 1), m.Deliverable, date(lang, m.StartDate), date(lang, m.EndDate),
			date(lang, m.DoneOn), milestoneState(m, lang)})
	}
	return t
}

func milestoneState(m store.MilestoneReport, lang i18n.Lang) string {
	switch {
	case m.DoneOn != "":
		return word(lang, "doc.plan.ms_done")
	case m.Overdue:
		return word(lang, "doc.plan.ms_overdue")
	}
	return word(lang, "doc.plan.ms_open")
}

func (b *builder) history(c store.CommitmentReport) {
	if len(c.History) == 0 {
		return
	}
	b.label(word(b.lang, "doc.plan.history") + ":")
	var items [][]doc.Run
	for _, h := range c.History {
		items = append(items, []doc.Run{{Text: historyLine(h, b.lang)}})
	}
	b.add(doc.List{Items: items})
}

// historyLine is one status change as a sentence: when, what, why, which decision, who.
func historyLine(h store.StatusEvent, lang i18n.Lang) string {
	change := word(lang, "doc.plan.scale_"+h.Scale) + ": " +
		joinNonEmpty(" → ", scaleLabel(h.Scale, h.From, lang), scaleLabel(h.Scale, h.To, lang))
	return sentences(date(lang, h.ChangedOn), change, h.Note, decision(h, lang), nameIn(lang, h.ChangedBy))
}

// decision names the meeting (and its decision point) that changed a status, or "".
func decision(h store.StatusEvent, lang i18n.Lang) string {
	if h.MeetingID == 0 {
		return ""
	}
	s := word(lang, "doc.plan.decided", map[string]any{"Number": h.MeetingNumber, "Date": date(lang, h.MeetingDate)})
	if h.PointText != "" {
		s += ": «" + strings.TrimSuffix(strings.TrimSpace(h.PointText), ".") + "»"
	}
	return s
}

// scaleLabel names a value of one of the status scales.
func scaleLabel(scale, v string, lang i18n.Lang) string {
	switch scale {
	case "implementation":
		return i18n.New(lang).Label(store.ImplStatus(v))
	case "completion":
		return i18n.New(lang).Label(store.Completion(v))
	case "withdrawn":
		yes := v == "1" || v == "true" || v == "yes"
		return word(lang, pick(yes, "doc.plan.withdrawn_yes", "doc.plan.withdrawn_no"))
	}
	return v
}

// month writes 2026-03 as 03.2026.
func month(m string) string {
	if len(m) != 7 {
		return m
	}
	return m[5:] + "." + m[:4]
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
			c.UID, c.Title, c.LeadImplementer, nullable(c.OtherActors), nullable(c.StartMonth), nullable(c.EndMonth),
			nullable(strings.Join(values, ";")), c.Values,
			string(k.ImplStatus), i18n.New(lang).Label(k.ImplStatus), string(k.Completion), i18n.New(lang).Label(k.Completion), c.Withdrawn,
			strconv.Itoa(c.Milestones), strconv.Itoa(c.MilestonesDone), strconv.Itoa(c.MilestonesOverdue),
			strconv.FormatBool(k.Overdue), nullable(k.AssessDue), nullable(k.EndAssessedOn), nullable(strings.Join(history, "\n"))})
	}
	return writeCSV(w, []string{"plan", "planOgpTitle", "planSubmittedOn", "inceptionDoneOn",
		"uid", "title", "leadImplementer", "otherActors", "startMonth", "endMonth", "values", "valuesLabel",
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
		Decision *decision `json:"decision"`
	}
	type commitment struct {
		UID             string      `json:"uid"`
		Title           string      `json:"title"`
		LeadImplementer *string     `json:"leadImplementer"`
		OtherActors     *string     `json:"otherActors"`
		StartMonth      *string     `json:"startMonth"`
		EndMonth        *string     `json:"endMonth"`
		Values          []string    `json:"values"`
		ImplStatus      string      `json:"implStatus"`
		Completion      string      `json:"completion"`
		Withdrawn       bool        `json:"withdrawn"`
		Overdue         bool        `json:"overdue"`
		AssessmentDue   *string     `json:"assessmentDue"`
		EndAssessedOn   *string     `json:"endAssessedOn"`
		Milestones      []milestone `json:"milestones"`
		History         []change    `json:"history"`
	}
	out := struct {
		Plan            string       `json:"plan"`
		OGPTitle        *string      `json:"ogpTitle"`
		SubmittedOn     *string      `json:"submittedOn"`
		InceptionDoneOn *string      `json:"inceptionDoneOn"`
		PeriodFrom      *string      `json:"periodFrom"`
		PeriodTo        *string      `json:"periodTo"`
		Status          string       `json:"status"`
		AsOf            string       `json:"asOf"`
		InceptionDue    *string      `json:"inceptionDue"`
		Commitments     []commitment `json:"commitments"`
	}{Plan: clean(r.Plan.Title), OGPTitle: ptr(r.Plan.OGPTitle), SubmittedOn: ptr(r.Plan.SubmittedOn),
		InceptionDoneOn: ptr(r.Plan.InceptionDoneOn), PeriodFrom: ptr(r.Plan.PeriodFrom), PeriodTo: ptr(r.Plan.PeriodTo),
		Status: string(r.Plan.Status), AsOf: r.Today, InceptionDue: ptr(r.InceptionDue), Commitments: []commitment{}}
	for _, c := range r.Commitments {
		jc := commitment{UID: clean(c.OGPID), Title: clean(c.Title), LeadImplementer: ptr(c.LeadImplementer),
			OtherActors: ptr(c.OtherActors), StartMonth: ptr(c.StartMonth), EndMonth: ptr(c.EndMonth), Values: []string{}, ImplStatus: string(c.ImplStatus),
			Completion: string(c.Completion), Withdrawn: c.Withdrawn, Overdue: c.Overdue, AssessmentDue: ptr(c.AssessDue),
			EndAssessedOn: ptr(c.EndAssessedOn), Milestones: []milestone{}, History: []change{}}
		for _, v := range c.Values {
			jc.Values = append(jc.Values, string(v))
		}
		for i, m := range c.Milestones {
			jc.Milestones = append(jc.Milestones, milestone{i + 1, clean(m.Deliverable), ptr(m.StartDate), ptr(m.EndDate), ptr(m.DoneOn), m.Overdue})
		}
		for _, h := range c.History {
			ch := change{h.ChangedOn, h.Scale, ptr(h.From), clean(h.To), ptr(h.ChangedBy), ptr(h.Note), nil}
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
