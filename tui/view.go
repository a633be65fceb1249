package tui

import (
	"os"
	"path/filepath"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// View draws header, tabs, the active screen (or the full help, or a dialog), the status
// line and the help bar, in exactly the window's size.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if m.tooSmallNow() {
		return m.tooSmall()
	}
	sw, sh := m.screenSize()
	body := m.body(sw, sh)
	header, tabs := m.header(), m.tabs()
	status, help := m.status.View(m.width), m.help.Short(m.helpKeys(), m.width)
	var b strings.Builder
	b.Grow(len(header) + len(tabs) + len(body) + sh + len(status) + len(help) + 3)
	b.WriteString(header)
	b.WriteString("\n")
	if banner := m.banner(); banner != "" {
		b.WriteString(banner)
		b.WriteString("\n")
	}
	b.WriteString(tabs)
	writeBlock(&b, body, sw, sh)
	b.WriteString("\n")
	b.WriteString(status)
	b.WriteString("\n")
	b.WriteString(help)
	return b.String()
}

// tooSmallNow says whether the window is too small to draw the interface in.
func (m Model) tooSmallNow() bool { return m.width < MinWidth || m.height < MinHeight }

// tooSmall says how large the window must be, wrapped and cut to the window.
func (m Model) tooSmall() string {
	text := m.c.T.T("app.too_small", map[string]any{"W": MinWidth, "H": MinHeight})
	lines := strings.Split(ansi.Wrap(text, m.width, " "), "\n")
	if len(lines) > m.height {
		lines = lines[:m.height]
	}
	for i, l := range lines {
		lines[i] = common.Truncate(l, m.width, "")
	}
	return strings.Join(lines, "\n")
}

func (m Model) body(w, h int) string {
	switch {
	case m.confirm.Active():
		return lipgloss.Place(w, h, lipgloss.Center, lipgloss.Center, m.confirm.View(w))
	case m.showHelp:
		return m.fullHelp(w)
	case !m.loaded:
		return m.c.Styles.Muted.Render(m.c.T.T("common.loading"))
	}
	if a := m.active(); a != nil {
		return a.s.View()
	}
	return ""
}

func (m Model) fullHelp(w int) string {
	var groups [][]key.Binding
	a := m.active()
	if a != nil {
		for _, g := range a.s.FullHelp() {
			groups = append(groups, m.offered(g, a))
		}
	}
	g := m.keys.FullHelp()
	switch {
	case a != nil && a.s.Capturing(): // the screen takes every key but ctrl+c
		g = []key.Binding{m.keys.ForceQuit}
	case m.welcome != nil || !m.loaded || len(m.stacks[m.section]) <= 1:
		g = withoutKey(g, m.keys.Back) // nothing to go back to: esc is the screen's, if anyone's
	}
	if m.offersMove() {
		g = append(g, m.keys.Move)
	}
	groups = append(groups, g)
	st := m.c.Styles
	title := st.Title.Render(m.c.T.T("app.full_help"))
	box := st.HelpBox.Render(m.help.Full(groups, max(w-st.HelpBox.GetHorizontalFrameSize(), 1)))
	return lipgloss.JoinVertical(lipgloss.Left, title, box, st.Muted.Render(m.c.T.T("app.help_close")))
}

// helpKeys are the keys that work now: the dialog's, or the screen's then the global ones.
func (m Model) helpKeys() []key.Binding {
	switch {
	case m.confirm.Active():
		return m.confirm.ShortHelp()
	case m.showHelp:
		return []key.Binding{m.keys.Help}
	}
	var out []key.Binding
	a := m.active()
	if a != nil {
		if a.s.Capturing() {
			return a.s.ShortHelp()
		}
		out = m.offered(a.s.ShortHelp(), a)
	}
	if m.welcome != nil || !m.loaded {
		return append(out, m.keys.Help, m.keys.Quit)
	}
	g := m.keys.ShortHelp()
	if len(m.stacks[m.section]) <= 1 || m.screenOwnsEsc() {
		g = withoutKey(g, m.keys.Back)
	}
	return append(out, g...)
}

// offered are a screen's keys as the help shows them: on a read-only file without the keys
// that would change the council.
func (m Model) offered(bs []key.Binding, a *entry) []key.Binding {
	if !m.c.ReadOnly {
		return bs
	}
	return withoutEditKeys(bs, a.s)
}

func withoutKey(bs []key.Binding, drop key.Binding) []key.Binding {
	out := bs[:0:0]
	for _, b := range bs {
		if b.Help().Key != drop.Help().Key {
			out = append(out, b)
		}
	}
	return out
}

// drawn keeps the header and the tabs as last drawn, with what they were drawn from: they
// change with the window, the section or the council, not with a key.
type drawn struct {
	headerFrom headerFrom
	header     string
	tabsFrom   tabsFrom
	tabs       string
}

