package tui

import (
	"context"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/components/confirm"
	"github.com/khmelnytskyi-ogp/rada/tui/components/helpbar"
	"github.com/khmelnytskyi-ogp/rada/tui/components/status"
	"github.com/khmelnytskyi-ogp/rada/tui/keys"
	"github.com/khmelnytskyi-ogp/rada/tui/theme"
)

// The smallest window the interface draws itself in.
const (
	MinWidth  = 60
	MinHeight = 16
)

// chrome is the lines around a screen: header, tabs, status line, help bar.
const chrome = 4

// Options are what cmd/rada hands the interface.
type Options struct {
	Store    *store.Store
	DBPath   string
	Lang     i18n.Lang // --lang, or "" (then the council's setting, then LANG)
	Actor    string
	OpenDemo func(ctx context.Context) (*store.Store, string, error)
	Now      func() time.Time // nil: time.Now
	// Remote names the network file system a file is on ("" on a local disk); nil: never.
	Remote func(path string) string
	// Move copies the file to the local data folder and opens the copy; nil: not offered.
	Move func(ctx context.Context) (*store.Store, string, error)
}

// entry is a screen on a stack with the id its messages are routed by. A hidden screen is
// stale after a change: it reloads when it is shown again, not on every change. A section's
// first screen is unstarted until the section is first shown (its Init has not run). A
// hidden screen's watch for changes stops at its next tick, held until it is shown again.
type entry struct {
	id        int
	s         common.Screen
	stale     bool
	unstarted bool
	held      tea.Msg // the tick of the screen's watch that came while it was hidden
}

// Model is the root model.
type Model struct {
	opts         Options
	c            common.Common
	keys         keys.Global
	help         helpbar.Model
	status       status.Model
	confirm      confirm.Model
	width        int
	height       int
	loaded       bool
	afterCouncil string // a message id to show once the council is read again
	council      store.Council
	welcome      *entry // shown instead of the sections while the file has no council
	section      common.Section
	stacks       [len(sections)][]entry
	nextID       int
	showHelp     bool
	drawn        *drawn // the header and tabs last drawn (shared by the model's copies)
	remote       string // the network file system the file is on, "" on a local disk
}

// New builds the root model; the council is read by Init.
func New(opts Options) Model {
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.DBPath == "" && opts.Store != nil {
		opts.DBPath = opts.Store.Path()
	}
	st := theme.DefaultStyles()
	m := Model{opts: opts, status: status.New(st), drawn: &drawn{}}
	m.remote = m.detectRemote(opts.DBPath)
	m.c = common.Common{Styles: st, Store: opts.Store, Writes: &common.Writes{}, Now: opts.Now,
		ReadOnly: opts.Store != nil && opts.Store.IsReadOnly()}
	return m.setLang(i18n.Choose(opts.Lang, ""))
}

func (m Model) setLang(lang i18n.Lang) Model {
	m.c.Lang = lang
	m.c.T = i18n.New(lang)
	m.keys = keys.NewGlobal(m.c.T, sectionKeys())
	m.help = helpbar.New(m.c.Styles, m.c.T)
	m.confirm = confirm.New(m.c.Styles, m.c.T)
	return m
}

// Init reads the council.
func (m Model) Init() tea.Cmd { return loadCouncil(m.c.Store) }

// councilLoadedMsg carries the council's settings (found false: a file with no council yet).
type councilLoadedMsg struct {
	store   *store.Store
	council store.Council
	found   bool
	err     error
}

// demoOpenedMsg carries the demo council's store and file.
type demoOpenedMsg struct {
	store *store.Store
	path  string
	err   error
}

func loadCouncil(s *store.Store) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		has, err := s.HasCouncil(ctx)
		if err != nil || !has {
			return councilLoadedMsg{store: s, err: err}
		}
		c, err := s.GetCouncil(ctx)
		return councilLoadedMsg{store: s, council: c, found: err == nil, err: err}
	}
}

func openDemo(open func(context.Context) (*store.Store, string, error)) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		s, path, err := open(ctx)
		return demoOpenedMsg{store: s, path: path, err: err}
	}
}

