package store

import (
	"context"
	"errors"
	"reflect"
	"testing"
)

func TestCommitmentValidation(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	plan := addPlan(t, s)
	addCommitment(t, s, plan, "UAKLY0006", "2026-06")
	cases := []struct {
		c           Commitment
		field, code string
	}{
		{Commitment{PlanID: plan, Title: "Т"}, "ogp_id", "required"},
		{Commitment{PlanID: plan, OGPID: "0006", Title: "Т"}, "ogp_id", "ogp_id"},
		{Commitment{PlanID: plan, OGPID: "uakly0006", Title: "Т"}, "ogp_id", "taken"},
		{Commitment{PlanID: plan, OGPID: "UAKLY0007"}, "title", "required"},
		{Commitment{PlanID: plan, OGPID: "UAKLY0007", Title: "Т", StartMonth: "2025-13"}, "start_month", "month"},
		{Commitment{PlanID: plan, OGPID: "UAKLY0007", Title: "Т", StartMonth: "2026-01", EndMonth: "2025-06"}, "end_month", "month_order"},
		{Commitment{PlanID: plan, OGPID: "UAKLY0007", Title: "Т", Values: []OGPValue{"openness"}}, "values", "choice"},
	}
	for _, c := range cases {
		_, err := s.CreateCommitment(ctx, c.c)
		if got := fieldCode(err, c.field); got != c.code {
			t.Errorf("%+v: %s = %q, want %q (err %v)", c.c, c.field, got, c.code, err)
		}
	}
	if _, err := s.CreateCommitment(ctx, Commitment{PlanID: 999, OGPID: "UAKLY0009", Title: "Т"}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("a commitment of a missing plan: %v", err)
	}
	other := addCommitment(t, s, plan, "UAKLY0007", "2026-12")
	c, _ := s.GetCommitment(ctx, other)
	c.OGPID = "UAKLY0006"
	if err := s.UpdateCommitment(ctx, c); fieldCode(err, "ogp_id") != "taken" {
		t.Fatalf("renaming onto a taken OGP ID: %v", err)
	}
}

