package tui

import (
	"context"
	"maps"
	"strings"
	"testing"
	"time"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
)

// typed sends s one rune at a time, as a person types on the Ukrainian layout.
func (w walk) typed(s string) {
	for _, r := range s {
		w.keys(runes(string(r)))
	}
}

// TestUkrainianLayout runs a meeting with the Ukrainian layout on, never switching it: every
// command key arrives as the Cyrillic letter (or . and ,) on the same physical key. Help
// is , (?), the filter . (/), a new meeting and item т (n), submit І (S), approve Ф (A), the
// live screen і (s), start н (y), a decision point в (d), the roll call М (V), and the votes
// а ф і (f a s: for, against, abstain); the votes are stored.
func TestUkrainianLayout(t *testing.T) {
	path := walkCouncil(t)
	sec := startAs(t, path, "Мельник Оксана Василівна")
	sec.waitFor("Засідань ще немає")
	sec.typed(",")
	sec.waitFor("попередній розділ")
	sec.typed(",")
	sec.typed("т")
	sec.waitFor("Нове засідання")
	sec.typed("2026-03-19")
	sec.keys(tea.KeyMsg{Type: tea.KeyTab}, tea.KeyMsg{Type: tea.KeyTab})
	sec.typed("Мала зала")
	sec.keys(tea.KeyMsg{Type: tea.KeyCtrlS})
	sec.waitFor("Засідання № 1", "Різне")
	sec.typed("т")
	sec.waitFor("Новий пункт")
	sec.typed("Про звіт")
	sec.keys(tea.KeyMsg{Type: tea.KeyCtrlS})
	sec.waitFor("› 2. Про звіт")
	sec.typed("І")
	sec.waitFor("подано співголовам")
	sec.keys(tea.KeyMsg{Type: tea.KeyEsc})
	sec.waitFor("Засідання ради")
	sec.typed(".")
	sec.waitFor("Фільтр:")
	sec.typed("Мала")
	sec.waitFor("Мала")
	if v := sec.quit().View(); !strings.Contains(v, "Фільтр: Мала") || !strings.Contains(v, "19.03.2026") {
		t.Fatalf("the filter typed after . is not applied:\n%s", v)
	}

	for _, chair := range []struct{ actor, short string }{{"Коваль Олена Петрівна", "Коваль О.П."}, {"Шевчук Тетяна", "Шевчук Т.І."}} {
		w := startAs(t, path, chair.actor)
		w.waitFor("Засідання ради")
		w.keys(tea.KeyMsg{Type: tea.KeyEnter})
		w.waitFor("Ви — співголова " + chair.short)
		w.typed("Ф")
		w.waitFor("Погоджено: " + chair.short)
		w.quit()
	}

	sec = startAs(t, path, "Мельник Оксана Василівна")
	sec.waitFor("Засідання ради")
	sec.keys(tea.KeyMsg{Type: tea.KeyEnter})
	sec.waitFor("Порядок денний затверджено")
	sec.typed("і")
	sec.waitFor("Розпочати засідання № 1?")
	sec.typed("н")
	sec.waitFor("Засідання розпочато")
	sec.typed("в")
	sec.waitFor("Пункт 1.1")
	sec.typed("Інформацію взяти до відома.")
	sec.keys(tea.KeyMsg{Type: tea.KeyCtrlS})
	sec.waitFor("1.1. Інформацію взяти до відома.")
	sec.typed("М")
	sec.typed(",")
	sec.waitFor("скасувати голоси")
	sec.typed(",")
	sec.typed("афі")
	sec.waitFor("«за» – 1; «проти» – 1; «утримались» – 1")

	// the roll lists members by name: Бондар, Гончар, Дмитренко are the first three; the
	// votes are written a moment after the keys, so the store is read until they are there
	want := map[string]store.VoteChoice{"Бондар Андрій": store.VoteFor, "Гончар Ірина": store.VoteAgainst, "Дмитренко Олег": store.VoteAbstain}
	s := openActor(t, path, "test")
	var got map[string]store.VoteChoice
	for deadline := time.Now().Add(5 * time.Second); time.Now().Before(deadline); time.Sleep(50 * time.Millisecond) {
		if got = castVotes(t, s); maps.Equal(got, want) {
			break
		}
	}
	sec.quit()
	if !maps.Equal(got, want) {
		t.Fatalf("votes stored %v, want %v", got, want)
	}
}

// castVotes are the choices stored on meeting 1's first item other than "did not vote".
func castVotes(t *testing.T, s *store.Store) map[string]store.VoteChoice {
	ctx := context.Background()
	items, err := s.ListAgenda(ctx, 1)
	if err != nil || len(items) == 0 {
		t.Fatalf("agenda %v: %v", items, err)
	}
	votes, err := s.ListVotes(ctx, items[0].ID)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]store.VoteChoice{}
	for _, v := range votes {
		m, err := s.GetMember(ctx, v.MemberID)
		if err != nil {
			t.Fatal(err)
		}
		if v.Choice != store.VoteNotVoted {
			out[m.FullName] = v.Choice
		}
	}
	return out
}
