package plan

import (
	"context"
	"reflect"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// press sends one key to m and settles what follows.
func press(t *testing.T, m Commitments, k tea.KeyMsg) Commitments {
	t.Helper()
	m, cmd := m.Update(k)
	return settle(t, m, cmd)
}

// tabTo opens the plan form (e) and moves its focus to the field key.
func tabTo(t *testing.T, m Commitments, key string) Commitments {
	t.Helper()
	m = press(t, m, runes("e"))
	for range 20 {
		if m.ed == nil {
			t.Fatal("e did not open the plan form")
		}
		if m.ed.Focused() == key {
			return m
		}
		m = press(t, m, tea.KeyMsg{Type: tea.KeyTab})
	}
	t.Fatalf("no field %q:\n%s", key, m.View())
	return m
}

// The plan form takes the plan's lead institutions, each marked government or civil
// society; a line with another kind keeps the form open and changes nothing.
func TestPlanLeadsForm(t *testing.T) {
	c, plan, _ := seeded(t)
	c.Height = 40
	m := NewCommitments(c, plan)
	m = settle(t, m, m.Init())
	m = tabTo(t, m, "institutions")
	m = press(t, m, runes("Хмельницька міська рада (орган влади)"))
	m = press(t, m, tea.KeyMsg{Type: tea.KeyCtrlS})
	if m.ed != nil {
		t.Fatalf("the form stayed open:\n%s", m.View())
	}
	want := []store.Institution{{Name: "Хмельницька міська рада", Kind: store.InstitutionGovernment}}
	got, err := c.Store.PlanLeads(context.Background(), plan)
	if err != nil || !reflect.DeepEqual(got, want) {
		t.Fatalf("stored %+v (%v), want %+v", got, err, want)
	}
	m, cmd := m.Update(common.DataChangedMsg{}) // as the root tells every screen after a save
	m = settle(t, m, cmd)
	m = tabTo(t, m, "institutions")
	if !strings.Contains(m.View(), "Хмельницька міська рада (Орган влади)") {
		t.Fatalf("the form does not show the stored lead:\n%s", m.View())
	}
	m = press(t, m, tea.KeyMsg{Type: tea.KeyCtrlU})
	m = press(t, m, runes("ТОВ «Дані» (Бізнес)"))
	m = press(t, m, tea.KeyMsg{Type: tea.KeyCtrlS})
	if m.ed == nil || !strings.Contains(m.View(), "вкажіть у дужках одне з") {
		t.Fatalf("a business leading the plan was not refused:\n%s", m.View())
	}
	if got, _ := c.Store.PlanLeads(context.Background(), plan); !reflect.DeepEqual(got, want) {
		t.Fatalf("a refused form changed the leads: %+v", got)
	}
}
