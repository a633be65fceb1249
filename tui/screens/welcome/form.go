package welcome

import (
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
)

// draft holds what was typed; the form writes into it, so it survives a rebuilt form.
type draft struct {
	NameUK, NameEN, CityUK, CityEN string
	Quorum                         store.QuorumRule
	Decision                       store.DecisionRule
	Tie                            store.TieRule
}

func newDraft() *draft {
	c := store.DefaultCouncil()
	return &draft{NameUK: c.NameUK, NameEN: c.NameEN, Quorum: c.QuorumRule, Decision: c.DecisionRule, Tie: c.TieRule}
}

// council is the draft as the store's settings.
func (d *draft) council() store.Council {
	c := store.DefaultCouncil()
	c.NameUK, c.NameEN, c.CityUK, c.CityEN = d.NameUK, d.NameEN, d.CityUK, d.CityEN
	c.QuorumRule, c.DecisionRule, c.TieRule = d.Quorum, d.Decision, d.Tie
	return c
}

// newForm is the founding form over m.draft; it checks the draft as the store will.
func (m Model) newForm() form.Model {
	t, d, lang := m.c.T, m.draft, m.c.Lang
	return form.New(m.c, "welcome", t.T("welcome.form_title"), []form.Field{
		form.Line("name_uk", t.T("welcome.field.name_uk"), &d.NameUK),
		form.Line("name_en", t.T("welcome.field.name_en"), &d.NameEN),
		form.Line("city_uk", t.T("welcome.field.city_uk"), &d.CityUK).Help(t.T("welcome.field.city_uk_help")),
		form.Line("city_en", t.T("welcome.field.city_en"), &d.CityEN),
		form.Select("quorum_rule", t.T("welcome.field.quorum"), &d.Quorum, form.Options(lang, store.QuorumHalf, store.QuorumTwoThirds)...),
		form.Select("decision_rule", t.T("welcome.field.decision"), &d.Decision,
			form.Options(lang, store.DecisionPresentMajority, store.DecisionMembershipMajority, store.DecisionPresentTwoThirds)...),
		form.Select("tie_rule", t.T("welcome.field.tie"), &d.Tie, form.Options(lang, store.TiePresidingDecides, store.TieFails)...),
	}).Checked(func() map[string]string { return m.c.FieldErrors(store.ValidateCouncil(d.council())) })
}