func TestCommitmentRoundTrip(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	plan := addPlan(t, s)
	in := Commitment{PlanID: plan, OGPID: " uakly0008 ", Title: "Відкритий бюджет  участі", Problem: "Мало хто знає",
		StatusQuo: "Паперові бланки", Objective: "Онлайн-голосування", HowSolves: "Кожен може голосувати",
		LeadImplementer: "Фінансове управління", OtherActors: "ГО «Відкрите місто»", StartMonth: "2025-03",
		EndMonth: "2026-06", Contact: "budget@example.org", Budget: "150 тис. грн", Links: "Програма цифровізації",
		Values: []OGPValue{ValueTechnology, ValueParticipation, ValueParticipation}}
	id, err := s.CreateCommitment(ctx, in)
	if err != nil {
		t.Fatal(err)
	}
	c, err := s.GetCommitment(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if c.OGPID != "UAKLY0008" || c.Title != "Відкритий бюджет участі" || c.Position != 1 {
		t.Fatalf("not normalised: %q %q %d", c.OGPID, c.Title, c.Position)
	}
	if want := []OGPValue{ValueParticipation, ValueTechnology}; !reflect.DeepEqual(c.Values, want) {
		t.Fatalf("values %v, want %v", c.Values, want)
	}
	if c.ImplStatus != ImplNotStarted || c.Completion != CompletionNoEvidence || c.Withdrawn {
		t.Fatalf("initial statuses %q %q %v", c.ImplStatus, c.Completion, c.Withdrawn)
	}
	c.Values = []OGPValue{ValueAccessInfo}
	c.OpenedGov = OpenedGovMajor
	c.ImplStatus = ImplDone // ignored: statuses change only with their history
	if err := s.UpdateCommitment(ctx, c); err != nil {
		t.Fatal(err)
	}
	got, _ := s.GetCommitment(ctx, id)
	if !reflect.DeepEqual(got.Values, []OGPValue{ValueAccessInfo}) || got.OpenedGov != OpenedGovMajor {
		t.Fatalf("update lost: %+v", got)
	}
	if got.ImplStatus != ImplNotStarted {
		t.Fatalf("UpdateCommitment changed the implementation status to %q without history", got.ImplStatus)
	}
}

func TestListCommitmentsFilterAndSort(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	plan := addPlan(t, s)
	a := addCommitment(t, s, plan, "UAKLY0006", "2026-06")
	b, err := s.CreateCommitment(ctx, Commitment{PlanID: plan, OGPID: "UAKLY0007", Title: "Архів рішень",
		LeadImplementer: "Відділ звернень", Values: []OGPValue{ValueAccessInfo}})
	if err != nil {
		t.Fatal(err)
	}
	c := addCommitment(t, s, plan, "UAKLY0010", "2026-12")
	if err := s.ChangeImplStatus(ctx, c, ImplInProgress, StatusNote{Note: "розпочато"}); err != nil {
		t.Fatal(err)
	}
	addMilestone(t, s, a, "Перший", "2025-06-30", "2025-06-20")
	addMilestone(t, s, a, "Другий", "2026-06-30", "")
	addMilestone(t, s, c, "Єдиний", "2025-12-31", "2025-12-01")

	ids := func(f CommitmentFilter) []int64 {
		t.Helper()
		rows, err := s.ListCommitments(ctx, plan, f)
		if err != nil {
			t.Fatal(err)
		}
		var out []int64
		for _, r := range rows {
			out = append(out, r.ID)
		}
		return out
	}
	checks := []struct {
		name string
		f    CommitmentFilter
		want []int64
	}{
		{"all in plan order", CommitmentFilter{}, []int64{a, b, c}},
		{"by status", CommitmentFilter{Status: ImplInProgress}, []int64{c}},
		{"by value", CommitmentFilter{Value: ValueAccessInfo}, []int64{b}},
		{"by implementer", CommitmentFilter{Implementer: "Відділ звернень"}, []int64{b}},
		{"by title", CommitmentFilter{Sort: SortTitle}, []int64{b, a, c}},
		{"by progress", CommitmentFilter{Sort: SortProgress}, []int64{b, a, c}},
		{"by progress, descending", CommitmentFilter{Sort: SortProgress, Desc: true}, []int64{c, a, b}},
		{"by status", CommitmentFilter{Sort: SortImplStatus, Desc: true}, []int64{c, b, a}},
		{"by next milestone", CommitmentFilter{Sort: SortNext}, []int64{a, b, c}},
		{"by end", CommitmentFilter{Sort: SortEnd}, []int64{a, c, b}},
	}
	for _, ch := range checks {
		if got := ids(ch.f); !reflect.DeepEqual(got, ch.want) {
			t.Errorf("%s: %v, want %v", ch.name, got, ch.want)
		}
	}
	if _, err := s.ListCommitments(ctx, plan, CommitmentFilter{Sort: "title; DROP TABLE commitment"}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("unknown sort: %v", err)
	}
	names, err := s.Implementers(ctx, plan)
	if err != nil || !reflect.DeepEqual(names, []string{"Відділ звернень", "Управління цифрового розвитку"}) {
		t.Fatalf("implementers %v %v", names, err)
	}
}

func TestSetEndAssessed(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	id := addCommitment(t, s, addPlan(t, s), "UAKLY0006", "2025-12")
	if err := s.SetEndAssessed(ctx, id, "12.01.2026"); fieldCode(err, "end_assessed_on") != "date" {
		t.Fatalf("bad date: %v", err)
	}
	if err := s.SetEndAssessed(ctx, id, "2026-01-20"); err != nil {
		t.Fatal(err)
	}
	if c, _ := s.GetCommitment(ctx, id); c.EndAssessedOn != "2026-01-20" {
		t.Fatalf("end assessed on %q", c.EndAssessedOn)
	}
}
