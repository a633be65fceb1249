package assignments

import (
	"context"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
)

// formKind names the open form: marking done, or correcting what was assigned.
type formKind int

const (
	formNone formKind = iota
	formDone          // done on, note: also after the minutes are approved
	formEdit          // text, responsible, deadline: until then
)

// texts are what the open form edits.
type texts struct{ doneOn, note, text, responsible, deadline string }

func (m Model) open(kind formKind, v *texts, fields ...form.Field) (Model, tea.Cmd) {
	m.form, m.vals = kind, v
	m.edit = form.NewInline(m.c, "assignment", "", fields...)
	return m, m.edit.Init()
}

// openDone opens the done form of the assignment under the cursor.
func (m Model) openDone() (Model, tea.Cmd) {
	r, T := m.rows[m.cursor], m.c.T.T
	m.target = r
	v := &texts{doneOn: firstNonEmpty(r.DoneOn, m.c.Today()), note: r.DoneNote}
	return m.open(formDone, v,
		form.Date("done_on", T("assignments.field.date"), &v.doneOn),
		form.Line("note", T("assignments.field.note"), &v.note).Limit(500))
}

// openEdit opens the assignment under the cursor for correction, or says why it cannot change.
func (m Model) openEdit() (Model, tea.Cmd) {
	r, T := m.rows[m.cursor], m.c.T.T
	if !r.Editable() {
		return m, common.Send(common.StatusMsg{Text: m.c.ErrText(m.refusal(r.MeetingStatus)), Err: true})
	}
	m.target = r
	v := &texts{text: r.Text, responsible: r.ResponsibleName, deadline: r.Deadline}
	return m.open(formEdit, v,
		form.Line("text", T("assignments.field.text"), &v.text).Limit(1000),
		form.Line("responsible", T("assignments.field.responsible"), &v.responsible).Limit(200),
		form.Date("deadline", T("assignments.field.deadline"), &v.deadline))
}

// refusal is why the workflow's table refuses to change an assignment of a meeting in status st.
func (m Model) refusal(st store.MeetingStatus) error {
	return store.AllowOperator(st, store.ActEditAssignment, store.Member{}, m.c.Store.Actor())
}

// updateForm passes msg to the open form; a submitted form is saved, a cancelled one closed.
func (m Model) updateForm(msg tea.Msg) (Model, tea.Cmd) {
	switch msg.(type) {
	case form.SubmitMsg:
		return m.save()
	case form.CancelMsg:
		m.form, m.vals = formNone, nil
		return m, nil
	}
	var cmd tea.Cmd
	m.edit, cmd = m.edit.Update(msg)
	return m, cmd
}

func (m Model) save() (Model, tea.Cmd) {
	st, r := m.c.Store, m.target
	if m.form == formDone {
		date, note := form.ISODate(m.vals.doneOn), strings.TrimSpace(m.vals.note)
		return m, func() tea.Msg {
			ctx, cancel := common.Context()
			defer cancel()
			return doneMsg{err: st.MarkAssignmentDone(ctx, r.ID, date, note)}
		}
	}
	if d := form.ISODate(m.vals.deadline); common.EarlyDeadline(d, r.MeetingDate) {
		m.ask = m.ask.Ask("early-deadline", m.c.EarlyDeadlineQuestion(d, r.MeetingDate))
		return m, nil
	}
	return m.saveEdit()
}

// saveEdit stores the corrected assignment.
func (m Model) saveEdit() (Model, tea.Cmd) {
	st, r := m.c.Store, m.target
	a := r.Assignment
	a.Text, a.Deadline = strings.TrimSpace(m.vals.text), form.ISODate(m.vals.deadline)
	who := strings.TrimSpace(m.vals.responsible)
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
