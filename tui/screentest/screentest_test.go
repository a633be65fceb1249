package screentest

import (
	"testing"

	tea "github.com/charmbracelet/bubbletea"
)

func TestKey(t *testing.T) {
	cases := map[string]tea.KeyMsg{
		"enter":      {Type: tea.KeyEnter},
		"esc":        {Type: tea.KeyEsc},
		"tab":        {Type: tea.KeyTab},
		"shift+tab":  {Type: tea.KeyShiftTab},
		"ctrl+s":     {Type: tea.KeyCtrlS},
		"backspace":  {Type: tea.KeyBackspace},
		"shift+down": {Type: tea.KeyShiftDown},
		"pgdown":     {Type: tea.KeyPgDown},
		"delete":     {Type: tea.KeyDelete},
		"space":      {Type: tea.KeySpace, Runes: []rune{' '}},
		"a":          {Type: tea.KeyRunes, Runes: []rune("a")},
		"Олена":      {Type: tea.KeyRunes, Runes: []rune("Олена")},
	}
	for name, want := range cases {
		if got := Key(name); got.String() != want.String() || got.Type != want.Type {
			t.Errorf("Key(%q) = %v (%d), want %v (%d)", name, got, got.Type, want, want.Type)
		}
	}
}

func TestMessagesFlattensBatches(t *testing.T) {
	type ping struct{ n int }
	cmd := tea.Batch(func() tea.Msg { return ping{1} }, tea.Sequence(func() tea.Msg { return ping{2} }))
	got := Messages(cmd, Wait)
	if len(got) != 2 {
		t.Fatalf("messages %v", got)
	}
}
