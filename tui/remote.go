package tui

import (
	"context"
	"strings"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/files"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// A database on a network file system opens with a banner under the header: SQLite's
// write-ahead log needs shared memory such file systems do not provide, and two computers
// writing can corrupt the file. The banner names the key that moves the file (Options.Move:
// a consistent copy in the local data folder, opened instead; the old file left untouched).

// bannerLines is the most lines the banner takes; at 80 columns it needs three.
const bannerLines = 3

// movedMsg carries the store of the file's local copy.
type movedMsg struct {
	store *store.Store
	path  string
	err   error
}

func (m Model) detectRemote(path string) string {
	if m.opts.Remote == nil || path == "" {
		return ""
	}
	return m.opts.Remote(path)
}

// offersMove says whether the move key works now.
func (m Model) offersMove() bool { return m.remote != "" && m.opts.Move != nil }

func moveFile(move func(context.Context) (*store.Store, string, error)) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
		defer cancel()
		s, path, err := move(ctx)
		return movedMsg{store: s, path: path, err: err}
	}
}

// onMoved goes on with the local copy.
func (m Model) onMoved(msg movedMsg) (Model, tea.Cmd) {
	if msg.err != nil {
		return m.showStatus(m.c.T.T("app.move_failed", map[string]any{"Err": store.OneLine(msg.err.Error())}), true)
	}
	m = m.useStore(msg.store, msg.path)
	m, cmd := m.showStatus(m.c.T.T("app.moved", map[string]any{"Path": displayPath(msg.path)}), false)
	return m, tea.Batch(cmd, loadCouncil(msg.store))
}

// banner is the warning, wrapped to the window and cut to bannerLines ("" on a local disk).
func (m Model) banner() string {
	lines := m.bannerText()
	if len(lines) == 0 {
		return ""
	}
	for i, l := range lines {
		lines[i] = m.c.Styles.Warning.Render(l)
	}
	return strings.Join(lines, "\n")
}

func (m Model) bannerHeight() int { return len(m.bannerText()) }

// bannerText is why the file is at risk, then the move key and what it does on lines of
// its own, so that a narrow window cuts the explanation, never the key.
func (m Model) bannerText() []string {
	if m.remote == "" || m.width <= 0 {
		return nil
	}
	where := m.c.T.T("app.remote_where", map[string]any{"Kind": m.remote})
	if m.remote == files.UserSpace {
		where = m.c.T.T("app.remote_where_fuse")
	}
	why := m.wrap("⚠ "+where+": "+m.c.T.T("app.remote_why"), bannerLines)
	if !m.offersMove() {
		return why
	}
	move := m.wrap(m.c.T.T("app.remote_move", map[string]any{"Key": m.keys.Move.Help().Key}), bannerLines-1)
	return append(m.cut(why, bannerLines-len(move)), move...)
}

// wrap wraps text to the window, cut to n lines.
func (m Model) wrap(text string, n int) []string {
	return m.cut(strings.Split(ansi.Wrap(text, m.width, " "), "\n"), n)
}

// cut keeps n lines, the last ending in "…" when some were dropped.
func (m Model) cut(lines []string, n int) []string {
	if len(lines) <= n {
		return lines
	}
	lines = lines[:n]
	lines[n-1] = common.Truncate(lines[n-1]+" …", m.width, "…")
	return lines
}
