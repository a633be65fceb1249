package meetings

import (
	"strconv"
	"strings"

	"github.com/khmelnytskyi-ogp/rada/tui/components/confirm"
	"github.com/khmelnytskyi-ogp/rada/tui/components/exportdialog"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
	"github.com/khmelnytskyi-ogp/rada/tui/components/meetingform"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
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
	balance string                 // the composition warning, "" when balanced
	all     []store.MeetingSummary // every meeting, for the filter's years and the warning
	filter  filter
	confirm confirm.Model
	form    form.Model
	editing bool
	draft   *meetingform.Values
	due     duePanel
}

// meetingsLoadedMsg carries the list read for request reqID.
type meetingsLoadedMsg struct {
	reqID    int
	meetings []store.MeetingSummary
	all      []store.MeetingSummary
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
	m := Model{c: c, keys: newKeyMap(t), reqID: 1, confirm: confirm.New(c.Styles, t)}
	m.table = table.New(t, c.Styles, cols).SetEmpty(t.T("meetings.empty"))
	return m.SetSize(c.Width, c.Height)
}

// Init loads the meetings.
func (m Model) Init() tea.Cmd { return loadMeetings(m.c.Store, m.reqID, m.filter) }

func loadMeetings(s *store.Store, reqID int, f filter) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		all, err := s.ListMeetings(ctx, store.MeetingFilter{})
		if err != nil || !f.active() {
			return meetingsLoadedMsg{reqID: reqID, meetings: all, all: all, err: err}
		}
		ms, err := s.ListMeetings(ctx, store.MeetingFilter{Year: f.year, Status: f.status})
		return meetingsLoadedMsg{reqID: reqID, meetings: ms, all: all, err: err}
	}
}

func (m Model) reload() (Model, tea.Cmd) {
	m.reqID++
	return m, loadMeetings(m.c.Store, m.reqID, m.filter)
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
		m.total, m.all = len(msg.meetings), msg.all
		m.table = m.table.SetRows(m.rows(msg.meetings))
		if m.filter.active() {
			m.table = m.table.SetEmpty(m.c.T.T("meetings.empty_filtered"))
		} else {
			m.table = m.table.SetEmpty(m.c.T.T("meetings.empty"))
		}
		return m.SetSize(m.c.Width, m.c.Height), tea.Batch(loadBalance(m.c.Store), loadDue(m.c.Store, m.c.Today()))
	case dueLoadedMsg:
		return m.dueLoaded(msg)
	case balanceLoadedMsg:
		m.balance = balanceWarning(m.c, msg)
		return m.SetSize(m.c.Width, m.c.Height), nil
	case common.DataChangedMsg:
		return m.reload()
	case confirm.ResultMsg:
		return m.confirmed(msg)
	case formLoadedMsg:
		return m.openForm(msg)
	case createdMsg:
		return m.created(msg)
	case tea.KeyMsg:
		return m.key(msg)
	}
	if m.editing {
		return m.updateForm(msg)
	}
	var cmd tea.Cmd
	m.table, cmd = m.table.Update(msg)
	return m, cmd
}

