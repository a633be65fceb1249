package store

import (
	"context"
	"reflect"
	"testing"
)

// checkInstitutionsRoundTrip sets a plan's lead institutions, a commitment's institutions and a
// status change with its evidence date, and reads them back through PlanReport.
func checkInstitutionsRoundTrip(t *testing.T, s *Store, planID, commitmentID int64) {
	t.Helper()
	ctx := context.Background()
	leads := []Institution{{"Хмельницька міська рада", InstitutionGovernment}, {"ГО «Відкрите місто»", InstitutionCivil}}
	involved := []Institution{{"Департамент фінансів", InstitutionGovernment}, {"ТОВ «Дані»", InstitutionBusiness},
		{"Програма розвитку ООН", InstitutionInternational}}
	if err := s.SetPlanLeads(ctx, planID, append(leads, Institution{"  ", InstitutionCivil})); err != nil {
		t.Fatal(err)
	}
	if err := s.SetCommitmentInstitutions(ctx, commitmentID, involved); err != nil {
		t.Fatal(err)
	}
	c := must(s.GetCommitment(ctx, commitmentID))(t)
	to := ImplDone
	if c.ImplStatus == ImplDone {
		to = ImplInProgress
	}
	if err := s.ChangeImplStatus(ctx, commitmentID, to, StatusNote{Note: "Звіт виконавця", EvidenceOn: "2025-11-20"}); err != nil {
		t.Fatal(err)
	}
	r := must(s.PlanReport(ctx, planID))(t)
	if !reflect.DeepEqual(r.Leads, leads) {
		t.Errorf("plan leads = %+v, want %+v", r.Leads, leads)
	}
	for _, k := range r.Commitments {
		if k.ID != commitmentID {
			continue
		}
		if !reflect.DeepEqual(k.Institutions, involved) {
			t.Errorf("institutions = %+v, want %+v", k.Institutions, involved)
		}
		if h := k.History[len(k.History)-1]; h.EvidenceOn != "2025-11-20" {
			t.Errorf("last change's evidence date = %q", h.EvidenceOn)
		}
	}
}

func TestInstitutionsAndEvidence(t *testing.T) {
	s := newTestStore(t)
	planID := addPlan(t, s)
	commitmentID := addCommitment(t, s, planID, "UAKLY0001", "2026-06")
	checkInstitutionsRoundTrip(t, s, planID, commitmentID)
	ctx := context.Background()
	if err := s.SetPlanLeads(ctx, planID, []Institution{{"ТОВ «Дані»", InstitutionBusiness}}); fieldCode(err, "institutions") != "choice" {
		t.Errorf("a business leading the plan: %v, want a choice error", err)
	}
	if err := s.SetCommitmentInstitutions(ctx, commitmentID, []Institution{{"Хтось", "alien"}}); fieldCode(err, "institutions") != "choice" {
		t.Errorf("an unknown kind: %v, want a choice error", err)
	}
	if err := s.SetPlanLeads(ctx, planID+99, nil); err != ErrNotFound {
		t.Errorf("leads of a missing plan: %v, want ErrNotFound", err)
	}
	for _, d := range []string{"2025-13-01", "2999-01-01"} {
		err := s.ChangeImplStatus(ctx, commitmentID, ImplNotStarted, StatusNote{Note: "x", EvidenceOn: d})
		if fieldCode(err, "evidence_on") == "" {
			t.Errorf("evidence date %s: %v, want refused", d, err)
		}
	}
	if got := must(s.PlanLeads(ctx, planID))(t); len(got) != 2 {
		t.Errorf("a refused change lost the leads: %+v", got)
	}
}

// checkUpgradedInstitutions: migration 5 left the version-1 plan without institutions and
// its history without evidence dates, and the upgraded file takes both.
func checkUpgradedInstitutions(t *testing.T, s *Store) {
	t.Helper()
	r := must(s.PlanReport(context.Background(), 0))(t)
	if len(r.Leads) != 0 || len(r.Commitments) == 0 || len(r.Commitments[0].Institutions) != 0 {
		t.Fatalf("upgraded plan: leads %+v, commitments %d", r.Leads, len(r.Commitments))
	}
	for _, h := range r.Commitments[0].History {
		if h.EvidenceOn != "" {
			t.Errorf("upgraded change has evidence date %q", h.EvidenceOn)
		}
	}
	checkInstitutionsRoundTrip(t, s, r.Plan.ID, r.Commitments[0].ID)
}
