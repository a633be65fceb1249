package settings

import (
	"context"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/keys"
)

// labelWidth is the width of the labels' column.
const labelWidth = 28

// Model is the settings view; it scrolls when the window is short.
type Model struct {
	c       common.Common
	keys    KeyMap
	reqID   int
	council store.Council
	number  Numbering
	newest  string // the newest daily backup, "" when there is none
	loaded  bool
	loadErr string
	offset  int
	shown   []string // lines() of the council at the width: built on load and resize, not per key
}

// KeyMap scrolls the view and opens the form.
type KeyMap struct{ Up, Down, Edit key.Binding }

// councilLoadedMsg carries the settings read for request reqID.
type councilLoadedMsg struct {
	reqID   int
	council store.Council
	number  Numbering
	newest  string
	err     error
}

// Numbering is where the current series of protocol numbers stands: its name (the year or
// the term) and the number its next meeting takes.
type Numbering struct {
	Series string
	Next   int
}

// readNumbering reads the current series and its next number.
func readNumbering(ctx context.Context, s *store.Store) (Numbering, error) {
	series, err := s.CurrentSeries(ctx)
	if err != nil {
		return Numbering{}, err
	}
	next, err := s.SeriesNext(ctx, series)
	return Numbering{Series: series, Next: next}, err
}

// New builds the view; Init loads the settings.
func New(c common.Common) Model {
	return Model{c: c, reqID: 1, keys: KeyMap{
		Up:   keys.NewBinding(key.WithKeys("up", "k"), key.WithHelp("↑/k", c.T.T("key.up"))),
		Down: keys.NewBinding(key.WithKeys("down", "j"), key.WithHelp("↓/j", c.T.T("key.down"))),
		Edit: keys.NewBinding(key.WithKeys("e", "enter"), key.WithHelp("e", c.T.T("settings.key.edit"))),
	}}
}

// Init loads the council's settings.
func (m Model) Init() tea.Cmd { return loadCouncil(m.c.Store, m.reqID) }

func loadCouncil(s *store.Store, reqID int) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		c, err := s.GetCouncil(ctx)
		if err != nil {
			return councilLoadedMsg{reqID: reqID, err: err}
		}
		n, err := readNumbering(ctx, s)
		newest, _ := store.NewestBackup(s.Path()) // an unreadable folder reads as none yet
		return councilLoadedMsg{reqID: reqID, council: c, number: n, newest: newest, err: err}
	}
}

// Update takes the settings and scrolls.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case councilLoadedMsg:
		if msg.reqID != m.reqID {
			return m, nil
		}
		m.loaded = true
		if msg.err != nil {
			m.loadErr = m.c.ErrText(msg.err)
			return m, nil
		}
		m.council, m.number, m.newest, m.loadErr = msg.council, msg.number, msg.newest, ""
		m.shown = m.lines()
		return m.clamp(), nil
	case common.DataChangedMsg:
		m.reqID++
		return m, loadCouncil(m.c.Store, m.reqID)
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, m.keys.Edit) && m.loaded && m.loadErr == "":
			return m, common.Send(common.PushMsg{Screen: common.Wrap(NewForm(m.c, m.council, m.number.Next))})
		case key.Matches(msg, m.keys.Up):
			m.offset--
		case key.Matches(msg, m.keys.Down):
			m.offset++
		}
		return m.clamp(), nil
	}
	return m, nil
}