func (m Model) key(km tea.KeyMsg) (Model, tea.Cmd) {
	switch {
	case m.confirm.Active():
		var cmd tea.Cmd
		m.confirm, cmd = m.confirm.Update(km)
		return m, cmd
	case m.editing:
		return m.updateForm(km)
	case m.due.open:
		return m.dueKey(km)
	case m.table.Filtering():
	case key.Matches(km, m.keys.Open):
		if id, ok := m.table.SelectedID(); ok {
			return m, common.Send(common.OpenMeetingMsg{ID: id})
		}
		return m, nil
	case key.Matches(km, m.keys.New):
		return m, loadChoices(m.c.Store, m.c.Today())
	case key.Matches(km, m.keys.Due) && len(m.due.items) > 0:
		m.due.open = true
		return m.SetSize(m.c.Width, m.c.Height), nil
	case key.Matches(km, m.keys.Year):
		m.filter = m.filter.nextYear(years(m.all))
		return m.reload()
	case key.Matches(km, m.keys.Status):
		m.filter = m.filter.nextStatus(statuses(m.all))
		return m.reload()
	case key.Matches(km, m.keys.Clear) && m.filtered():
		m.filter = filter{}
		m.table = m.table.ClearFilter()
		return m.reload()
	case key.Matches(km, m.keys.Export):
		if id, ok := m.table.SelectedID(); ok {
			return m, common.Send(common.PushMsg{Screen: exportdialog.Screen(m.c, id)})
		}
		return m, nil
	case key.Matches(km, m.keys.Delete):
		if s, ok := m.selected(); ok {
			q := m.c.T.T("meetings.delete_q", map[string]any{"Number": s.Number, "Date": common.FormatDate(s.Date, m.c.Lang)})
			m.confirm = m.confirm.Ask("meeting:"+strconv.FormatInt(s.ID, 10), q)
		}
		return m, nil
	}
	var cmd tea.Cmd
	m.table, cmd = m.table.Update(km)
	return m, cmd
}

// filtered says whether any filter is in force: year, status or typed text.
func (m Model) filtered() bool { return m.filter.active() || m.table.HasFilter() }

// selected is the meeting under the cursor.
func (m Model) selected() (store.MeetingSummary, bool) {
	id, ok := m.table.SelectedID()
	if !ok {
		return store.MeetingSummary{}, false
	}
	for _, s := range m.all {
		if s.ID == id {
			return s, true
		}
	}
	return store.MeetingSummary{}, false
}

