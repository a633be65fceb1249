package welcome

import (
	"github.com/khmelnytskyi-ogp/rada/tui/components/form"
	"strings"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/ansi"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// The menu's choices.
const (
	choiceFound = iota
	choiceDemo
)

// Model is the welcome screen: a menu, then the founding form.
type Model struct {
	c       common.Common
	keys    KeyMap
	demo    bool // the demo council can be opened
	cursor  int
	form    *form.Model
	draft   *draft
	opening bool
}

// foundedMsg is the result of founding the council.
type foundedMsg struct{ err error }

// New builds the screen; demo says whether the demo council is on offer.
func New(c common.Common, demo bool) Model {
	return Model{c: c, keys: newKeyMap(c.T), demo: demo, draft: newDraft()}
}

// Init does nothing until a choice is made.
func (m Model) Init() tea.Cmd { return nil }

// Update drives the menu, then the form.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if fm, ok := msg.(foundedMsg); ok {
		return m.onFounded(fm)
	}
	if m.form != nil {
		return m.updateForm(msg)
	}
	km, ok := msg.(tea.KeyMsg)
	if !ok || m.opening {
		return m, nil
	}
	switch {
	case key.Matches(km, m.keys.Up):
		m.cursor = max(m.cursor-1, 0)
	case key.Matches(km, m.keys.Down):
		if m.demo {
			m.cursor = min(m.cursor+1, choiceDemo)
		}
	case key.Matches(km, m.keys.Choose):
		if m.cursor == choiceDemo && m.demo {
			m.opening = true
			return m, tea.Batch(common.Status(m.c.T.T("welcome.opening_demo")), common.Send(common.OpenDemoMsg{}))
		}
		f := m.newForm()
		m.form = &f
		return m, nil
	}
	return m, nil
}

func (m Model) updateForm(msg tea.Msg) (Model, tea.Cmd) {
	switch msg.(type) {
	case form.SubmitMsg:
		return m, foundCouncil(m.c.Store, m.draft.council())
	case form.CancelMsg:
		m.form = nil
		return m, nil
	}
	f, cmd := m.form.Update(msg)
	m.form = &f
	return m, cmd
}

func foundCouncil(s *store.Store, c store.Council) tea.Cmd {
	return func() tea.Msg {
		ctx, cancel := common.Context()
		defer cancel()
		return foundedMsg{err: s.FoundCouncil(ctx, c)}
	}
}

func (m Model) onFounded(msg foundedMsg) (Model, tea.Cmd) {
	if msg.err != nil {
		if m.form != nil {
			f := m.form.Refused(msg.err)
			m.form = &f
		}
		return m, m.c.Error(msg.err)
	}
	return m, common.Send(common.CouncilFoundedMsg{Status: "welcome.founded"})
}

// SetSize sets the area and the form's size.
func (m Model) SetSize(w, h int) Model {
	m.c.Width, m.c.Height = w, h
	if m.form != nil {
		f := m.form.SetSize(w, h)
		m.form = &f
	}
	return m
}

// View shows the menu, or the form with the messages of the last save.
func (m Model) View() string {
	st := m.c.Styles
	if m.form != nil {
		return m.form.View()
	}
	w := max(m.c.Width, 1)
	lines := []string{st.Title.Render(m.c.T.T("welcome.title")), ""}
	lines = append(lines, st.Text.Render(ansi.Wrap(m.c.T.T("welcome.intro"), w, " ")), "")
	choices := []string{m.c.T.T("welcome.found")}
	if m.demo {
		choices = append(choices, m.c.T.T("welcome.demo"))
	}
	for i, ch := range choices {
		if i == m.cursor {
			lines = append(lines, st.TableSelected.Render("▸ "+ch))
		} else {
			lines = append(lines, st.Text.Render("  "+ch))
		}
	}
	return strings.Join(lines, "\n")
}

// ShortHelp shows the menu's or the form's keys.
func (m Model) ShortHelp() []key.Binding {
	if m.form != nil {
		return m.form.ShortHelp()
	}
	if m.demo {
		return []key.Binding{m.keys.Up, m.keys.Down, m.keys.Choose}
	}
	return []key.Binding{m.keys.Choose}
}

// FullHelp lists every key.
func (m Model) FullHelp() [][]key.Binding {
	if m.form != nil {
		return m.form.FullHelp()
	}
	return [][]key.Binding{{m.keys.Up, m.keys.Down, m.keys.Choose}}
}

// Capturing is true while the form is open: every key is typed into it.
func (m Model) Capturing() bool { return m.form != nil }

// Title names the screen.
func (m Model) Title() string { return m.c.T.T("welcome.title") }
