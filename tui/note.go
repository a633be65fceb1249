package tui

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// note is the home of a section whose screens have not landed yet: one line saying so.
type note struct {
	c       common.Common
	section common.Section
}

func newNote(c common.Common, s common.Section) note { return note{c: c, section: s} }

func (n note) Init() tea.Cmd                  { return nil }
func (n note) Update(tea.Msg) (note, tea.Cmd) { return n, nil }
func (n note) SetSize(w, h int) note          { n.c.Width, n.c.Height = w, h; return n }
func (n note) ShortHelp() []key.Binding       { return nil }
func (n note) FullHelp() [][]key.Binding      { return nil }
func (n note) Capturing() bool                { return false }
func (n note) Title() string                  { return n.section.Label(n.c.T) }
func (n note) View() string {
	st := n.c.Styles
	return st.Title.Render(n.Title()) + "\n\n" + st.Muted.Render(n.c.T.T("app.not_yet"))
}
