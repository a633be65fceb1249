package tui

import (
	"context"
	"slices"
	"strings"
	"testing"
	"time"

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
	for sec := range sections {
		if got, want := m.stacks[sec][0].unstarted, common.Section(sec) != common.SectionMeetings; got != want {
			t.Errorf("section %d: unstarted %v, want %v", sec, got, want)
		}
	}
	m = press(t, m, runes("2"))
	if m.stacks[common.SectionMembers][0].unstarted || !strings.Contains(m.View(), "3 члени") {
		t.Errorf("the members list did not load when shown:\n%s", m.View())
	}
}

// A hidden screen's watch stops at its next tick; shown again, it looks for changes at once
// and goes on watching.
func TestHiddenScreenStopsWatching(t *testing.T) {
	s := seed(t)
	m := start(t, s, "uk", 120, 40)
	m = press(t, m, tea.KeyMsg{Type: tea.KeyEnter})
	if len(m.stacks[common.SectionMeetings]) != 2 {
		t.Fatal("enter did not open the meeting")
	}
	meeting := m.stacks[common.SectionMeetings][1].id
	tick := routed{to: meeting, msg: common.PulseDueMsg{}}
	m = press(t, m, runes("2"))
	next, cmd := m.Update(tick)
	m = next.(Model)
	if cmd != nil || m.stacks[common.SectionMeetings][1].held == nil {
		t.Fatal("the hidden meeting screen's tick should be held, not answered")
	}
	next, cmd = m.Update(runes("1"))
	m = next.(Model)
	if m.stacks[common.SectionMeetings][1].held != nil {
		t.Error("the tick is still held after the meeting was shown again")
	}
	if !looks(cmd) {
		t.Error("shown again, the meeting screen should look for changes at once")
	}
	_, cmd = m.Update(tick)
	if !looks(cmd) {
		t.Error("the meeting screen on show should answer its tick with a look")
	}
}

// looks says whether cmd, run, asks the store for its last change.
func looks(cmd tea.Cmd) bool {
	if cmd == nil {
		return false
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(300 * time.Millisecond):
		return false // a timer
	}
	if cmds, ok := common.Commands(msg); ok {
		return slices.ContainsFunc(cmds, looks)
	}
	r, ok := msg.(routed)
	_, last := r.msg.(common.LastChangeMsg)
	return ok && last
}
