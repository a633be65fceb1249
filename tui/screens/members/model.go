package members

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/confirm"
	"github.com/khmelnytskyi-ogp/rada/tui/components/table"
)

// Model is the members list.
type Model struct {
	c       common.Common
	keys    KeyMap
	table   table.Model
	confirm confirm.Model
	members map[int64]store.Member
	pending store.Member // the member d asks about
	reqID   int
	loaded  bool
	summary string
	warning string // the composition warning, "" when balanced
	loadErr string
}

// membersLoadedMsg carries the list read for request reqID.
type membersLoadedMsg struct {
	reqID   int
	members []store.Member
	err     error
}

// New builds the list; Init loads it.
func New(c common.Common) Model {
	t := c.T
	// Columns in order of importance: the narrowest windows drop them from the right.
	cols := []table.Column{
		{Title: t.T("members.col.name"), Min: 22, Flex: 3},
		{Title: t.T("members.col.role"), Min: 10},
		{Title: t.T("members.col.side"), Min: 13},
		{Title: t.T("members.col.active"), Min: widest(t.T("members.col.active"), t.T("members.active"), t.T("members.former"))},
		{Title: t.T("members.col.position"), Min: 10, Flex: 2},
		{Title: t.T("members.col.organisation"), Min: 10, Flex: 2},
		{Title: t.T("members.col.sector"), Min: 10, Flex: 1},
	}
	m := Model{c: c, keys: newKeyMap(t), confirm: confirm.New(c.Styles, c.T), reqID: 1}
	m.table = table.New(t, c.Styles, cols).SetEmpty(t.T("members.empty"))
	return m.SetSize(c.Width, c.Height)
}

// widest is the width of the widest text, so a column's words are never cut.
func widest(texts ...string) int {
	w := 0
	for _, s := range texts {
		w = max(w, common.Width(s))
	}
	return w
}

// Init loads the members.
func (m Model) Init() tea.Cmd { return loadMembers(m.c.Store, m.reqID) }

func loadMembers(s *store.Store, reqID int) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		ms, err := s.ListMembers(ctx, store.MemberFilter{})
		return membersLoadedMsg{reqID: reqID, members: ms, err: err}
	}
}

// Update handles the list's keys and its data.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case membersLoadedMsg:
		if msg.reqID != m.reqID {
			return m, nil
		}
		m.loaded = true
		if msg.err != nil {
			m.loadErr = m.c.ErrText(msg.err)
			return m, m.c.Error(msg.err)
		}
		m.loadErr = ""
		m.summary = m.summarise(msg.members)
		m.warning = compositionWarning(m.c, store.CompositionOf(msg.members))
		m = m.SetSize(m.c.Width, m.c.Height)
		m.members = make(map[int64]store.Member, len(msg.members))
		for _, p := range msg.members {
			m.members[p.ID] = p
		}
		m.table = m.table.SetRows(m.rows(msg.members))
		return m, nil
	case common.DataChangedMsg:
		m.reqID++
		return m, loadMembers(m.c.Store, m.reqID)
	case useLoadedMsg, memberDeletedMsg, confirm.ResultMsg:
		return m.onRemove(msg)
	case tea.KeyMsg:
		if mm, cmd, ok := m.onKey(msg); ok {
			return mm, cmd
		}
	}
	var cmd tea.Cmd
	m.table, cmd = m.table.Update(msg)
	return m, cmd
}

func (m Model) rows(ms []store.Member) []table.Row {
	rows := make([]table.Row, len(ms))
	for i, p := range ms {
		active := m.c.T.T("members.active")
		if !p.Active {
			active = m.c.T.T("members.former")
		}
		rows[i] = table.Row{ID: p.ID, Cells: []string{p.FullName, m.c.T.Label(p.Role),
			m.c.T.T("members.side." + string(p.Side)), active, p.Position, p.Organisation, m.c.T.Label(p.Sector)}}
	}
	return rows
}

// summarise counts the active members by side: "14 членів: 7 влада, 7 громадськість".
func (m Model) summarise(ms []store.Member) string {
	var active, gov, civil, former int
	for _, p := range ms {
		switch {
		case !p.Active:
			former++
		case p.Side == store.SideGovernment:
			active++
			gov++
		default:
			active++
			civil++
		}
	}
	s := m.c.T.N("members.count", active, map[string]any{"Gov": gov, "Civil": civil})
	if former > 0 {
		s += "; " + m.c.T.N("members.former_count", former)
	}
	return s
}

// SetSize gives the table all but the title and count lines, and the warning's when shown.
func (m Model) SetSize(w, h int) Model {
	m.c.Width, m.c.Height = w, h
	lines := 2
	if m.warning != "" {
		lines++
	}
	m.table = m.table.SetSize(w, max(h-lines, 0))
	return m
}

// View is the title, the table and the count.
func (m Model) View() string {
	st := m.c.Styles
	if !m.loaded {
		return st.Title.Render(m.Title()) + "\n" + st.Muted.Render(m.c.T.T("common.loading"))
	}
	if m.confirm.Active() {
		return st.Title.Render(m.Title()) + "\n\n" + m.confirm.View(m.c.Width)
	}
	line := st.Muted.Render(common.Truncate(m.summary, max(m.c.Width, 1), "…"))
	if m.loadErr != "" {
		line = st.StatusErr.Render(common.Truncate(m.loadErr, max(m.c.Width, 1), "…"))
	}
	if m.warning != "" {
		line += "\n" + st.Warning.Render(common.Truncate(m.warning, max(m.c.Width, 1), "…"))
	}
	return st.Title.Render(m.Title()) + "\n" + m.table.View() + "\n" + line
}

// ShortHelp shows the keys that work now.
func (m Model) ShortHelp() []key.Binding {
	if m.confirm.Active() {
		return m.confirm.ShortHelp()
	}
	if m.table.Filtering() {
		return m.table.ShortHelp()
	}
	_, selected := m.selected()
	out := []key.Binding{}
	if selected {
		out = append(out, m.keys.Open, m.keys.Edit, m.keys.Leave)
	}
	out = append(out, m.keys.New)
	return append(out, withoutMoves(m.table.ShortHelp())...)
}

// withoutMoves drops ↑/↓ from the table's help: the list's own keys matter more on one line.
func withoutMoves(bs []key.Binding) []key.Binding {
	var out []key.Binding
	for _, b := range bs {
		if ks := b.Keys(); len(ks) > 0 && (ks[0] == "up" || ks[0] == "down") {
			continue
		}
		out = append(out, b)
	}
	return out
}

// FullHelp lists every key of the screen.
func (m Model) FullHelp() [][]key.Binding {
	return append([][]key.Binding{{m.keys.Open, m.keys.New, m.keys.Edit, m.keys.Leave}}, m.table.FullHelp()...)
}

// Capturing is true while the filter line or a question is open.
func (m Model) Capturing() bool { return m.table.Filtering() || m.confirm.Active() }

// Title names the screen.
func (m Model) Title() string { return m.c.T.T("members.title") }

// Summary is the count line (tests).
func (m Model) Summary() string { return m.summary }

// Table exposes the list for tests.
func (m Model) Table() table.Model { return m.table }
