package tui

import (
	"bytes"
	"context"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/charmbracelet/x/exp/teatest"
	"github.com/khmelnytskyi-ogp/rada/store"
)

// walkCouncil founds a council of eight (two co-chairs, a secretary, five members) in a file.
func walkCouncil(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "council.db")
	s := openActor(t, path, "Мельник Оксана Василівна")
	ctx := context.Background()
	if err := s.FoundCouncil(ctx, store.DefaultCouncil()); err != nil {
		t.Fatal(err)
	}
	people := []store.Member{
		{FullName: "Коваль Олена Петрівна", Side: store.SideGovernment, Role: store.RoleCoChair},
		{FullName: "Шевчук Тетяна Ігорівна", Side: store.SideCivil, Role: store.RoleCoChair},
		{FullName: "Мельник Оксана Василівна", Side: store.SideGovernment, Role: store.RoleSecretary},
		{FullName: "Бондар Андрій", Side: store.SideGovernment}, {FullName: "Гончар Ірина", Side: store.SideCivil},
		{FullName: "Дмитренко Олег", Side: store.SideGovernment}, {FullName: "Єременко Ніна", Side: store.SideCivil},
		{FullName: "Жук Павло", Side: store.SideGovernment},
	}
	for _, p := range people {
		if p.Role == "" {
			p.Role = store.RoleMember
		}
		p.Sector = store.SectorOther
		if _, err := s.CreateMember(ctx, p); err != nil {
			t.Fatal(err)
		}
	}
	return path
}

func openActor(t *testing.T, path, actor string) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), path, store.WithActor(actor), store.WithClock(func() time.Time { return testNow }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

type walk struct {
	t  *testing.T
	tm *teatest.TestModel
}

func startAs(t *testing.T, path, actor string) walk {
	s := openActor(t, path, actor)
	m := New(Options{Store: s, DBPath: "council.db", Lang: "uk", Now: func() time.Time { return testNow }})
	return walk{t, teatest.NewTestModel(t, m, teatest.WithInitialTermSize(80, 24))}
}

func (w walk) waitFor(texts ...string) {
	w.t.Helper()
	teatest.WaitFor(w.t, w.tm.Output(), func(b []byte) bool {
		for _, s := range texts {
			if !bytes.Contains(b, []byte(s)) {
				return false
			}
		}
		return true
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
}

// keys sends keys with a short pause after each, as a person types: huh moves between
// fields through a command, and a key sent before it runs would land in the old field.
func (w walk) keys(keys ...tea.KeyMsg) {
	for _, k := range keys {
		w.tm.Send(k)
		time.Sleep(30 * time.Millisecond)
	}
}

func (w walk) quit() Model {
	w.tm.Send(tea.KeyMsg{Type: tea.KeyCtrlC})
	return w.tm.FinalModel(w.t, teatest.WithFinalTimeout(5*time.Second)).(Model)
}

// TestMeetingWalkthrough: the secretary creates a meeting, adds three items and reorders
// them; each co-chair approves under their own name; the roll call goes from no quorum to
// quorate and the quorum line follows.
func TestMeetingWalkthrough(t *testing.T) {
	path := walkCouncil(t)
	sec := startAs(t, path, "Мельник Оксана Василівна")
	sec.waitFor("Засідань ще немає")
	sec.keys(runes("n"))
	sec.waitFor("Нове засідання")
	sec.keys(runes("2026-03-19"))
	sec.keys(tea.KeyMsg{Type: tea.KeyTab}, tea.KeyMsg{Type: tea.KeyTab})
	sec.keys(runes("Мала зала"))
	sec.keys(tea.KeyMsg{Type: tea.KeyCtrlS})
	sec.waitFor("Засідання № 1", "Про стан виконання", "Різне")
	for i, title := range []string{"Про звіт", "Про план", "Про дані"} {
		sec.keys(runes("n"))
		sec.waitFor("Новий пункт")
		sec.keys(runes(title))
		sec.keys(tea.KeyMsg{Type: tea.KeyCtrlS})
		sec.waitFor("› " + strconv.Itoa(i+2) + ". " + title)
	}
	sec.keys(runes("K"), tea.KeyMsg{Type: tea.KeyShiftUp})
	sec.waitFor("2. Про дані")
	sec.keys(runes("S"))
	sec.waitFor("подано співголовам")
	sec.quit()

	s := openActor(t, path, "test")
	items, _ := s.ListAgenda(context.Background(), 1)
	var titles []string
	for _, it := range items {
		titles = append(titles, it.Title)
	}
	if got := strings.Join(titles, "|"); got != "Про стан виконання рішень попередніх засідань|Про дані|Про звіт|Про план|Різне" {
		t.Fatalf("agenda %s", got)
	}

	for _, chair := range []struct{ actor, short string }{{"Коваль Олена Петрівна", "Коваль О.П."}, {"Шевчук Тетяна", "Шевчук Т.І."}} {
		w := startAs(t, path, chair.actor)
		w.waitFor("Засідання ради")
		w.keys(tea.KeyMsg{Type: tea.KeyEnter})
		w.waitFor("Ви — співголова " + chair.short)
		w.keys(runes("A"))
		w.waitFor("Погоджено: " + chair.short)
		w.quit()
	}
	if m, _ := s.GetMeeting(context.Background(), 1); m.Status != store.MeetingAgendaApproved {
		t.Fatalf("after both co-chairs: %s", m.Status)
	}

	sec = startAs(t, path, "Мельник Оксана Василівна")
	sec.waitFor("Засідання ради")
	sec.keys(tea.KeyMsg{Type: tea.KeyEnter})
	sec.waitFor("Порядок денний затверджено")
	sec.keys(tea.KeyMsg{Type: tea.KeyRight})
	sec.waitFor("8 з 8 присутні — засідання правомочне")
	for range 4 {
		sec.keys(runes("a"))
		sec.keys(runes("відрядження"))
		sec.keys(tea.KeyMsg{Type: tea.KeyEnter})
	}
	sec.waitFor("4 з 8 присутні — кворум відсутній: потрібно 5")
	sec.keys(tea.KeyMsg{Type: tea.KeyUp}, runes("r"))
	sec.waitFor("5 з 8 присутні — засідання правомочне")
	final := sec.quit()
	teatest.RequireEqualOutput(t, []byte(final.View()))
}
