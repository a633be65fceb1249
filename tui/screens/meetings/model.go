// Package meetings is the Meetings section's home: every meeting, newest first, with its
// status, attendance and quorum.
package meetings

import (
	"strconv"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/exportdialog"
	"github.com/khmelnytskyi-ogp/rada/tui/components/table"
)

// Model is the meetings list.
type Model struct {
	c       common.Common
	keys    KeyMap
	table   table.Model
	reqID   int
	loaded  bool
	total   int
	loadErr string
}

// meetingsLoadedMsg carries the list read for request reqID.
type meetingsLoadedMsg struct {
	reqID    int
	meetings []store.MeetingSummary
	err      error
}

// New builds the list; Init loads it.
func New(c common.Common) Model {
	t := c.T
	cols := []table.Column{
		{Title: t.T("meetings.col.number"), Min: 4, Right: true},
		{Title: t.T("meetings.col.date"), Min: 10},
		{Title: t.T("meetings.col.place"), Min: 10, Flex: 3},
		{Title: t.T("meetings.col.status"), Min: 12, Flex: 2},
		{Title: t.T("meetings.col.attendance"), Min: 8, Right: true},
		{Title: t.T("meetings.col.quorum"), Min: 6},
	}
	m := Model{c: c, keys: newKeyMap(t), reqID: 1}
	m.table = table.New(t, c.Styles, cols).SetEmpty(t.T("meetings.empty"))
	return m.SetSize(c.Width, c.Height)
}

// Init loads the meetings.
func (m Model) Init() tea.Cmd { return loadMeetings(m.c.Store, m.reqID) }

func loadMeetings(s *store.Store, reqID int) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		ms, err := s.ListMeetings(ctx, store.MeetingFilter{})
		return meetingsLoadedMsg{reqID: reqID, meetings: ms, err: err}
	}
}

// Update handles the list's keys and its data.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case meetingsLoadedMsg:
		if msg.reqID != m.reqID {
			return m, nil
		}
		m.loaded = true
		if msg.err != nil {
			m.loadErr = m.c.ErrText(msg.err)
			return m, m.c.Error(msg.err)
		}
		m.loadErr = ""
		m.total = len(msg.meetings)
		m.table = m.table.SetRows(m.rows(msg.meetings))
		return m, nil
	case common.DataChangedMsg:
		m.reqID++
		return m, loadMeetings(m.c.Store, m.reqID)
	case tea.KeyMsg:
		if !m.table.Filtering() && key.Matches(msg, m.keys.Open) {
			if id, ok := m.table.SelectedID(); ok {
				return m, common.Send(common.OpenMeetingMsg{ID: id})
			}
			return m, nil
		}
		if !m.table.Filtering() && key.Matches(msg, m.keys.Export) {
			if id, ok := m.table.SelectedID(); ok {
				return m, common.Send(common.PushMsg{Screen: exportdialog.Screen(m.c, id)})
			}
			return m, nil
		}
	}
	var cmd tea.Cmd
	m.table, cmd = m.table.Update(msg)
	return m, cmd
}

func (m Model) rows(ms []store.MeetingSummary) []table.Row {
	rows := make([]table.Row, len(ms))
	for i, s := range ms {
		rows[i] = table.Row{
			ID: s.ID,
			Cells: []string{strconv.Itoa(s.Number), common.FormatDate(s.Date, m.c.Lang), m.place(s.Meeting),
				s.Status.Label(m.c.Lang), m.attendance(s), m.quorum(s)},
			Keys: []string{"", s.Date},
		}
	}
	return rows
}

func (m Model) place(mt store.Meeting) string {
	switch {
	case mt.Place != "":
		return mt.Place
	case mt.OnlineLink != "":
		return m.c.T.T("meetings.online")
	}
	return "—"
}

func (m Model) attendance(s store.MeetingSummary) string {
	if !s.Recorded {
		return "—"
	}
	return strconv.Itoa(s.Present) + "/" + strconv.Itoa(s.Membership)
}

func (m Model) quorum(s store.MeetingSummary) string {
	switch {
	case !s.Recorded:
		return "—"
	case s.Quorum.Quorate:
		return m.c.T.T("meetings.quorate")
	}
	return m.c.T.T("meetings.no_quorum")
}

// SetSize gives the table all but the title and count lines.
func (m Model) SetSize(w, h int) Model {
	m.c.Width, m.c.Height = w, h
	m.table = m.table.SetSize(w, max(h-2, 0))
	return m
}

// View is the title, the table and the count.
func (m Model) View() string {
	st := m.c.Styles
	if !m.loaded {
		return st.Title.Render(m.Title()) + "\n" + st.Muted.Render(m.c.T.T("common.loading"))
	}
	count := m.c.T.N("meetings.count", m.total)
	if m.loadErr != "" {
		count = st.StatusErr.Render(m.loadErr)
	}
	return st.Title.Render(m.Title()) + "\n" + m.table.View() + "\n" + st.Muted.Render(count)
}

// ShortHelp shows the keys that work now.
func (m Model) ShortHelp() []key.Binding {
	if m.table.Filtering() {
		return m.table.ShortHelp()
	}
	var out []key.Binding
	if m.table.Len() > 0 {
		out = append(out, m.keys.Open, m.keys.Export)
	}
	return append(out, m.table.ShortHelp()...)
}

// FullHelp lists every key of the screen.
func (m Model) FullHelp() [][]key.Binding {
	return append([][]key.Binding{{m.keys.Open, m.keys.Export}}, m.table.FullHelp()...)
}

// Capturing is true while the filter line is open.
func (m Model) Capturing() bool { return m.table.Filtering() }

// Title names the screen.
func (m Model) Title() string { return m.c.T.T("meetings.title") }

// Table exposes the list for tests.
func (m Model) Table() table.Model { return m.table }
