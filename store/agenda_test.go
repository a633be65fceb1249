package store

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func titles(t *testing.T, s *Store, meetingID int64) []string {
	t.Helper()
	items, err := s.ListAgenda(context.Background(), meetingID)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for i, it := range items {
		if it.Position != i+1 {
			t.Fatalf("positions not dense: item %q at %d, want %d", it.Title, it.Position, i+1)
		}
		out = append(out, it.Title)
	}
	return out
}

func addItem(t *testing.T, s *Store, meetingID int64, title string) AgendaItem {
	t.Helper()
	it, err := s.CreateAgendaItem(context.Background(), AgendaItem{MeetingID: meetingID, Title: title, Kind: ItemDecision})
	if err != nil {
		t.Fatal(err)
	}
	return it
}

func TestNewAgendaOpensWithFollowUpAndEndsWithOtherBusiness(t *testing.T) {
	s := newTestStore(t)
	m := mustMeeting(t, s, "2026-03-12")
	got := titles(t, s, m.ID)
	want := []string{"Про стан виконання рішень попередніх засідань", "Різне"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Fatalf("agenda %q, want %q", got, want)
	}
	bare, err := s.CreateMeeting(context.Background(), Meeting{Date: "2026-04-12"})
	if err != nil || len(titles(t, s, bare.ID)) != 0 {
		t.Fatalf("CreateMeeting must leave the agenda empty: %v", err)
	}
	addItem(t, s, m.ID, "Про звіт за І квартал")
	addItem(t, s, m.ID, "  Про   план дій  ")
	got = titles(t, s, m.ID)
	if len(got) != 4 || got[1] != "Про звіт за І квартал" || got[2] != "Про план дій" || got[3] != "Різне" {
		t.Fatalf("new items must go before «Різне»: %q", got)
	}
}

func TestFollowUpListsOpenAndOverdueAssignments(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	who := addMember(t, s, "Коваль Марія Петрівна", SideGovernment, RoleMember)
	prev := mustMeeting(t, s, "2026-01-15")
	it := addItem(t, s, prev.ID, "Про відкриті дані")
	for _, q := range []string{
		`INSERT INTO assignment (item_id, text, responsible_member_id, deadline) VALUES (?, 'Оприлюднити набір даних', ?, '2026-02-28')`,
		`INSERT INTO assignment (item_id, text, responsible_org, deadline) VALUES (?, 'Підготувати звіт', 'Управління ІТ', '2026-06-30')`,
		`INSERT INTO assignment (item_id, text, status) VALUES (?, 'Вже виконано', 'done')`,
	} {
		args := []any{it.ID}
		if strings.Count(q, "?") == 2 {
			args = append(args, who)
		}
		if _, err := s.DB().Exec(q, args...); err != nil {
			t.Fatal(err)
		}
	}
	m := mustMeeting(t, s, "2026-03-12")
	items, _ := s.ListAgenda(ctx, m.ID)
	heard := items[0].Heard
	for _, want := range []string{"Оприлюднити набір даних", "Коваль Марія Петрівна", "до 28.02.2026 (прострочено)",
		"Підготувати звіт", "Управління ІТ", "протокол № 1 від 15.01.2026"} {
		if !strings.Contains(heard, want) {
			t.Errorf("follow-up text lacks %q:\n%s", want, heard)
		}
	}
	if strings.Contains(heard, "Вже виконано") || strings.Count(heard, "прострочено") != 1 {
		t.Errorf("done assignment listed or overdue miscounted:\n%s", heard)
	}
	first := mustMeeting(t, s, "2025-12-01")
	items, _ = s.ListAgenda(ctx, first.ID)
	if !strings.Contains(items[0].Heard, "немає") {
		t.Errorf("an earlier meeting must not list later assignments: %q", items[0].Heard)
	}
}

func TestMoveAgendaItemKeepsPositionsDense(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	m := mustMeeting(t, s, "2026-03-12")
	a := addItem(t, s, m.ID, "A")
	addItem(t, s, m.ID, "B")
	c := addItem(t, s, m.ID, "C")
	steps := []struct {
		id    int64
		delta int
		want  string
	}{
		{c.ID, -1, "Про стан виконання рішень попередніх засідань|A|C|B|Різне"},
		{c.ID, -1, "Про стан виконання рішень попередніх засідань|C|A|B|Різне"},
		{a.ID, +2, "Про стан виконання рішень попередніх засідань|C|B|Різне|A"},
		{a.ID, +5, "Про стан виконання рішень попередніх засідань|C|B|Різне|A"},
		{c.ID, -9, "C|Про стан виконання рішень попередніх засідань|B|Різне|A"},
	}
	for i, st := range steps {
		if err := s.MoveAgendaItem(ctx, st.id, st.delta); err != nil {
			t.Fatal(err)
		}
		if got := strings.Join(titles(t, s, m.ID), "|"); got != st.want {
			t.Fatalf("step %d: %s, want %s", i, got, st.want)
		}
	}
	if err := s.DeleteAgendaItem(ctx, c.ID); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(titles(t, s, m.ID), "|"); got != "Про стан виконання рішень попередніх засідань|B|Різне|A" {
		t.Fatalf("after delete: %s", got)
	}
}

func TestUpdateAgendaItem(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	rep := addMember(t, s, "Шевчук Андрій", SideCivil, RoleMember)
	m := mustMeeting(t, s, "2026-03-12")
	g, err := s.CreateGuest(ctx, Guest{MeetingID: m.ID, FullName: "Гончар Ірина", Role: "експертка"})
	if err != nil {
		t.Fatal(err)
	}
	it := addItem(t, s, m.ID, "Про звіт")
	it.Title, it.Kind, it.ReporterMemberID = "Про звіт за 2025 рік", ItemElection, rep
	if err := s.UpdateAgendaItem(ctx, it); err != nil {
		t.Fatal(err)
	}
	got, _ := s.GetAgendaItem(ctx, it.ID)
	if got.Title != "Про звіт за 2025 рік" || got.Kind != ItemElection || got.ReporterMemberID != rep {
		t.Fatalf("not saved: %+v", got)
	}
	it.ReporterGuestID = g.ID
	var v *ValidationError
	if err := s.UpdateAgendaItem(ctx, it); !errors.As(err, &v) || v.Field("reporter") == nil {
		t.Fatalf("member and guest both reporting: %v", err)
	}
	it.ReporterMemberID = 0
	if err := s.UpdateAgendaItem(ctx, it); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteGuest(ctx, g.ID); RefusalCode(err) != RefuseInUse {
		t.Fatalf("deleting a reporting guest: %v", err)
	}
	it.Title = "  "
	if err := s.UpdateAgendaItem(ctx, it); !errors.As(err, &v) || v.Field("title") == nil {
		t.Fatalf("empty title: %v", err)
	}
}

func TestDeleteItemWithRecordRefused(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	m := mustMeeting(t, s, "2026-03-12")
	it := addItem(t, s, m.ID, "Про звіт")
	if _, err := s.DB().Exec("INSERT INTO speech (item_id, speaker_name, summary) VALUES (?, 'X', 'Y')", it.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteAgendaItem(ctx, it.ID); RefusalCode(err) != RefuseHasRecord || !errors.Is(err, ErrForbidden) {
		t.Fatalf("delete with a speech: %v", err)
	}
}
