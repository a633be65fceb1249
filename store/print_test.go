package store

import (
	"context"
	"errors"
	"path/filepath"
	"testing"
)

func TestParseTimeAcceptsEveryForm(t *testing.T) {
	for typed, want := range map[string]string{
		"10:00": "10:00", "10.00": "10:00", "10-00": "10:00", "1000": "10:00",
		" 11-30 ": "11:30", "9:05": "09:05", "905": "09:05", "00:00": "00:00", "23:59": "23:59",
	} {
		got, err := ParseTime(typed)
		if err != nil || got != want {
			t.Errorf("ParseTime(%q) = %q, %v; want %q", typed, got, err, want)
		}
	}
}

func TestParseTimeRefusesSayingWhy(t *testing.T) {
	for typed, want := range map[string]error{
		"25:00": ErrNoSuchTime, "10:75": ErrNoSuchTime, "2400": ErrNoSuchTime, "24.00": ErrNoSuchTime,
		"": ErrTimeFormat, "10": ErrTimeFormat, "10:0": ErrTimeFormat, "10:000": ErrTimeFormat,
		"ten": ErrTimeFormat, "10:ab": ErrTimeFormat, "100:00": ErrTimeFormat, "10:00:00": ErrTimeFormat,
	} {
		if _, err := ParseTime(typed); !errors.Is(err, want) {
			t.Errorf("ParseTime(%q) = %v, want %v", typed, err, want)
		}
	}
}

func TestValidateMeetingNamesATimeThatDoesNotExist(t *testing.T) {
	for typed, code := range map[string]string{"25:00": "no_such_time", "10:75": "no_such_time", "ten": "time", "10.00": "time"} {
		v := ValidateMeeting(Meeting{Date: "2026-03-12", StartTime: typed})
		if v == nil || len(v.Fields) != 1 || v.Fields[0].Field != "start_time" || v.Fields[0].Code != code {
			t.Errorf("ValidateMeeting(start %q) = %v, want start_time %q", typed, v, code)
		}
	}
	if v := ValidateMeeting(Meeting{Date: "2026-03-12", StartTime: NormalTime("11-00")}); v != nil {
		t.Errorf("11-00 normalised is refused: %v", v)
	}
}

func TestPrintSettingsRoundTrip(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "council.db")
	s := openTestFile(t, path)
	c := DefaultCouncil()
	if err := s.FoundCouncil(ctx, c); err != nil {
		t.Fatal(err)
	}
	c.HeaderLayout, c.TimeStyle, c.VoteOrder = HeaderCityLeft, TimeDash, VotedFirst
	c.Attendance, c.TotalLine = AttendanceCounts, true
	if err := s.UpdateCouncil(ctx, c); err != nil {
		t.Fatal(err)
	}
	m, err := s.CreateMeeting(ctx, Meeting{Date: "2026-03-12", Place: "Зала", Attendance: AttendanceList})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	s = openTestFile(t, path)
	got, err := s.GetCouncil(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if got.HeaderLayout != HeaderCityLeft || got.TimeStyle != TimeDash || got.VoteOrder != VotedFirst || got.Attendance != AttendanceCounts || !got.TotalLine {
		t.Errorf("read back %+v", got)
	}
	r, err := s.MeetingRecord(ctx, m.ID)
	if want := (Print{HeaderCityLeft, TimeDash, VotedFirst, AttendanceList, true}); err != nil || r.Print != want {
		t.Errorf("the meeting's own list: %+v (%v), want %+v", r.Print, err, want)
	}
	m.Attendance = ""
	if err := s.UpdateMeeting(ctx, m); err != nil {
		t.Fatal(err)
	}
	if r, _ := s.MeetingRecord(ctx, m.ID); r.Print.Attendance != AttendanceCounts {
		t.Errorf("a meeting without its own shape prints %q, want the council's counts", r.Print.Attendance)
	}
	c.TimeStyle = "roman"
	var v *ValidationError
	if err := s.UpdateCouncil(ctx, c); !errors.As(err, &v) || v.Fields[0].Field != "time_style" {
		t.Errorf("an unknown time style: %v", err)
	}
}

func TestRecordReadsThePrintSettings(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	c, _ := s.GetCouncil(ctx)
	c.HeaderLayout, c.TimeStyle, c.VoteOrder = HeaderCityLeft, TimeDot, VotedFirst
	if err := s.UpdateCouncil(ctx, c); err != nil {
		t.Fatal(err)
	}
	m, err := s.CreateMeeting(ctx, Meeting{Date: "2026-03-12", StartTime: "10:00", Place: "Зала"})
	if err != nil {
		t.Fatal(err)
	}
	r, err := s.MeetingRecord(ctx, m.ID)
	if want := (Print{Header: HeaderCityLeft, Time: TimeDot, Order: VotedFirst, Attendance: AttendanceList}); err != nil || r.Print != want {
		t.Errorf("record prints %+v (%v), want %+v", r.Print, err, want)
	}
}
