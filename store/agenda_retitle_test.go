package store

import (
	"context"
	"strings"
	"testing"
)

// TestFollowUpPrefillReplacedOnRetitle: the follow-up item's pre-filled list goes when the
// item is retitled and comes back with the follow-up title; text typed over it stays.
func TestFollowUpPrefillReplacedOnRetitle(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	m := mustMeeting(t, s, "2026-03-12")
	items, _ := s.ListAgenda(ctx, m.ID)
	first := items[0]
	prefill := first.Heard
	if prefill == "" {
		t.Fatal("the follow-up item has no pre-filled text")
	}
	heard := func() string {
		t.Helper()
		it, err := s.GetAgendaItem(ctx, first.ID)
		if err != nil {
			t.Fatal(err)
		}
		return it.Heard
	}
	retitle := func(title string) {
		t.Helper()
		it := first
		it.Title = title
		if err := s.UpdateAgendaItem(ctx, it); err != nil {
			t.Fatal(err)
		}
	}
	retitle("Про затвердження регламенту")
	if got := heard(); got != "" {
		t.Fatalf("the follow-up list survived the retitle: %q", got)
	}
	retitle(first.Title)
	if got := heard(); got != prefill {
		t.Fatalf("retitled back to the follow-up: %q", got)
	}
	if _, err := s.DB().Exec("UPDATE agenda_item SET heard = 'Мельник О.В. – секретаря ради' WHERE id = ?", first.ID); err != nil {
		t.Fatal(err)
	}
	retitle("Про інше")
	if got := heard(); !strings.HasPrefix(got, "Мельник О.В.") {
		t.Fatalf("typed text lost on retitle: %q", got)
	}
}
