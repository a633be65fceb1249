package meeting

import (
	"errors"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/confirm"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
	"github.com/khmelnytskyi-ogp/rada/tui/components/meetingform"
)

type tab int

const (
	tabAgenda tab = iota
	tabAttendance
	tabGuests
	tabRecord
	tabCount
)

// prompt is what the one-line input under the list is asking for.
type prompt int

const (
	promptNone          prompt = iota
	promptReason               // why a member is absent
	promptReturn               // a co-chair's comment when sending the agenda back
	promptReturnMinutes        // a co-chair's comment when sending the minutes back
)

// formKind says what the open form edits.
type formKind int

const (
	formNone formKind = iota
	formItem
	formGuest
	formMeeting
)

// Model is the meeting screen.
type Model struct {
	c       common.Common
	id      int64
	keys    keyMap
	tab     tab
	req     int
	loaded  bool
	err     error
	d       detail
	cursor  [tabCount]int
	offset  [tabCount]int
	prompt  prompt
	promptM int64            // the member a reason is asked for
	input   *textinput.Model // the prompt line, changed only through editInput
	confirm confirm.Model
	form    form.Model
	editing formKind
	item    *itemValues
	guest   *guestValues
	head    *meetingform.Values
	pending int64 // select this row after the next load
	pulse   common.Pulse
	record  []string                  // the minutes preview wrapped to the width: built on load and resize, not per key
	drawn   drawn                     // the rest of the screen, built with it
	writes  common.WriteQueue[detail] // attendance marks keyed and not yet reported
}

// New builds the screen for meeting id; Init loads it.
func New(c common.Common, id int64) Model {
	ti := textinput.New()
	ti.CharLimit = 500
	m := Model{c: c, id: id, keys: newKeys(c.T), input: &ti, confirm: confirm.New(c.Styles, c.T), req: 1}
	m.keys = m.keys.enable(m.tab, "", 0, false, store.Member{}, [2]bool{})
	return m
}

// Init loads the meeting.
func (m Model) Init() tea.Cmd {
	return tea.Batch(load(m.c.Store, m.id, m.c.Lang, m.req), m.pulse.Watch(m.c.Store))
}

func (m Model) reload() (Model, tea.Cmd) {
	m.req++
	return m, load(m.c.Store, m.id, m.c.Lang, m.req)
}

// SetSize fits the screen into w×h.
func (m Model) SetSize(w, h int) Model {
	if w != m.c.Width && m.loaded {
		m.c.Width = w
		m = m.redraw()
	}
	m.c.Width, m.c.Height = w, h
	if iw := max(w-lipgloss.Width(m.promptLabel())-2, 1); iw != m.input.Width {
		m = m.editInput(func(in *textinput.Model) { in.Width = iw })
	}
	if m.editing != formNone {
		m.form = m.form.SetSize(w, h)
	}
	return m.clamp()
}

// Capturing is true while a form, a prompt or a question takes the keys.
func (m Model) Capturing() bool {
	return m.editing != formNone || m.prompt != promptNone || m.confirm.Active()
}

// Title is the screen's name in the breadcrumb.
func (m Model) Title() string {
	if !m.loaded {
		return m.c.T.T("meeting.title_loading")
	}
	return m.drawn.title
}

func (m Model) title() string {
	return m.c.T.T("meeting.title", map[string]any{"Number": m.d.meeting.Number, "Date": common.FormatDate(m.d.meeting.Date, m.c.Lang)})
}

