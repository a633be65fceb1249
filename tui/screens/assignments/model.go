package assignments

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/confirm"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
)

// views are the state filters in the order f cycles through them.
var views = []store.AssignmentView{store.AssignmentsOpen, store.AssignmentsOverdue, store.AssignmentsDone, store.AssignmentsAll}

type (
	loadedMsg struct {
		req  int
		rows []store.AssignmentRow
		resp []store.Responsible
		err  error
	}
	doneMsg struct{ err error }
)

// Model is the section's state.
type Model struct {
	c      common.Common
	keys   keyMap
	rows   []store.AssignmentRow
	resp   []store.Responsible
	view   int // index into views
	who    int // 0: everyone; i: resp[i-1]
	cursor int
	offset int
	req    int
	loaded bool
	form   formKind            // the open form, formNone when none
	target store.AssignmentRow // the assignment the open form is about
	edit   form.Model          // the open form
	vals   *texts              // what it edits
	ask    confirm.Model       // asks before a deadline before the meeting's date is saved
	lines  *lineCache          // rendered unselected rows; replaced when the rows arrive
	meetW  int                 // the meeting column's width, set when the rows arrive
	want   int64               // the assignment to select when the rows arrive (OpenAssignmentMsg)
}

// New builds the Assignments section, showing open assignments first.
func New(c common.Common) Model {
	return Model{c: c, keys: newKeys(c.T), ask: confirm.New(c.Styles, c.T)}
}

// Init loads the list.
func (m Model) Init() tea.Cmd { return m.load() }

func (m Model) filter() store.AssignmentFilter {
	f := store.AssignmentFilter{View: views[m.view]}
	if m.who > 0 && m.who <= len(m.resp) {
		r := m.resp[m.who-1]
		f.MemberID, f.Org = r.MemberID, r.Org
		if r.MemberID != 0 {
			f.Org = ""
		}
	}
	return f
}

func (m Model) load() tea.Cmd {
	st, f, req := m.c.Store, m.filter(), m.req
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		rows, err := st.ListAssignments(ctx, f)
		if err != nil {
			return loadedMsg{req: req, err: err}
		}
		resp, err := st.ListResponsibles(ctx)
		return loadedMsg{req: req, rows: rows, resp: resp, err: err}
	}
}

func (m Model) reload() (Model, tea.Cmd) {
	m.req++
	return m, m.load()
}

// SetSize sets the section's area.
func (m Model) SetSize(w, h int) Model {
	m.c.Width, m.c.Height = w, h
	if m.Capturing() {
		m.edit = m.edit.SetSize(w, h)
	}
	return m
}

// Title names the section.
func (m Model) Title() string { return m.c.T.T("assignments.title") }

// Capturing is true while a form takes typed text.
func (m Model) Capturing() bool { return m.form != formNone }

// Update handles the list, the filters and the forms.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.req != m.req {
			return m, nil
		}
		if msg.err != nil {
			return m, m.c.Error(msg.err)
		}
		m.rows, m.resp, m.loaded = msg.rows, msg.resp, true
		m.lines = &lineCache{}
		m.meetW = m.meetingWidth()
		m.cursor = min(m.cursor, max(len(m.rows)-1, 0))
		for i, r := range m.rows {
			if m.want != 0 && r.ID == m.want {
				m.cursor = i
			}
		}
		m.want = 0
		return m, nil
	case common.OpenAssignmentMsg:
		m.view, m.who, m.want, m.form, m.vals = 0, 0, msg.ID, formNone, nil
		return m.reload()
	case doneMsg:
		if msg.err != nil {
			if errs := m.c.FieldErrors(msg.err); errs != nil && m.Capturing() {
				m.edit = m.edit.SetErrors(errs)
				return m, nil
			}
			return m, common.Send(common.StatusMsg{Text: m.c.ErrText(msg.err), Err: true})
		}
		m.form, m.vals = formNone, nil
		m, cmd := m.reload()
		return m, tea.Batch(cmd, common.Status(m.c.T.T("assignments.saved")), common.Changed())
	case common.DataChangedMsg:
		return m.reload()
	case confirm.ResultMsg:
		if msg.Yes && m.form == formEdit {
			return m.saveEdit()
		}
		return m, nil
	case tea.KeyMsg:
		if m.ask.Active() {
			var cmd tea.Cmd
			m.ask, cmd = m.ask.Update(msg)
			return m, cmd
		}
		if m.Capturing() {
			return m.updateForm(msg)
		}
		return m.listKey(msg)
	}
	if m.Capturing() {
		return m.updateForm(msg)
	}
	return m, nil
}

func (m Model) listKey(km tea.KeyMsg) (Model, tea.Cmd) {
	k := m.keys
	switch {
	case key.Matches(km, k.Up):
		m.cursor = max(m.cursor-1, 0)
	case key.Matches(km, k.Down):
		m.cursor = min(m.cursor+1, max(len(m.rows)-1, 0))
	case key.Matches(km, k.View):
		m.view = (m.view + 1) % len(views)
		m.cursor = 0
		return m.reload()
	case key.Matches(km, k.Responsible):
		m.who = (m.who + 1) % (len(m.resp) + 1)
		m.cursor = 0
		return m.reload()
	case key.Matches(km, k.Done) && m.cursor < len(m.rows):
		return m.openDone()
	case key.Matches(km, k.Edit) && m.cursor < len(m.rows):
		return m.openEdit()
	case key.Matches(km, k.Reopen) && m.cursor < len(m.rows) && m.rows[m.cursor].Status != store.AssignmentOpen:
		st, id := m.c.Store, m.rows[m.cursor].ID
		return m, func() tea.Msg {
			ctx, cancel := common.Context()
			defer cancel()
			return doneMsg{err: st.ReopenAssignment(ctx, id)}
		}
	}
	return m, nil
}

func firstNonEmpty(a, b string) string {
	if a != "" {
		return a
	}
	return b
}

// ShortHelp lists the keys that work now.
func (m Model) ShortHelp() []key.Binding {
	k := m.keys
	if m.ask.Active() {
		return m.ask.ShortHelp()
	}
	if m.Capturing() {
		return m.edit.ShortHelp()
	}
	return append(m.rowKeys(), k.View, k.Responsible, k.Up, k.Down)
}

// rowKeys are the keys for the assignment under the cursor, first in the help bar: at 80
// columns the navigation keys used to push "enter/D — done" out of it.
func (m Model) rowKeys() []key.Binding {
	if m.cursor >= len(m.rows) {
		return nil
	}
	out := []key.Binding{m.keys.Done}
	if m.rows[m.cursor].Editable() {
		out = append(out, m.keys.Edit)
	}
	if m.rows[m.cursor].Status != store.AssignmentOpen {
		out = append(out, m.keys.Reopen)
	}
	return out
}

// FullHelp lists the keys that work now.
func (m Model) FullHelp() [][]key.Binding {
	k := m.keys
	if m.Capturing() {
		return m.edit.FullHelp()
	}
	return [][]key.Binding{{k.Up, k.Down, k.View, k.Responsible}, m.rowKeys()}
}
