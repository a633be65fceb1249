package export

import (
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
	if len(r.Leads) > 0 {
		b.labelled(word(lang, "doc.plan.leads")+":", institutions(r.Leads, lang))
	}
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

// institutions writes each institution with its kind: «Департамент фінансів (Орган влади); …».
func institutions(list []store.Institution, lang i18n.Lang) string {
	parts := make([]string, len(list))
	for i, in := range list {
		parts[i] = in.Name + " (" + i18n.New(lang).Label(in.Kind) + ")"
	}
	return strings.Join(parts, "; ")
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
		{word(lang, "doc.plan.involved"), institutions(c.Institutions, lang)},
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
	evidence := ""
	if h.EvidenceOn != "" {
		evidence = word(lang, "doc.plan.evidence", map[string]any{"Date": date(lang, h.EvidenceOn)})
	}
	return sentences(date(lang, h.ChangedOn), change, h.Note, evidence, decision(h, lang), nameIn(lang, h.ChangedBy))
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
