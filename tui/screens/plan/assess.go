package plan

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
)

type assessSavedMsg struct{ err error }

// assessForm asks which assessment was made and when (an empty date marks it not done).
func (m Commitments) assessForm() [][]form.Field {
	t := m.c.T
	opts := make([]huh.Option[int], len(m.due))
	for i, a := range m.due {
		label := t.T("plan.assess_inception")
		if a.Kind == store.AssessEnd {
			label = a.OGPID + " " + store.OneLine(a.Title)
		}
		if a.Done() {
			label += " ✓ " + common.FormatDate(a.DoneOn, m.c.Lang)
		}
		opts[i] = huh.NewOption(label, i)
	}
	return [][]form.Field{{
		form.Select("assessment", t.T("plan.f.assessment"), &m.assessD.Pick, opts...),
		form.Date("assessed_on", t.T("plan.f.assessed_on"), &m.assessD.Date).Help(t.T("plan.f.assessed_on_hint")).Check(notAhead(m.c)),
	}}
}

// notAhead refuses a date in the future ("" means not done yet).
func notAhead(c common.Common) func(string) string {
	return func(s string) string {
		if form.ISODate(s) > c.Today() {
			return c.FieldText("future")
		}
		return ""
	}
}

func saveAssessment(s *store.Store, planID int64, due []store.Assessment, d assessDraft) tea.Cmd {
	if d.Pick < 0 || d.Pick >= len(due) {
		return nil
	}
	a := due[d.Pick]
	date := form.ISODate(d.Date)
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		if a.Kind == store.AssessInception {
			return assessSavedMsg{err: s.SetInceptionDone(ctx, planID, date)}
		}
		return assessSavedMsg{err: s.SetEndAssessed(ctx, a.CommitmentID, date)}
	}
}
