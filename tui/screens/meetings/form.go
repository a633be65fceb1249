package meetings

import (
	"strconv"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/confirm"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
	"github.com/khmelnytskyi-ogp/rada/tui/components/meetingform"
)

// formLoadedMsg carries the members the form offers and the number it proposes.
type formLoadedMsg struct {
	members  []store.Member
	proposed int
	err      error
}

// createdMsg is the result of saving the form.
type createdMsg struct {
	meeting store.Meeting
	err     error
}

// loadChoices reads the members and the number a meeting held today would take.
func loadChoices(s *store.Store, today string) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		ms, err := s.ListMembers(ctx, store.MemberFilter{ActiveOnly: true})
		if err != nil {
			return formLoadedMsg{err: err}
		}
		n, err := s.ProposeNumber(ctx, today)
		return formLoadedMsg{members: ms, proposed: n, err: err}
	}
}

func (m Model) openForm(msg formLoadedMsg) (Model, tea.Cmd) {
	if msg.err != nil {
		return m, m.c.Error(msg.err)
	}
	v := meetingform.Defaults(msg.members)
	v.Proposed = msg.proposed
	m.draft, m.editing = v, true
	m.form = meetingform.New(m.c, m.c.T.T("meetings.form.title"), v, msg.members)
	return m, m.form.Init()
}

func (m Model) updateForm(msg tea.Msg) (Model, tea.Cmd) {
	switch msg.(type) {
	case form.CancelMsg:
		m.editing = false
		return m, nil
	case form.SubmitMsg:
		return m, createMeeting(m.c.Store, m.draft.Meeting())
	}
	var cmd tea.Cmd
	m.form, cmd = m.form.Update(msg)
	return m, cmd
}

func createMeeting(s *store.Store, mt store.Meeting) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		created, err := s.ScheduleMeeting(ctx, mt)
		return createdMsg{meeting: created, err: err}
	}
}

// created closes the form and opens the new meeting, or shows the store's messages.
func (m Model) created(msg createdMsg) (Model, tea.Cmd) {
	if msg.err != nil && m.editing {
		m.form = m.form.Refused(msg.err)
		return m, m.c.Error(msg.err)
	}
	if msg.err != nil {
		return m, m.c.Error(msg.err)
	}
	m.editing = false
	text := m.c.T.T("meetings.created", map[string]any{"Number": msg.meeting.Number, "Date": common.FormatDate(msg.meeting.Date, m.c.Lang)})
	m, cmd := m.reload()
	return m, tea.Batch(cmd, common.Status(text), common.Send(common.OpenMeetingMsg{ID: msg.meeting.ID}))
}

func (m Model) confirmed(msg confirm.ResultMsg) (Model, tea.Cmd) {
	idText, ok := strings.CutPrefix(msg.ID, "meeting:")
	id, err := strconv.ParseInt(idText, 10, 64)
	if !msg.Yes || !ok || err != nil {
		return m, nil
	}
	s, t := m.c.Store, m.c.T
	return m, func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		if err := s.DeleteMeeting(ctx, id); err != nil {
			text := t.T("meeting.refuse."+store.RefusalCode(err), nil)
			if store.RefusalCode(err) == "" {
				text = common.Common{T: t}.ErrText(err)
			}
			return common.StatusMsg{Text: text, Err: true}
		}
		return tea.BatchMsg{common.Status(t.T("meetings.deleted")), common.Changed()}
	}
}
