package meeting

import (
	"context"
	"github.com/charmbracelet/bubbles/textinput"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/confirm"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
	"github.com/khmelnytskyi-ogp/rada/tui/components/meetingform"
)

// updateForm passes msg to the open form; a submitted form is saved, a cancelled one closed.
func (m Model) updateForm(msg tea.Msg) (Model, tea.Cmd) {
	switch msg.(type) {
	case form.CancelMsg:
		m.editing = formNone
		return m.refreshKeys(), nil
	case form.SubmitMsg:
		return m, m.saveForm()
	}
	var cmd tea.Cmd
	m.form, cmd = m.form.Update(msg)
	return m, cmd
}

func (m Model) saveForm() tea.Cmd {
	switch m.editing {
	case formItem:
		return saveItem(m.c.Store, m.c.T, m.item.item(m.id))
	case formGuest:
		v := m.guest
		return saveGuest(m.c.Store, m.c.T, store.Guest{ID: v.id, MeetingID: m.id, FullName: v.name, Role: v.role, Organisation: v.organisation})
	case formMeeting:
		mt := m.head.Meeting()
		mt.ID = m.id
		return saveMeeting(m.c.Store, m.c.T.T("meeting.saved"), mt)
	}
	return nil
}

// openMeetingForm edits the meeting's header with the form a new meeting is made with.
func (m Model) openMeetingForm() (Model, tea.Cmd) {
	m.head, m.editing = meetingform.Of(m.d.meeting), formMeeting
	m.form = meetingform.New(m.c, m.c.T.T("meeting.edit_title", map[string]any{"Number": m.d.meeting.Number}), m.head, m.d.members)
	return m, m.form.Init()
}

func saveMeeting(st *store.Store, text string, mt store.Meeting) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		return savedMsg{text: text, err: st.UpdateMeeting(ctx, mt)}
	}
}

// saved closes the form, or keeps it open with the store's messages beside its fields.
func (m Model) saved(msg savedMsg) (Model, tea.Cmd) {
	if errs := m.c.FieldErrors(msg.err); len(errs) > 0 && m.editing != formNone {
		m.form = m.form.SetErrors(errs)
		return m, nil
	}
	if msg.err != nil {
		if m.editing != formNone {
			m.form = m.form.SetError(m.errText(msg.err))
		}
		return m, common.Send(common.StatusMsg{Text: m.errText(msg.err), Err: true})
	}
	text := msg.text
	if m.editing == formItem {
		text = m.changedText(text)
	}
	m.editing = formNone
	return m.done(doneMsg{text: text, selectID: msg.id})
}

// ask opens the one-line prompt.
func (m Model) ask(p prompt, memberID int64) Model {
	m.prompt, m.promptM = p, memberID
	label := m.promptLabel() + " "
	return m.editInput(func(in *textinput.Model) {
		in.SetValue("")
		in.Prompt = label
		in.Focus()
	})
}

// editInput changes a copy of the prompt line, so that earlier copies of the Model keep
// theirs (the line is large: the Model holds it by pointer, not copied on every key).
func (m Model) editInput(change func(in *textinput.Model)) Model {
	in := *m.input
	change(&in)
	m.input = &in
	return m
}

func blur(in *textinput.Model) { in.Blur() }

func (m Model) promptLabel() string {
	switch m.prompt {
	case promptReason:
		return m.c.T.T("meeting.att.reason_q", map[string]any{"Name": shortName(store.OneLine(m.d.memberName(m.promptM)))})
	case promptReturn, promptReturnMinutes:
		return m.c.T.T("meeting.agenda.return_q")
	}
	return ""
}

func (m Model) updatePrompt(km tea.KeyMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(km, m.keys.Dismiss):
		m.prompt = promptNone
		return m.editInput(blur), nil
	case key.Matches(km, m.keys.Accept):
		text := strings.TrimSpace(m.input.Value())
		p := m.prompt
		m.prompt = promptNone
		m = m.editInput(blur)
		if p == promptReason {
			m, cmd := m.absentWith(text)
			return m.down(), cmd
		}
		st, id := m.c.Store, m.id
		if p == promptReturnMinutes {
			if text == "" {
				return m, common.Send(common.StatusMsg{Text: m.c.T.T("meeting.minutes.return_needs_comment"), Err: true})
			}
			return m, run(m.c.T.T("meeting.minutes.returned"), 0, func(ctx context.Context) error { return st.ReturnMinutes(ctx, id, text) })
		}
		if text == "" {
			return m, common.Send(common.StatusMsg{Text: m.c.T.T("meeting.agenda.return_needs_comment"), Err: true})
		}
		return m, run(m.c.T.T("meeting.agenda.returned"), 0, func(ctx context.Context) error { return st.ReturnAgenda(ctx, id, text) })
	}
	var cmd tea.Cmd
	m = m.editInput(func(in *textinput.Model) { *in, cmd = in.Update(km) })
	return m, cmd
}

// confirmed deletes what the dialog asked about.
func (m Model) confirmed(msg confirm.ResultMsg) (Model, tea.Cmd) {
	kind, idText, ok := strings.Cut(msg.ID, ":")
	id, err := strconv.ParseInt(idText, 10, 64)
	if !msg.Yes || !ok || err != nil {
		return m, nil
	}
	st, t := m.c.Store, m.c.T
	switch kind {
	case "wadd", "wedit", "wup", "wdown":
		return m.doAgendaEdit(kind[1:], id)
	case "item":
		return m, run(m.changedText(t.T("meeting.item.deleted")), 0, func(ctx context.Context) error { return st.DeleteAgendaItem(ctx, id) })
	case "guest":
		return m, run(t.T("meeting.guest.deleted"), 0, func(ctx context.Context) error { return st.DeleteGuest(ctx, id) })
	}
	return m, nil
}
