package common

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

func TestEachRuneInOrderThenTheRestAsText(t *testing.T) {
	type model struct {
		keys   []string
		typing bool
	}
	update := func(m model, msg tea.Msg) (model, tea.Cmd) {
		k := msg.(tea.KeyMsg).String()
		m.keys = append(m.keys, k)
		if k == "h" {
			m.typing = true
		}
		return m, nil
	}
	typing := func(m model) bool { return m.typing }
	km := tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("fjhabc")}
	if !Burst(km) || Burst(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("f")}) {
		t.Fatal("Burst")
	}
	m, _ := EachRune(model{}, km, update, typing)
	if got := len(m.keys); got != 4 || m.keys[0] != "f" || m.keys[1] != "j" || m.keys[2] != "h" || m.keys[3] != "abc" {
		t.Fatalf("keys %q", m.keys)
	}
}
