package tui

import (
	"context"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

// A change reaches the screen on show at once; a hidden list is marked stale and shows the
// change when it is shown again.
func TestChangeWakesHiddenScreens(t *testing.T) {
	s := seed(t)
	m := start(t, s, "uk", 120, 40)
	m = press(t, m, runes("2"))
	if _, err := s.CreateMeeting(context.Background(), store.Meeting{Date: "2026-04-16", Place: "Зала"}); err != nil {
		t.Fatal(err)
	}
	next, cmd := m.Update(common.DataChangedMsg{})
	m = settle(t, next.(Model), cmd)
	if !m.stacks[common.SectionMeetings][0].stale || m.stacks[common.SectionMembers][0].stale {
		t.Fatal("the hidden meetings list should be stale and the members list fresh")
	}
	m = press(t, m, runes("1"))
	if v := m.View(); !strings.Contains(v, "16.04.2026") || !strings.Contains(v, "3 засідання") {
		t.Errorf("the meetings list does not show the new meeting:\n%s", v)
	}
	if m.stacks[common.SectionMeetings][0].stale {
		t.Error("the meetings list is still stale after it was shown")
	}
	m = press(t, m, tea.KeyMsg{Type: tea.KeyTab})
	if m.stacks[common.SectionMembers][0].stale {
		t.Error("the members list was fresh and should stay so")
	}
}

// Only the section on show loads when the council opens; the others load when first shown.
func TestSectionsStartWhenShown(t *testing.T) {
	s := seed(t)
	m := start(t, s, "uk", 120, 40)
	for _, sec := range common.Sections {
		if got, want := m.stacks[sec][0].unstarted, sec != common.SectionMeetings; got != want {
			t.Errorf("section %d: unstarted %v, want %v", sec, got, want)
		}
	}
	m = press(t, m, runes("2"))
	if m.stacks[common.SectionMembers][0].unstarted || !strings.Contains(m.View(), "3 члени") {
		t.Errorf("the members list did not load when shown:\n%s", m.View())
	}
}