type headerFrom struct {
	width                    int
	lang                     i18n.Lang
	name, city, path         string
	readOnly, inSections, ok bool
}

type tabsFrom struct {
	width   int
	lang    i18n.Lang
	section common.Section
	title   string
	ok      bool
}

// header names the council and the database file.
func (m Model) header() string {
	from := headerFrom{width: m.width, lang: m.c.Lang, name: m.council.Name(m.c.Lang), city: m.council.City(m.c.Lang),
		path: m.opts.DBPath, readOnly: m.c.ReadOnly, inSections: m.welcome == nil && m.loaded, ok: true}
	if m.drawn == nil {
		return m.drawHeader()
	}
	if m.drawn.headerFrom != from {
		m.drawn.headerFrom, m.drawn.header = from, m.drawHeader()
	}
	return m.drawn.header
}

func (m Model) drawHeader() string {
	st := m.c.Styles
	name := m.c.T.T("app.no_council")
	if m.welcome == nil && m.loaded {
		name = shortName(m.council, m.c.Lang)
	}
	left := st.Header.Render(m.c.T.T("app.name")) + st.HeaderDim.Render(" · ") + st.Header.Render(store.OneLine(name))
	if m.c.ReadOnly {
		left = st.Locked.Render(" "+m.c.T.T("app.read_only_badge")+" ") + " " + left
	}
	file := store.OneLine(displayPath(m.opts.DBPath))
	room := m.width - common.Width(left) - 2
	if room < 8 {
		return common.Truncate(left, m.width, "…")
	}
	file = truncLeft(file, room)
	gap := strings.Repeat(" ", max(m.width-common.Width(left)-common.Width(file), 1))
	return left + gap + st.HeaderDim.Render(file)
}

// shortName is the council's name with its city, e.g. "Координаційна рада · м. Хмельницький".
func shortName(c store.Council, lang i18n.Lang) string {
	name := c.Name(lang)
	if i := strings.IndexAny(name, "«\"("); i > 0 {
		name = strings.TrimSpace(name[:i])
	}
	for _, cut := range []string{" з питань ", " for the ", " on the "} {
		if i := strings.Index(name, cut); i > 0 {
			name = name[:i]
		}
	}
	if city := c.City(lang); city != "" {
		name += " · " + city
	}
	return name
}

// displayPath shortens the home folder to ~.
func displayPath(p string) string {
	if home, err := os.UserHomeDir(); err == nil && home != "" && strings.HasPrefix(p, home+string(filepath.Separator)) {
		return "~" + p[len(home):]
	}
	return p
}

// truncLeft keeps the end of s (a path's file name matters most).
func truncLeft(s string, w int) string {
	if common.Width(s) <= w {
		return s
	}
	rs := []rune(s)
	for len(rs) > 0 && common.Width(string(rs))+1 > w {
		rs = rs[1:]
	}
	return "…" + string(rs)
}

// tabs draws "1 Засідання  2 Члени ..." with the current section marked.
func (m Model) tabs() string {
	if m.welcome != nil || !m.loaded {
		return ""
	}
	from := tabsFrom{width: m.width, lang: m.c.Lang, section: m.section, ok: true}
	if a := m.active(); a != nil && len(m.stacks[m.section]) > 1 {
		from.title = a.s.Title()
	}
	if m.drawn == nil {
		return m.drawTabs(from.title)
	}
	if m.drawn.tabsFrom != from {
		m.drawn.tabsFrom, m.drawn.tabs = from, m.drawTabs(from.title)
	}
	return m.drawn.tabs
}

// drawTabs draws the tabs with the title of the screen on show ("" at a section's home).
func (m Model) drawTabs(title string) string {
	st := m.c.Styles
	parts := make([]string, 0, len(sections))
	for i, s := range sections {
		label := s.key + " " + m.c.T.T(s.title)
		if common.Section(i) == m.section {
			parts = append(parts, st.TabActive.Render("["+label+"]")) // brackets: visible without colour
		} else {
			parts = append(parts, st.TabInactive.Render(label))
		}
	}
	line := strings.Join(parts, "")
	if title != "" {
		line += st.Muted.Render("  › " + store.OneLine(title))
	}
	return common.Truncate(line, m.width, "…")
}

// writeBlock writes a block as exactly h lines, each cut to at most w cells, each after a
// line break.
func writeBlock(b *strings.Builder, s string, w, h int) {
	for range h {
		line, rest, more := strings.Cut(s, "\n")
		b.WriteString("\n")
		if common.Width(line) > w {
			line = common.Truncate(line, w, "…")
		}
		b.WriteString(line)
		s = rest
		if !more {
			s = ""
		}
	}
}
