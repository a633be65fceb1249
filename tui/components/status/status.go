package status

import (
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/theme"
)

// How long a message stays; errors stay longer.
const (
	OKFor  = 4 * time.Second
	ErrFor = 8 * time.Second
)

// clearMsg clears the line if no newer message came since.
type clearMsg struct{ id int }

// Model is the status line's state.
type Model struct {
	st   *theme.Styles
	text string
	err  bool
	id   int
}

// New makes an empty status line.
func New(st *theme.Styles) Model { return Model{st: st} }

// Show sets the line and returns the command that clears it later.
func (m Model) Show(text string, isErr bool) (Model, tea.Cmd) {
	m.id++
	m.text, m.err = store.OneLine(text), isErr
	d := OKFor
	if isErr {
		d = ErrFor
	}
	id := m.id
	return m, tea.Tick(d, func(time.Time) tea.Msg { return clearMsg{id} })
}

// Update clears the line when its time is up.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	if c, ok := msg.(clearMsg); ok && c.id == m.id {
		m.text, m.err = "", false
	}
	return m, nil
}

// Text is the message shown, "" when clear; Err says whether it is an error.
func (m Model) Text() string { return m.text }
func (m Model) Err() bool    { return m.err }

// View renders the line cut to width.
func (m Model) View(width int) string {
	if m.text == "" || width <= 0 {
		return ""
	}
	s := common.Truncate(m.text, width, "…")
	if m.err {
		return m.st.StatusErr.Render(s)
	}
	return m.st.StatusOK.Render(s)
}
