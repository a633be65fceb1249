package planform

import (
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
)

// month checks an optional month written YYYY-MM.
func month(c common.Common) func(string) string {
	return func(s string) string {
		if s != "" && !store.ValidMonth(s) {
			return c.FieldText("month")
		}
		return ""
	}
}

// Plan is the plan form's fields bound to p, whose typed texts it cleans for the terminal first.
func Plan(c common.Common, p *store.ActionPlan) [][]form.Field {
	oneLine(&p.Title, &p.OGPTitle, &p.PeriodFrom, &p.PeriodTo, &p.SubmittedOn, &p.InceptionDoneOn)
	t := c.T.T
	return [][]form.Field{{
		form.Line("title", t("plan.f.title"), &p.Title).Required(),
		form.Line("ogp_title", t("plan.f.ogp_title"), &p.OGPTitle),
		form.Line("period_from", t("plan.f.period_from"), &p.PeriodFrom).Placeholder("2025-01").Required().Check(month(c)),
		form.Line("period_to", t("plan.f.period_to"), &p.PeriodTo).Placeholder("2026-12").Required().Check(month(c)),
		form.Date("submitted_on", t("plan.f.submitted_on"), &p.SubmittedOn).Placeholder(common.FormatDate("2025-03-15", c.Lang)),
		form.Select("status", t("plan.f.status"), &p.Status, form.Options(c.Lang, store.PlanStatuses...)...),
		form.Date("inception_done_on", t("plan.f.inception_done_on"), &p.InceptionDoneOn).Placeholder(common.FormatDate("2025-05-10", c.Lang)),
	}}
}

// oneLine and multiLine clean stored texts in place before a form shows them: no control
// characters, escape sequences, bidi overrides or zero-width characters.
func oneLine(ps ...*string) {
	for _, p := range ps {
		*p = store.OneLine(*p)
	}
}

func multiLine(ps ...*string) {
	for _, p := range ps {
		*p = store.Clean(*p)
	}
}

// Commitment is the commitment form's fields bound to cm: every field of an OGP commitment
// (OGP ID, title, problem, status quo, objective, implementers, months, values, contact,
// budget) but the statuses, which change with their history. Its typed texts are cleaned for
// the terminal first.
func Commitment(c common.Common, cm *store.Commitment) [][]form.Field {
	oneLine(&cm.OGPID, &cm.Title, &cm.LeadImplementer, &cm.OtherActors, &cm.StartMonth, &cm.EndMonth, &cm.Contact, &cm.Budget)
	multiLine(&cm.Problem, &cm.StatusQuo, &cm.Objective, &cm.HowSolves, &cm.Links)
	t := c.T.T
	return [][]form.Field{
		{
			form.Line("ogp_id", t("commitment.f.ogp_id"), &cm.OGPID).Placeholder("UAKLY0003").Required(),
			form.Line("title", t("commitment.f.title"), &cm.Title).Required(),
			form.Line("lead_implementer", t("commitment.f.lead"), &cm.LeadImplementer),
			form.Line("other_actors", t("commitment.f.actors"), &cm.OtherActors),
			form.Line("start_month", t("commitment.f.start"), &cm.StartMonth).Placeholder("2025-03").Check(month(c)),
			form.Line("end_month", t("commitment.f.end"), &cm.EndMonth).Placeholder("2026-06").Check(month(c)),
		},
		{
			form.Multi("values", t("commitment.f.values"), &cm.Values, form.Options(c.Lang, store.OGPValues...)...),
			form.Select("opened_gov", t("commitment.f.opened_gov"), &cm.OpenedGov, form.Options(c.Lang, store.OpenedGovs...)...),
		},
		{
			form.Text("problem", t("commitment.f.problem"), &cm.Problem, 3),
			form.Text("status_quo", t("commitment.f.status_quo"), &cm.StatusQuo, 3),
		},
		{
			form.Text("objective", t("commitment.f.objective"), &cm.Objective, 3),
			form.Text("how_solves", t("commitment.f.how_solves"), &cm.HowSolves, 3),
		},
		{
			form.Line("contact", t("commitment.f.contact"), &cm.Contact),
			form.Line("budget", t("commitment.f.budget"), &cm.Budget),
			form.Text("links", t("commitment.f.links"), &cm.Links, 2),
		},
	}
}
