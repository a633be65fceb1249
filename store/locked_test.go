package store

import (
	"context"
	"errors"
	"testing"
)

func TestEveryWriteToALockedMeetingFails(t *testing.T) {
	s, _, gov, _ := councilWithChairs(t)
	ctx := context.Background()
	m := mustMeeting(t, s, "2026-03-12")
	it := addItem(t, s, m.ID, "Про звіт")
	g, err := s.CreateGuest(ctx, Guest{MeetingID: m.ID, FullName: "Гість"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().Exec("UPDATE meeting SET status = 'minutes_approved' WHERE id = ?", m.ID); err != nil {
		t.Fatal(err)
	}
	writes := map[string]func() error{
		"UpdateMeeting":    func() error { return s.UpdateMeeting(ctx, m) },
		"DeleteMeeting":    func() error { return s.DeleteMeeting(ctx, m.ID) },
		"CreateAgendaItem": func() error { _, err := s.CreateAgendaItem(ctx, AgendaItem{MeetingID: m.ID, Title: "X"}); return err },
		"UpdateAgendaItem": func() error { return s.UpdateAgendaItem(ctx, it) },
		"DeleteAgendaItem": func() error { return s.DeleteAgendaItem(ctx, it.ID) },
		"MoveAgendaItem":   func() error { return s.MoveAgendaItem(ctx, it.ID, -1) },
		"SubmitAgenda":     func() error { return s.SubmitAgenda(ctx, m.ID) },
		"ApproveAgendaAs":  func() error { _, err := s.ApproveAgendaAs(ctx, m.ID, gov); return err },
		"ReturnAgendaAs":   func() error { return s.ReturnAgendaAs(ctx, m.ID, gov, "ні") },
		"SetAttendance":    func() error { return s.SetAttendance(ctx, m.ID, gov, PresenceAbsent, "x") },
		"MarkAllPresent":   func() error { return s.MarkAllPresent(ctx, m.ID) },
		"CreateGuest":      func() error { _, err := s.CreateGuest(ctx, Guest{MeetingID: m.ID, FullName: "Y"}); return err },
		"UpdateGuest":      func() error { return s.UpdateGuest(ctx, g) },
		"DeleteGuest":      func() error { return s.DeleteGuest(ctx, g.ID) },
	}
	for name, write := range writes {
		if err := write(); !errors.Is(err, ErrLocked) {
			t.Errorf("%s on a locked meeting: %v", name, err)
		}
	}
	// The triggers stand behind the Go checks.
	if _, err := s.DB().Exec("DELETE FROM guest WHERE id = ?", g.ID); !errors.Is(mapErr(err), ErrLocked) {
		t.Errorf("raw delete: %v", err)
	}
}
