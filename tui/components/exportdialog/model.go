package exportdialog

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/bubbles/spinner"
	"github.com/charmbracelet/bubbles/textinput"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/export"
	"github.com/khmelnytskyi-ogp/rada/store/files"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// The documents the dialog makes.
const (
	docMinutes = iota
	docExtract
	docAgenda
)

var docIDs = []string{"export.doc_minutes", "export.doc_extract", "export.doc_agenda"}

// The dialog's fields, in tab order.
const (
	fieldDoc = iota
	fieldItem
	fieldFormat
	fieldLang
	fieldPath
	fieldCount
)

// Model is the dialog's state.
type Model struct {
	c       common.Common
	keys    KeyMap
	id      int64 // the meeting
	meeting store.Meeting
	items   int
	loaded  bool
	focus   int
	doc     int
	item    int // 1-based, for an extract
	format  int
	lang    int
	path    textinput.Model
	edited  bool // the path was typed by hand
	dir     string
	asking  bool // the file exists: overwrite?
	busy    bool
	spin    spinner.Model
	err     string
}

// meetingLoadedMsg carries the meeting's header, its number of items and the documents' language.
type meetingLoadedMsg struct {
	meeting store.Meeting
	items   int
	lang    i18n.Lang
	err     error
}

// exportedMsg says the export finished, writing path or failing.
type exportedMsg struct {
	path string
	err  error
}

// New makes the dialog for the meeting with id; Init reads the meeting.
func New(c common.Common, meetingID int64) Model {
	in := textinput.New()
	in.Prompt = ""
	in.CharLimit = 4096
	dir, err := os.Getwd()
	if err != nil {
		dir = "."
	}
	m := Model{c: c, keys: newKeyMap(c.T), id: meetingID, path: in, dir: dir, item: 1, format: 2, spin: spinner.New(spinner.WithSpinner(spinner.Dot))}
	m.lang = max(slices.Index(i18n.Langs, c.Lang), 0)
	return m.SetSize(c.Width, c.Height)
}

// Screen is the dialog as a screen for common.PushMsg.
func Screen(c common.Common, meetingID int64) common.Screen { return common.Wrap(New(c, meetingID)) }

// Init reads the meeting.
func (m Model) Init() tea.Cmd { return loadMeeting(m.c.Store, m.id) }

func loadMeeting(s *store.Store, id int64) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		rec, err := s.MeetingRecord(ctx, id)
		return meetingLoadedMsg{meeting: rec.Meeting, items: len(rec.Items), lang: rec.Council.DocLang, err: err}
	}
}

// request is what the export command needs, copied out of the model.
type request struct {
	id     int64
	doc    int
	item   int
	format export.Format
	lang   i18n.Lang
	path   string
	force  bool   // the person agreed to replace the file
	live   string // the open database, never written over
}

func runExport(s *store.Store, r request) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		rec, err := s.MeetingRecord(ctx, r.id)
		if err != nil {
			return exportedMsg{err: err}
		}
		o := files.Options{Force: r.force, Mode: files.Shared, Live: r.live}
		err = files.Write(r.path, o, func(w io.Writer) error {
			if r.doc == docAgenda {
				return export.Agenda(w, rec, r.format, r.lang)
			}
			opts := export.Options{}
			if r.doc == docExtract {
				opts.Item = r.item
			}
			return export.Minutes(w, rec, r.format, r.lang, opts)
		})
		return exportedMsg{path: r.path, err: err}
	}
}

// Update handles the dialog's keys and results.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case meetingLoadedMsg:
		return m.onLoaded(msg)
	case exportedMsg:
		m.busy = false
		if msg.err != nil {
			m.err = m.refusal(msg.path, msg.err)
			return m, nil
		}
		return m, tea.Batch(common.Back(), common.Status(m.c.T.T("export.written", map[string]any{"Path": msg.path})))
	case spinner.TickMsg:
		if !m.busy {
			return m, nil
		}
		var cmd tea.Cmd
		m.spin, cmd = m.spin.Update(msg)
		return m, cmd
	case tea.KeyMsg:
		return m.onKey(msg)
	}
	return m, nil
}

func (m Model) onLoaded(msg meetingLoadedMsg) (Model, tea.Cmd) {
	if msg.err != nil {
		return m, tea.Batch(common.Back(), m.c.Error(msg.err))
	}
	m.meeting, m.items, m.loaded = msg.meeting, msg.items, true
	if i := slices.Index(i18n.Langs, msg.lang); i >= 0 {
		m.lang = i
	}
	m.path.SetValue(m.defaultName())
	m.path.CursorEnd()
	return m, nil
}

func (m Model) onKey(msg tea.KeyMsg) (Model, tea.Cmd) {
	switch {
	case m.busy || !m.loaded:
		if key.Matches(msg, m.keys.Cancel) && !m.busy {
			return m, common.Back()
		}
		return m, nil
	case m.asking:
		return m.onAnswer(msg)
	case key.Matches(msg, m.keys.Cancel):
		return m, common.Back()
	case key.Matches(msg, m.keys.Run):
		return m.start(false)
	case key.Matches(msg, m.keys.Next):
		return m.move(1), nil
	case key.Matches(msg, m.keys.Prev):
		return m.move(-1), nil
	case m.focus != fieldPath && key.Matches(msg, m.keys.Change):
		return m.change(msg.String() == "left"), nil
	case m.focus == fieldPath:
		before := m.path.Value()
		var cmd tea.Cmd
		m.path, cmd = m.path.Update(msg)
		if m.path.Value() != before {
			m.edited, m.err = true, ""
		}
		return m, cmd
	}
	return m, nil
}

