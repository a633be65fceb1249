package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"strconv"
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

// TestPlanReadsBack exports the demo council's plan to CSV and JSON, parses both back and
// finds every field that was entered: the plan's OGP title, submission and inception dates
// and lead institutions; per commitment its other actors, involved institutions, OGP values,
// assessment dates and the decisions (with their evidence dates) that changed its status.
func TestPlanReadsBack(t *testing.T) {
	s := demoStore(t)
	plan, err := s.PlanReport(context.Background(), 0)
	if err != nil {
		t.Fatal(err)
	}
	checkDemoPlanFilled(t, plan)
	rows := planCSVRows(t, plan)
	got := planJSONBack(t, plan)
	p := plan.Plan
	if got.OGPTitle != p.OGPTitle || got.SubmittedOn != p.SubmittedOn || got.InceptionDoneOn != p.InceptionDoneOn {
		t.Errorf("JSON plan = %q %q %q, want %q %q %q", got.OGPTitle, got.SubmittedOn, got.InceptionDoneOn, p.OGPTitle, p.SubmittedOn, p.InceptionDoneOn)
	}
	if !sameInstitutions(got.Leads, plan.Leads) {
		t.Errorf("JSON leads = %+v, want %+v", got.Leads, plan.Leads)
	}
	for i, c := range plan.Commitments {
		row, jc := rows[c.OGPID], got.Commitments[i]
		if row == nil {
			t.Fatalf("CSV has no row for %s", c.OGPID)
		}
		want := map[string]string{"planOgpTitle": p.OGPTitle, "planSubmittedOn": p.SubmittedOn, "inceptionDoneOn": p.InceptionDoneOn,
			"planLeads": institutionCodes(plan.Leads), "institutions": institutionCodes(c.Institutions),
			"otherActors": c.OtherActors, "values": joinValues(c.Values), "endAssessedOn": orNull(c.EndAssessedOn)}
		for col, w := range want {
			if row[col] != w {
				t.Errorf("CSV %s %s = %q, want %q", c.OGPID, col, row[col], w)
			}
		}
		if jc.OtherActors != c.OtherActors || strings.Join(jc.Values, ";") != joinValues(c.Values) || jc.EndAssessedOn != c.EndAssessedOn {
			t.Errorf("JSON %s = %+v, want other actors %q, values %v, assessed %q", c.OGPID, jc, c.OtherActors, c.Values, c.EndAssessedOn)
		}
		if !sameInstitutions(jc.Institutions, c.Institutions) {
			t.Errorf("JSON %s institutions = %+v, want %+v", c.OGPID, jc.Institutions, c.Institutions)
		}
		if len(jc.History) != len(c.History) {
			t.Fatalf("JSON %s has %d changes, want %d", c.OGPID, len(jc.History), len(c.History))
		}
		for k, h := range c.History {
			checkChangeBack(t, c.OGPID, h, jc.History[k], row["history"])
		}
	}
}

// checkDemoPlanFilled fails unless the demo plan has a value in every field the test reads.
func checkDemoPlanFilled(t *testing.T, r store.PlanReport) {
	t.Helper()
	var assessed, decided, evidenced bool
	for _, c := range r.Commitments {
		assessed = assessed || c.EndAssessedOn != ""
		for _, h := range c.History {
			decided = decided || h.PointText != ""
			evidenced = evidenced || h.EvidenceOn != ""
		}
		if c.OtherActors == "" || len(c.Values) == 0 || len(c.Institutions) == 0 {
			t.Errorf("demo commitment %s lacks other actors, values or institutions", c.OGPID)
		}
	}
	if r.Plan.OGPTitle == "" || r.Plan.SubmittedOn == "" || r.Plan.InceptionDoneOn == "" || len(r.Leads) == 0 ||
		!assessed || !decided || !evidenced {
		t.Errorf("the demo plan lacks a field: %+v, leads %v, assessed %v, decided %v, evidenced %v", r.Plan, r.Leads, assessed, decided, evidenced)
	}
}

