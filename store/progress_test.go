package store

import (
	"context"
	"database/sql"
	"errors"
	"testing"
	"time"
)

func TestProgressFromMilestones(t *testing.T) {
	s := newTestStore(t) // today is 2026-03-12
	ctx := context.Background()
	plan := addPlan(t, s)
	c := addCommitment(t, s, plan, "UAKLY0006", "2026-06")
	empty := addCommitment(t, s, plan, "UAKLY0007", "2026-12")
	addMilestone(t, s, c, "Аналіз", "2025-06-30", "2025-06-15")
	addMilestone(t, s, c, "Прототип", "2026-01-31", "") // late
	addMilestone(t, s, c, "Запуск", "2026-05-31", "")   // next after the late one
	addMilestone(t, s, c, "Навчання", "2026-03-12", "") // due today: not late yet

	want := Progress{Done: 1, Total: 4, Late: 1, Next: "2026-01-31"}
	p, err := s.CommitmentProgress(ctx, c)
	if err != nil || p != want {
		t.Fatalf("CommitmentProgress = %+v %v, want %+v", p, err, want)
	}
	rows, err := s.ListCommitments(ctx, plan, CommitmentFilter{})
	if err != nil {
		t.Fatal(err)
	}
	if rows[0].Progress != want || rows[0].Progress.Share() != 0.25 || !rows[0].Overdue("2026-03-12") {
		t.Fatalf("row progress %+v", rows[0].Progress)
	}
	if rows[1].Progress != (Progress{}) || rows[1].Progress.Share() != 0 || rows[1].Overdue("2026-03-12") {
		t.Fatalf("a commitment without milestones: %+v", rows[1].Progress)
	}
	ms, _ := s.ListMilestones(ctx, c)
	if err := s.MarkMilestoneDone(ctx, ms[1].ID, "2026-03-01", "наказ № 12"); err != nil {
		t.Fatal(err)
	}
	rows, _ = s.ListCommitments(ctx, plan, CommitmentFilter{})
	if got := rows[0].Progress; got != (Progress{Done: 2, Total: 4, Next: "2026-03-12"}) || rows[0].Overdue("2026-03-12") {
		t.Fatalf("after marking the late milestone done: %+v", got)
	}
	_ = empty
}

func TestOverdueWhenEndMonthPassed(t *testing.T) {
	r := CommitmentRow{Commitment: Commitment{EndMonth: "2026-02", ImplStatus: ImplInProgress}}
	if !r.Overdue("2026-03-12") {
		t.Fatal("a commitment in progress after its end month is overdue")
	}
	r.ImplStatus = ImplDone
	if r.Overdue("2026-03-12") {
		t.Fatal("a done commitment is not overdue")
	}
	r.ImplStatus, r.Withdrawn = ImplInProgress, true
	if r.Overdue("2026-03-12") {
		t.Fatal("a withdrawn commitment is not overdue")
	}
}

