package plan

import (
	"errors"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

type assessSavedMsg struct{ err error }

// assessForm asks which assessment was made and when (an empty date marks it not done).
func (m Commitments) assessForm() *huh.Form {
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
	return huh.NewForm(huh.NewGroup(
		huh.NewSelect[int]().Title(t.T("plan.f.assessment")).Options(opts...).Value(&m.assessD.Pick),
		huh.NewInput().Title(t.T("plan.f.assessed_on")).Description(t.T("plan.f.assessed_on_hint")).
			Value(&m.assessD.Date).Validate(doneDate(m.c)),
	))
}

// doneDate accepts "" (not done yet) or a real date that is not in the future.
func doneDate(c common.Common) func(string) error {
	return func(s string) error {
		switch s = strings.TrimSpace(s); {
		case s == "":
			return nil
		case !store.ValidDate(s):
			return errors.New(c.FieldText("date"))
		case s > c.Today():
			return errors.New(c.FieldText("future"))
		}
		return nil
	}
}

func saveAssessment(s *store.Store, planID int64, due []store.Assessment, d assessDraft) tea.Cmd {
	if d.Pick < 0 || d.Pick >= len(due) {
		return nil
	}
	a := due[d.Pick]
	date := strings.TrimSpace(d.Date)
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		if a.Kind == store.AssessInception {
			return assessSavedMsg{err: s.SetInceptionDone(ctx, planID, date)}
		}
		return assessSavedMsg{err: s.SetEndAssessed(ctx, a.CommitmentID, date)}
	}
}
