package plan

import (
	"github.com/charmbracelet/bubbles/key"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/keys"
)

// summaryKeys are the plan summary's own keys.
type summaryKeys struct {
	Open, New, Edit, Delete key.Binding
}

func newSummaryKeys(t *i18n.Catalog) summaryKeys {
	return summaryKeys{
		Open:   keys.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t.T("plan.key.open"))),
		New:    keys.NewBinding(key.WithKeys("n"), key.WithHelp("n", t.T("plan.key.new"))),
		Edit:   keys.NewBinding(key.WithKeys("e"), key.WithHelp("e", t.T("plan.key.edit"))),
		Delete: keys.NewBinding(key.WithKeys("d"), key.WithHelp("d", t.T("plan.key.delete_plan"))),
	}
}

// commitmentKeys are the commitments table's own keys.
type commitmentKeys struct {
	Open, New, EditPlan, Status, Value, Implementer, ClearFilters, Assess key.Binding
	Delete, Up, Down                                                      key.Binding
}

func newCommitmentKeys(t *i18n.Catalog) commitmentKeys {
	return commitmentKeys{
		Open:         keys.NewBinding(key.WithKeys("enter"), key.WithHelp("enter", t.T("plan.key.open_commitment"))),
		New:          keys.NewBinding(key.WithKeys("n"), key.WithHelp("n", t.T("plan.key.new_commitment"))),
		EditPlan:     keys.NewBinding(key.WithKeys("e"), key.WithHelp("e", t.T("plan.key.edit"))),
		Status:       keys.NewBinding(key.WithKeys("s"), key.WithHelp("s", t.T("plan.key.filter_status"))),
		Value:        keys.NewBinding(key.WithKeys("v"), key.WithHelp("v", t.T("plan.key.filter_value"))),
		Implementer:  keys.NewBinding(key.WithKeys("i"), key.WithHelp("i", t.T("plan.key.filter_implementer"))),
		ClearFilters: keys.NewBinding(key.WithKeys("backspace"), key.WithHelp("⌫", t.T("plan.key.clear_filters"))),
		Assess:       keys.NewBinding(key.WithKeys("a"), key.WithHelp("a", t.T("plan.key.assess"))),
		Delete:       keys.NewBinding(key.WithKeys("d"), key.WithHelp("d", t.T("plan.key.delete_commitment"))),
		Up:           keys.NewBinding(key.WithKeys("K"), key.WithHelp("K/J", t.T("plan.key.move"))),
		Down:         keys.NewBinding(key.WithKeys("J"), key.WithHelp("J", t.T("plan.key.move"))),
	}
}
