package live

import (
	"context"
	"strconv"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// entry is a speech, a decision point or an assignment of the item on screen: ↑↓ select one,
// e edits it, x or delete removes it.
type entry struct {
	speech *store.Speech
	point  *store.DecisionPoint
	assign *store.AssignmentRow
}

// entries are the item's speeches, then each decision point followed by its assignments, then
// the assignments given by the item as a whole: the order the screen shows them in.
func (m Model) entries() []entry {
	rec := m.live.Record
	out := make([]entry, 0, len(rec.Speeches)+len(rec.Points)+len(rec.Assignments))
	for i := range rec.Speeches {
		out = append(out, entry{speech: &rec.Speeches[i]})
	}
	for i := range rec.Points {
		out = append(out, entry{point: &rec.Points[i]})
		for _, a := range m.assignmentsOf(rec.Points[i].ID) {
			out = append(out, entry{assign: a})
		}
	}
	for _, a := range m.assignmentsOf(0) {
		out = append(out, entry{assign: a})
	}
	return out
}

// assignmentsOf are the assignments given by a point (0: by the item as a whole).
func (m Model) assignmentsOf(pointID int64) []*store.AssignmentRow {
	var out []*store.AssignmentRow
	as := m.live.Record.Assignments
	for i := range as {
		if as[i].PointID == pointID {
			out = append(out, &as[i])
		}
	}
	return out
}

func (m Model) selected() (entry, bool) {
	es := m.entries()
	if m.sel < 0 || m.sel >= len(es) {
		return entry{}, false
	}
	return es[m.sel], true
}

// moveSelection moves the selection; from none, down selects the first and up the last.
func (m Model) moveSelection(delta int) Model {
	n := len(m.entries())
	switch {
	case n == 0:
		m.sel = -1
	case m.sel < 0 && delta < 0:
		m.sel = n - 1
	case m.sel < 0:
		m.sel = 0
	default:
		m.sel = min(max(m.sel+delta, 0), n-1)
	}
	return m
}

// editSelected opens the selected speech, point or assignment in its editor.
func (m Model) editSelected() (Model, tea.Cmd) {
	e, ok := m.selected()
	switch {
	case !ok:
		return m, m.selectFirst()
	case e.speech != nil:
		return m.openForm(formSpeechEdit, e.speech.ID)
	case e.assign != nil:
		return m.openForm(formAssignEdit, e.assign.ID)
	}
	return m.openForm(formPointEdit, e.point.ID)
}

// selectFirst says that e and x act on a selected speech, point or assignment.
func (m Model) selectFirst() tea.Cmd {
	return common.Send(common.StatusMsg{Text: m.c.T.T("live.select_first"), Err: true})
}

// askDelete asks before removing the selected speech, point or assignment.
func (m Model) askDelete() (Model, tea.Cmd) {
	e, ok := m.selected()
	switch {
	case !ok:
		return m, m.selectFirst()
	case e.speech != nil:
		q := m.c.T.T("live.ask_delete_speech", map[string]any{"Name": m.speaker(*e.speech)})
		m.confirm = m.confirm.Ask(askDeleteSpeech+strconv.FormatInt(e.speech.ID, 10), q)
	case e.assign != nil:
		q := m.c.T.T("live.ask_delete_assignment", map[string]any{"Text": store.OneLine(e.assign.Text)})
		m.confirm = m.confirm.Ask(askDeleteAssignment+strconv.FormatInt(e.assign.ID, 10), q)
	default:
		q := m.c.T.T("live.ask_delete_point", map[string]any{"Ref": m.pointRef(e.point.Position)})
		m.confirm = m.confirm.Ask(askDeletePoint+strconv.FormatInt(e.point.ID, 10), q)
	}
	return m, nil
}

// deleteAnswered removes what askDelete asked about; ok is false for other questions.
func (m Model) deleteAnswered(id string) (Model, tea.Cmd, bool) {
	st := m.c.Store
	if rest, ok := strings.CutPrefix(id, askDeleteSpeech); ok {
		n, _ := strconv.ParseInt(rest, 10, 64)
		return m, act(m.c.T.T("live.speech_deleted"), func(ctx context.Context) error { return st.DeleteSpeech(ctx, n) }), true
	}
	if rest, ok := strings.CutPrefix(id, askDeletePoint); ok {
		n, _ := strconv.ParseInt(rest, 10, 64)
		return m, act(m.c.T.T("live.point_deleted"), func(ctx context.Context) error { return st.DeletePoint(ctx, n) }), true
	}
	if rest, ok := strings.CutPrefix(id, askDeleteAssignment); ok {
		n, _ := strconv.ParseInt(rest, 10, 64)
		return m, act(m.c.T.T("live.assignment_deleted"), func(ctx context.Context) error { return st.DeleteAssignment(ctx, n) }), true
	}
	return m, nil, false
}

func (m Model) speechByID(id int64) (store.Speech, bool) {
	for _, sp := range m.live.Record.Speeches {
		if sp.ID == id {
			return sp, true
		}
	}
	return store.Speech{}, false
}

func (m Model) pointByID(id int64) (store.DecisionPoint, bool) {
	for _, p := range m.live.Record.Points {
		if p.ID == id {
			return p, true
		}
	}
	return store.DecisionPoint{}, false
}

func (m Model) assignmentByID(id int64) (store.AssignmentRow, bool) {
	for _, a := range m.live.Record.Assignments {
		if a.ID == id {
			return a, true
		}
	}
	return store.AssignmentRow{}, false
}
