package assignments

import (
	"context"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// formKind names the open form: marking done, or correcting what was assigned.
type formKind int

const (
	formNone formKind = iota
	formDone          // done on, note: also after the minutes are approved
	formEdit          // text, responsible, deadline: until then
)

// field is one input of the open form; name is the store's field name, for its message.
type field struct {
	name, label string
	in          textinput.Model
}

func newField(name, label, value string, limit int) field {
	in := textinput.New()
	in.Prompt, in.CharLimit = "│ ", limit
	in.SetValue(store.OneLine(value))
	return field{name: name, label: label, in: in}
}

func sized(fs []field, w int) []field {
	for i := range fs {
		fs[i].in.Width = max(w-4, 4)
	}
	return fs
}

// value is the typed text of the named field.
func (m Model) value(name string) string {
	for _, f := range m.fields {
		if f.name == name {
			return strings.TrimSpace(f.in.Value())
		}
	}
	return ""
}

func (m Model) open(kind formKind, fields ...field) (Model, tea.Cmd) {
	m.form, m.target, m.fields, m.focus, m.errs = kind, m.rows[m.cursor], sized(fields, m.c.Width), 0, nil
	return m, m.fields[0].in.Focus()
}

// openDone opens the done form of the assignment under the cursor.
func (m Model) openDone() (Model, tea.Cmd) {
	r, T := m.rows[m.cursor], m.c.T.T
	return m.open(formDone,
		newField("done_on", T("assignments.field.date"), firstNonEmpty(r.DoneOn, m.c.Today()), 10),
		newField("note", T("assignments.field.note"), r.DoneNote, 500))
}

// openEdit opens the assignment under the cursor for correction, or says why it cannot change.
func (m Model) openEdit() (Model, tea.Cmd) {
	r, T := m.rows[m.cursor], m.c.T.T
	if !r.Editable() {
		return m, common.Send(common.StatusMsg{Text: m.c.ErrText(m.refusal(r.MeetingStatus)), Err: true})
	}
	return m.open(formEdit,
		newField("text", T("assignments.field.text"), r.Text, 1000),
		newField("responsible", T("assignments.field.responsible"), r.ResponsibleName, 200),
		newField("deadline", T("assignments.field.deadline"), r.Deadline, 10))
}

// refusal is why the workflow's table refuses to change an assignment of a meeting in status st.
func (m Model) refusal(st store.MeetingStatus) error {
	return store.AllowOperator(st, store.ActEditAssignment, store.Member{}, m.c.Store.Actor())
}

func (m Model) formKey(km tea.KeyMsg) (Model, tea.Cmd) {
	k := m.keys
	last := len(m.fields) - 1
	switch {
	case key.Matches(km, k.Cancel):
		m.form, m.fields = formNone, nil
		return m, nil
	case key.Matches(km, k.Save), km.String() == "enter" && m.focus == last:
		return m.save()
	case km.String() == "shift+tab":
		return m.moveFocus(-1)
	case key.Matches(km, k.NextField), km.String() == "enter":
		return m.moveFocus(1)
	}
	return m.updateInput(km)
}

func (m Model) moveFocus(d int) (Model, tea.Cmd) {
	m.fields[m.focus].in.Blur()
	m.focus = (m.focus + d + len(m.fields)) % len(m.fields)
	return m, m.fields[m.focus].in.Focus()
}

func (m Model) updateInput(msg tea.Msg) (Model, tea.Cmd) {
	if m.focus >= len(m.fields) {
		return m, nil
	}
	var cmd tea.Cmd
	m.fields[m.focus].in, cmd = m.fields[m.focus].in.Update(msg)
	return m, cmd
}

func (m Model) save() (Model, tea.Cmd) {
	st, r := m.c.Store, m.target
	if m.form == formDone {
		date, note := normaliseDate(m.value("done_on")), m.value("note")
		return m, func() tea.Msg {
			ctx, cancel := common.Context()
			defer cancel()
			return doneMsg{err: st.MarkAssignmentDone(ctx, r.ID, date, note)}
		}
	}
	a := r.Assignment
	a.Text, a.Deadline = m.value("text"), normaliseDate(m.value("deadline"))
	who := m.value("responsible")
	return m, func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		var err error
		if a.ResponsibleMemberID, a.ResponsibleOrg, err = responsible(ctx, st, r, who); err != nil {
			return doneMsg{err: err}
		}
		return doneMsg{err: st.UpdateAssignment(ctx, a)}
	}
}

// responsible is who the typed name means: the member it was when left unchanged, an active
// member of that name, or else an organisation.
func responsible(ctx context.Context, st *store.Store, r store.AssignmentRow, who string) (int64, string, error) {
	if r.ResponsibleMemberID != 0 && who == store.OneLine(r.ResponsibleName) {
		return r.ResponsibleMemberID, "", nil
	}
	members, err := st.ListMembers(ctx, store.MemberFilter{ActiveOnly: true})
	if err != nil {
		return 0, "", err
	}
	for _, mb := range members {
		if strings.EqualFold(store.OneLine(mb.FullName), who) {
			return mb.ID, "", nil
		}
	}
	return 0, who, nil
}
