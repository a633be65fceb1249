package live

import (
	"context"
	"strconv"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// entry is a speech or a decision point of the item on screen: ↑↓ select one, e edits it,
// x or delete removes it.
type entry struct {
	speech *store.Speech
	point  *store.DecisionPoint
}

// entries are the item's speeches, then its decision points, in the order the screen shows them.
func (m Model) entries() []entry {
	rec := m.live.Record
	out := make([]entry, 0, len(rec.Speeches)+len(rec.Points))
	for i := range rec.Speeches {
		out = append(out, entry{speech: &rec.Speeches[i]})
	}
	for i := range rec.Points {
		out = append(out, entry{point: &rec.Points[i]})
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

// editSelected opens the selected speech or point in its editor.
func (m Model) editSelected() (Model, tea.Cmd) {
	e, ok := m.selected()
	switch {
	case !ok:
		return m, m.selectFirst()
	case e.speech != nil:
		return m.openForm(formSpeechEdit, e.speech.ID)
	}
	return m.openForm(formPointEdit, e.point.ID)
}

// selectFirst says that e and x act on a selected speech or point.
func (m Model) selectFirst() tea.Cmd {
	return common.Send(common.StatusMsg{Text: m.c.T.T("live.select_first"), Err: true})
}

// askDelete asks before removing the selected speech or point.
func (m Model) askDelete() (Model, tea.Cmd) {
	e, ok := m.selected()
	switch {
	case !ok:
		return m, m.selectFirst()
	case e.speech != nil:
		q := m.c.T.T("live.ask_delete_speech", map[string]any{"Name": m.speaker(*e.speech)})
		m.confirm = m.confirm.Ask(askDeleteSpeech+strconv.FormatInt(e.speech.ID, 10), q)
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