// onCouncil builds the sections (or the welcome screen) for the council just read.
func (m Model) onCouncil(msg councilLoadedMsg) (Model, tea.Cmd) {
	if msg.store != m.c.Store {
		return m, nil // a stale read from a store we have left
	}
	m.loaded = true
	if msg.err != nil {
		return m.showStatus(m.c.ErrText(msg.err), true)
	}
	m.council = msg.council
	if msg.found {
		m = m.setLang(i18n.Choose(m.opts.Lang, msg.council.UILang))
	}
	m.stacks = [len(sections)][]entry{}
	m.welcome = nil
	if !msg.found {
		e := m.newEntry(m.welcomeScreen())
		m.welcome = &e
		return m, route(e.id, e.s.Init())
	}
	var cmds []tea.Cmd
	for i, sec := range sections {
		e := m.newEntry(sec.home(m.screenCommon()))
		if common.Section(i) == m.section {
			cmds = append(cmds, route(e.id, e.s.Init()))
		} else {
			e.unstarted = true // loads when first shown: the first frame waits for its own list only
		}
		m.stacks[i] = []entry{e}
	}
	if m.afterCouncil != "" {
		var status tea.Cmd
		m, status = m.showStatus(m.c.T.T(m.afterCouncil), false)
		m.afterCouncil = ""
		cmds = append(cmds, status)
	}
	return m, tea.Batch(append(cmds, resumeLive(m.c.Store))...)
}

// resumeLive reopens the live screen of a meeting left in session (after a restart or a crash).
func resumeLive(s *store.Store) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		if m, err := s.InSession(ctx); err == nil {
			return common.OpenLiveMsg{MeetingID: m.ID}
		}
		return nil
	}
}

// onDemo switches to the demo council's store.
func (m Model) onDemo(msg demoOpenedMsg) (Model, tea.Cmd) {
	if msg.err != nil {
		return m.showStatus(m.c.T.T("app.demo_failed", map[string]any{"Err": store.OneLine(msg.err.Error())}), true)
	}
	m = m.useStore(msg.store, msg.path)
	m, cmd := m.showStatus(m.c.T.T("app.demo_opened", map[string]any{"Path": msg.path}), false)
	return m, tea.Batch(cmd, loadCouncil(msg.store))
}

// useStore leaves the store in use (closing it) for s, the file at path.
func (m Model) useStore(s *store.Store, path string) Model {
	old := m.c.Store
	m.c.Store, m.opts.DBPath = s, path
	m.c.ReadOnly = s.IsReadOnly()
	m.remote = m.detectRemote(path)
	if old != nil && old != s {
		old.Close()
	}
	return m.resize(m.width, m.height)
}

func (m *Model) newEntry(s common.Screen) entry {
	m.nextID++
	return entry{id: m.nextID, s: s.SetSize(m.screenSize())}
}

func (m Model) showStatus(text string, isErr bool) (Model, tea.Cmd) {
	var cmd tea.Cmd
	m.status, cmd = m.status.Show(text, isErr)
	return m, cmd
}

// screenSize is the area left to a screen.
func (m Model) screenSize() (int, int) {
	return max(m.width, 0), max(m.height-chrome-m.bannerHeight(), 0)
}

// screenCommon is the Common a new screen is built with.
func (m Model) screenCommon() common.Common {
	c := m.c
	c.Width, c.Height = m.screenSize()
	return c
}

// active is the screen that takes keys: the welcome screen or the top of the section's stack.
func (m *Model) active() *entry {
	if m.welcome != nil {
		return m.welcome
	}
	st := m.stacks[m.section]
	if len(st) == 0 {
		return nil
	}
	return &st[len(st)-1]
}

// DBPath is the database file shown in the header.
func (m Model) DBPath() string { return m.opts.DBPath }

// Store is the store in use (the demo's after switching to it).
func (m Model) Store() *store.Store { return m.c.Store }

// Catalog speaks the interface's language; cmd/rada says with it what happened at exit.
func (m Model) Catalog() *i18n.Catalog { return m.c.T }

// FlushWrites runs, in the order keyed, the writes the screens queued and Bubble Tea has not
// run (a vote is written a frame after its key), waits for those running, and says whether
// they all ended within d.
func (m Model) FlushWrites(d time.Duration) bool { return m.c.Writes.Flush(d) }

// Section is the current section.
func (m Model) Section() common.Section { return m.section }
