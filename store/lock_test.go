package store

import (
	"context"
	"errors"
	"testing"
)

// lockedMeeting builds a meeting with one row in every part of its record, then locks it.
func lockedMeeting(t *testing.T) (*Store, int64) {
	t.Helper()
	s := newTestStore(t)
	ctx := context.Background()
	a := addMember(t, s, "Іваненко Ігор", SideGovernment, RoleCoChair)
	b := addMember(t, s, "Петренко Олена", SideCivil, RoleCoChair)
	m, err := s.CreateMeeting(ctx, Meeting{Date: "2026-03-12", StartTime: "10:00", PresidingID: a})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"INSERT INTO attendance (meeting_id, member_id, status) VALUES (?1, ?2, 'present')",
		"INSERT INTO guest (meeting_id, full_name) VALUES (?1, 'Гість')",
		"INSERT INTO approval (meeting_id, kind, member_id, approved_at) VALUES (?1, 'minutes', ?2, 'now')",
		"INSERT INTO agenda_item (id, meeting_id, position_no, title, kind) VALUES (100, ?1, 1, 'Про стан виконання', 'decision')",
		"INSERT INTO agenda_item (id, meeting_id, position_no, title, kind) VALUES (101, ?1, 2, 'Про звіт', 'decision')",
		"INSERT INTO speech (item_id, speaker_member_id, summary) VALUES (100, ?2, 'виступ')",
		"INSERT INTO decision_point (id, item_id, position_no, text) VALUES (200, 100, 1, 'Інформацію взяти до відома')",
		"INSERT INTO vote (item_id, member_id, choice) VALUES (100, ?2, 'for')",
		`INSERT INTO vote_result (item_id, decision_rule, tie_rule, membership, present, base, needed, votes_for,
			votes_against, votes_abstain, not_voted, recused, absent, adopted, recorded_at)
			VALUES (100, 'present_majority', 'presiding', 2, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 'now')`,
		"INSERT INTO assignment (id, item_id, point_id, text, responsible_member_id) VALUES (300, 100, 200, 'Підготувати звіт', ?2)",
		"UPDATE meeting SET status = 'minutes_approved' WHERE id = ?1",
	} {
		if _, err := s.db.Exec(q, m.ID, b); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	return s, m.ID
}

func TestLockedMeetingRefusesRawSQL(t *testing.T) {
	s, id := lockedMeeting(t)
	writes := []string{
		"UPDATE meeting SET place = 'інше' WHERE id = ?1",
		"DELETE FROM meeting WHERE id = ?1",
		"INSERT INTO attendance (meeting_id, member_id, status) VALUES (?1, 1, 'absent')",
		"UPDATE attendance SET status = 'absent' WHERE meeting_id = ?1",
		"DELETE FROM attendance WHERE meeting_id = ?1",
		"INSERT INTO guest (meeting_id, full_name) VALUES (?1, 'Ще гість')",
		"UPDATE guest SET full_name = 'x' WHERE meeting_id = ?1",
		"DELETE FROM guest WHERE meeting_id = ?1",
		"INSERT INTO approval (meeting_id, kind, member_id, approved_at) VALUES (?1, 'agenda', 1, 'now')",
		"UPDATE approval SET approved_at = 'later' WHERE meeting_id = ?1",
		"DELETE FROM approval WHERE meeting_id = ?1",
		"INSERT INTO agenda_item (meeting_id, position_no, title) VALUES (?1, 2, 'Різне')",
		"UPDATE agenda_item SET title = 'x' WHERE id = 100",
		"DELETE FROM agenda_item WHERE id = 100",
		"INSERT INTO speech (item_id, summary) VALUES (100, 'ще')",
		"UPDATE speech SET summary = 'x' WHERE item_id = 100",
		"DELETE FROM speech WHERE item_id = 100",
		"INSERT INTO decision_point (item_id, position_no, text) VALUES (100, 2, 'ще')",
		"UPDATE decision_point SET text = 'x' WHERE id = 200",
		"DELETE FROM decision_point WHERE id = 200",
		"INSERT INTO vote (item_id, member_id, choice) VALUES (100, 1, 'against')",
		"UPDATE vote SET choice = 'against' WHERE item_id = 100",
		"DELETE FROM vote WHERE item_id = 100",
		`INSERT INTO vote_result (item_id, decision_rule, tie_rule, membership, present, base, needed, votes_for,
			votes_against, votes_abstain, not_voted, recused, absent, adopted, recorded_at)
			VALUES (101, 'present_majority', 'presiding', 2, 1, 1, 1, 1, 0, 0, 0, 0, 1, 1, 'now')`,
		"UPDATE vote_result SET adopted = 0 WHERE item_id = 100",
		"DELETE FROM vote_result WHERE item_id = 100",
		"INSERT INTO assignment (item_id, text) VALUES (100, 'ще')",
		"UPDATE assignment SET text = 'x' WHERE id = 300",
		"UPDATE assignment SET deadline = '2030-01-01' WHERE id = 300",
		"DELETE FROM assignment WHERE id = 300",
	}
	for _, q := range writes {
		_, err := s.db.Exec(q, id)
		if !errors.Is(mapErr(err), ErrLocked) {
			t.Errorf("%s: err = %v, want ErrLocked", q, err)
		}
	}
}

func TestLockedMeetingKeepsAssignmentFollowUp(t *testing.T) {
	s, _ := lockedMeeting(t)
	_, err := s.db.Exec("UPDATE assignment SET status = 'done', done_on = '2026-04-01', done_note = 'звіт подано' WHERE id = 300")
	if err != nil {
		t.Fatalf("marking an assignment of a locked meeting done: %v", err)
	}
}
