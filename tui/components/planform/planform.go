package planform

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"github.com/charmbracelet/huh"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// check returns a huh validator reporting code for a bad value.
func check(c common.Common, ok func(string) bool, code string) func(string) error {
	return func(s string) error {
		if ok(strings.TrimSpace(s)) {
			return nil
		}
		return errors.New(c.FieldText(code))
	}
}

func required(s string) bool { return s != "" }

func optional(valid func(string) bool) func(string) bool {
	return func(s string) bool { return s == "" || valid(s) }
}

// requiredMonth accepts a month written YYYY-MM.
func requiredMonth(c common.Common) func(string) error {
	return func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New(c.FieldText("required"))
		}
		return check(c, store.ValidMonth, "month")(s)
	}
}

// Plan is the plan form bound to p, whose typed texts it cleans for the terminal first.
func Plan(c common.Common, p *store.ActionPlan) *huh.Form {
	oneLine(&p.Title, &p.OGPTitle, &p.PeriodFrom, &p.PeriodTo, &p.SubmittedOn, &p.InceptionDoneOn)
	t := c.T.T
	statuses := make([]huh.Option[store.PlanStatus], len(store.PlanStatuses))
	for i, s := range store.PlanStatuses {
		statuses[i] = huh.NewOption(c.T.Label(s), s)
	}
	return huh.NewForm(huh.NewGroup(
		huh.NewInput().Title(t("plan.f.title")).Value(&p.Title).Validate(check(c, required, "required")),
		huh.NewInput().Title(t("plan.f.ogp_title")).Value(&p.OGPTitle),
		huh.NewInput().Title(t("plan.f.period_from")).Placeholder("2025-01").Value(&p.PeriodFrom).Validate(requiredMonth(c)),
		huh.NewInput().Title(t("plan.f.period_to")).Placeholder("2026-12").Value(&p.PeriodTo).Validate(requiredMonth(c)),
		huh.NewInput().Title(t("plan.f.submitted_on")).Placeholder("2025-03-15").Value(&p.SubmittedOn).
			Validate(check(c, optional(store.ValidDate), "date")),
		huh.NewSelect[store.PlanStatus]().Title(t("plan.f.status")).Options(statuses...).Value(&p.Status),
		huh.NewInput().Title(t("plan.f.inception_done_on")).Placeholder("2025-05-10").Value(&p.InceptionDoneOn).
			Validate(check(c, optional(store.ValidDate), "date")),
	))
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

// PlanSnapshot is the plan's values as text, to tell whether the form changed them.
func PlanSnapshot(p *store.ActionPlan) func() string {
	return func() string { return fmt.Sprintf("%+v", *p) }
}

// Commitment is the commitment form bound to cm: every field of an OGP commitment (OGP ID,
// title, problem, status quo, objective, implementers, months, values, contact, budget)
// but the statuses, which change with their history. Its typed texts are cleaned for the terminal first.
func Commitment(c common.Common, cm *store.Commitment) *huh.Form {
	oneLine(&cm.OGPID, &cm.Title, &cm.LeadImplementer, &cm.OtherActors, &cm.StartMonth, &cm.EndMonth, &cm.Contact, &cm.Budget)
	multiLine(&cm.Problem, &cm.StatusQuo, &cm.Objective, &cm.HowSolves, &cm.Links)
	t := c.T.T
	values := make([]huh.Option[store.OGPValue], len(store.OGPValues))
	for i, v := range store.OGPValues {
		values[i] = huh.NewOption(c.T.Label(v), v).Selected(cm.HasValue(v))
	}
	opened := make([]huh.Option[store.OpenedGov], len(store.OpenedGovs))
	for i, o := range store.OpenedGovs {
		opened[i] = huh.NewOption(c.T.Label(o), o)
	}
	month := check(c, optional(store.ValidMonth), "month")
	return huh.NewForm(
		huh.NewGroup(
			huh.NewInput().Title(t("commitment.f.ogp_id")).Placeholder("UAKLY0003").Value(&cm.OGPID).
				Validate(check(c, required, "required")),
			huh.NewInput().Title(t("commitment.f.title")).Value(&cm.Title).Validate(check(c, required, "required")),
			huh.NewInput().Title(t("commitment.f.lead")).Value(&cm.LeadImplementer),
			huh.NewInput().Title(t("commitment.f.actors")).Value(&cm.OtherActors),
			huh.NewInput().Title(t("commitment.f.start")).Placeholder("2025-03").Value(&cm.StartMonth).Validate(month),
			huh.NewInput().Title(t("commitment.f.end")).Placeholder("2026-06").Value(&cm.EndMonth).Validate(month),
		),
		huh.NewGroup(
			huh.NewMultiSelect[store.OGPValue]().Title(t("commitment.f.values")).Options(values...).Value(&cm.Values),
			huh.NewSelect[store.OpenedGov]().Title(t("commitment.f.opened_gov")).Options(opened...).Value(&cm.OpenedGov),
		),
		huh.NewGroup(
			huh.NewText().Title(t("commitment.f.problem")).Lines(3).Value(&cm.Problem),
			huh.NewText().Title(t("commitment.f.status_quo")).Lines(3).Value(&cm.StatusQuo),
		),
		huh.NewGroup(
			huh.NewText().Title(t("commitment.f.objective")).Lines(3).Value(&cm.Objective),
			huh.NewText().Title(t("commitment.f.how_solves")).Lines(3).Value(&cm.HowSolves),
		),
		huh.NewGroup(
			huh.NewInput().Title(t("commitment.f.contact")).Value(&cm.Contact),
			huh.NewInput().Title(t("commitment.f.budget")).Value(&cm.Budget),
			huh.NewText().Title(t("commitment.f.links")).Lines(2).Value(&cm.Links),
		),
	)
}

// CommitmentSnapshot is the commitment's values as text.
func CommitmentSnapshot(cm *store.Commitment) func() string {
	return func() string { return fmt.Sprintf("%+v", *cm) }
}

// ErrorText names each field a save refused and why, for the line over the form.
func ErrorText(c common.Common, err error) string {
	fields := c.FieldErrors(err)
	if len(fields) == 0 {
		return c.ErrText(err)
	}
	names := make([]string, 0, len(fields))
	for f := range fields {
		names = append(names, f)
	}
	sort.Strings(names)
	parts := make([]string, len(names))
	for i, f := range names {
		parts[i] = c.T.T("field_name."+f) + ": " + fields[f]
	}
	return strings.Join(parts, "; ")
}
