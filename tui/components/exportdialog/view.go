package exportdialog

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// labelWidth is the width of the fields' labels column.
const labelWidth = 12

// View is the title, the meeting, the fields and a line for a question, progress or an error.
func (m Model) View() string {
	st := m.c.Styles
	if !m.loaded {
		return m.fit([]string{st.Title.Render(m.Title()), st.Muted.Render(m.c.T.T("common.loading"))})
	}
	lines := []string{
		st.Title.Render(m.Title()),
		st.Muted.Render(m.c.T.T("export.meeting", map[string]any{"Number": m.meeting.Number,
			"Date": common.FormatDate(m.meeting.Date, m.c.Lang)})),
		"",
		m.field(fieldDoc, "export.document", m.c.T.T(docIDs[m.doc])),
	}
	if m.doc == docExtract {
		lines = append(lines, m.field(fieldItem, "export.item", itoa(m.item)+" / "+itoa(m.items)))
	}
	lines = append(lines,
		m.field(fieldFormat, "export.format", strings.ToUpper(string(m.formatValue()))),
		m.field(fieldLang, "export.language", m.c.T.T("lang."+string(i18n.Langs[m.lang]))),
		m.field(fieldPath, "export.path", m.path.View()),
		"",
	)
	switch {
	case m.asking:
		lines = append(lines, st.Warning.Render(m.wrap(m.c.T.T("export.exists", map[string]any{"Path": m.target()}))))
	case m.busy:
		lines = append(lines, m.spin.View()+" "+st.Muted.Render(m.c.T.T("export.working")))
	case m.err != "":
		lines = append(lines, st.StatusErr.Render(m.wrap(m.err)))
	case m.doc != docAgenda && !m.meeting.Status.Locked():
		lines = append(lines, st.Muted.Render(m.c.T.T("export.draft_note")))
	}
	return m.fit(lines)
}

// field is one line: a label, and the value marked ‹ › when it is chosen with ←/→.
func (m Model) field(f int, label, value string) string {
	st := m.c.Styles
	l := st.Label.Render(ansi.Truncate(m.c.T.T(label), labelWidth-1, "…"))
	l += strings.Repeat(" ", max(labelWidth-ansi.StringWidth(l), 1))
	if f == fieldPath {
		if m.focus == f {
			return st.Accent.Render("› ") + l + value
		}
		return "  " + l + st.Field.Render(m.path.Value())
	}
	if m.focus == f {
		return st.Accent.Render("› ") + l + st.TableSelected.Render("‹ "+value+" ›")
	}
	return "  " + l + st.Field.Render(value)
}

// wrap breaks a message to the screen's width.
func (m Model) wrap(s string) string {
	if m.c.Width <= 0 {
		return s
	}
	return ansi.Wrap(s, m.c.Width, " /")
}

// fit cuts the lines to the screen's width and height.
func (m Model) fit(in []string) string {
	lines := strings.Split(strings.Join(in, "\n"), "\n")
	if m.c.Height > 0 && len(lines) > m.c.Height {
		lines = lines[:m.c.Height]
	}
	for i, l := range lines {
		if m.c.Width > 0 {
			lines[i] = ansi.Truncate(l, m.c.Width, "…")
		}
	}
	return strings.Join(lines, "\n")
}
