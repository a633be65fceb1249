package meetings

import (
	"fmt"
	"strconv"
	"strings"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/confirm"
	"github.com/khmelnytskyi-ogp/rada/tui/components/formbox"
	"github.com/khmelnytskyi-ogp/rada/tui/i18n"
)

// meetingValues are a new meeting's header as the form edits it.
type meetingValues struct {
	date, time, place, online string
	presiding, secretary      int64
}

func (v *meetingValues) snapshot() string {
	return fmt.Sprint(v.date, "\x00", v.time, "\x00", v.place, "\x00", v.online, "\x00", v.presiding, "\x00", v.secretary)
}

func (v *meetingValues) meeting() store.Meeting {
	return store.Meeting{Date: strings.TrimSpace(v.date), StartTime: strings.TrimSpace(v.time), Place: strings.TrimSpace(v.place),
		OnlineLink: strings.TrimSpace(v.online), PresidingID: v.presiding, SecretaryID: v.secretary}
}

// formLoadedMsg carries the members the form offers.
type formLoadedMsg struct {
	members []store.Member
	err     error
}

// createdMsg is the result of saving the form.
type createdMsg struct {
	meeting store.Meeting
	err     error
}

func loadChoices(s *store.Store) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		ms, err := s.ListMembers(ctx, store.MemberFilter{ActiveOnly: true})
		return formLoadedMsg{members: ms, err: err}
	}
}

func (m Model) openForm(msg formLoadedMsg) (Model, tea.Cmd) {
	if msg.err != nil {
		return m, m.c.Error(msg.err)
	}
	m.chairs, m.staff = nil, nil
	v := &meetingValues{time: "10:00"}
	for _, mb := range msg.members {
		switch mb.Role {
		case store.RoleCoChair:
			m.chairs = append(m.chairs, mb)
			if v.presiding == 0 {
				v.presiding = mb.ID
			}
		case store.RoleSecretary:
			v.secretary = mb.ID
		}
		m.staff = append(m.staff, mb)
	}
	t := m.c.T
	build := func(errs map[string]string) []*huh.Group {
		return []*huh.Group{huh.NewGroup(
			huh.NewInput().Key("date").Title(formbox.Title(t.T("meetings.form.date"), errs, "date")).Value(&v.date).CharLimit(10).Placeholder(m.c.Today()),
			huh.NewInput().Key("start_time").Title(formbox.Title(t.T("meetings.form.time"), errs, "start_time")).Value(&v.time).CharLimit(5),
			huh.NewInput().Key("place").Title(formbox.Title(t.T("meetings.form.place"), errs, "place")).Value(&v.place).CharLimit(200),
			huh.NewInput().Key("online").Title(t.T("meetings.form.online")).Value(&v.online).CharLimit(300),
			huh.NewSelect[int64]().Key("presiding").Title(t.T("meetings.form.presiding")).Options(memberOptions(t, m.chairs)...).Value(&v.presiding).Inline(true),
			huh.NewSelect[int64]().Key("secretary").Title(t.T("meetings.form.secretary")).Options(memberOptions(t, m.staff)...).Value(&v.secretary).Inline(true),
		)}
	}
	check := func() map[string]string { return m.check(v) }
	texts := formbox.Texts{Title: t.T("meetings.form.title"), Save: t.T("meeting.form.save"), Cancel: t.T("meeting.form.cancel"), Discard: t.T("meeting.form.discard")}
	styles := formbox.Styles{Title: m.c.Styles.Title, Error: m.c.Styles.FieldError, Muted: m.c.Styles.Muted}
	m.draft, m.editing = v, true
	m.form = formbox.New(build, check, v.snapshot, texts, styles).SetWidth(m.c.Width)
	return m, m.form.Init()
}

func memberOptions(t *i18n.Catalog, ms []store.Member) []huh.Option[int64] {
	out := []huh.Option[int64]{huh.NewOption(t.T("meetings.form.nobody"), int64(0))}
	for _, mb := range ms {
		out = append(out, huh.NewOption(store.OneLine(mb.FullName), mb.ID))
	}
	return out
}

// check validates the form as the store would, plus "a place or a link".
func (m Model) check(v *meetingValues) map[string]string {
	errs := map[string]string{}
	if verr := store.ValidateMeeting(v.meeting()); verr != nil {
		errs = m.c.FieldErrors(verr)
	}
	if strings.TrimSpace(v.place) == "" && strings.TrimSpace(v.online) == "" {
		errs["place"] = m.c.T.T("meetings.form.place_or_online")
	}
	return errs
}

func (m Model) updateForm(msg tea.Msg) (Model, tea.Cmd) {
	f, cmd, res := m.form.Update(msg)
	m.form = f
	switch res {
	case formbox.Cancelled:
		m.editing = false
		return m, nil
	case formbox.Submitted:
		return m, createMeeting(m.c.Store, m.draft.meeting())
	}
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
	if errs := m.c.FieldErrors(msg.err); len(errs) > 0 && m.editing {
		var cmd tea.Cmd
		m.form, cmd = m.form.SetErrors(errs)
		return m, cmd
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
