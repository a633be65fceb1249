package welcome

import (
	"errors"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"

	"github.com/charmbracelet/huh"
	"github.com/khmelnytskyi-ogp/rada/store"
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

// newForm builds the founding form over d; fields check themselves with store.ValidateCouncil.
func (m Model) newForm() *huh.Form {
	t, d := m.c.T, m.draft
	quorum := make([]huh.Option[store.QuorumRule], 0, 2)
	for _, r := range []store.QuorumRule{store.QuorumHalf, store.QuorumTwoThirds} {
		quorum = append(quorum, huh.NewOption(t.Label(r), r))
	}
	decision := make([]huh.Option[store.DecisionRule], 0, 3)
	for _, r := range []store.DecisionRule{store.DecisionPresentMajority, store.DecisionMembershipMajority, store.DecisionPresentTwoThirds} {
		decision = append(decision, huh.NewOption(t.Label(r), r))
	}
	tie := make([]huh.Option[store.TieRule], 0, 2)
	for _, r := range []store.TieRule{store.TiePresidingDecides, store.TieFails} {
		tie = append(tie, huh.NewOption(t.Label(r), r))
	}
	f := huh.NewForm(huh.NewGroup(
		huh.NewInput().Key("name_uk").Title(t.T("welcome.field.name_uk")).Value(&d.NameUK).
			Validate(m.check("name_uk", func(c *store.Council, s string) { c.NameUK = s })),
		huh.NewInput().Key("name_en").Title(t.T("welcome.field.name_en")).Value(&d.NameEN),
		huh.NewInput().Key("city_uk").Title(t.T("welcome.field.city_uk")).Value(&d.CityUK),
		huh.NewInput().Key("city_en").Title(t.T("welcome.field.city_en")).Value(&d.CityEN),
		huh.NewSelect[store.QuorumRule]().Key("quorum_rule").Title(t.T("welcome.field.quorum")).Options(quorum...).Value(&d.Quorum),
		huh.NewSelect[store.DecisionRule]().Key("decision_rule").Title(t.T("welcome.field.decision")).Options(decision...).Value(&d.Decision),
		huh.NewSelect[store.TieRule]().Key("tie_rule").Title(t.T("welcome.field.tie")).Options(tie...).Value(&d.Tie),
	)).WithShowHelp(false).WithTheme(huh.ThemeBase()).WithKeyMap(formKeys())
	return form.Fit(f, m.formWidth(), m.formHeight())
}

// formKeys leaves ctrl+c and esc to the screen.
func formKeys() *huh.KeyMap {
	k := huh.NewDefaultKeyMap()
	k.Quit.SetEnabled(false)
	return k
}

// check validates one field as typed, with the message the interface shows for its code.
func (m Model) check(field string, set func(*store.Council, string)) func(string) error {
	return func(s string) error {
		c := m.draft.council()
		set(&c, s)
		var v *store.ValidationError
		if err := store.ValidateCouncil(c); errors.As(err, &v) {
			if fe := v.Field(field); fe != nil {
				return errors.New(m.c.FieldText(fe.Code))
			}
		}
		return nil
	}
}
