package store

import (
	"context"
	"errors"
	"testing"
)

func TestProposedNumberIsNextInSeries(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	mustMeeting(t, s, "2026-01-15")
	mustMeeting(t, s, "2026-03-12")
	for date, want := range map[string]int{"2026-06-01": 3, "2027-01-20": 1} {
		if n, err := s.ProposeNumber(ctx, date); err != nil || n != want {
			t.Errorf("proposed for %s = %d, %v; want %d", date, n, err, want)
		}
	}
	if _, err := s.ProposeNumber(ctx, "2026-13-40"); !errors.Is(err, ErrInvalid) {
		t.Errorf("a date that does not exist: %v", err)
	}
}

func TestSeriesStartsAtAnyNumber(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	if err := s.SetNextNumber(ctx, "2027", 5); err != nil {
		t.Fatal(err)
	}
	a := mustMeeting(t, s, "2027-02-10")
	b := mustMeeting(t, s, "2027-03-12")
	other := mustMeeting(t, s, "2026-11-20")
	if a.Number != 5 || b.Number != 6 || other.Number != 1 {
		t.Fatalf("numbers %d %d %d, want 5 6 1 (another year keeps its own series)", a.Number, b.Number, other.Number)
	}
	if n, _ := s.SeriesNext(ctx, "2027"); n != 7 {
		t.Fatalf("next in 2027 = %d, want 7", n)
	}
	// Setting the start below a number in use is refused, naming the meeting that has it.
	var taken *NumberTakenError
	if err := s.SetNextNumber(ctx, "2027", 6); !errors.As(err, &taken) || taken.By.ID != b.ID || taken.Number != 6 {
		t.Fatalf("start at 6 with № 6 held: %v", err)
	}
	if err := s.SetNextNumber(ctx, "2027", 0); !errors.Is(err, ErrInvalid) {
		t.Fatalf("start at 0: %v", err)
	}
	if err := s.SetNextNumber(ctx, "2027", 10); err != nil {
		t.Fatal(err)
	}
	if c := mustMeeting(t, s, "2027-05-01"); c.Number != 10 {
		t.Fatalf("after moving the start to 10: № %d", c.Number)
	}
}

func TestSeriesStartUnderTermNumbering(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	c, _ := s.GetCouncil(ctx)
	c.Numbering, c.TermLabel = NumberingTerm, "2025–2027"
	if err := s.UpdateCouncil(ctx, c); err != nil {
		t.Fatal(err)
	}
	series, err := s.CurrentSeries(ctx)
	if err != nil || series != "2025–2027" {
		t.Fatalf("current series %q, %v", series, err)
	}
	if err := s.SetNextNumber(ctx, series, 4); err != nil {
		t.Fatal(err)
	}
	if m := mustMeeting(t, s, "2026-03-12"); m.Number != 4 || m.Series != "2025–2027" {
		t.Fatalf("first meeting in Rada: № %d of %q, want № 4 of the term", m.Number, m.Series)
	}
}

func TestTypedNumberUniqueInSeries(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	first, err := s.ScheduleMeeting(ctx, Meeting{Date: "2027-03-12", StartTime: "10:00", Number: 9})
	if err != nil || first.Number != 9 {
		t.Fatalf("typed № 9: %+v, %v", first, err)
	}
	if m, err := s.FindMeetingByNumber(ctx, 9, 2027); err != nil || m.ID != first.ID {
		t.Fatalf("--meeting 9 --year 2027: %+v, %v", m, err)
	}
	if next := mustMeeting(t, s, "2027-04-01"); next.Number != 10 {
		t.Fatalf("after № 9 comes № %d", next.Number)
	}
	_, err = s.ScheduleMeeting(ctx, Meeting{Date: "2027-05-01", StartTime: "10:00", Number: 9})
	var taken *NumberTakenError
	if !errors.As(err, &taken) || taken.By.ID != first.ID || taken.By.Date != "2027-03-12" || !errors.Is(err, ErrConflict) {
		t.Fatalf("a second № 9 in 2027: %v", err)
	}
	if ms, _ := s.ListMeetings(ctx, MeetingFilter{Year: 2027}); len(ms) != 2 {
		t.Fatalf("the refused meeting was created: %d meetings", len(ms))
	}
	// The same number in another year's series is another protocol.
	if m, err := s.ScheduleMeeting(ctx, Meeting{Date: "2028-01-20", StartTime: "10:00", Number: 9}); err != nil || m.Number != 9 {
		t.Fatalf("№ 9 of 2028: %+v, %v", m, err)
	}
}

func TestNumberEditableUntilSessionStarts(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	a := mustMeeting(t, s, "2026-03-12")
	b := mustMeeting(t, s, "2026-04-12")
	b.Number = 7
	if err := s.UpdateMeeting(ctx, b); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.GetMeeting(ctx, b.ID); got.Number != 7 {
		t.Fatalf("number after edit: %d", got.Number)
	}
	b.Number = a.Number
	var taken *NumberTakenError
	if err := s.UpdateMeeting(ctx, b); !errors.As(err, &taken) || taken.By.ID != a.ID {
		t.Fatalf("editing to a taken number: %v", err)
	}
	if got, _ := s.GetMeeting(ctx, b.ID); got.Number != 7 {
		t.Fatalf("a refused edit changed the number to %d", got.Number)
	}
	// Number 0 keeps the number; a header edit without one leaves it alone.
	b.Number, b.Place = 0, "Велика зала"
	if err := s.UpdateMeeting(ctx, b); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.GetMeeting(ctx, b.ID); got.Number != 7 || got.Place != "Велика зала" {
		t.Fatalf("header edit: %+v", got)
	}

	lc := newLiveCouncil(t, 3) // its meeting is in session
	m, _ := lc.s.GetMeeting(ctx, lc.meeting.ID)
	m.Number = 12
	var r *Refusal
	if err := lc.s.UpdateMeeting(ctx, m); !errors.As(err, &r) || r.Action != ActRenumber || r.Code != RefuseStatus {
		t.Fatalf("renumbering a meeting in session: %v", err)
	}
	m.Number, m.Place = lc.meeting.Number, "Онлайн"
	if err := lc.s.UpdateMeeting(ctx, m); err != nil {
		t.Fatalf("a header edit in session with the number kept: %v", err)
	}
}
