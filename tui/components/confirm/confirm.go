package confirm

import (
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/keys"
	"github.com/khmelnytskyi-ogp/rada/tui/theme"
)

// ResultMsg is the answer to the question asked with id.
type ResultMsg struct {
	ID        string
	Yes       bool
	Cancelled bool // esc on an AskOrCancel question: nothing further should be asked
}

// Model is the dialog's state; it is shown while Active.
type Model struct {
	st       *theme.Styles
	id       string
	question string
	active   bool
	cancel   bool // esc cancels rather than answers no
	Yes, No  key.Binding
	// NoOnly and Cancel replace No on an AskOrCancel question.
	NoOnly, Cancel key.Binding
}

// New makes a closed dialog.
func New(st *theme.Styles, t *i18n.Catalog) Model {
	return Model{
		st:  st,
		Yes: keys.NewBinding(key.WithKeys("y", "Y", "enter"), key.WithHelp("y/enter", t.T("confirm.yes"))),
		No:  keys.NewBinding(key.WithKeys("n", "N", "esc"), key.WithHelp("n/esc", t.T("confirm.no"))),

		NoOnly: keys.NewBinding(key.WithKeys("n", "N"), key.WithHelp("n", t.T("confirm.no"))),
		Cancel: keys.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", t.T("confirm.cancel"))),
	}
}

// Ask opens the dialog with a question; the answer comes back as ResultMsg{ID: id}.
func (m Model) Ask(id, question string) Model {
	m.id, m.question, m.active, m.cancel = id, store.OneLine(question), true, false
	return m
}

// AskOrCancel opens a question whose "no" leads on to another step: n answers no, esc
// closes the dialog with ResultMsg{Cancelled: true}.
func (m Model) AskOrCancel(id, question string) Model {
	m = m.Ask(id, question)
	m.cancel = true
	return m
}

// Active says whether the dialog is open (it then takes every key).
func (m Model) Active() bool { return m.active }

// Update answers on y/enter or n/esc; other keys are ignored while open.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	km, ok := msg.(tea.KeyMsg)
	if !ok || !m.active {
		return m, nil
	}
	switch {
	case key.Matches(km, m.Yes):
		m.active = false
		return m, answer(ResultMsg{ID: m.id, Yes: true})
	case m.cancel && key.Matches(km, m.Cancel):
		m.active = false
		return m, answer(ResultMsg{ID: m.id, Cancelled: true})
	case key.Matches(km, m.No):
		m.active = false
		return m, answer(ResultMsg{ID: m.id})
	}
	return m, nil
}

func answer(r ResultMsg) tea.Cmd {
	return func() tea.Msg { return r }
}

// ShortHelp lists the answers.
func (m Model) ShortHelp() []key.Binding {
	if m.cancel {
		return []key.Binding{m.Yes, m.NoOnly, m.Cancel}
	}
	return []key.Binding{m.Yes, m.No}
}

// View renders the dialog box at most width cells wide.
func (m Model) View(width int) string {
	if !m.active {
		return ""
	}
	frame := m.st.Dialog.GetHorizontalFrameSize()
	inner := max(width-frame, 1)
	q := m.st.DialogText.Render(wrap(m.question, inner))
	var parts []string
	for _, b := range m.ShortHelp() {
		h := b.Help()
		parts = append(parts, m.st.HelpKey.Render(h.Key)+" "+m.st.HelpDesc.Render(h.Desc))
	}
	keys := ansi.Truncate(strings.Join(parts, "   "), inner, "…")
	box := m.st.Dialog.Render(lipgloss.JoinVertical(lipgloss.Left, q, "", keys))
	if lipgloss.Width(box) > width {
		return ansi.Truncate(m.question, width, "…")
	}
	return box
}

func wrap(s string, w int) string { return ansi.Wrap(s, w, " ") }