func checkChangeBack(t *testing.T, uid string, h store.StatusEvent, jh jsonChange, csvHistory string) {
	t.Helper()
	if jh.Date != h.ChangedOn || jh.Scale != h.Scale || jh.To != h.To || jh.Note != h.Note || jh.EvidenceOn != h.EvidenceOn {
		t.Errorf("JSON %s change = %+v, want %+v", uid, jh, h.StatusChange)
	}
	if h.Note != "" && !strings.Contains(csvHistory, strings.TrimSuffix(h.Note, ".")) {
		t.Errorf("CSV %s history %q lacks the note %q", uid, csvHistory, h.Note)
	}
	if h.EvidenceOn != "" && !strings.Contains(csvHistory, "Підстава від "+date("uk", h.EvidenceOn)) {
		t.Errorf("CSV %s history %q lacks the evidence date %s", uid, csvHistory, h.EvidenceOn)
	}
	if h.MeetingID == 0 {
		return
	}
	d := jh.Decision
	if d == nil || d.MeetingNumber != h.MeetingNumber || d.MeetingDate != h.MeetingDate || d.Point != h.PointText {
		t.Errorf("JSON %s decision = %+v, want meeting № %d of %s, point %q", uid, d, h.MeetingNumber, h.MeetingDate, h.PointText)
	}
	meeting := "№ " + strconv.Itoa(h.MeetingNumber) + " від " + date("uk", h.MeetingDate)
	if !strings.Contains(csvHistory, meeting) || !strings.Contains(csvHistory, strings.TrimSuffix(h.PointText, ".")) {
		t.Errorf("CSV %s history %q lacks the decision %q «%s»", uid, csvHistory, meeting, h.PointText)
	}
}

// planCSVRows exports the plan to CSV and reads it back: uid → column → value.
func planCSVRows(t *testing.T, plan store.PlanReport) map[string]map[string]string {
	t.Helper()
	var b bytes.Buffer
	if err := PlanReport(&b, plan, CSV, "uk"); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(&b).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]map[string]string{}
	for _, rec := range recs[1:] {
		row := map[string]string{}
		for i, col := range recs[0] {
			row[col] = rec[i]
		}
		out[row["uid"]] = row
	}
	return out
}

type jsonChange struct {
	Date, Scale, To, Note, EvidenceOn string
	Decision                          *struct {
		MeetingNumber      int
		MeetingDate, Point string
	}
}

type jsonPlan struct {
	OGPTitle, SubmittedOn, InceptionDoneOn string
	Leads                                  []jsonInstitution
	Commitments                            []struct {
		OtherActors, EndAssessedOn string
		Institutions               []jsonInstitution
		Values                     []string
		History                    []jsonChange
	}
}

// planJSONBack exports the plan to JSON and reads it back.
func planJSONBack(t *testing.T, plan store.PlanReport) jsonPlan {
	t.Helper()
	var b bytes.Buffer
	if err := PlanReport(&b, plan, JSON, "uk"); err != nil {
		t.Fatal(err)
	}
	var got jsonPlan
	if err := json.Unmarshal(b.Bytes(), &got); err != nil {
		t.Fatal(err)
	}
	return got
}

func joinValues(vs []store.OGPValue) string {
	var s []string
	for _, v := range vs {
		s = append(s, string(v))
	}
	return strings.Join(s, ";")
}

func orNull(s string) string { return nullable(s) }

// TestPlanHistoryDates: a change typed in the program (an RFC 3339 moment) prints as the
// language's date, and a note that ends with a full stop gets no second one.
func TestPlanHistoryDates(t *testing.T) {
	h := store.StatusEvent{StatusChange: store.StatusChange{Scale: store.ScaleImplementation, From: "not_started", To: "in_progress",
		ChangedOn: "2026-12-04T12:00:00Z", ChangedBy: "Мельник О. В.", Note: "Розпочато.", EvidenceOn: "2026-12-01"}}
	for lang, want := range map[i18n.Lang]string{
		i18n.Ukrainian: "04.12.2026. Стан виконання: Не розпочато → Виконується. Розпочато. Підстава від 01.12.2026. Мельник О. В.",
		i18n.English:   "4 December 2026. Implementation status: Not started → In progress. Розпочато. Evidence of 1 December 2026. Melnyk O. V.",
	} {
		if got := historyLine(h, lang); got != want {
			t.Errorf("%s: history line = %q, want %q", lang, got, want)
		}
	}
}

type jsonInstitution struct{ Name, Kind string }

func sameInstitutions(got []jsonInstitution, want []store.Institution) bool {
	if len(got) != len(want) {
		return false
	}
	for i, in := range want {
		if got[i].Name != in.Name || got[i].Kind != string(in.Kind) {
			return false
		}
	}
	return true
}
