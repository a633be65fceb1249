package plan

import (
	"errors"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// changedMsg reports a delete or a move; status is the catalog id shown when it worked.
type changedMsg struct {
	status string
	err    error
}

// storeCmd runs fn against the store in a command and reports a changedMsg.
func storeCmd(s *store.Store, status string, fn func(*store.Store) error) tea.Cmd {
	return func() tea.Msg { return changedMsg{status: status, err: fn(s)} }
}

func deleteCommitment(s *store.Store, id int64) tea.Cmd {
	return storeCmd(s, "plan.commitment_deleted", func(s *store.Store) error {
		ctx, cancel := common.Context()
		defer cancel()
		return s.DeleteCommitment(ctx, id)
	})
}

func moveCommitment(s *store.Store, id int64, delta int) tea.Cmd {
	return storeCmd(s, "plan.commitment_moved", func(s *store.Store) error {
		ctx, cancel := common.Context()
		defer cancel()
		return s.MoveCommitment(ctx, id, delta)
	})
}

func deletePlan(s *store.Store, id int64) tea.Cmd {
	return storeCmd(s, "plan.plan_deleted", func(s *store.Store) error {
		ctx, cancel := common.Context()
		defer cancel()
		return s.DeletePlan(ctx, id)
	})
}

// afterChange reports a delete or a move: a refusal in words, otherwise a reload.
func afterChange(c common.Common, msg changedMsg) tea.Cmd {
	if msg.err == nil {
		return tea.Batch(common.Changed(), common.Status(c.T.T(msg.status)))
	}
	if text := refusalText(c, msg.err); text != "" {
		return common.Send(common.StatusMsg{Text: text, Err: true})
	}
	return c.Error(msg.err)
}

// refusalText says why a delete was refused and what to do instead; "" for other errors.
func refusalText(c common.Common, err error) string {
	t := c.T
	var inUse *store.InUseError
	switch {
	case errors.As(err, &inUse):
		u := inUse.Use
		var what []string
		for _, n := range []struct {
			id    string
			count int
		}{{"plan.use_items", u.AgendaItems}, {"plan.use_points", u.DecisionPoints}, {"plan.use_changes", u.StatusChanges}} {
			if n.count > 0 {
				what = append(what, t.N(n.id, n.count))
			}
		}
		return t.T("plan.refuse_in_use", map[string]any{"What": strings.Join(what, ", ")})
	case store.RefusalCode(err) == store.RefusePlanNotEmpty:
		return t.T("plan.refuse_plan_not_empty")
	}
	return ""
}
