package store

import (
	"context"
	"errors"
	"path/filepath"
	"strings"
	"testing"
	"time"
)

// councilWithChairs returns the store (actor "test"), the file and both co-chairs' ids.
func councilWithChairs(t *testing.T) (*Store, string, int64, int64) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "council.db")
	s := openTestFile(t, path)
	if err := s.FoundCouncil(context.Background(), DefaultCouncil()); err != nil {
		t.Fatal(err)
	}
	gov := addMember(t, s, "Іваненко Іван Іванович", SideGovernment, RoleCoChair)
	civ := addMember(t, s, "Петренко Олена Іванівна", SideCivil, RoleCoChair)
	addMember(t, s, "Коваль Марія", SideGovernment, RoleSecretary)
	return s, path, gov, civ
}

// as opens a second handle on the same file acting under name (like `rada --as NAME`).
func as(t *testing.T, path, name string) *Store {
	t.Helper()
	s, err := Open(context.Background(), path, WithActor(name), WithClock(func() time.Time { return testNow }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func status(t *testing.T, s *Store, id int64) MeetingStatus {
	t.Helper()
	m, err := s.GetMeeting(context.Background(), id)
	if err != nil {
		t.Fatal(err)
	}
	return m.Status
}

func TestAgendaNeedsBothCoChairs(t *testing.T) {
	s, path, gov, civ := councilWithChairs(t)
	ctx := context.Background()
	m := mustMeeting(t, s, "2026-03-12")
	ivanenko, petrenko := as(t, path, "іваненко іван іванович"), as(t, path, "Петренко Олена")

	if _, err := ivanenko.ApproveAgenda(ctx, m.ID); RefusalCode(err) != RefuseNotSubmitted {
		t.Fatalf("approving a draft: %v", err)
	}
	if err := s.SubmitAgenda(ctx, m.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ApproveAgenda(ctx, m.ID); RefusalCode(err) != RefuseNotCoChair {
		t.Fatalf("the secretary's store approved: %v", err)
	}
	if _, err := as(t, path, "Коваль Марія").ApproveAgenda(ctx, m.ID); RefusalCode(err) != RefuseNotCoChair {
		t.Fatalf("a member who is not a co-chair approved: %v", err)
	}
	a, err := ivanenko.ApproveAgenda(ctx, m.ID)
	if err != nil || a.MemberID != gov || a.ApprovedAt != "2026-03-12T10:00:00Z" {
		t.Fatalf("first approval: %+v, %v", a, err)
	}
	if st := status(t, s, m.ID); st != MeetingAgendaSubmitted {
		t.Fatalf("one approval made it %s", st)
	}
	var r *Refusal
	if _, err := ivanenko.ApproveAgenda(ctx, m.ID); !errors.As(err, &r) || r.Code != RefuseAlreadyApproved || r.Name != "Іваненко Іван Іванович" {
		t.Fatalf("second approval by the same co-chair: %v", err)
	}
	st, _ := s.AgendaApprovals(ctx, m.ID)
	if len(st.Approved) != 1 || len(st.Pending) != 1 || st.Pending[0].ID != civ {
		t.Fatalf("state after one: %+v", st)
	}
	if _, err := petrenko.ApproveAgenda(ctx, m.ID); err != nil {
		t.Fatal(err)
	}
	if got := status(t, s, m.ID); got != MeetingAgendaApproved {
		t.Fatalf("both approved, status %s", got)
	}
	if _, err := s.ApproveAgendaAs(ctx, m.ID, civ); RefusalCode(err) != RefuseAlreadyApproved {
		t.Fatalf("approval by id after both: %v", err)
	}
	entries, _ := s.ListJournal(ctx, "meeting", m.ID, 10)
	if entries[0].Action != "approve" || entries[0].Actor != "Петренко Олена" {
		t.Fatalf("journal: %+v", entries[0])
	}
}

func TestAgendaChangeResetsApproval(t *testing.T) {
	s, _, gov, civ := councilWithChairs(t)
	ctx := context.Background()
	m := mustMeeting(t, s, "2026-03-12")
	if err := s.SubmitAgenda(ctx, m.ID); err != nil {
		t.Fatal(err)
	}
	for _, id := range []int64{gov, civ} {
		if _, err := s.ApproveAgendaAs(ctx, m.ID, id); err != nil {
			t.Fatal(err)
		}
	}
	items, _ := s.ListAgenda(ctx, m.ID)
	changes := []func() error{
		func() error {
			_, err := s.CreateAgendaItem(ctx, AgendaItem{MeetingID: m.ID, Title: "Нове"})
			return err
		},
		func() error { return s.MoveAgendaItem(ctx, items[1].ID, -1) },
		func() error { it := items[0]; it.Title = "Змінено"; return s.UpdateAgendaItem(ctx, it) },
		func() error { return s.DeleteAgendaItem(ctx, items[1].ID) },
	}
	for i, change := range changes {
		if i > 0 {
			if err := s.SubmitAgenda(ctx, m.ID); err != nil {
				t.Fatal(err)
			}
			if _, err := s.ApproveAgendaAs(ctx, m.ID, gov); err != nil {
				t.Fatal(err)
			}
		}
		if err := change(); err != nil {
			t.Fatalf("change %d: %v", i, err)
		}
		if got := status(t, s, m.ID); got != MeetingDraft {
			t.Fatalf("change %d left the agenda %s", i, got)
		}
		st, _ := s.AgendaApprovals(ctx, m.ID)
		if len(st.Approved) != 0 {
			t.Fatalf("change %d kept approvals %+v", i, st.Approved)
		}
		entries, _ := s.ListJournal(ctx, "meeting", m.ID, 1)
		if entries[0].Action != "return" || !strings.Contains(entries[0].After, "agenda returned to draft by a change") {
			t.Fatalf("change %d not journalled: %+v", i, entries[0])
		}
	}
}

func TestReturnAgendaWithComment(t *testing.T) {
	s, path, gov, _ := councilWithChairs(t)
	ctx := context.Background()
	m := mustMeeting(t, s, "2026-03-12")
	petrenko := as(t, path, "Петренко Олена Іванівна")
	if err := petrenko.ReturnAgenda(ctx, m.ID, "Додайте звіт"); RefusalCode(err) != RefuseNotSubmitted {
		t.Fatalf("returning a draft: %v", err)
	}
	if err := s.SubmitAgenda(ctx, m.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.ApproveAgendaAs(ctx, m.ID, gov); err != nil {
		t.Fatal(err)
	}
	var v *ValidationError
	if err := petrenko.ReturnAgenda(ctx, m.ID, "  "); !errors.As(err, &v) || v.Field("comment") == nil {
		t.Fatalf("return without a comment: %v", err)
	}
	if err := s.ReturnAgenda(ctx, m.ID, "Ні"); RefusalCode(err) != RefuseNotCoChair {
		t.Fatalf("return by a non co-chair: %v", err)
	}
	if err := petrenko.ReturnAgenda(ctx, m.ID, "Додайте звіт про відкриті дані"); err != nil {
		t.Fatal(err)
	}
	got, _ := s.GetMeeting(ctx, m.ID)
	st, _ := s.AgendaApprovals(ctx, m.ID)
	if got.Status != MeetingDraft || got.ReturnNote != "Додайте звіт про відкриті дані" || len(st.Approved) != 0 {
		t.Fatalf("after return: %+v %+v", got, st)
	}
	if err := s.SubmitAgenda(ctx, m.ID); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.GetMeeting(ctx, m.ID); got.ReturnNote != "" {
		t.Fatalf("resubmission kept the note %q", got.ReturnNote)
	}
}

func TestActorMember(t *testing.T) {
	s, path, gov, _ := councilWithChairs(t)
	addMember(t, s, "Іваненко Петро", SideCivil, RoleMember)
	for name, want := range map[string]int64{"ІВАНЕНКО  Іван Іванович": gov, "Іваненко Іван": gov, "Іваненко": 0, "": 0, "Хтось": 0} {
		m, err := as(t, path, name).ActorMember(context.Background())
		if m.ID != want || (want == 0) != errors.Is(err, ErrNotFound) {
			t.Errorf("%q → %d, %v; want %d", name, m.ID, err, want)
		}
	}
}
