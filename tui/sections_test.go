package tui

import (
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// Each section's key opens it under its tab's title; tab and shift+tab go round the list.
func TestSectionsComeFromTheList(t *testing.T) {
	m := start(t, seed(t), "en", 120, 30)
	seen := map[string]bool{}
	for i, s := range sections {
		if seen[s.key] {
			t.Fatalf("key %q twice", s.key)
		}
		seen[s.key] = true
		m = press(t, m, runes(s.key))
		tab := "[" + s.key + " " + m.c.T.T(s.title) + "]"
		if m.Section() != common.Section(i) || !strings.Contains(m.View(), tab) {
			t.Fatalf("key %s: section %d, want %d with the tab %q:\n%s", s.key, m.Section(), i, tab, m.View())
		}
	}
	last := common.Section(len(sections) - 1)
	if m = press(t, m, tea.KeyMsg{Type: tea.KeyTab}); m.Section() != 0 {
		t.Fatalf("tab after the last section: %d", m.Section())
	}
	if m = press(t, m, tea.KeyMsg{Type: tea.KeyShiftTab}); m.Section() != last {
		t.Fatalf("shift+tab before the first section: %d", m.Section())
	}
	if help := m.keys.Section.Help().Key; help != sections[0].key+"–"+sections[last].key {
		t.Fatalf("the help names the section keys %q", help)
	}
}
