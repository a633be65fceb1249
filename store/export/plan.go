package export

import (
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/export/doc"
)

// PlanReport writes an Action Plan's progress: Markdown or HTML for people (status,
// completion, milestones, what is overdue and what is due), CSV or JSON for machines.
func PlanReport(w io.Writer, r store.PlanReport, f Format, lang string) error {
	switch f {
	case CSV:
		return planCSV(w, r, normLang(lang))
	case JSON:
		return planJSON(w, r)
	case Markdown, HTML:
		return write(w, PlanDocument(r, lang), f)
	}
	return fmt.Errorf("format %q: use md, html, csv or json", f)
}

var planWords = phrases{
	"report":               {"Звіт про виконання плану дій", "Action Plan progress report"},
	"period":               {"Період: %s – %s.", "Period: %s – %s."},
	"as_of":                {"Станом на %s.", "As of %s."},
	"plan_status":          {"Стан плану: %s.", "Plan status: %s."},
	"inception":            {"Початкову оцінку (inception) слід провести до %s.", "The inception assessment is due by %s."},
	"overdue":              {"Прострочено", "Overdue"},
	"none_overdue":         {"Прострочених зобов'язань і етапів немає.", "Nothing is overdue."},
	"summary":              {"Зведення", "Summary"},
	"no":                   {"№", "No."},
	"ogp_id":               {"OGP ID", "OGP ID"},
	"commitment":           {"Зобов'язання", "Commitment"},
	"impl":                 {"Стан виконання", "Implementation status"},
	"completion":           {"Рівень виконання", "Completion"},
	"milestones":           {"Етапи", "Milestones"},
	"milestone":            {"Етап", "Milestone"},
	"start":                {"Початок", "Start"},
	"end":                  {"Кінець", "End"},
	"done_on":              {"Виконано", "Done on"},
	"state":                {"Стан", "State"},
	"lead":                 {"Головний виконавець", "Lead implementing agency"},
	"others":               {"Інші учасники", "Other actors"},
	"term":                 {"Строк", "Term"},
	"values":               {"Цінності OGP", "OGP values"},
	"opened":               {"Чи відкрило врядування", "Did it open government?"},
	"withdrawn":            {"Зобов'язання відкликано.", "The commitment was withdrawn."},
	"is_overdue":           {"Строк виконання минув, а зобов'язання не виконано.", "Its term has ended and it is not done."},
	"assess_due":           {"Оцінку після завершення слід провести до %s.", "The end-of-commitment assessment is due by %s."},
	"history":              {"Історія змін", "History"},
	"ms_done":              {"Виконано", "Done"},
	"ms_overdue":           {"Прострочено", "Overdue"},
	"ms_open":              {"Виконується", "In progress"},
	"scale.implementation": {"Стан виконання", "Implementation status"},
	"scale.completion":     {"Рівень виконання", "Completion"},
	"scale.withdrawn":      {"Відкликання", "Withdrawal"},
}

// pw is the plan report's phrase key in lang.
func pw(lang, key string, args ...any) string { return planWords.in(lang, key, args...) }

// PlanDocument builds the plan report as a document.
func PlanDocument(r store.PlanReport, lang string) doc.Document {
	lang = normLang(lang)
	b := &builder{lang: lang}
	b.heading(1, pw(lang, "report"))
	b.heading(2, r.Plan.Title)
	b.para(doc.Run{Text: joinNonEmpty(" ", pw(lang, "period", month(r.Plan.PeriodFrom), month(r.Plan.PeriodTo)),
		pw(lang, "plan_status", r.Plan.Status.Label(lang)), pw(lang, "as_of", date(lang, r.Today)))})
	if r.InceptionDue != "" {
		b.para(doc.Run{Text: pw(lang, "inception", date(lang, r.InceptionDue)), Bold: true})
	}
	b.overdue(r)
	b.heading(2, pw(lang, "summary"))
	t := doc.Table{Borders: true, Header: []string{pw(lang, "no"), pw(lang, "ogp_id"), pw(lang, "commitment"),
		pw(lang, "impl"), pw(lang, "completion"), pw(lang, "milestones"), pw(lang, "overdue")}}
	for i, c := range r.Commitments {
		t.Rows = append(t.Rows, []string{strconv.Itoa(i + 1), c.OGPID, c.Title, implLabel(c, lang), c.Completion.Label(lang),
			fmt.Sprintf("%d/%d", doneMilestones(c), len(c.Milestones)), strconv.Itoa(c.OverdueMilestones())})
	}
	b.add(t)
	for _, c := range r.Commitments {
		b.commitment(c)
	}
	return doc.Document{Lang: lang, Title: pw(lang, "report") + " — " + r.Plan.Title, Blocks: b.blocks}
}