// Update handles one message.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		if msg.req != m.req {
			return m, nil
		}
		was := m.d.meeting.Status
		m.loaded, m.err = msg.err == nil, msg.err
		if msg.err == nil {
			if closed := store.After(store.ActClose); was != "" && was != closed && msg.d.meeting.Status == closed {
				m.tab = tabRecord // the meeting was just closed: the draft minutes are what comes next
			}
			m.d = msg.d
			m.writes.Show(&m.d) // the marks keyed and not yet written
			m = m.redraw()
			m = m.applyPending()
		}
		return m.refreshKeys(), nil
	case doneMsg:
		return m.done(msg)
	case common.WrittenMsg:
		return m.written(msg)
	case savedMsg:
		return m.saved(msg)
	case common.DataChangedMsg:
		return m.reload()
	case common.PulseDueMsg:
		return m, m.pulse.Due(msg, m.c.Store)
	case common.LastChangeMsg:
		var changed bool
		if m.pulse, changed = m.pulse.Seen(msg); changed {
			return m.reload() // a co-chair acted from another terminal
		}
		return m, nil
	case confirm.ResultMsg:
		return m.confirmed(msg)
	case tea.KeyMsg:
		if common.Burst(msg) && !m.Capturing() {
			return common.EachRune(m, msg, Model.Update, Model.Capturing)
		}
		return m.key(msg)
	}
	if m.editing != formNone {
		return m.updateForm(msg)
	}
	if m.prompt != promptNone {
		var cmd tea.Cmd
		m = m.editInput(func(in *textinput.Model) { *in, cmd = in.Update(msg) })
		return m, cmd
	}
	return m, nil
}

func (m Model) done(msg doneMsg) (Model, tea.Cmd) {
	if msg.err != nil {
		status := common.Send(common.StatusMsg{Text: m.errText(msg.err), Err: true})
		if errors.Is(msg.err, store.ErrLocked) {
			m, reload := m.reload() // locked from another keyboard: show it
			return m, tea.Batch(status, reload)
		}
		return m, status
	}
	if msg.selectID != 0 {
		m = m.selectAfterLoad(msg.selectID)
	}
	m, cmd := m.reload()
	return m, tea.Batch(cmd, common.Status(msg.text), common.Changed())
}

func (m Model) key(km tea.KeyMsg) (Model, tea.Cmd) {
	switch {
	case m.confirm.Active():
		var cmd tea.Cmd
		m.confirm, cmd = m.confirm.Update(km)
		return m, cmd
	case m.editing != formNone:
		return m.updateForm(km)
	case m.prompt != promptNone:
		return m.updatePrompt(km)
	case !m.loaded:
		return m, nil
	case key.Matches(km, m.keys.PrevTab):
		m.tab = (m.tab + tabCount - 1) % tabCount
		return m.refreshKeys(), nil
	case key.Matches(km, m.keys.NextTab):
		m.tab = (m.tab + 1) % tabCount
		return m.refreshKeys(), nil
	case key.Matches(km, m.keys.Up):
		m.cursor[m.tab]--
		return m.clamp(), nil
	case key.Matches(km, m.keys.Down):
		m.cursor[m.tab]++
		return m.clamp(), nil
	case pressed(km, m.keys.Start):
		return m, common.Send(common.OpenLiveMsg{MeetingID: m.id})
	}
	if m.approvalPressed(km) {
		return m.approvalKey(km)
	}
	if err := m.refusal(km); err != nil {
		return m, common.Send(common.StatusMsg{Text: m.errText(err), Err: true})
	}
	switch {
	case pressed(km, m.keys.EditMeeting):
		return m.openMeetingForm()
	}
	switch m.tab {
	case tabAgenda:
		return m.agendaKey(km)
	case tabAttendance:
		return m.attendanceKey(km)
	case tabGuests:
		return m.guestKey(km)
	case tabRecord:
		return m.minutesKey(km)
	}
	return m, nil
}

// refusal is why the workflow's table refuses the step km takes on this tab; nil when it
// allows it. Submitting and approving are left to the store, which answers from the same
// table with the meeting as it stands now (a co-chair may act from another terminal).
func (m Model) refusal(km tea.KeyMsg) error {
	a, ok := m.keys.action(m.tab, km)
	if !ok || m.keys.storeDecides(km) {
		return nil
	}
	return store.AllowOperator(m.d.meeting.Status, a, m.d.actor, m.c.Store.Actor())
}

