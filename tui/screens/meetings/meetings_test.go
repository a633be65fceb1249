package meetings

import (
	"context"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
)

func newCommon(t *testing.T, lang i18n.Lang, n int) common.Common {
	t.Helper()
	now := time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC)
	s := screentest.NewCouncil(t, "", now)
	ctx := context.Background()
	for i := 0; i < n; i++ {
		date := time.Date(2020, 1, 15, 0, 0, 0, 0, time.UTC).AddDate(0, i, 0).Format(store.DateLayout)
		if _, err := s.CreateMeeting(ctx, store.Meeting{Date: date, Place: "Зала №" + date[5:7]}); err != nil {
			t.Fatal(err)
		}
	}
	return screentest.Common(s, lang, 0, 0, now)
}

func loaded(t *testing.T, c common.Common) Model {
	m := New(c).SetSize(80, 20)
	m, _ = m.Update(m.Init()())
	return m
}

func TestListsNewestFirstWithCount(t *testing.T) {
	m := loaded(t, newCommon(t, "uk", 25))
	v := m.View()
	if !strings.Contains(v, "25 засідань") || !strings.Contains(v, "15.01.2022") {
		t.Fatalf("view:\n%s", v)
	}
	if r, _ := m.Table().Selected(); r.Cells[1] != "15.01.2022" {
		t.Fatalf("first row %v, want the newest", r.Cells)
	}
	if n := len(strings.Split(v, "\n")); n > 20 {
		t.Fatalf("%d lines in 20", n)
	}
	en := loaded(t, newCommon(t, "en", 1))
	if !strings.Contains(en.View(), "1 meeting") || !strings.Contains(en.View(), "2020-01-15") {
		t.Fatal(en.View())
	}
}

func TestEnterOpensMeeting(t *testing.T) {
	m := loaded(t, newCommon(t, "uk", 3))
	m, _ = m.Update(tea.KeyMsg{Type: tea.KeyDown})
	want, _ := m.Table().SelectedID()
	_, cmd := m.Update(tea.KeyMsg{Type: tea.KeyEnter})
	if cmd == nil {
		t.Fatal("enter did nothing")
	}
	if msg, ok := cmd().(common.OpenMeetingMsg); !ok || msg.ID != want {
		t.Fatalf("enter sent %#v, want OpenMeetingMsg{%d}", msg, want)
	}
}

func TestFilterCapturesAndStaleResultsDrop(t *testing.T) {
	m := loaded(t, newCommon(t, "uk", 3))
	m, _ = m.Update(tea.KeyMsg{Type: tea.KeyRunes, Runes: []rune("/")})
	if !m.Capturing() {
		t.Fatal("the filter line should capture")
	}
	m, _ = m.Update(tea.KeyMsg{Type: tea.KeyEsc})
	stale := meetingsLoadedMsg{reqID: 0}
	m, _ = m.Update(common.DataChangedMsg{})
	m, _ = m.Update(stale)
	if m.Table().Total() != 3 {
		t.Fatal("a stale result replaced the list")
	}
}

func TestEmptyList(t *testing.T) {
	m := loaded(t, newCommon(t, "uk", 0))
	if !strings.Contains(m.View(), "Засідань ще немає.") || len(m.ShortHelp()) != 1 || m.ShortHelp()[0].Help().Key != "n" {
		t.Fatalf("empty list:\n%s\nhelp %v", m.View(), m.ShortHelp())
	}
}