func implLabel(c store.CommitmentReport, lang string) string {
	s := c.ImplStatus.Label(lang)
	if c.Withdrawn {
		s += " (" + strings.TrimSuffix(pw(lang, "withdrawn"), ".") + ")"
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
	b.heading(2, pw(b.lang, "overdue"))
	if len(items) == 0 {
		b.para(doc.Run{Text: pw(b.lang, "none_overdue")})
		return
	}
	b.add(doc.List{Items: items})
}

func (b *builder) commitment(c store.CommitmentReport) {
	lang := b.lang
	b.heading(2, c.OGPID+". "+c.Title)
	var values []string
	for _, v := range c.Values {
		values = append(values, v.Label(lang))
	}
	facts := [][2]string{
		{pw(lang, "lead"), c.LeadImplementer}, {pw(lang, "others"), c.OtherActors},
		{pw(lang, "term"), joinNonEmpty(" – ", month(c.StartMonth), month(c.EndMonth))},
		{pw(lang, "values"), strings.Join(values, "; ")},
		{pw(lang, "impl"), c.ImplStatus.Label(lang)}, {pw(lang, "completion"), c.Completion.Label(lang)},
	}
	if c.OpenedGov != store.OpenedGovNone {
		facts = append(facts, [2]string{pw(lang, "opened"), c.OpenedGov.Label(lang)})
	}
	for _, f := range facts {
		if strings.TrimSpace(f[1]) != "" {
			b.labelled(f[0]+":", f[1])
		}
	}
	if c.Withdrawn {
		b.para(doc.Run{Text: pw(lang, "withdrawn"), Bold: true})
	}
	if c.Overdue {
		b.para(doc.Run{Text: pw(lang, "is_overdue"), Bold: true})
	}
	if c.AssessDue != "" {
		b.para(doc.Run{Text: pw(lang, "assess_due", date(lang, c.AssessDue))})
	}
	if len(c.Milestones) > 0 {
		b.add(b.milestoneTable(c))
	}
	b.history(c)
}

func (b *builder) milestoneTable(c store.CommitmentReport) doc.Table {
	lang := b.lang
	t := doc.Table{Borders: true, Header: []string{pw(lang, "no"), pw(lang, "milestone"), pw(lang, "start"),
		pw(lang, "end"), pw(lang, "done_on"), pw(lang, "state")}}
	for i, m := range c.Milestones {
		t.Rows = append(t.Rows, []string{strconv.Itoa(i + 1), m.Deliverable, date(lang, m.StartDate), date(lang, m.EndDate),
			date(lang, m.DoneOn), milestoneState(m, lang)})
	}
	return t
}

func milestoneState(m store.MilestoneReport, lang string) string {
	switch {
	case m.DoneOn != "":
		return pw(lang, "ms_done")
	case m.Overdue:
		return pw(lang, "ms_overdue")
	}
	return pw(lang, "ms_open")
}

func (b *builder) history(c store.CommitmentReport) {
	if len(c.History) == 0 {
		return
	}
	b.label(pw(b.lang, "history") + ":")
	var items [][]doc.Run
	for _, h := range c.History {
		line := date(b.lang, h.ChangedOn) + ". " + pw(b.lang, "scale."+h.Scale) + ": " +
			joinNonEmpty(" → ", scaleLabel(h.Scale, h.From, b.lang), scaleLabel(h.Scale, h.To, b.lang))
		line = joinNonEmpty(". ", line, h.Note, nameIn(b.lang, h.ChangedBy))
		items = append(items, []doc.Run{{Text: sentence(line)}})
	}
	b.add(doc.List{Items: items})
}

// scaleLabel names a value of one of the status scales.
func scaleLabel(scale, v, lang string) string {
	switch scale {
	case "implementation":
		return store.ImplStatus(v).Label(lang)
	case "completion":
		return store.Completion(v).Label(lang)
	case "withdrawn":
		yes := v == "1" || v == "true" || v == "yes"
		if lang == "en" {
			return pick(yes, "yes", "no")
		}
		return pick(yes, "так", "ні")
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

// planCSV is one row per commitment, for spreadsheets.
func planCSV(w io.Writer, r store.PlanReport, lang string) error {
	cs, _ := store.CommitmentsOf(r)
	rows := make([][]string, 0, len(cs))
	for i, c := range cs {
		k := r.Commitments[i]
		rows = append(rows, []string{c.UID, c.Title, c.LeadImplementer, nullable(c.StartMonth), nullable(c.EndMonth),
			string(k.ImplStatus), k.ImplStatus.Label(lang), string(k.Completion), k.Completion.Label(lang), c.Withdrawn,
			strconv.Itoa(c.Milestones), strconv.Itoa(c.MilestonesDone), strconv.Itoa(c.MilestonesOverdue),
			strconv.FormatBool(k.Overdue), nullable(k.AssessDue)})
	}
	return writeCSV(w, []string{"uid", "title", "leadImplementer", "startMonth", "endMonth", "implStatus", "implStatusLabel",
		"completion", "completionLabel", "withdrawn", "milestones", "milestonesDone", "milestonesOverdue", "overdue", "assessmentDue"}, rows)
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
	type change struct {
		Date  string  `json:"date"`
		Scale string  `json:"scale"`
		From  *string `json:"from"`
		To    string  `json:"to"`
		By    *string `json:"by"`
		Note  *string `json:"note"`
	}
	type commitment struct {
		UID             string      `json:"uid"`
		Title           string      `json:"title"`
		LeadImplementer *string     `json:"leadImplementer"`
		StartMonth      *string     `json:"startMonth"`
		EndMonth        *string     `json:"endMonth"`
		Values          []string    `json:"values"`
		ImplStatus      string      `json:"implStatus"`
		Completion      string      `json:"completion"`
		Withdrawn       bool        `json:"withdrawn"`
		Overdue         bool        `json:"overdue"`
		AssessmentDue   *string     `json:"assessmentDue"`
		Milestones      []milestone `json:"milestones"`
		History         []change    `json:"history"`
	}
	out := struct {
		Plan         string       `json:"plan"`
		PeriodFrom   *string      `json:"periodFrom"`
		PeriodTo     *string      `json:"periodTo"`
		Status       string       `json:"status"`
		AsOf         string       `json:"asOf"`
		InceptionDue *string      `json:"inceptionDue"`
		Commitments  []commitment `json:"commitments"`
	}{Plan: clean(r.Plan.Title), PeriodFrom: ptr(r.Plan.PeriodFrom), PeriodTo: ptr(r.Plan.PeriodTo),
		Status: string(r.Plan.Status), AsOf: r.Today, InceptionDue: ptr(r.InceptionDue), Commitments: []commitment{}}
	for _, c := range r.Commitments {
		jc := commitment{UID: clean(c.OGPID), Title: clean(c.Title), LeadImplementer: ptr(c.LeadImplementer),
			StartMonth: ptr(c.StartMonth), EndMonth: ptr(c.EndMonth), Values: []string{}, ImplStatus: string(c.ImplStatus),
			Completion: string(c.Completion), Withdrawn: c.Withdrawn, Overdue: c.Overdue, AssessmentDue: ptr(c.AssessDue),
			Milestones: []milestone{}, History: []change{}}
		for _, v := range c.Values {
			jc.Values = append(jc.Values, string(v))
		}
		for i, m := range c.Milestones {
			jc.Milestones = append(jc.Milestones, milestone{i + 1, clean(m.Deliverable), ptr(m.StartDate), ptr(m.EndDate), ptr(m.DoneOn), m.Overdue})
		}
		for _, h := range c.History {
			jc.History = append(jc.History, change{h.ChangedOn, h.Scale, ptr(h.From), clean(h.To), ptr(h.ChangedBy), ptr(h.Note)})
		}
		out.Commitments = append(out.Commitments, jc)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(out)
}