// rows are the label and value of each setting.
func (m Model) rows() [][2]string {
	c, lang, t := m.council, m.c.Lang, m.c.T
	yesNo := func(b bool) string {
		if b {
			return t.T("common.yes")
		}
		return t.T("common.no")
	}
	orNone := func(s string) string {
		if strings.TrimSpace(s) == "" {
			return t.T("common.none")
		}
		return s
	}
	numbering := t.Label(c.Numbering)
	if c.Numbering == store.NumberingTerm {
		numbering += " (" + orNone(c.TermLabel) + ")"
	}
	return [][2]string{
		{t.T("settings.name_uk"), orNone(c.NameUK)},
		{t.T("settings.name_en"), orNone(c.NameEN)},
		{t.T("settings.authority"), orNone(c.Authority(lang))},
		{t.T("settings.authority_code"), orNone(c.AuthorityCode)},
		{t.T("settings.city"), orNone(c.City(lang))},
		{t.T("settings.quorum"), t.Label(c.QuorumRule)},
		{t.T("settings.quorum_civil"), yesNo(c.QuorumCivil)},
		{t.T("settings.decision"), t.Label(c.DecisionRule)},
		{t.T("settings.tie"), t.Label(c.TieRule)},
		{t.T("settings.numbering"), numbering},
		{t.T("settings.next_number", map[string]any{"Series": store.OneLine(m.number.Series)}), strconv.Itoa(m.number.Next)},
		{t.T("settings.signers"), t.Label(c.Signers)},
		{t.T("settings.doc_lang"), langName(t, c.DocLang)},
		{t.T("settings.ui_lang"), langName(t, c.UILang)},
		{t.T("settings.backups_keep"), strconv.Itoa(c.BackupsKeep)},
		{t.T("settings.header_layout"), t.Label(c.HeaderLayout)},
		{t.T("settings.time_style"), t.Label(c.TimeStyle)},
		{t.T("settings.vote_order"), t.Label(c.VoteOrder)},
		{t.T("settings.attendance_shape"), t.Label(c.Attendance)},
		{t.T("settings.total_line"), yesNo(c.TotalLine)},
		{t.T("settings.last_backup"), m.lastBackup()},
	}
}

// lastBackup names the newest daily backup as it lies beside the database.
func (m Model) lastBackup() string {
	if m.newest == "" {
		return m.c.T.T("settings.no_backup")
	}
	return filepath.Join(filepath.Base(filepath.Dir(m.newest)), filepath.Base(m.newest))
}

// langName names a language, or says that the environment chooses it.
func langName(t *i18n.Catalog, l i18n.Lang) string {
	if l.Valid() {
		return t.T("lang." + string(l))
	}
	return t.T("settings.lang.auto")
}

// lines lays the rows out: label, then the value wrapped beside it.
func (m Model) lines() []string {
	st := m.c.Styles
	lw := min(labelWidth, max(m.c.Width/3, 8))
	vw := max(m.c.Width-lw-1, 1)
	var out []string
	for _, r := range m.rows() {
		labels := strings.Split(ansi.Wrap(r[0], lw, " "), "\n") // wrapped, not cut: "Потрібен представник гром…" hid the rule
		values := strings.Split(ansi.Wrap(store.OneLine(r[1]), vw, " "), "\n")
		for i := range max(len(labels), len(values)) {
			label, v := "", ""
			if i < len(labels) {
				label = ansi.Truncate(labels[i], lw, "…")
			}
			if i < len(values) {
				v = values[i]
			}
			label += strings.Repeat(" ", lw-ansi.StringWidth(label))
			out = append(out, st.Label.Render(label)+" "+st.Field.Render(ansi.Truncate(v, vw, "…")))
		}
	}
	return out
}

func (m Model) clamp() Model {
	room := max(m.c.Height-2, 1)
	m.offset = max(min(m.offset, len(m.shown)-room), 0)
	return m
}

// SetSize sets the area.
func (m Model) SetSize(w, h int) Model {
	m.c.Width, m.c.Height = w, h
	if m.loaded && m.loadErr == "" {
		m.shown = m.lines()
	}
	return m.clamp()
}

// View is the title and the visible settings.
func (m Model) View() string {
	st := m.c.Styles
	head := st.Title.Render(m.Title()) + "\n"
	switch {
	case !m.loaded:
		return head + st.Muted.Render(m.c.T.T("common.loading"))
	case m.loadErr != "":
		return head + st.StatusErr.Render(m.loadErr)
	}
	lines := m.shown
	room := max(m.c.Height-2, 1)
	end := min(m.offset+room, len(lines))
	return head + "\n" + strings.Join(lines[m.offset:end], "\n")
}

// ShortHelp shows edit once loaded, and scrolling only when there is more to see.
func (m Model) ShortHelp() []key.Binding {
	var out []key.Binding
	if m.loaded && m.loadErr == "" {
		out = append(out, m.keys.Edit)
	}
	if len(m.shown) > max(m.c.Height-2, 1) {
		out = append(out, m.keys.Up, m.keys.Down)
	}
	return out
}

// FullHelp lists the keys.
func (m Model) FullHelp() [][]key.Binding {
	return [][]key.Binding{{m.keys.Edit, m.keys.Up, m.keys.Down}}
}

// Capturing is always false: the view takes no text.
func (m Model) Capturing() bool { return false }

// Title names the screen.
func (m Model) Title() string { return m.c.T.T("settings.title") }
