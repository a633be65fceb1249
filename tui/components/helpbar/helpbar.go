package helpbar

import (
	"strconv"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	"github.com/charmbracelet/lipgloss"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/theme"
)

const sep = " • "

// Model renders help; it holds no state but its styles, language and the last short line.
type Model struct {
	st   *theme.Styles
	t    *i18n.Catalog
	last *shortLine
}

// shortLine is the last short help drawn and what it was drawn from: the bar is drawn on
// every frame and mostly does not change.
type shortLine struct{ from, line string }

// New makes a help renderer.
func New(st *theme.Styles, t *i18n.Catalog) Model { return Model{st: st, t: t, last: &shortLine{}} }

// Short renders the enabled bindings on one line of at most width cells; when they do not
// all fit it ends with "? more". A binding whose help key repeats an earlier one is skipped.
func (m Model) Short(bindings []key.Binding, width int) string {
	from := shortFrom(bindings, width)
	if m.last != nil && m.last.from == from {
		return m.last.line
	}
	line := m.short(bindings, width)
	if m.last != nil {
		*m.last = shortLine{from: from, line: line}
	}
	return line
}

// shortFrom is what the short help of bindings at width depends on, as one string.
func shortFrom(bindings []key.Binding, width int) string {
	var b strings.Builder
	b.WriteString(strconv.Itoa(width))
	for _, k := range bindings {
		if k.Enabled() {
			h := k.Help()
			b.WriteByte(0)
			b.WriteString(h.Key)
			b.WriteByte(1)
			b.WriteString(h.Desc)
		}
	}
	return b.String()
}

func (m Model) short(bindings []key.Binding, width int) string {
	more := m.item("?", m.t.T("key.more"))
	moreW := common.Width(sep) + common.Width(more)
	var b strings.Builder
	used := 0
	seen := map[string]bool{}
	list := enabled(bindings)
	for i, k := range list {
		h := k.Help()
		if seen[h.Key] {
			continue
		}
		seen[h.Key] = true
		item := m.item(h.Key, h.Desc)
		w := common.Width(item)
		if used > 0 {
			w += common.Width(sep)
		}
		room := width - used
		if i < len(list)-1 {
			room -= moreW
		}
		if w > room {
			if used > 0 && used+moreW <= width {
				b.WriteString(m.st.HelpSep.Render(sep) + more)
			} else if used == 0 && common.Width(more) <= width {
				b.WriteString(more)
			}
			return b.String()
		}
		if used > 0 {
			b.WriteString(m.st.HelpSep.Render(sep))
		}
		b.WriteString(item)
		used += w
	}
	return b.String()
}

func (m Model) item(k, desc string) string {
	return m.st.HelpKey.Render(k) + " " + m.st.HelpDesc.Render(desc)
}

// Full renders the groups as columns that fit width, each line "key  description".
func (m Model) Full(groups [][]key.Binding, width int) string {
	var cols []string
	used := 0
	for _, g := range groups {
		col := m.column(enabled(g))
		if col == "" {
			continue
		}
		w := lipgloss.Width(col)
		if used > 0 && used+3+w > width {
			cols = append(cols, "\n")
			used = 0
		}
		if used > 0 {
			cols = append(cols, "   ")
			used += 3
		}
		cols = append(cols, col)
		used += w
	}
	return joinRows(cols)
}

// joinRows lays columns side by side, starting a new row of columns after each "\n".
func joinRows(parts []string) string {
	var rows []string
	var row []string
	for _, p := range parts {
		if p == "\n" {
			rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
			row = nil
			continue
		}
		row = append(row, p)
	}
	if len(row) > 0 {
		rows = append(rows, lipgloss.JoinHorizontal(lipgloss.Top, row...))
	}
	return strings.Join(rows, "\n\n")
}

func (m Model) column(bs []key.Binding) string {
	keyW := 0
	for _, b := range bs {
		keyW = max(keyW, common.Width(b.Help().Key))
	}
	lines := make([]string, 0, len(bs))
	for _, b := range bs {
		h := b.Help()
		k := h.Key + strings.Repeat(" ", keyW-common.Width(h.Key))
		lines = append(lines, m.st.HelpKey.Render(k)+"  "+m.st.HelpDesc.Render(h.Desc))
	}
	return strings.Join(lines, "\n")
}

func enabled(bs []key.Binding) []key.Binding {
	out := make([]key.Binding, 0, len(bs))
	for _, b := range bs {
		if b.Enabled() && b.Help().Key != "" {
			out = append(out, b)
		}
	}
	return out
}
