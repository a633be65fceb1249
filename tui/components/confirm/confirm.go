// Package confirm is the yes/no dialog: y or enter answers yes, n or esc answers no.
package confirm

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/lipgloss"
	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/theme"
)

// ResultMsg is the answer to the question asked with id.
type ResultMsg struct {
	ID  string
	Yes bool
}

// Model is the dialog's state; it is shown while Active.
type Model struct {
	st       *theme.Styles
	id       string
	question string
	active   bool
	Yes, No  key.Binding
}

// New makes a closed dialog.
func New(st *theme.Styles, t *i18n.Catalog) Model {
	return Model{
		st:  st,
		Yes: key.NewBinding(key.WithKeys("y", "Y", "enter", "н", "Н"), key.WithHelp("y/enter", t.T("confirm.yes"))),
		No:  key.NewBinding(key.WithKeys("n", "N", "esc", "т", "Т"), key.WithHelp("n/esc", t.T("confirm.no"))),
	}
}

// Ask opens the dialog with a question; the answer comes back as ResultMsg{ID: id}.
func (m Model) Ask(id, question string) Model {
	m.id, m.question, m.active = id, store.OneLine(question), true
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
		return m, answer(m.id, true)
	case key.Matches(km, m.No):
		m.active = false
		return m, answer(m.id, false)
	}
	return m, nil
}

func answer(id string, yes bool) tea.Cmd {
	return func() tea.Msg { return ResultMsg{ID: id, Yes: yes} }
}

// ShortHelp lists the answers.
func (m Model) ShortHelp() []key.Binding { return []key.Binding{m.Yes, m.No} }

// View renders the dialog box at most width cells wide.
func (m Model) View(width int) string {
	if !m.active {
		return ""
	}
	frame := m.st.Dialog.GetHorizontalFrameSize()
	inner := max(width-frame, 1)
	q := m.st.DialogText.Render(wrap(m.question, inner))
	hy, hn := m.Yes.Help(), m.No.Help()
	keys := ansi.Truncate(m.st.HelpKey.Render(hy.Key)+" "+m.st.HelpDesc.Render(hy.Desc)+"   "+
		m.st.HelpKey.Render(hn.Key)+" "+m.st.HelpDesc.Render(hn.Desc), inner, "…")
	box := m.st.Dialog.Render(lipgloss.JoinVertical(lipgloss.Left, q, "", keys))
	if lipgloss.Width(box) > width {
		return ansi.Truncate(m.question, width, "…")
	}
	return box
}

func wrap(s string, w int) string { return ansi.Wrap(s, w, " ") }
