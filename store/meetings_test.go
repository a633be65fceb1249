package store

import (
	"context"
	"errors"
	"testing"
)

func mustMeeting(t *testing.T, s *Store, date string) Meeting {
	t.Helper()
	m, err := s.ScheduleMeeting(context.Background(), Meeting{Date: date, StartTime: "10:00", Place: "Мала зала"})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func TestNumberingPerYear(t *testing.T) {
	s := newTestStore(t)
	a := mustMeeting(t, s, "2025-11-20")
	b := mustMeeting(t, s, "2026-01-15")
	c := mustMeeting(t, s, "2026-03-12")
	if a.Number != 1 || b.Number != 1 || c.Number != 2 {
		t.Fatalf("numbers %d %d %d, want 1 1 2", a.Number, b.Number, c.Number)
	}
	if a.Series != "2025" || c.Series != "2026" {
		t.Fatalf("series %q %q", a.Series, c.Series)
	}
	got, err := s.FindMeetingByNumber(context.Background(), 1, 0)
	if err != nil || got.ID != b.ID {
		t.Fatalf("latest № 1 = %+v, %v; want meeting %d", got, err, b.ID)
	}
}

func TestNumberingPerTerm(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	c, _ := s.GetCouncil(ctx)
	c.Numbering, c.TermLabel = NumberingTerm, "2025–2027"
	if err := s.UpdateCouncil(ctx, c); err != nil {
		t.Fatal(err)
	}
	a := mustMeeting(t, s, "2025-11-20")
	b := mustMeeting(t, s, "2026-01-15")
	if a.Number != 1 || b.Number != 2 || b.Series != "2025–2027" {
		t.Fatalf("per term: %d %d %q", a.Number, b.Number, b.Series)
	}
	// A new term starts its own numbering without colliding with the old one.
	c.TermLabel = "2027–2029"
	if err := s.UpdateCouncil(ctx, c); err != nil {
		t.Fatal(err)
	}
	n := mustMeeting(t, s, "2027-02-01")
	if n.Number != 1 || n.Series != "2027–2029" {
		t.Fatalf("new term: %d %q", n.Number, n.Series)
	}
}

func TestNumbersNeverCollide(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	a := mustMeeting(t, s, "2026-01-15")
	b := mustMeeting(t, s, "2026-02-15")
	if err := s.DeleteMeeting(ctx, a.ID); err != nil {
		t.Fatal(err)
	}
	c := mustMeeting(t, s, "2026-03-15")
	if c.Number == b.Number {
		t.Fatalf("number %d reused", c.Number)
	}
	_, err := s.DB().Exec("UPDATE meeting SET number = ? WHERE id = ?", b.Number, c.ID)
	if err == nil {
		t.Fatal("the schema let two meetings share a number")
	}
	// Moving a meeting into another year renumbers it there.
	old := mustMeeting(t, s, "2025-12-01")
	c.Date = "2025-12-20"
	if err := s.UpdateMeeting(ctx, c); err != nil {
		t.Fatal(err)
	}
	moved, _ := s.GetMeeting(ctx, c.ID)
	if moved.Series != "2025" || moved.Number != old.Number+1 {
		t.Fatalf("moved meeting %q № %d", moved.Series, moved.Number)
	}
}

func TestUpdateMeetingHeader(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	chair := addMember(t, s, "Іваненко Іван Іванович", SideGovernment, RoleCoChair)
	m := mustMeeting(t, s, "2026-03-12")
	m.StartTime, m.Place, m.OnlineLink, m.PresidingID = "14:30", "", "https://meet.example/rada", chair
	if err := s.UpdateMeeting(ctx, m); err != nil {
		t.Fatal(err)
	}
	got, _ := s.GetMeeting(ctx, m.ID)
	if got.StartTime != "14:30" || got.OnlineLink != "https://meet.example/rada" || got.PresidingID != chair || got.Number != m.Number {
		t.Fatalf("header not saved: %+v", got)
	}
	m.StartTime = "25:00"
	var v *ValidationError
	if err := s.UpdateMeeting(ctx, m); !errors.As(err, &v) || v.Field("start_time") == nil {
		t.Fatalf("bad time: %v", err)
	}
}

func TestDeleteMeetingOnlyEmptyDraft(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	id := addMember(t, s, "Петренко Олена", SideCivil, RoleMember)
	m := mustMeeting(t, s, "2026-03-12")
	if _, err := s.CreateGuest(ctx, Guest{MeetingID: m.ID, FullName: "Гість"}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetAttendance(ctx, m.ID, id, PresencePresent, ""); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteMeeting(ctx, m.ID); RefusalCode(err) != RefuseHasRecord {
		t.Fatalf("delete with attendance: %v", err)
	}
	n := mustMeeting(t, s, "2026-04-12")
	if err := s.SubmitAgenda(ctx, n.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteMeeting(ctx, n.ID); RefusalCode(err) != RefuseNotDraft {
		t.Fatalf("delete submitted: %v", err)
	}
	e := mustMeeting(t, s, "2026-05-12")
	if _, err := s.CreateGuest(ctx, Guest{MeetingID: e.ID, FullName: "Гість"}); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteMeeting(ctx, e.ID); err != nil {
		t.Fatal(err)
	}
	if _, err := s.GetMeeting(ctx, e.ID); !errors.Is(err, ErrNotFound) {
		t.Fatalf("deleted meeting still there: %v", err)
	}
}

// Without a year, № 1 is the latest meeting numbered 1 that has been held, not next year's
// draft; the draft is listed after it as the one another could mean, and a year picks it.
func TestFindMeetingByNumberPrefersHeld(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	old := mustMeeting(t, s, "2025-03-20")
	held := mustMeeting(t, s, "2026-03-12")
	draft := mustMeeting(t, s, "2027-12-17")
	if err := s.StartSession(ctx, held.ID, true); err != nil {
		t.Fatal(err)
	}
	if err := s.StartSession(ctx, old.ID, true); err != nil {
		t.Fatal(err)
	}
	got, err := s.FindMeetingByNumber(ctx, 1, 0)
	if err != nil || got.ID != held.ID {
		t.Fatalf("№ 1 = %+v, %v; want the held meeting of 2026 (%d)", got, err, held.ID)
	}
	all, err := s.MeetingsNumbered(ctx, 1, 0)
	if err != nil || len(all) != 3 || all[1].ID != old.ID || all[2].ID != draft.ID {
		t.Fatalf("candidates %+v, %v; want held 2026, held 2025, draft 2027", all, err)
	}
	if got, _ := s.FindMeetingByNumber(ctx, 1, 2027); got.ID != draft.ID {
		t.Fatalf("№ 1 of 2027 = %d, want the draft %d", got.ID, draft.ID)
	}
	if _, err := s.FindMeetingByNumber(ctx, 1, 2024); !errors.Is(err, ErrNotFound) {
		t.Fatalf("№ 1 of 2024: %v, want ErrNotFound", err)
	}
}

// With none held, the latest meeting with the number is taken.
func TestFindMeetingByNumberNoneHeld(t *testing.T) {
	s := newTestStore(t)
	mustMeeting(t, s, "2026-03-12")
	late := mustMeeting(t, s, "2027-01-10")
	if got, err := s.FindMeetingByNumber(context.Background(), 1, 0); err != nil || got.ID != late.ID {
		t.Fatalf("№ 1 = %+v, %v; want the latest draft %d", got, err, late.ID)
	}
}
