package common

import (
	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
)

// Screen is what the root holds on its stacks.
type Screen interface {
	Init() tea.Cmd
	Update(tea.Msg) (Screen, tea.Cmd)
	View() string
	SetSize(w, h int) Screen
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
	// Capturing is true while the screen takes typed text (a filter line, a form field):
	// the root then passes q, the section keys, tab, ? and esc to it instead of acting on them.
	Capturing() bool
	Title() string
}

// Model is a screen written with its own concrete type: its Update and SetSize return
// that type, not an interface. Wrap turns it into a Screen.
type Model[M any] interface {
	Init() tea.Cmd
	Update(tea.Msg) (M, tea.Cmd)
	View() string
	SetSize(w, h int) M
	ShortHelp() []key.Binding
	FullHelp() [][]key.Binding
	Capturing() bool
	Title() string
}

// Wrap adapts a concrete screen model to Screen.
func Wrap[M Model[M]](m M) Screen { return wrapped[M]{m} }

// Unwrap returns the concrete model inside a wrapped Screen (tests, the root).
func Unwrap[M Model[M]](s Screen) (M, bool) {
	w, ok := s.(wrapped[M])
	return w.m, ok
}

type wrapped[M Model[M]] struct{ m M }

func (w wrapped[M]) Init() tea.Cmd { return w.m.Init() }
func (w wrapped[M]) Update(msg tea.Msg) (Screen, tea.Cmd) {
	m, cmd := w.m.Update(msg)
	return wrapped[M]{m}, cmd
}
func (w wrapped[M]) View() string                { return w.m.View() }
func (w wrapped[M]) SetSize(width, h int) Screen { return wrapped[M]{w.m.SetSize(width, h)} }
func (w wrapped[M]) ShortHelp() []key.Binding    { return w.m.ShortHelp() }
func (w wrapped[M]) FullHelp() [][]key.Binding   { return w.m.FullHelp() }
func (w wrapped[M]) Capturing() bool             { return w.m.Capturing() }
func (w wrapped[M]) Title() string               { return w.m.Title() }

// Editor is a screen with keys that change the council. EditKeys are the keys that would
// do so if pressed now, enabled or not: on a read-only file the root answers them with an
// explanation and leaves them out of the help bar.
type Editor interface {
	EditKeys() []key.Binding
}

// EditKeys are s's edit keys (none when s has no Editor).
func EditKeys(s Screen) []key.Binding {
	if e, ok := s.(Editor); ok {
		return e.EditKeys()
	}
	return nil
}

func (w wrapped[M]) EditKeys() []key.Binding {
	if e, ok := any(w.m).(Editor); ok {
		return e.EditKeys()
	}
	return nil
}