func TestDueAssessmentDates(t *testing.T) {
	dates := []struct{ got, want string }{
		{InceptionDue("2025-03-15"), "2025-05-15"},
		{InceptionDue("2025-12-31"), "2026-02-28"},
		{InceptionDue(""), ""},
		{EndAssessmentDue("2026-06"), "2026-07-31"},
		{EndAssessmentDue("2025-12"), "2026-01-31"},
		{EndAssessmentDue("2026-01"), "2026-02-28"},
	}
	for _, d := range dates {
		if d.got != d.want {
			t.Errorf("got %s, want %s", d.got, d.want)
		}
	}

	s := newTestStore(t)
	ctx := context.Background()
	plan := addPlan(t, s) // submitted 2025-03-15
	late := addCommitment(t, s, plan, "UAKLY0006", "2026-06")
	early := addCommitment(t, s, plan, "UAKLY0007", "2025-12")
	gone := addCommitment(t, s, plan, "UAKLY0008", "2025-09")
	if err := s.SetWithdrawn(ctx, gone, true, StatusNote{Note: "бюджет скорочено"}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetEndAssessed(ctx, early, "2026-01-20"); err != nil {
		t.Fatal(err)
	}
	due, err := s.DueAssessments(ctx, plan)
	if err != nil {
		t.Fatal(err)
	}
	want := []Assessment{
		{Kind: AssessInception, Due: "2025-05-15"},
		{Kind: AssessEnd, CommitmentID: early, OGPID: "UAKLY0007", Title: "Зобов'язання UAKLY0007", Due: "2026-01-31", DoneOn: "2026-01-20"},
		{Kind: AssessEnd, CommitmentID: late, OGPID: "UAKLY0006", Title: "Зобов'язання UAKLY0006", Due: "2026-07-31"},
	}
	if len(due) != len(want) {
		t.Fatalf("due %+v", due)
	}
	for i := range want {
		if due[i] != want[i] {
			t.Errorf("due[%d] = %+v, want %+v", i, due[i], want[i])
		}
	}
	if !due[0].Overdue("2026-03-12") || due[1].Overdue("2026-03-12") || due[2].Overdue("2026-03-12") {
		t.Fatal("only the inception assessment is overdue on 2026-03-12")
	}
}

func TestPlanSummary(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	empty, err := s.CreatePlan(ctx, ActionPlan{Title: "План дій 2021–2022", PeriodFrom: "2021-01", PeriodTo: "2022-12"})
	if err != nil {
		t.Fatal(err)
	}
	plan := addPlan(t, s)
	a := addCommitment(t, s, plan, "UAKLY0006", "2026-06")
	b := addCommitment(t, s, plan, "UAKLY0007", "2026-06")
	c := addCommitment(t, s, plan, "UAKLY0008", "2026-06")
	addMilestone(t, s, a, "1", "2025-06-30", "2025-06-01")
	addMilestone(t, s, a, "2", "2025-12-31", "")
	addMilestone(t, s, b, "3", "2026-12-31", "2026-01-01")
	addMilestone(t, s, c, "4", "2026-12-31", "")
	if err := s.ChangeImplStatus(ctx, a, ImplInProgress, StatusNote{Note: "триває"}); err != nil {
		t.Fatal(err)
	}
	if err := s.SetWithdrawn(ctx, c, true, StatusNote{Note: "відкликано"}); err != nil {
		t.Fatal(err)
	}
	sums, err := s.ListPlanSummaries(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if len(sums) != 2 || sums[0].Plan.ID != plan || sums[1].Plan.ID != empty {
		t.Fatalf("summaries %+v", sums)
	}
	got := sums[0]
	if got.Commitments != 3 || got.Withdrawn != 1 || got.ByStatus[ImplInProgress] != 1 || got.ByStatus[ImplNotStarted] != 1 {
		t.Fatalf("by status %+v", got)
	}
	if got.Milestones != 4 || got.MilestonesDone != 2 || got.LateMilestones != 1 || got.Share() != 0.5 {
		t.Fatalf("milestones %+v", got)
	}
	if sums[1].Commitments != 0 || sums[1].Share() != 0 {
		t.Fatalf("empty plan %+v", sums[1])
	}
}

// addDecision puts an agenda item with one decision point into a new meeting on date and
// returns the meeting, item and point ids; itemLink and pointLink name commitments (0: none).
func addDecision(t *testing.T, s *Store, date, title, text string, itemLink, pointLink int64) (int64, int64, int64) {
	t.Helper()
	ctx := context.Background()
	m, err := s.CreateMeeting(ctx, Meeting{Date: date})
	if err != nil {
		t.Fatal(err)
	}
	res, err := s.db.ExecContext(ctx, "INSERT INTO agenda_item (meeting_id, position_no, title, kind, commitment_id) VALUES (?, 1, ?, 'decision', ?)",
		m.ID, title, nullID(itemLink))
	if err != nil {
		t.Fatal(err)
	}
	item, _ := res.LastInsertId()
	res, err = s.db.ExecContext(ctx, "INSERT INTO decision_point (item_id, position_no, text, commitment_id) VALUES (?, 1, ?, ?)",
		item, text, nullID(pointLink))
	if err != nil {
		t.Fatal(err)
	}
	point, _ := res.LastInsertId()
	return m.ID, item, point
}

func TestCommitmentLinks(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	plan := addPlan(t, s)
	c := addCommitment(t, s, plan, "UAKLY0006", "2026-06")
	other := addCommitment(t, s, plan, "UAKLY0007", "2026-06")
	m2, _, p2 := addDecision(t, s, "2026-02-20", "Про стан виконання Плану дій", "Визнати UAKLY0006 виконаним частково", 0, c)
	m1, i1, _ := addDecision(t, s, "2025-11-14", "Про зобов'язання UAKLY0006", "Інформацію взяти до відома", c, 0)
	addDecision(t, s, "2025-12-01", "Про інше зобов'язання", "Взяти до відома", other, other)

	links, err := s.CommitmentLinks(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	if len(links) != 2 {
		t.Fatalf("links %+v", links)
	}
	if l := links[0]; l.MeetingID != m1 || l.ItemID != i1 || l.PointID != 0 || l.Date != "2025-11-14" || l.ItemTitle != "Про зобов'язання UAKLY0006" {
		t.Fatalf("item link %+v", l)
	}
	if l := links[1]; l.MeetingID != m2 || l.PointID != p2 || l.PointText != "Визнати UAKLY0006 виконаним частково" || l.Number != 1 || l.Series != "2026" {
		t.Fatalf("decision link %+v", l)
	}
}

// TestStatusHistoryOrder runs changes on a moving clock and reads the timeline back.
func TestStatusHistoryOrder(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	clock := time.Date(2026, 1, 10, 9, 0, 0, 0, time.UTC)
	s.now = func() time.Time { return clock }
	c := addCommitment(t, s, addPlan(t, s), "UAKLY0006", "2026-06")
	meeting, _, point := addDecision(t, s, "2026-02-20", "Про стан виконання", "Визнати виконаним частково", 0, c)

	steps := []func() error{
		func() error {
			return s.ChangeImplStatus(ctx, c, ImplInProgress, StatusNote{Note: "Розпочато роботу"})
		},
		func() error {
			return s.ChangeImplStatus(ctx, c, ImplPartlyDone, StatusNote{Note: "Рішення засідання № 1", PointID: point})
		},
		func() error {
			return s.ChangeCompletion(ctx, c, CompletionSubstantial, StatusNote{Note: "Оцінка IRM", MeetingID: meeting})
		},
		func() error { return s.SetWithdrawn(ctx, c, true, StatusNote{Note: "Відкликано"}) },
	}
	for _, step := range steps {
		clock = clock.Add(24 * time.Hour)
		if err := step(); err != nil {
			t.Fatal(err)
		}
	}
	events, err := s.ListStatusChanges(ctx, c)
	if err != nil {
		t.Fatal(err)
	}
	want := []struct{ scale, from, to, on string }{
		{ScaleImplementation, "not_started", "in_progress", "2026-01-11T09:00:00Z"},
		{ScaleImplementation, "in_progress", "partly_done", "2026-01-12T09:00:00Z"},
		{ScaleCompletion, "no_evidence", "substantial", "2026-01-13T09:00:00Z"},
		{ScaleWithdrawn, WithdrawnNo, WithdrawnYes, "2026-01-14T09:00:00Z"},
	}
	if len(events) != len(want) {
		t.Fatalf("events %+v", events)
	}
	for i, w := range want {
		e := events[i]
		if e.Scale != w.scale || e.From != w.from || e.To != w.to || e.ChangedOn != w.on || e.ChangedBy != "test" {
			t.Errorf("event %d: %+v, want %+v", i, e.StatusChange, w)
		}
	}
	if e := events[1]; e.MeetingID != meeting || e.PointID != point || e.MeetingNumber != 1 || e.MeetingDate != "2026-02-20" ||
		e.PointText != "Визнати виконаним частково" {
		t.Fatalf("a point names its meeting: %+v", e)
	}
	got, _ := s.GetCommitment(ctx, c)
	if got.ImplStatus != ImplPartlyDone || got.Completion != CompletionSubstantial || !got.Withdrawn {
		t.Fatalf("commitment not updated: %+v", got)
	}
	if entries, _ := s.ListJournal(ctx, "commitment", c, 10); len(entries) != 5 {
		t.Fatalf("want create and four status changes journaled, got %d", len(entries))
	}
}

func TestStatusChangeRefusals(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	c := addCommitment(t, s, addPlan(t, s), "UAKLY0006", "2026-06")
	other, _, point := addDecision(t, s, "2026-02-20", "Про інше", "Текст", 0, 0)
	m, err := s.CreateMeeting(ctx, Meeting{Date: "2026-03-01"})
	if err != nil {
		t.Fatal(err)
	}
	cases := []struct {
		err         error
		field, code string
	}{
		{s.ChangeImplStatus(ctx, c, ImplNotStarted, StatusNote{Note: "без змін"}), "to", "unchanged"},
		{s.ChangeCompletion(ctx, c, CompletionNoEvidence, StatusNote{Note: "без змін"}), "to", "unchanged"},
		{s.SetWithdrawn(ctx, c, false, StatusNote{Note: "без змін"}), "to", "unchanged"},
		{s.ChangeImplStatus(ctx, c, ImplDone, StatusNote{Note: "  "}), "note", "required"},
		{s.ChangeImplStatus(ctx, c, "finished", StatusNote{Note: "н"}), "to", "choice"},
		{s.ChangeImplStatus(ctx, c, ImplDone, StatusNote{Note: "н", MeetingID: 999}), "meeting", "choice"},
		{s.ChangeImplStatus(ctx, c, ImplDone, StatusNote{Note: "н", MeetingID: m.ID, PointID: point}), "point", "choice"},
	}
	for i, cs := range cases {
		if got := fieldCode(cs.err, cs.field); got != cs.code {
			t.Errorf("case %d: %s = %q, want %q (%v)", i, cs.field, got, cs.code, cs.err)
		}
	}
	if err := s.ChangeImplStatus(ctx, 999, ImplDone, StatusNote{Note: "н"}); !errors.Is(err, ErrNotFound) {
		t.Fatalf("missing commitment: %v", err)
	}
	events, _ := s.ListStatusChanges(ctx, c)
	if len(events) != 0 {
		t.Fatalf("refused changes left history: %+v", events)
	}
	_ = other
}

// TestStatusChangeNamesLockedMeeting: a meeting whose minutes are approved may still be
// named as the one that decided a change; only its own record is locked.
func TestStatusChangeNamesLockedMeeting(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	c := addCommitment(t, s, addPlan(t, s), "UAKLY0006", "2026-06")
	meeting, _, _ := addDecision(t, s, "2026-02-20", "Про стан", "Текст", c, 0)
	if _, err := s.db.ExecContext(ctx, "UPDATE meeting SET status = 'minutes_approved' WHERE id = ?", meeting); err != nil {
		t.Fatal(err)
	}
	if err := s.ChangeImplStatus(ctx, c, ImplDone, StatusNote{Note: "Затверджено", MeetingID: meeting}); err != nil {
		t.Fatal(err)
	}
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM status_change WHERE meeting_id = ?", meeting).Scan(&n); err != nil && !errors.Is(err, sql.ErrNoRows) {
		t.Fatal(err)
	}
	if n != 1 {
		t.Fatalf("status changes naming the meeting: %d", n)
	}
}

func TestMeetingPoints(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	c := addCommitment(t, s, addPlan(t, s), "UAKLY0006", "2026-06")
	meeting, item, point := addDecision(t, s, "2026-02-20", "Про стан", "Перший пункт", 0, c)
	if _, err := s.db.ExecContext(ctx, "INSERT INTO decision_point (item_id, position_no, text) VALUES (?, 2, 'Другий пункт')", item); err != nil {
		t.Fatal(err)
	}
	pts, err := s.MeetingPoints(ctx, meeting)
	if err != nil {
		t.Fatal(err)
	}
	if len(pts) != 2 || pts[0].ID != point || pts[0].CommitmentID != c || pts[1].Position != 2 || pts[1].ItemPosition != 1 {
		t.Fatalf("points %+v", pts)
	}
}
