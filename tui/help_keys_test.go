package tui

import (
	"strings"
	"testing"

	"github.com/charmbracelet/bubbles/key"
	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// At a section's root esc does not go back, so the full help does not offer it as "back";
// a screen that takes every key may still open the help.
func TestFullHelpAtASectionRootHasNoBack(t *testing.T) {
	m := start(t, seed(t), "uk", 120, 40)
	m = press(t, m, runes("?"))
	v := m.View()
	if strings.Contains(v, "назад") || !strings.Contains(v, "esc  скинути фільтри") {
		t.Fatalf("full help at the root:\n%s", v)
	}
	m = press(t, m, runes("?"))
	mm, _ := m.Update(common.ShowHelpMsg{})
	if !mm.(Model).showHelp {
		t.Fatal("ShowHelpMsg did not open the help")
	}
}

// filtered is a stacked screen with a filter in force until esc clears it.
type filtered struct{ on bool }

func (f filtered) Init() tea.Cmd { return nil }
func (f filtered) Update(msg tea.Msg) (filtered, tea.Cmd) {
	if km, ok := msg.(tea.KeyMsg); ok && km.Type == tea.KeyEsc {
		f.on = false
	}
	return f, nil
}
func (f filtered) View() string              { return "filtered" }
func (f filtered) SetSize(int, int) filtered { return f }
func (f filtered) FullHelp() [][]key.Binding { return nil }
func (f filtered) Capturing() bool           { return false }
func (f filtered) Title() string             { return "filtered" }
func (f filtered) ShortHelp() []key.Binding {
	if !f.on {
		return nil
	}
	return []key.Binding{key.NewBinding(key.WithKeys("esc"), key.WithHelp("esc", "clear filter"))}
}

// When a stacked screen offers esc (a filter to clear), esc is its; the next esc goes back.
func TestEscClearsAStackedScreensFilterFirst(t *testing.T) {
	m := start(t, seed(t), "uk", 100, 30)
	next, _ := m.Update(common.PushMsg{Screen: common.Wrap(filtered{on: true})})
	m = next.(Model)
	depth := len(m.stacks[m.section])
	m = press(t, m, tea.KeyMsg{Type: tea.KeyEsc})
	if len(m.stacks[m.section]) != depth {
		t.Fatal("esc went back instead of clearing the filter")
	}
	m = press(t, m, tea.KeyMsg{Type: tea.KeyEsc})
	if len(m.stacks[m.section]) != depth-1 {
		t.Fatal("the second esc did not go back")
	}
}

// capturing is a screen that takes every key (a roll call, a form).
type capturing struct{ filtered }

func (c capturing) Update(msg tea.Msg) (capturing, tea.Cmd) { return c, nil }
func (c capturing) SetSize(int, int) capturing              { return c }
func (c capturing) Capturing() bool                         { return true }

// The full help of a screen that takes every key lists no global key but ctrl+c.
func TestFullHelpOfACapturingScreen(t *testing.T) {
	m := start(t, seed(t), "uk", 100, 30)
	next, _ := m.Update(common.PushMsg{Screen: common.Wrap(capturing{})})
	next, _ = next.Update(common.ShowHelpMsg{})
	v := next.(Model).View()
	if strings.Contains(v, "наступний розділ") || strings.Contains(v, "назад") || !strings.Contains(v, "вийти одразу") {
		t.Fatalf("full help:\n%s", v)
	}
}
