package tui

import (
	"context"
	"strings"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
)

// evil is stored text with an SGR and an OSC sequence, a bidi override, a zero-width space
// and a NUL; evilLines adds a second line for the multi-line fields.
const (
	evil      = "\x1b[31mЧервоний\x1b[0m \x1b]0;title\x07Пет\u202eренко \u200bІван\x00"
	evilLines = evil + "\nрядок"
)

// formsStore is a council whose every record that a form pre-fills holds evil text, with
// meeting 1 in session (item 1 holding what was heard, a speech, a point and an assignment
// draft) and a plan with a commitment and a delivered milestone.
func formsStore(t *testing.T) *store.Store {
	t.Helper()
	s := openEmpty(t)
	ctx := context.Background()
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	must(s.FoundCouncil(ctx, store.DefaultCouncil()))
	chair, err := s.CreateMember(ctx, store.Member{FullName: evil, Position: evil, Organisation: evil, Notes: evilLines,
		Email: "olena@example.org", Side: store.SideGovernment, Sector: store.SectorExecutive, Role: store.RoleCoChair})
	must(err)
	mt, err := s.CreateMeeting(ctx, store.Meeting{Date: "2026-03-12", StartTime: "10:00", Place: evil, OnlineLink: evil})
	must(err)
	g, err := s.CreateGuest(ctx, store.Guest{MeetingID: mt.ID, FullName: evil, Role: evil, Organisation: evil})
	must(err)
	it, err := s.CreateAgendaItem(ctx, store.AgendaItem{MeetingID: mt.ID, Title: evil, Kind: store.ItemDecision, ReporterGuestID: g.ID})
	must(err)
	must(s.StartSession(ctx, mt.ID, true))
	draft, err := s.CreateMeeting(ctx, store.Meeting{Date: "2026-04-20", StartTime: "10:00", Place: evil, OnlineLink: evil})
	must(err)
	g2, err := s.CreateGuest(ctx, store.Guest{MeetingID: draft.ID, FullName: evil, Role: evil, Organisation: evil})
	must(err)
	_, err = s.CreateAgendaItem(ctx, store.AgendaItem{MeetingID: draft.ID, Title: evil, Kind: store.ItemDecision, ReporterGuestID: g2.ID})
	must(err)
	must(s.SetHeard(ctx, it.ID, evilLines))
	_, err = s.AddSpeech(ctx, store.Speech{ItemID: it.ID, SpeakerMemberID: chair, Summary: evilLines})
	must(err)
	p, err := s.AddPoint(ctx, store.DecisionPoint{ItemID: it.ID, Text: evilLines})
	must(err)
	a, err := s.CreateAssignment(ctx, store.Assignment{ItemID: it.ID, PointID: p.ID, Text: evilLines, ResponsibleMemberID: chair, Deadline: "2026-04-01"})
	must(err)
	must(s.MarkAssignmentDone(ctx, a.ID, "2026-03-20", evil))
	must(s.SaveDraft(ctx, "m1/i1/assign/new/text", evilLines))
	plan, err := s.CreatePlan(ctx, store.ActionPlan{Title: evil, OGPTitle: evil, PeriodFrom: "2025-01", PeriodTo: "2026-12", Status: store.PlanStatuses[0]})
	must(err)
	cm, err := s.CreateCommitment(ctx, store.Commitment{PlanID: plan, OGPID: "UAKLY0001", Title: evil, LeadImplementer: evil,
		Problem: evilLines, Contact: evil})
	must(err)
	ms, err := s.CreateMilestone(ctx, store.Milestone{CommitmentID: cm, Deliverable: evilLines, StartDate: "2025-03-01", EndDate: "2025-12-31"})
	must(err)
	must(s.MarkMilestoneDone(ctx, ms, "2025-11-30", evilLines))
	return s
}

// TestFormsShowStoredTextCleaned opens every form that pre-fills stored text: none lets an
// escape sequence, a bidi override, a zero-width character or a NUL reach the terminal.
func TestFormsShowStoredTextCleaned(t *testing.T) {
	s := formsStore(t)
	t.Chdir(t.TempDir())
	esc := tea.KeyMsg{Type: tea.KeyEsc}
	down := tea.KeyMsg{Type: tea.KeyDown}
	enter := tea.KeyMsg{Type: tea.KeyEnter}
	forms := []struct {
		name string
		keys []tea.KeyMsg
	}{
		{"member", []tea.KeyMsg{runes("2"), runes("e")}},
		{"meeting header", []tea.KeyMsg{runes("1"), esc, esc, enter, runes("e")}},
		{"agenda item", []tea.KeyMsg{runes("1"), esc, esc, enter, enter}},
		{"guest", []tea.KeyMsg{runes("1"), esc, esc, enter, runes("]"), runes("]"), enter}},
		{"heard", []tea.KeyMsg{runes("1"), runes("h")}},
		{"speech", []tea.KeyMsg{runes("1"), down, runes("e")}},
		{"point", []tea.KeyMsg{runes("1"), down, down, runes("e")}},
		{"assignment", []tea.KeyMsg{runes("1"), runes("g")}},
		{"plan", []tea.KeyMsg{runes("3"), runes("e")}},
		{"commitment", []tea.KeyMsg{runes("3"), enter, enter, runes("e")}},
		{"milestone", []tea.KeyMsg{runes("3"), enter, enter, runes("l"), runes("e")}},
		{"milestone done", []tea.KeyMsg{runes("3"), enter, enter, runes("l"), runes("D")}},
		{"status note", []tea.KeyMsg{runes("3"), enter, enter, runes("i")}},
		{"assignment done", []tea.KeyMsg{runes("4"), runes("f"), runes("f"), runes("D")}},
	}
	for _, f := range forms {
		m := start(t, s, "uk", 100, 30)
		m = press(t, m, f.keys...)
		v := m.View()
		if a := m.active(); a == nil || !a.s.Capturing() {
			t.Errorf("%s: no form open:\n%s", f.name, v)
			continue
		}
		if f.name != "status note" && !strings.Contains(v, "Червоний") {
			t.Errorf("%s: the form does not show the stored text:\n%s", f.name, v)
		}
		checkSafe(t, f.name+" form", v, 100, 30)
		quick(m, esc, runes("y"))
	}
}