func (m Model) rows(ms []store.MeetingSummary) []table.Row {
	rows := make([]table.Row, len(ms))
	for i, s := range ms {
		rows[i] = table.Row{
			ID: s.ID,
			Cells: []string{strconv.Itoa(s.Number), common.FormatDate(s.Date, m.c.Lang), m.place(s.Meeting),
				m.c.T.Label(s.Status), m.attendance(s), m.quorum(s)},
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

// SetSize gives the table all but the title, warning, filter and count lines.
func (m Model) SetSize(w, h int) Model {
	m.c.Width, m.c.Height = w, h
	m.table = m.table.SetSize(w, m.listHeight())
	if m.editing {
		m.form = m.form.SetSize(w, h)
	}
	return m
}

// listHeight is what is left for the table (or the unfolded due panel): all but the
// title, the notes, the folded due panel, the count and the warning.
func (m Model) listHeight() int {
	return max(m.c.Height-2-len(m.notes())-m.balanceHeight()-m.dueHeight(), 0)
}

// notes are the lines above the table: the overdue warning and the active filter.
func (m Model) notes() []string {
	var out []string
	if m.loaded && m.loadErr == "" {
		kind, date := warning(m.all, m.c.Today())
		switch kind {
		case "old":
			out = append(out, m.c.Styles.Warning.Render("! "+m.c.T.T("meetings.warn_old", map[string]any{"Date": common.FormatDate(date, m.c.Lang)})))
		case "none_planned":
			out = append(out, m.c.Styles.Warning.Render("! "+m.c.T.T("meetings.warn_none_planned", map[string]any{"Date": common.FormatDate(date, m.c.Lang)})))
		case "none":
			out = append(out, m.c.Styles.Warning.Render("! "+m.c.T.T("meetings.warn_no_meetings")))
		}
	}
	if m.filter.active() {
		year, status := m.c.T.T("meetings.all_years"), m.c.T.T("meetings.all_statuses")
		if m.filter.year != 0 {
			year = strconv.Itoa(m.filter.year)
		}
		if m.filter.status != "" {
			status = m.c.T.Label(m.filter.status)
		}
		out = append(out, m.c.Styles.TableFilter.Render(m.c.T.T("meetings.filter_line", map[string]any{"Year": year, "Status": status})))
	}
	return out
}

// View is the title, the warning, the table and the count; or the new meeting's form.
func (m Model) View() string {
	st := m.c.Styles
	if m.editing {
		return fitLines(m.form.View(), m.c.Width, m.c.Height)
	}
	if !m.loaded {
		return st.Title.Render(m.Title()) + "\n" + st.Muted.Render(m.c.T.T("common.loading"))
	}
	count := m.c.T.N("meetings.count", m.total)
	if m.loadErr != "" {
		count = st.StatusErr.Render(m.loadErr)
	}
	lines := append([]string{st.Title.Render(m.Title())}, m.notes()...)
	if m.confirm.Active() {
		return fitLines(strings.Join(append(lines, m.confirm.View(m.c.Width)), "\n"), m.c.Width, m.c.Height)
	}
	lines = append(lines, m.dueFoldedView()...)
	if m.due.open {
		lines = append(lines, m.dueOpenView(m.listHeight()), st.Muted.Render(count))
		return fitLines(strings.Join(lines, "\n"), m.c.Width, m.c.Height)
	}
	lines = append(lines, m.table.View(), st.Muted.Render(count)+m.balanceLine())
	return fitLines(strings.Join(lines, "\n"), m.c.Width, m.c.Height)
}

// fitLines cuts s to w columns and h lines.
func fitLines(s string, w, h int) string {
	lines := strings.Split(s, "\n")
	cut := h > 0 && len(lines) > h
	if cut {
		lines = lines[:h]
	}
	for i, l := range lines {
		if lines[i] = common.Truncate(l, max(w, 1), "…"); lines[i] != l {
			cut = true
		}
	}
	if !cut {
		return s // nothing to cut: no copy of the whole screen
	}
	return strings.Join(lines, "\n")
}

// ShortHelp shows the keys that work now.
func (m Model) ShortHelp() []key.Binding {
	switch {
	case m.confirm.Active():
		return m.confirm.ShortHelp()
	case m.editing:
		return m.form.ShortHelp()
	case m.due.open:
		return []key.Binding{m.keys.Open, m.keys.DueUp, m.keys.DueDown, m.keys.DueFold}
	case m.table.Filtering():
		return m.table.ShortHelp()
	}
	out := []key.Binding{}
	if m.table.Len() > 0 {
		out = append(out, m.keys.Open)
	}
	out = append(out, m.keys.New)
	if len(m.due.items) > 0 {
		out = append(out, m.keys.Due)
	}
	if s, ok := m.selected(); ok {
		out = append(out, m.keys.Export)
		if store.AllowOperator(s.Status, store.ActDeleteMeeting, store.Member{}, "") == nil {
			out = append(out, m.keys.Delete)
		}
	}
	if len(m.all) > 0 {
		out = append(out, m.keys.Year, m.keys.Status)
	}
	out = append(out, withoutKey(m.table.ShortHelp(), "esc")...)
	if m.filtered() {
		out = append(out, m.keys.Clear)
	}
	return out
}

// FullHelp lists every key of the screen.
func (m Model) FullHelp() [][]key.Binding {
	k := m.keys
	out := [][]key.Binding{{k.Open, k.New, k.Delete, k.Export, k.Due}, {k.Year, k.Status, k.Clear}}
	for _, g := range m.table.FullHelp() {
		out = append(out, withoutKey(g, "esc"))
	}
	return out
}

// withoutKey drops the bindings shown as k: the list's own esc clears only the typed filter.
func withoutKey(bs []key.Binding, k string) []key.Binding {
	out := bs[:0:0]
	for _, b := range bs {
		if b.Help().Key != k {
			out = append(out, b)
		}
	}
	return out
}

// Capturing is true while the filter line, the form or a question is open.
func (m Model) Capturing() bool {
	return m.table.Filtering() || m.editing || m.confirm.Active() || m.due.open
}

// Title names the screen.
func (m Model) Title() string { return m.c.T.T("meetings.title") }

// Table exposes the list for tests.
func (m Model) Table() table.Model { return m.table }
