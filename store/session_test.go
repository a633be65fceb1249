package store

import (
	"context"
	"errors"
	"testing"
)

func TestSessionStartNeedsApprovedAgendaOrForce(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	m := liveMeeting(t, s, "2026-03-12", 0)
	liveItem(t, s, m.ID, 1, "Перше")
	liveItem(t, s, m.ID, 2, "Друге")
	err := s.StartSession(ctx, m.ID, false)
	var se *Refusal
	if !errors.As(err, &se) || se.Status != MeetingDraft || !errors.Is(err, ErrForbidden) {
		t.Fatalf("start a draft without force: %v", err)
	}
	if _, err := s.db.Exec("UPDATE agenda_item SET state = 'done' WHERE position_no = 1"); err != nil {
		t.Fatal(err)
	}
	if err := s.StartSession(ctx, m.ID, true); err != nil {
		t.Fatal(err)
	}
	got, _ := s.GetMeeting(ctx, m.ID)
	if got.Status != MeetingInSession || got.OpenedAt != "2026-03-12T10:00:00Z" || got.CurrentItem != 2 {
		t.Fatalf("started: %+v", got)
	}
	if err := s.StartSession(ctx, m.ID, true); !errors.As(err, &se) {
		t.Fatalf("start twice: %v", err)
	}
	live, err := s.InSession(ctx)
	if err != nil || live.ID != m.ID {
		t.Fatalf("in session: %+v %v", live, err)
	}
	if err := s.SetCurrentItem(ctx, m.ID, 1); err != nil {
		t.Fatal(err)
	}
	if got, _ := s.GetMeeting(ctx, m.ID); got.CurrentItem != 1 {
		t.Fatalf("current item %d", got.CurrentItem)
	}
}

func TestSessionApprovedAgendaStartsWithoutForce(t *testing.T) {
	s := newTestStore(t)
	m := liveMeeting(t, s, "2026-03-12", 0)
	if _, err := s.db.Exec("UPDATE meeting SET status = 'agenda_approved' WHERE id = ?", m.ID); err != nil {
		t.Fatal(err)
	}
	if err := s.StartSession(context.Background(), m.ID, false); err != nil {
		t.Fatal(err)
	}
}

func TestSessionMinutesApprovalLocks(t *testing.T) {
	lc := newLiveCouncil(t, 4)
	ctx := context.Background()
	lc.cast(t, lc.members[0], VoteFor, "")
	if err := lc.s.SubmitMinutes(ctx, lc.meeting.ID); !errors.Is(err, ErrForbidden) {
		t.Fatalf("submit while in session: %v", err)
	}
	if err := lc.s.CloseMeeting(ctx, lc.meeting.ID); err != nil {
		t.Fatal(err)
	}
	if _, _, err := openAs(t, lc.s.Path(), "член 01").ApproveMinutes(ctx, lc.meeting.ID); RefusalCode(err) != RefuseMinutesNotSubmitted {
		t.Fatalf("approve before submission: %v", err)
	}
	if err := lc.s.SubmitMinutes(ctx, lc.meeting.ID); err != nil {
		t.Fatal(err)
	}
	if _, _, err := lc.s.ApproveMinutes(ctx, lc.meeting.ID); RefusalCode(err) != RefuseNotCoChair {
		t.Fatalf("approve as %q: %v", lc.s.Actor(), err)
	}
	first := openAs(t, lc.s.Path(), "член 01")
	second := openAs(t, lc.s.Path(), "Член 02")
	a, locked, err := first.ApproveMinutes(ctx, lc.meeting.ID)
	if err != nil || locked || a.MemberName != "Член 01" || a.Kind != "minutes" {
		t.Fatalf("first approval: %+v locked=%v %v", a, locked, err)
	}
	if st, _ := lc.s.MinutesApprovals(ctx, lc.meeting.ID); len(st.Approved) != 1 || len(st.Pending) != 1 || st.Pending[0].FullName != "Член 02" {
		t.Fatalf("minutes approvals after the first: %+v", st)
	}
	if _, _, err := first.ApproveMinutes(ctx, lc.meeting.ID); RefusalCode(err) != RefuseAlreadyApproved {
		t.Fatalf("second approval by the same co-chair: %v", err)
	}
	if _, locked, err = second.ApproveMinutes(ctx, lc.meeting.ID); err != nil || !locked {
		t.Fatalf("second approval: locked=%v %v", locked, err)
	}
	m, _ := lc.s.GetMeeting(ctx, lc.meeting.ID)
	if m.Status != MeetingMinutesApproved || m.ClosedAt == "" {
		t.Fatalf("after approvals: %+v", m)
	}
	for name, err := range map[string]error{
		"heard":   lc.s.SetHeard(ctx, lc.item, "змінено"),
		"current": lc.s.SetCurrentItem(ctx, lc.meeting.ID, 2),
		"clear":   lc.s.ClearVotes(ctx, lc.item),
	} {
		if !errors.Is(err, ErrLocked) {
			t.Errorf("%s after the lock: %v", name, err)
		}
	}
	if _, err := lc.s.AddPoint(ctx, DecisionPoint{ItemID: lc.item, Text: "ще"}); !errors.Is(err, ErrLocked) {
		t.Errorf("point after the lock: %v", err)
	}
}