// approved says whether the actor, a co-chair, has approved the agenda and the minutes.
func (m Model) approved() [2]bool {
	a := m.d.actor
	chair := a.Role == store.RoleCoChair && a.Active
	return [2]bool{chair && approvedBy(m.d.approvals, a.ID), chair && approvedBy(m.d.minutes, a.ID)}
}

// rows is the number of rows of the current tab's list.
func (m Model) rows() int {
	switch m.tab {
	case tabAgenda:
		return len(m.d.items)
	case tabAttendance:
		return len(m.d.attendance)
	case tabGuests:
		return len(m.d.guests)
	}
	return len(m.record)
}

func (m Model) refreshKeys() Model {
	m.keys = m.keys.enable(m.tab, m.d.meeting.Status, m.rows(), m.loaded, m.d.actor, m.approved())
	return m.clamp()
}

// clamp keeps each cursor on a row and the current one in view.
func (m Model) clamp() Model {
	t := m.tab
	n := m.rows()
	h := max(m.listHeight(), 1)
	if t == tabRecord {
		m.cursor[t] = min(max(m.cursor[t], 0), max(n-h, 0))
		m.offset[t] = m.cursor[t]
		return m
	}
	m.cursor[t] = min(max(m.cursor[t], 0), max(n-1, 0))
	if m.cursor[t] < m.offset[t] {
		m.offset[t] = m.cursor[t]
	}
	if m.cursor[t] >= m.offset[t]+h {
		m.offset[t] = m.cursor[t] - h + 1
	}
	m.offset[t] = max(min(m.offset[t], n-h), 0)
	return m
}

// selectAfterLoad puts the cursor on the row with id once the reload arrives.
func (m Model) selectAfterLoad(id int64) Model {
	m.pending = id
	return m
}

// applyPending moves the cursor of the current tab to the pending row.
func (m Model) applyPending() Model {
	id := m.pending
	m.pending = 0
	switch m.tab {
	case tabAgenda:
		for i, it := range m.d.items {
			if it.ID == id {
				m.cursor[m.tab] = i
			}
		}
	case tabGuests:
		for i, g := range m.d.guests {
			if g.ID == id {
				m.cursor[m.tab] = i
			}
		}
	}
	return m
}

// ShortHelp is the keys that work now.
func (m Model) ShortHelp() []key.Binding {
	switch {
	case m.confirm.Active():
		return m.confirm.ShortHelp()
	case m.editing != formNone:
		return m.form.ShortHelp()
	case m.prompt != promptNone:
		return []key.Binding{m.keys.Accept, m.keys.Dismiss}
	}
	k := m.keys
	ar := k.approvalKeys(m.stage()) // A and R act on any tab, first in the bar for a co-chair
	switch m.tab {
	case tabAgenda:
		return append(ar, k.Add, k.Edit, k.Delete, k.MoveUp, k.MoveDown, k.Submit, k.Start, k.EditMeeting, k.Export, k.NextTab)
	case tabAttendance:
		return append(ar, k.Up, k.Down, k.Present, k.Remote, k.Absent, k.AllPresent, k.Start, k.NextTab)
	case tabGuests:
		return append(ar, k.Add, k.Edit, k.Delete, k.NextTab)
	}
	return append(ar, k.SubmitMinutes, k.Start, k.Export, k.Up, k.Down, k.NextTab)
}

// FullHelp is every key of the screen, by group.
func (m Model) FullHelp() [][]key.Binding {
	k := m.keys
	return [][]key.Binding{
		{k.PrevTab, k.NextTab, k.Up, k.Down},
		{k.Add, k.Edit, k.Delete, k.MoveUp, k.MoveDown, k.Export},
		{k.Submit, k.Approve, k.Return, k.Start, k.EditMeeting},
		{k.Present, k.Remote, k.Absent, k.AllPresent},
		{k.SubmitMinutes, k.ApproveMinutes, k.ReturnMinutes},
	}
}

// errText explains a store error as the root does: a refusal says why.
func (m Model) errText(err error) string { return m.c.ErrText(err) }
