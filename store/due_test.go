package store

import (
	"context"
	"slices"
	"testing"
)

// dueCouncil is a council on a real file with one of each thing Due lists on 2026-12-20.
type dueCouncil struct {
	s                            *Store
	chairA, chairB, secretary    int64
	draft, agenda, minutes, late Meeting
	assignment, plan, commitment int64
}

func newDueCouncil(t *testing.T) dueCouncil {
	t.Helper()
	s := newTestStore(t)
	ctx := context.Background()
	d := dueCouncil{s: s}
	d.chairA = addMember(t, s, "Ковальчук Андрій Миколайович", SideGovernment, RoleCoChair)
	d.chairB = addMember(t, s, "Шевчук Тетяна Іванівна", SideCivil, RoleCoChair)
	d.secretary = addMember(t, s, "Мельник Оксана Василівна", SideGovernment, RoleSecretary)
	var item int64 // the first item of the last meeting made
	meeting := func(date string) Meeting {
		m, err := s.CreateMeeting(ctx, Meeting{Date: date, StartTime: "10:00", Place: "Мала зала", PresidingID: d.chairA, SecretaryID: d.secretary})
		if err != nil {
			t.Fatal(err)
		}
		item = liveItem(t, s, m.ID, 1, "Про план дій")
		return m
	}
	must := func(err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
	}
	// held on 12.03.2026, minutes submitted, approved by one co-chair of two
	d.minutes = meeting("2026-03-12")
	must(s.StartSession(ctx, d.minutes.ID, true))
	must(s.CloseMeeting(ctx, d.minutes.ID))
	must(s.SubmitMinutes(ctx, d.minutes.ID))
	if _, _, err := s.approve(ctx, d.minutes.ID, d.chairA, approveMinutes); err != nil {
		t.Fatal(err)
	}
	// held on 15.06.2026, closed, minutes never submitted; it gave an assignment due 01.10.2026
	d.late = meeting("2026-06-15")
	must(s.StartSession(ctx, d.late.ID, true))
	a, err := s.CreateAssignment(ctx, Assignment{ItemID: item, Text: "Підготувати звіт", ResponsibleMemberID: d.chairB, Deadline: "2026-10-01"})
	must(err)
	d.assignment = a.ID
	must(s.CloseMeeting(ctx, d.late.ID))
	// a draft for 20.01.2027 and an agenda submitted for 10.02.2027
	d.draft = meeting("2027-01-20")
	d.agenda = meeting("2027-02-10")
	must(s.SubmitAgenda(ctx, d.agenda.ID))
	// a plan submitted on 01.09.2026 without its inception assessment; a commitment that ended in 10.2026
	d.plan, err = s.CreatePlan(ctx, ActionPlan{Title: "План дій 2026–2027", PeriodFrom: "2026-09", PeriodTo: "2027-12",
		SubmittedOn: "2026-09-01", Status: PlanInProgress})
	must(err)
	d.commitment, err = s.CreateCommitment(ctx, Commitment{PlanID: d.plan, OGPID: "UAKLY0001", Title: "Відкриті дані",
		StartMonth: "2026-01", EndMonth: "2026-10"})
	must(err)
	return d
}

// Due lists one item of each kind, in the kinds' order, each naming its record, whom it
// waits for, its date and how late it is.
func TestDueListsEachKind(t *testing.T) {
	d := newDueCouncil(t)
	got, err := d.s.Due(context.Background(), "2026-12-20")
	if err != nil {
		t.Fatal(err)
	}
	want := []DueItem{
		{Kind: DueAgendaDraft, Who: []string{"Мельник Оксана Василівна"}, MeetingID: d.draft.ID, MeetingNumber: 1, MeetingDate: "2027-01-20", Due: "2027-01-20"},
		{Kind: DueAgendaApproval, Who: []string{"Ковальчук Андрій Миколайович", "Шевчук Тетяна Іванівна"}, MeetingID: d.agenda.ID, MeetingNumber: 2, MeetingDate: "2027-02-10"},
		{Kind: DueMinutesApproval, Who: []string{"Шевчук Тетяна Іванівна"}, MeetingID: d.minutes.ID, MeetingNumber: 1, MeetingDate: "2026-03-12"},
		{Kind: DueMinutesLate, Who: []string{"Мельник Оксана Василівна"}, MeetingID: d.late.ID, MeetingNumber: 2, MeetingDate: "2026-06-15", Due: "2026-06-22", Late: 181},
		{Kind: DueAssignment, Who: []string{"Шевчук Тетяна Іванівна"}, AssignmentID: d.assignment, MeetingID: d.late.ID, MeetingNumber: 2,
			MeetingDate: "2026-06-15", Title: "Підготувати звіт", Due: "2026-10-01", Late: 80},
		{Kind: DueNextMeeting, MeetingID: d.draft.ID, MeetingNumber: 1, MeetingDate: "2027-01-20", Since: "2026-06-15", Due: "2026-09-15", Late: 96},
		{Kind: DueInception, PlanID: d.plan, Title: "План дій 2026–2027", Due: "2026-11-01", Late: 49},
		{Kind: DueEndAssessment, PlanID: d.plan, CommitmentID: d.commitment, OGPID: "UAKLY0001", Title: "Відкриті дані", Due: "2026-11-30", Late: 20},
	}
	if len(got) != len(want) {
		t.Fatalf("Due = %d items, want %d:\n%+v", len(got), len(want), got)
	}
	for i := range want {
		if !slices.Equal(got[i].Who, want[i].Who) || got[i].Kind != want[i].Kind || !sameDue(got[i], want[i]) {
			t.Errorf("item %d:\n got %+v\nwant %+v", i, got[i], want[i])
		}
	}
}

func sameDue(a, b DueItem) bool {
	a.Who, b.Who = nil, nil
	return a.Kind == b.Kind && a.MeetingID == b.MeetingID && a.MeetingNumber == b.MeetingNumber && a.MeetingDate == b.MeetingDate &&
		a.AssignmentID == b.AssignmentID && a.PlanID == b.PlanID && a.CommitmentID == b.CommitmentID && a.Title == b.Title &&
		a.OGPID == b.OGPID && a.Since == b.Since && a.Due == b.Due && a.Late == b.Late
}

// Before the deadlines nothing is late and the rhythm is kept; done things leave the list.
func TestDueBeforeDeadlinesAndAfterDone(t *testing.T) {
	d := newDueCouncil(t)
	ctx := context.Background()
	got, err := d.s.Due(ctx, "2026-06-20")
	if err != nil {
		t.Fatal(err)
	}
	for _, it := range got {
		if it.Late != 0 || it.Kind == DueMinutesLate || it.Kind == DueAssignment || it.Kind == DueNextMeeting || it.Kind == DueEndAssessment {
			t.Errorf("on 20.06.2026: %+v", it)
		}
	}
	if err := d.s.SetInceptionDone(ctx, d.plan, "2026-03-01"); err != nil {
		t.Fatal(err)
	}
	if _, err := d.s.db.Exec("UPDATE assignment SET status = 'done', done_on = '2026-09-30' WHERE id = ?", d.assignment); err != nil {
		t.Fatal(err)
	}
	got, _ = d.s.Due(ctx, "2026-12-20")
	for _, it := range got {
		if it.Kind == DueInception || it.Kind == DueAssignment {
			t.Errorf("done, still due: %+v", it)
		}
	}
}