func TestSessionRecordEditing(t *testing.T) {
	lc := newLiveCouncil(t, 4)
	ctx := context.Background()
	s := lc.s
	if err := s.SetHeard(ctx, lc.item, "Доповідь \x1b[31mпро\x1b[0m стан "); err != nil {
		t.Fatal(err)
	}
	var heard string
	s.db.QueryRow("SELECT heard FROM agenda_item WHERE id = ?", lc.item).Scan(&heard)
	if heard != "Доповідь про стан" {
		t.Fatalf("heard %q", heard)
	}
	if _, err := s.AddSpeech(ctx, Speech{ItemID: lc.item}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("speech without speaker: %v", err)
	}
	sp1, err := s.AddSpeech(ctx, Speech{ItemID: lc.item, SpeakerMemberID: lc.members[2], SpeakerName: "ignored", Summary: "Підтримала"})
	if err != nil || sp1.Position != 1 || sp1.SpeakerName != "" {
		t.Fatalf("speech: %+v %v", sp1, err)
	}
	sp2, _ := s.AddSpeech(ctx, Speech{ItemID: lc.item, SpeakerName: "Гість Петро", Summary: "Запитав"})
	sp2.Summary = "Запитав про терміни"
	if err := s.UpdateSpeech(ctx, sp2); err != nil {
		t.Fatal(err)
	}
	if err := s.DeleteSpeech(ctx, sp1.ID); err != nil {
		t.Fatal(err)
	}
	speeches, _ := s.ListSpeeches(ctx, lc.item)
	if len(speeches) != 1 || speeches[0].Position != 1 || speeches[0].Summary != "Запитав про терміни" {
		t.Fatalf("speeches %+v", speeches)
	}
	p1, _ := s.AddPoint(ctx, DecisionPoint{ItemID: lc.item, Text: "Інформацію взяти до відома."})
	p2, _ := s.AddPoint(ctx, DecisionPoint{ItemID: lc.item, Text: "Доручити підготувати звіт."})
	p3, _ := s.AddPoint(ctx, DecisionPoint{ItemID: lc.item, Text: "Третій."})
	if p1.Position != 1 || p2.Position != 2 || p3.Position != 3 {
		t.Fatalf("numbering %d %d %d", p1.Position, p2.Position, p3.Position)
	}
	a, err := s.CreateAssignment(ctx, Assignment{ItemID: lc.item, PointID: p2.ID, Text: "Підготувати звіт", ResponsibleOrg: "Управління ЦНАП", Deadline: "2026-04-30"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.DeletePoint(ctx, p2.ID); err != nil {
		t.Fatal(err)
	}
	points, _ := s.ListPoints(ctx, lc.item)
	if len(points) != 2 || points[1].ID != p3.ID || points[1].Position != 2 {
		t.Fatalf("after delete %+v", points)
	}
	if got, _ := findAssignment(ctx, s.db, a.ID); got.PointID != 0 {
		t.Fatalf("assignment kept a deleted point: %+v", got)
	}
	if _, err := s.AddPoint(ctx, DecisionPoint{ItemID: lc.item, Text: "  "}); !errors.Is(err, ErrInvalid) {
		t.Fatalf("empty point: %v", err)
	}
}

func TestSessionDeferItem(t *testing.T) {
	lc := newLiveCouncil(t, 4)
	ctx := context.Background()
	next := liveMeeting(t, lc.s, "2026-06-11", 0)
	liveItem(t, lc.s, next.ID, 1, "Звіт")
	liveItem(t, lc.s, next.ID, 2, "Різне.")
	earlier := liveMeeting(t, lc.s, "2026-01-15", 0)
	targets, err := lc.s.ListDeferTargets(ctx, lc.meeting.ID)
	if err != nil || len(targets) != 1 || targets[0].ID != next.ID {
		t.Fatalf("targets %+v %v", targets, err)
	}
	if _, err := lc.s.DeferItem(ctx, lc.item, earlier.ID); !errors.Is(err, ErrInvalid) {
		t.Fatalf("defer to an earlier meeting: %v", err)
	}
	newID, err := lc.s.DeferItem(ctx, lc.item, next.ID)
	if err != nil {
		t.Fatal(err)
	}
	var state string
	var to int64
	lc.s.db.QueryRow("SELECT state, deferred_to FROM agenda_item WHERE id = ?", lc.item).Scan(&state, &to)
	if state != "deferred" || to != next.ID {
		t.Fatalf("deferred item: %s → %d", state, to)
	}
	rows, _ := lc.s.db.Query("SELECT id, title FROM agenda_item WHERE meeting_id = ? ORDER BY position_no", next.ID)
	defer rows.Close()
	var titles []string
	var ids []int64
	for rows.Next() {
		var id int64
		var title string
		rows.Scan(&id, &title)
		ids, titles = append(ids, id), append(titles, title)
	}
	if len(titles) != 3 || titles[1] != "Про стан виконання Плану дій" || ids[1] != newID || titles[2] != "Різне." {
		t.Fatalf("next agenda %v", titles)
	}
}

func TestSessionAssignmentsFollowUpAfterLock(t *testing.T) {
	lc := newLiveCouncil(t, 4)
	ctx := context.Background()
	s := lc.s
	p, _ := s.AddPoint(ctx, DecisionPoint{ItemID: lc.item, Text: "Доручити."})
	_, err := s.CreateAssignment(ctx, Assignment{ItemID: lc.item, Text: "x", Deadline: "2026-02-30"})
	var ve *ValidationError
	if !errors.As(err, &ve) || ve.Field("deadline") == nil || ve.Field("responsible") == nil {
		t.Fatalf("bad assignment: %v", err)
	}
	overdue, err := s.CreateAssignment(ctx, Assignment{ItemID: lc.item, PointID: p.ID, Text: "Оприлюднити звіт",
		ResponsibleMemberID: lc.members[2], Deadline: "2026-03-01"})
	if err != nil {
		t.Fatal(err)
	}
	later, _ := s.CreateAssignment(ctx, Assignment{ItemID: lc.item, Text: "Провести опитування",
		ResponsibleOrg: "ГО «Відкрите місто»", Deadline: "2026-05-01"})
	rows, err := s.ListAssignments(ctx, AssignmentFilter{View: AssignmentsOverdue})
	if err != nil || len(rows) != 1 || rows[0].ID != overdue.ID || !rows[0].Overdue {
		t.Fatalf("overdue %+v %v", rows, err)
	}
	r := rows[0]
	if r.MeetingNumber != lc.meeting.Number || r.MeetingDate != "2026-03-12" || r.PointRef() != "1.1" ||
		r.ResponsibleName != "Член 03" || r.PointText != "Доручити." {
		t.Fatalf("row %+v", r)
	}
	if rows, _ := s.ListAssignments(ctx, AssignmentFilter{Org: "ГО «Відкрите місто»"}); len(rows) != 1 || rows[0].ID != later.ID {
		t.Fatalf("by organisation %+v", rows)
	}
	resp, _ := s.ListResponsibles(ctx)
	if len(resp) != 2 || resp[0].Name != "ГО «Відкрите місто»" || resp[1].MemberID != lc.members[2] {
		t.Fatalf("responsibles %+v", resp)
	}
	lc.setStatus(t, MeetingMinutesApproved)
	if err := s.MarkAssignmentDone(ctx, overdue.ID, "2026-03", "звіт"); !errors.Is(err, ErrInvalid) {
		t.Fatalf("bad date: %v", err)
	}
	if err := s.MarkAssignmentDone(ctx, overdue.ID, "2026-03-10", "Оприлюднено на сайті"); err != nil {
		t.Fatalf("follow-up after the lock: %v", err)
	}
	later.Text = "змінено"
	if err := s.UpdateAssignment(ctx, later); !errors.Is(err, ErrLocked) {
		t.Fatalf("edit after the lock: %v", err)
	}
	if _, err := s.db.Exec("UPDATE assignment SET deadline = '2027-01-01' WHERE id = ?", later.ID); !errors.Is(mapErr(err), ErrLocked) {
		t.Fatalf("trigger: %v", err)
	}
	done, _ := s.ListAssignments(ctx, AssignmentFilter{View: AssignmentsDone})
	if len(done) != 1 || done[0].DoneOn != "2026-03-10" || done[0].DoneNote != "Оприлюднено на сайті" {
		t.Fatalf("done %+v", done)
	}
	if open, _ := s.ListAssignments(ctx, AssignmentFilter{View: AssignmentsOpen}); len(open) != 1 || open[0].ID != later.ID {
		t.Fatalf("open %+v", open)
	}
}

func TestSessionDrafts(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	if err := s.SaveDraft(ctx, "m1/i1/point/new", "Інформацію взяти"); err != nil {
		t.Fatal(err)
	}
	s.SaveDraft(ctx, "m1/i1/heard", "Доповідь")
	s.SaveDraft(ctx, "m2/i1/heard", "інше засідання")
	reopened := openAs(t, s.Path(), "test")
	if got, _ := reopened.LoadDraft(ctx, "m1/i1/point/new"); got != "Інформацію взяти" {
		t.Fatalf("draft %q", got)
	}
	all, _ := reopened.ListDrafts(ctx, "m1/")
	if len(all) != 2 || all["m1/i1/heard"] != "Доповідь" {
		t.Fatalf("drafts %v", all)
	}
	reopened.SaveDraft(ctx, "m1/i1/heard", "")
	reopened.ClearDraft(ctx, "m1/i1/point/new")
	if all, _ := reopened.ListDrafts(ctx, "m1/"); len(all) != 0 {
		t.Fatalf("after clearing %v", all)
	}
}

func TestSessionLiveState(t *testing.T) {
	lc := newLiveCouncil(t, 4)
	ctx := context.Background()
	lc.s.SetHeard(ctx, lc.aob, "Оголошення")
	l, err := lc.s.GetLive(ctx, lc.meeting.ID, 0)
	if err != nil || len(l.Items) != 2 || l.Current().ID != lc.item || len(l.Record.Roll.Members) != 4 {
		t.Fatalf("live %+v %v", l, err)
	}
	if l, _ = lc.s.GetLive(ctx, lc.meeting.ID, 9); l.Current().ID != lc.aob || l.Record.Item.Heard != "Оголошення" {
		t.Fatalf("beyond the end: %+v", l.Current())
	}
}

func TestSessionDraftsBatch(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	if err := s.SaveDrafts(ctx, map[string]string{"m1/i2/assign/new/text": "Звіт", "m1/i2/assign/new/deadline": "2026-04-30", "m1/i2/heard/text": ""}); err != nil {
		t.Fatal(err)
	}
	if all, _ := s.ListDrafts(ctx, "m1/i2/assign/"); len(all) != 2 {
		t.Fatalf("batch %v", all)
	}
	s.ClearDrafts(ctx, "m1/i2/assign/new/")
	if all, _ := s.ListDrafts(ctx, "m1/"); len(all) != 0 {
		t.Fatalf("after clearing the form %v", all)
	}
}
