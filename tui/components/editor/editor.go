package editor

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/huh"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/components/confirm"
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
	"github.com/khmelnytskyi-ogp/rada/tui/keys"
	"github.com/khmelnytskyi-ogp/rada/tui/theme"
)

// SubmitMsg asks the screen to save the form with id.
type SubmitMsg struct{ ID string }

// CancelMsg says the form with id was closed without saving.
type CancelMsg struct{ ID string }

// Keys are the form keys shown in the help bar.
type Keys struct {
	Next, Prev, Save, Cancel key.Binding
}

// Model is an open form.
type Model struct {
	id       string
	title    string
	form     *huh.Form
	st       *theme.Styles
	keys     Keys
	snapshot func() string
	initial  string
	discard  string
	err      string
	confirm  confirm.Model
	width    int
	height   int
}

// New wraps form; snapshot returns the bound values as text so that esc can tell whether
// anything changed.
func New(id, title string, form *huh.Form, st *theme.Styles, t *i18n.Catalog, snapshot func() string) Model {
	form.SubmitCmd = func() tea.Msg { return SubmitMsg{ID: id} }
	form.CancelCmd = func() tea.Msg { return CancelMsg{ID: id} }
	form = form.WithShowHelp(false).WithTheme(huh.ThemeBase())
	return Model{
		id: id, title: title, form: form, st: st, snapshot: snapshot, initial: snapshot(), confirm: confirm.New(st, t),
		discard: t.T("editor.discard"),
		keys: Keys{
			Next:   keys.NewBinding(key.WithKeys("tab"), key.WithHelp("tab", t.T("editor.next"))),
			Prev:   keys.NewBinding(key.WithKeys("shift+tab"), key.WithHelp("shift+tab", t.T("editor.prev"))),
			Save:   keys.NewBinding(key.WithKeys("ctrl+s"), key.WithHelp("ctrl+s", t.T("editor.save"))),
			Cancel: keys.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.T("editor.cancel"))),
		},
	}
}

// ID names the form.
func (m Model) ID() string { return m.id }

// Init starts the form.
func (m Model) Init() tea.Cmd { return m.form.Init() }

// SetError shows a message over the form (a save that failed); the form keeps its values.
func (m Model) SetError(text string) Model { m.err = store.OneLine(text); return m }

// SetSize fits the form into w×h cells, less the title and error lines.
func (m Model) SetSize(w, h int) Model {
	m.width, m.height = max(w, 1), max(h, 1)
	m.form = form.Fit(m.form, m.width, m.height-2)
	return m
}

// Update handles ctrl+s and esc and passes everything else to the form.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if m.confirm.Active() {
		var cmd tea.Cmd
		m.confirm, cmd = m.confirm.Update(msg)
		return m, cmd
	}
	switch msg := msg.(type) {
	case confirm.ResultMsg:
		if msg.ID == m.id+".cancel" && msg.Yes {
			return m, func() tea.Msg { return CancelMsg{ID: m.id} }
		}
		return m, nil
	case tea.KeyMsg:
		switch {
		case key.Matches(msg, m.keys.Save):
			return m, func() tea.Msg { return SubmitMsg{ID: m.id} }
		case key.Matches(msg, m.keys.Cancel):
			if m.snapshot() == m.initial {
				return m, func() tea.Msg { return CancelMsg{ID: m.id} }
			}
			m.confirm = m.confirm.Ask(m.id+".cancel", m.discard)
			return m, nil
		}
	}
	f, cmd := m.form.Update(msg)
	if ff, ok := f.(*huh.Form); ok {
		m.form = ff
	}
	return m, cmd
}

// Asking says whether the discard question is open.
func (m Model) Asking() bool { return m.confirm.Active() }

// View renders the title, an error line if any, and the form, within the size.
func (m Model) View() string {
	head := m.st.Title.Render(ansi.Truncate(store.OneLine(m.title), m.width, "…"))
	if m.confirm.Active() {
		return lipgloss.JoinVertical(lipgloss.Left, head, m.confirm.View(m.width))
	}
	errLine := ""
	if m.err != "" {
		errLine = m.st.StatusErr.Render(ansi.Truncate(m.err, m.width, "…"))
	}
	return lipgloss.JoinVertical(lipgloss.Left, head, errLine, m.form.View())
}

// ShortHelp lists the form keys.
func (m Model) ShortHelp() []key.Binding {
	if m.confirm.Active() {
		return m.confirm.ShortHelp()
	}
	return []key.Binding{m.keys.Next, m.keys.Prev, m.keys.Save, m.keys.Cancel}
}
