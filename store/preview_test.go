package store

import (
	"context"
	"testing"
)

func TestPreviewAgendaShowsWhatIsRecorded(t *testing.T) {
	s, _, gov, _ := councilWithChairs(t)
	ctx := context.Background()
	m := mustMeeting(t, s, "2026-03-12")
	it, err := s.CreateAgendaItem(ctx, AgendaItem{MeetingID: m.ID, Title: "Про звіт", ReporterMemberID: gov})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"INSERT INTO speech (item_id, speaker_member_id, summary) VALUES (?1, (SELECT min(id) FROM member), 'Підтримую')",
		"INSERT INTO decision_point (item_id, position_no, text) VALUES (?1, 1, 'Інформацію взяти до відома')",
		`INSERT INTO vote_result (item_id, decision_rule, tie_rule, membership, present, base, needed, votes_for, votes_against,
			votes_abstain, not_voted, recused, absent, adopted, unanimous, recorded_at) VALUES (?1, 'present_majority', 'presiding', 3, 3, 3, 2, 3, 0, 0, 0, 0, 0, 1, 1, 'x')`,
		"INSERT INTO assignment (item_id, text, responsible_org, deadline) VALUES (?1, 'Оприлюднити', 'Управління ІТ', '2026-04-30')",
	} {
		if _, err := s.DB().Exec(q, it.ID); err != nil {
			t.Fatal(err)
		}
	}
	items, err := s.PreviewAgenda(ctx, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	p := items[1]
	if p.Reporter != "Іваненко Іван Іванович" || len(p.Speeches) != 1 || p.Speeches[0].SpeakerName != "Іваненко Іван Іванович" ||
		len(p.Points) != 1 || p.Vote == nil || !p.Vote.Outcome.Unanimous || p.Vote.Tally.For != 3 ||
		len(p.Assignments) != 1 || p.Assignments[0].Responsible != "Управління ІТ" {
		t.Fatalf("preview %+v", p)
	}
	if items[0].Vote != nil || len(items[0].Speeches) != 0 {
		t.Fatalf("an empty item shows a record: %+v", items[0])
	}
}
