package commitment

import (
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/confirm"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
	"github.com/khmelnytskyi-ogp/rada/tui/components/table"
)

// The panes under the header.
const (
	paneOverview = iota
	paneMilestones
	paneHistory
	paneMeetings
	paneCount
)

// headerLines is the height of the header and the pane tabs.
const headerLines = 4

// Model is the commitment detail screen.
type Model struct {
	c          common.Common
	keys       keyMap
	id         int64
	data       detail
	loaded     bool
	req        int
	pane       int
	scroll     int
	milestones table.Model
	links      table.Model
	ed         *form.Model
	forms      drafts
	confirm    confirm.Model
	text       paneText
}

// paneText is the overview and the history wrapped to the width, kept so that View
// does not wrap long texts on every frame.
type paneText struct {
	overview, history []string
}

// detail is everything the screen shows, loaded at once.
type detail struct {
	com        store.Commitment
	progress   store.Progress
	milestones []store.Milestone
	history    []store.StatusEvent
	involved   []store.Institution
	links      []store.CommitmentLink
	meetings   []store.MeetingSummary
}

type loadedMsg struct {
	req int
	d   detail
	err error
}

// savedMsg reports a save made from one of the screen's forms or keys.
type savedMsg struct {
	form   string
	status string // the catalog id of the status line to show
	err    error
}

// New builds the detail of commitment id.
func New(c common.Common, id int64) Model {
	t := c.T.T
	m := Model{c: c, keys: newKeys(c.T), id: id, confirm: confirm.New(c.Styles, c.T)}
	m.milestones = table.New(c.T, c.Styles, []table.Column{
		{Title: "!", Min: 1},
		{Title: "№", Min: 2, Right: true},
		{Title: t("commitment.col.deliverable"), Min: 16, Flex: 1},
		{Title: t("commitment.col.start"), Min: 10},
		{Title: t("commitment.col.end"), Min: 10},
		{Title: t("commitment.col.done"), Min: 10},
	}).SetEmpty(t("commitment.no_milestones"))
	m.links = table.New(c.T, c.Styles, []table.Column{
		{Title: t("commitment.col.date"), Min: 10},
		{Title: "№", Min: 3, Right: true},
		{Title: t("commitment.col.item"), Min: 16, Flex: 1},
		{Title: t("commitment.col.point"), Min: 16, Flex: 1},
	}).SetEmpty(t("commitment.no_links"))
	return m.SetSize(c.Width, c.Height)
}

// Init loads the commitment.
func (m Model) Init() tea.Cmd { return load(m.c.Store, m.id, m.req) }

func load(s *store.Store, id int64, req int) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		var d detail
		var err error
		steps := []func(){
			func() { d.com, err = s.GetCommitment(ctx, id) },
			func() { d.progress, err = s.CommitmentProgress(ctx, id) },
			func() { d.milestones, err = s.ListMilestones(ctx, id) },
			func() { d.history, err = s.ListStatusChanges(ctx, id) },
			func() { d.involved, err = s.CommitmentInstitutions(ctx, id) },
			func() { d.links, err = s.CommitmentLinks(ctx, id) },
			func() { d.meetings, err = s.ListMeetings(ctx, store.MeetingFilter{Limit: 60}) },
		}
		for _, step := range steps {
			if step(); err != nil {
				break
			}
		}
		return loadedMsg{req: req, d: d, err: err}
	}
}

// Title names the screen after the commitment.
func (m Model) Title() string {
	if !m.loaded {
		return m.c.T.T("commitment.title")
	}
	return m.data.com.OGPID
}

// Capturing is true while a form, a question or a filter takes the keys.
func (m Model) Capturing() bool {
	return m.ed != nil || m.confirm.Active() || m.milestones.Filtering() || m.links.Filtering()
}

// SetSize fits the header, the pane tabs and the pane into w×h.
func (m Model) SetSize(w, h int) Model {
	m.c.Width, m.c.Height = w, h
	body := max(h-headerLines, 2)
	m.milestones = m.milestones.SetSize(w, body)
	m.links = m.links.SetSize(w, body)
	if m.ed != nil {
		ed := m.ed.SetSize(w, h)
		m.ed = &ed
	}
	if m.loaded {
		m.text = paneText{overview: m.overviewLines(), history: m.historyLines()}
	}
	return m
}

// Update handles loads, forms, questions and keys.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case loadedMsg:
		return m.loadedData(msg)
	case common.DataChangedMsg:
		m.req++
		return m, load(m.c.Store, m.id, m.req)
	case savedMsg:
		return m.saved(msg)
	case form.SubmitMsg:
		return m, m.submit(msg.ID)
	case form.CancelMsg:
		m.ed, m.forms = nil, drafts{}
		return m, nil
	case confirm.ResultMsg:
		return m.answered(msg)
	}
	if m.ed != nil {
		ed, cmd := m.ed.Update(msg)
		m.ed = &ed
		return m, cmd
	}
	if m.confirm.Active() {
		var cmd tea.Cmd
		m.confirm, cmd = m.confirm.Update(msg)
		return m, cmd
	}
	if km, ok := msg.(tea.KeyMsg); ok {
		return m.onKey(km)
	}
	return m, nil
}

func (m Model) loadedData(msg loadedMsg) (Model, tea.Cmd) {
	if msg.req != m.req {
		return m, nil
	}
	if msg.err != nil {
		return m, m.c.Error(msg.err)
	}
	m.data, m.loaded = msg.d, true
	m.milestones = m.milestones.SetRows(m.milestoneRows())
	m.links = m.links.SetRows(m.linkRows())
	return m.SetSize(m.c.Width, m.c.Height), nil
}

func (m Model) saved(msg savedMsg) (Model, tea.Cmd) {
	if msg.err != nil {
		if m.ed != nil && m.ed.ID() == msg.form {
			ed := m.ed.Refused(msg.err)
			m.ed = &ed
			return m, nil
		}
		return m, m.c.Error(msg.err)
	}
	if m.ed != nil && m.ed.ID() == msg.form {
		m.ed, m.forms = nil, drafts{}
	}
	return m, tea.Batch(common.Changed(), common.Status(m.c.T.T(msg.status)))
}