func (m Model) onAnswer(msg tea.KeyMsg) (Model, tea.Cmd) {
	switch {
	case key.Matches(msg, m.keys.Yes):
		m.asking = false
		return m.start(true)
	case key.Matches(msg, m.keys.No):
		m.asking = false
	}
	return m, nil
}

// move focuses the next or previous field, skipping the item unless an extract is chosen.
func (m Model) move(d int) Model {
	for {
		m.focus = (m.focus + d + fieldCount) % fieldCount
		if m.focus != fieldItem || m.doc == docExtract {
			break
		}
	}
	if m.focus == fieldPath {
		m.path.Focus()
	} else {
		m.path.Blur()
	}
	return m
}

// change steps the focused choice back or forward and renames the file to match.
func (m Model) change(back bool) Model {
	step := 1
	if back {
		step = -1
	}
	switch m.focus {
	case fieldDoc:
		m.doc = (m.doc + step + len(docIDs)) % len(docIDs)
	case fieldItem:
		if m.items > 0 {
			m.item = (m.item-1+step+m.items)%m.items + 1
		}
	case fieldFormat:
		m.format = (m.format + step + len(export.DocFormats)) % len(export.DocFormats)
	case fieldLang:
		m.lang = (m.lang + 1) % len(i18n.Langs)
	}
	m.err = ""
	return m.rename()
}

// rename gives the file the default name, or only the new extension once a name was typed.
func (m Model) rename() Model {
	if !m.edited {
		m.path.SetValue(m.defaultName())
	} else {
		p := m.path.Value()
		ext := strings.ToLower(filepath.Ext(p))
		for _, f := range export.DocFormats {
			if ext == f.Ext() {
				p = strings.TrimSuffix(p, filepath.Ext(p)) + m.formatValue().Ext()
			}
		}
		m.path.SetValue(p)
	}
	m.path.CursorEnd()
	return m
}

func (m Model) defaultName() string {
	kind, item := "minutes", 0
	switch m.doc {
	case docAgenda:
		kind = "agenda"
	case docExtract:
		item = m.item
	}
	return export.DefaultName(kind, m.meeting.Date, item, m.formatValue(), m.c.Lang)
}

func (m Model) formatValue() export.Format { return export.DocFormats[m.format] }

// target is the path to write: relative names land in the current folder, ~ is the home.
func (m Model) target() string {
	p := strings.TrimSpace(m.path.Value())
	if strings.HasPrefix(p, "~/") {
		if home, err := os.UserHomeDir(); err == nil {
			p = filepath.Join(home, p[2:])
		}
	}
	if p != "" && !filepath.IsAbs(p) {
		p = filepath.Join(m.dir, p)
	}
	return p
}

// start checks the path and runs the export; overwrite says the person agreed to replace the file.
func (m Model) start(overwrite bool) (Model, tea.Cmd) {
	path := m.target()
	switch {
	case m.doc == docExtract && m.items == 0:
		m.err = m.c.T.T("export.no_items")
		return m, nil
	case path == "" || strings.HasSuffix(m.path.Value(), string(filepath.Separator)):
		m.err = m.c.T.T("export.no_path")
		return m, nil
	}
	if st, err := os.Stat(filepath.Dir(path)); err != nil || !st.IsDir() {
		m.err = m.c.T.T("export.no_dir", map[string]any{"Dir": filepath.Dir(path)})
		return m, nil
	}
	live := m.c.Store.Path()
	switch err := files.Check(path, files.Options{Force: overwrite, Live: live}); {
	case errors.Is(err, files.ErrExists):
		m.asking = true
		return m, nil
	case err != nil:
		m.err = m.refusal(path, err)
		return m, nil
	}
	m.busy, m.err = true, ""
	r := request{id: m.id, doc: m.doc, item: m.item, format: m.formatValue(), lang: i18n.Langs[m.lang], path: path, force: overwrite, live: live}
	return m, tea.Batch(runExport(m.c.Store, r), m.spin.Tick)
}

// refusal says in the person's language why path was not written.
func (m Model) refusal(path string, err error) string {
	for _, r := range []struct {
		err error
		id  string
	}{{files.ErrLive, "export.live"}, {files.ErrSymlink, "export.symlink"}, {files.ErrFolder, "export.is_dir"},
		{files.ErrNotRegular, "export.not_regular"}, {files.ErrExists, "export.appeared"}} {
		if errors.Is(err, r.err) {
			return m.c.T.T(r.id, map[string]any{"Path": path})
		}
	}
	return m.c.T.T("export.failed", map[string]any{"Err": store.OneLine(err.Error())})
}

// SetSize keeps the screen's area.
func (m Model) SetSize(w, h int) Model {
	m.c.Width, m.c.Height = w, h
	m.path.Width = max(w-labelWidth-4, 8)
	return m
}

// Capturing is true: the file name takes typed text, and esc belongs to the dialog.
func (m Model) Capturing() bool { return true }

// Title names the screen.
func (m Model) Title() string { return m.c.T.T("export.title") }

// ShortHelp shows the keys that work now.
func (m Model) ShortHelp() []key.Binding {
	switch {
	case m.busy:
		return nil
	case m.asking:
		return []key.Binding{m.keys.Yes, m.keys.No}
	case !m.loaded:
		return []key.Binding{m.keys.Cancel}
	case m.focus == fieldPath:
		return []key.Binding{m.keys.Run, m.keys.Next, m.keys.Cancel}
	}
	return []key.Binding{m.keys.Change, m.keys.Next, m.keys.Run, m.keys.Cancel}
}

// FullHelp lists every key of the dialog.
func (m Model) FullHelp() [][]key.Binding {
	return [][]key.Binding{{m.keys.Change, m.keys.Next, m.keys.Prev}, {m.keys.Run, m.keys.Cancel}}
}

func itoa(n int) string { return strconv.Itoa(n) }
