package tui

import (
	"context"
	"testing"
	"time"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// TestVoteKeyedWithQuitIsStored keys a vote and ctrl+c in one burst, twenty times: Bubble
// Tea may quit before it starts the vote's command, and the flush at exit (as cmd/rada does
// it) stores the vote all the same, every time.
func TestVoteKeyedWithQuitIsStored(t *testing.T) {
	path := walkCouncil(t)
	s := openActor(t, path, "Мельник Оксана Василівна")
	ctx := context.Background()
	mt, err := s.CreateMeeting(ctx, store.Meeting{Date: "2026-03-19", StartTime: "10:00", Place: "Мала зала"})
	if err != nil {
		t.Fatal(err)
	}
	it, err := s.CreateAgendaItem(ctx, store.AgendaItem{MeetingID: mt.ID, Title: "Про звіт", Kind: store.ItemDecision})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.StartSession(ctx, mt.ID, true); err != nil {
		t.Fatal(err)
	}
	if _, err := s.AddPoint(ctx, store.DecisionPoint{ItemID: it.ID, Text: "Інформацію взяти до відома."}); err != nil {
		t.Fatal(err)
	}
	votes := []struct {
		key  string
		want store.VoteChoice
	}{{"f", store.VoteFor}, {"a", store.VoteAgainst}}
	for i := range 20 {
		v := votes[i%2]
		w := startAs(t, path, "Мельник Оксана Василівна")
		w.waitFor("Питання 1 з 1") // a meeting in session opens at its live screen
		w.keys(runes("V"))
		w.waitFor("Голосували:")
		w.tm.Send(runes(v.key))
		final := w.quit()
		if !final.FlushWrites(5 * time.Second) {
			t.Fatalf("run %d: the writes at exit did not end", i)
		}
		if got := castVotes(t, s)["Бондар Андрій"]; got != v.want {
			t.Fatalf("run %d: keyed %q and quit, stored %q", i, v.key, got)
		}
	}
}
