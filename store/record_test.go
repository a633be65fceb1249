package store

import (
	"context"
	"strings"
	"testing"
)

func TestSignatureAndShortNames(t *testing.T) {
	cases := []struct{ full, sign, short, list string }{
		{"Петренко Олена Іванівна", "Олена ПЕТРЕНКО", "Петренко О.І.", "ПЕТРЕНКО Олена Іванівна"},
		{"Ґудзь Їжак", "Їжак ҐУДЗЬ", "Ґудзь Ї.", "ҐУДЗЬ Їжак"},
		{"Коваль-Шевченко Анна-Марія Петрівна", "Анна-Марія КОВАЛЬ-ШЕВЧЕНКО", "Коваль-Шевченко А.-М.П.", "КОВАЛЬ-ШЕВЧЕНКО Анна-Марія Петрівна"},
		{"  Сидоренко  ", "СИДОРЕНКО", "Сидоренко", "СИДОРЕНКО"},
		{"", "", "", ""},
	}
	for _, c := range cases {
		if got := SignatureName(c.full); got != c.sign {
			t.Errorf("SignatureName(%q) = %q, want %q", c.full, got, c.sign)
		}
		if got := ShortName(c.full); got != c.short {
			t.Errorf("ShortName(%q) = %q, want %q", c.full, got, c.short)
		}
		if got := ListName(c.full); got != c.list {
			t.Errorf("ListName(%q) = %q, want %q", c.full, got, c.list)
		}
	}
}

func TestCompareNamesUkrainianOrder(t *testing.T) {
	if CompareNames("Гнатюк", "Ґава") >= 0 || CompareNames("Іваненко", "Їжакевич") >= 0 || CompareNames("Єрмак", "Жук") >= 0 {
		t.Error("names are not in Ukrainian alphabetical order")
	}
}

// recordFixture is a meeting of 5 members: 3 present (one remote), 1 absent with a reason,
// 1 not marked; one guest; an item with a speech, two points, a vote and an assignment.
type recordFixture struct {
	s                               *Store
	meeting, item                   int64
	chairGov, chairCiv, sec, m1, m2 int64
}

func newRecordFixture(t *testing.T) recordFixture {
	t.Helper()
	s := newTestStore(t)
	ctx := context.Background()
	f := recordFixture{s: s}
	f.chairGov = addMember(t, s, "Петренко Олена Іванівна", SideGovernment, RoleCoChair)
	f.chairCiv = addMember(t, s, "Бондар Тарас Миколайович", SideCivil, RoleCoChair)
	f.sec = addMember(t, s, "Ткачук Ірина Олегівна", SideGovernment, RoleSecretary)
	f.m1 = addMember(t, s, "Антоненко Юрій Петрович", SideCivil, RoleMember)
	f.m2 = addMember(t, s, "Яковенко Марія Василівна", SideGovernment, RoleMember)
	m, err := s.CreateMeeting(ctx, Meeting{Date: "2026-03-12", StartTime: "10:00", Place: "Мала зала", PresidingID: f.chairGov, SecretaryID: f.sec})
	if err != nil {
		t.Fatal(err)
	}
	f.meeting = m.ID
	exec := func(q string, args ...any) int64 {
		t.Helper()
		res, err := s.db.ExecContext(ctx, q, args...)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		id, _ := res.LastInsertId()
		return id
	}
	exec("INSERT INTO attendance VALUES (?, ?, 'present', ''), (?, ?, 'remote', ''), (?, ?, 'present', ''), (?, ?, 'absent', 'відрядження'), (?, ?, 'absent', '')",
		f.meeting, f.chairGov, f.meeting, f.chairCiv, f.meeting, f.sec, f.meeting, f.m1, f.meeting, f.m2)
	guest := exec("INSERT INTO guest (meeting_id, position_no, full_name, position, organisation) VALUES (?, 1, 'Гість Петро', 'експерт', 'ГО «Світло»')", f.meeting)
	f.item = exec("INSERT INTO agenda_item (meeting_id, position_no, title, kind, reporter_guest_id, heard) VALUES (?, 1, 'Про план', 'decision', ?, 'Доповідь')", f.meeting, guest)
	exec("INSERT INTO agenda_item (meeting_id, position_no, title, reporter_member_id) VALUES (?, 2, 'Різне', ?)", f.meeting, f.sec)
	exec("INSERT INTO speech (item_id, position_no, speaker_member_id, summary) VALUES (?, 1, ?, 'Підтримую')", f.item, f.chairCiv)
	exec("INSERT INTO speech (item_id, position_no, speaker_name, summary) VALUES (?, 2, 'Мешканець', 'Питання')", f.item)
	p2 := exec("INSERT INTO decision_point (item_id, position_no, text) VALUES (?, 2, 'Доручити')", f.item)
	exec("INSERT INTO decision_point (item_id, position_no, text) VALUES (?, 1, 'Взяти до відома')", f.item)
	exec("INSERT INTO vote VALUES (?, ?, 'for', ''), (?, ?, 'for', ''), (?, ?, 'abstain', 'не ознайомилася')", f.item, f.chairGov, f.item, f.chairCiv, f.item, f.sec)
	exec(`INSERT INTO vote_result VALUES (?, 'present_majority', 'presiding', 5, 3, 3, 2, 2, 0, 1, 0, 0, 2, 1, 0, 0, '2026-03-12T10:30:00Z')`, f.item)
	exec("INSERT INTO assignment (item_id, point_id, text, responsible_member_id, deadline) VALUES (?, ?, 'Підготувати звіт', ?, '2026-04-30')", f.item, p2, f.m2)
	exec("INSERT INTO assignment (item_id, text, responsible_org, deadline) VALUES (?, 'Оприлюднити', 'Управління', '')", f.item)
	return f
}

func TestMeetingRecordGathersTheMeeting(t *testing.T) {
	f := newRecordFixture(t)
	r, err := f.s.MeetingRecord(context.Background(), f.meeting)
	if err != nil {
		t.Fatal(err)
	}
	if r.Meeting.Number != 1 || r.Council.CityUK != "м. Хмельницький" || !r.Draft() || r.Locked() {
		t.Fatalf("header: %+v", r.Meeting)
	}
	if r.Presiding.FullName != "Петренко Олена Іванівна" || r.Secretary.FullName != "Ткачук Ірина Олегівна" {
		t.Errorf("presiding/secretary: %q %q", r.Presiding.FullName, r.Secretary.FullName)
	}
	if r.Membership != 5 || len(r.Present) != 3 || len(r.Absent) != 2 || !r.Recorded {
		t.Fatalf("attendance: membership %d present %d absent %d", r.Membership, len(r.Present), len(r.Absent))
	}
	if r.Present[0].FullName != "Бондар Тарас Миколайович" || r.Present[0].Status != PresenceRemote {
		t.Errorf("present sorted by name with status: %+v", r.Present[0])
	}
	if r.Absent[0].Reason != "відрядження" || r.Absent[1].Reason != "" {
		t.Errorf("absent: %+v", r.Absent)
	}
	if !r.Quorum.Quorate || r.Quorum.Got != 3 || r.Quorum.Needed != 3 {
		t.Errorf("quorum: %+v", r.Quorum)
	}
	if len(r.Items) != 2 || len(r.Guests) != 1 {
		t.Fatalf("items %d guests %d", len(r.Items), len(r.Guests))
	}
	it := r.Items[0]
	if it.Reporter.FullName != "Гість Петро" || it.Reporter.GuestID == 0 {
		t.Errorf("reporter: %+v", it.Reporter)
	}
	if len(it.Speeches) != 2 || it.Speeches[0].Speaker.FullName != "Бондар Тарас Миколайович" || it.Speeches[1].Speaker.FullName != "Мешканець" {
		t.Errorf("speeches: %+v", it.Speeches)
	}
	if len(it.Points) != 2 || it.Points[0].Text != "Взяти до відома" {
		t.Errorf("points in order: %+v", it.Points)
	}
	if it.Result == nil || !it.Result.Outcome.Adopted || it.Result.Tally.Abstain != 1 || it.Result.Outcome.Got != 2 {
		t.Errorf("result: %+v", it.Result)
	}
	var votes []string
	for _, v := range it.Votes {
		votes = append(votes, ShortName(v.Person.FullName)+" "+string(v.Choice)+" "+v.Reason)
	}
	if got := strings.Join(votes, "; "); got != "Бондар Т.М. for ; Петренко О.І. for ; Ткачук І.О. abstain не ознайомилася" {
		t.Errorf("roll call by name with reasons: %s", got)
	}
	if len(it.Assignments) != 2 || it.Assignments[0].PointPosition != 0 || it.Assignments[1].ResponsibleName() != "Яковенко М.В." {
		t.Errorf("assignments: %+v", it.Assignments)
	}
	if r.Items[1].Result != nil || r.Items[1].Reporter.FullName != "Ткачук Ірина Олегівна" {
		t.Errorf("second item: %+v", r.Items[1])
	}
}

func TestRollCallCompletesTheRoll(t *testing.T) {
	f := newRecordFixture(t)
	r, _ := f.s.MeetingRecord(context.Background(), f.meeting)
	roll := r.RollCall(r.Items[0])
	if len(roll) != 5 {
		t.Fatalf("roll of %d", len(roll))
	}
	words := map[string]int{}
	for _, v := range roll {
		words[v.Choice.OpenData()]++
	}
	if words["За"] != 2 || words["Утримався"] != 1 || words["Відсутній"] != 2 {
		t.Errorf("roll: %v", words)
	}
	if r.RollCall(r.Items[1]) != nil {
		t.Error("an item without a vote has no roll call")
	}
}

func TestSignersFollowTheSettings(t *testing.T) {
	f := newRecordFixture(t)
	ctx := context.Background()
	r, _ := f.s.MeetingRecord(ctx, f.meeting)
	if len(r.Signers) != 2 || r.Signers[0].Kind != SignCoChair || r.Signers[0].MemberID != f.chairGov || r.Signers[1].Kind != SignSecretary {
		t.Fatalf("presiding signers: %+v", r.Signers)
	}
	c, _ := f.s.GetCouncil(ctx)
	c.Signers = SignersCoChairs
	if err := f.s.UpdateCouncil(ctx, c); err != nil {
		t.Fatal(err)
	}
	r, _ = f.s.MeetingRecord(ctx, f.meeting)
	if len(r.Signers) != 3 || r.Signers[0].MemberID != f.chairGov || r.Signers[1].MemberID != f.chairCiv || r.Signers[2].MemberID != f.sec {
		t.Fatalf("co-chairs signers: %+v", r.Signers)
	}
}

func TestMeetingRecordNotFound(t *testing.T) {
	s := newTestStore(t)
	if _, err := s.MeetingRecord(context.Background(), 42); err != ErrNotFound {
		t.Fatalf("err = %v", err)
	}
}

func TestOpenDataFromClosedMeetings(t *testing.T) {
	f := newRecordFixture(t)
	ctx := context.Background()
	d, err := f.s.OpenData(ctx)
	if err != nil || len(d.Motions) != 0 {
		t.Fatalf("a draft meeting is not published: %v %+v", err, d.Motions)
	}
	if _, err := f.s.db.ExecContext(ctx, "UPDATE meeting SET status = 'closed' WHERE id = ?", f.meeting); err != nil {
		t.Fatal(err)
	}
	d, err = f.s.OpenData(ctx)
	if err != nil || len(d.Motions) != 1 || len(d.Votings) != 5 {
		t.Fatalf("%v motions %d votings %d", err, len(d.Motions), len(d.Votings))
	}
	m := d.Motions[0]
	if m.UID != "2026-1-1" || m.VotingFor != 2 || m.VotingAbstain != 1 || m.Absent != 2 || m.VotingResult != "Рішення прийнято" || m.Text != "Взяти до відома\nДоручити" {
		t.Errorf("motion: %+v", m)
	}
}

func TestPlanReportOverdue(t *testing.T) {
	s := newTestStore(t) // today is 2026-03-12
	ctx := context.Background()
	exec := func(q string, args ...any) int64 {
		t.Helper()
		res, err := s.db.ExecContext(ctx, q, args...)
		if err != nil {
			t.Fatalf("%s: %v", q, err)
		}
		id, _ := res.LastInsertId()
		return id
	}
	plan := exec("INSERT INTO action_plan (title, period_from, period_to, submitted_on, status, created_at, updated_at) VALUES ('План 2025–2026', '2025-01', '2026-12', '2025-01-15', 'in_progress', '', '')")
	c1 := exec("INSERT INTO commitment (plan_id, position_no, ogp_id, title, end_month, impl_status, created_at, updated_at) VALUES (?, 1, 'UAKLY0001', 'Бюджет участі', '2025-12', 'in_progress', '', '')", plan)
	exec("INSERT INTO commitment (plan_id, position_no, ogp_id, title, end_month, impl_status, created_at, updated_at) VALUES (?, 2, 'UAKLY0002', 'Відкриті дані', '2026-12', 'done', '', '')", plan)
	exec("INSERT INTO commitment_value VALUES (?, 'technology'), (?, 'access_info')", c1, c1)
	exec("INSERT INTO milestone (commitment_id, position_no, deliverable, end_date) VALUES (?, 1, 'Положення', '2025-06-30'), (?, 2, 'Платформа', '2026-06-30')", c1, c1)
	exec("INSERT INTO milestone (commitment_id, position_no, deliverable, end_date, done_on) VALUES (?, 3, 'Звіт', '2025-03-01', '2025-02-20')", c1)
	exec("INSERT INTO status_change (commitment_id, scale, from_value, to_value, changed_on) VALUES (?, 'implementation', 'not_started', 'in_progress', '2025-02-01')", c1)

	r, err := s.PlanReport(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	if r.Plan.ID != plan || len(r.Commitments) != 2 || r.InceptionDue != "2025-03-15" {
		t.Fatalf("plan: %+v", r)
	}
	c := r.Commitments[0]
	if !c.Overdue || c.AssessDue != "2026-01-31" || c.OverdueMilestones() != 1 || len(c.History) != 1 {
		t.Errorf("commitment: overdue %v assess %q overdue milestones %d", c.Overdue, c.AssessDue, c.OverdueMilestones())
	}
	if len(c.Values) != 2 || c.Values[0] != ValueAccessInfo {
		t.Errorf("values in vocabulary order: %v", c.Values)
	}
	if r.Commitments[1].Overdue {
		t.Error("a commitment not yet ended is not overdue")
	}
	if _, err := s.PlanReport(ctx, 99); err != ErrNotFound {
		t.Errorf("missing plan: %v", err)
	}
}

// A member added after a session never enters that session's record.
func TestLaterMemberStaysOutOfPastRecord(t *testing.T) {
	f := newRecordFixture(t)
	ctx := context.Background()
	if _, err := f.s.db.ExecContext(ctx, "UPDATE meeting SET status = 'closed' WHERE id = ?", f.meeting); err != nil {
		t.Fatal(err)
	}
	before, _ := f.s.MeetingRecord(ctx, f.meeting)
	addMember(t, f.s, "Петренко Олена", SideCivil, RoleMember)
	after, _ := f.s.MeetingRecord(ctx, f.meeting)
	if after.Membership != before.Membership || len(after.Absent) != len(before.Absent) {
		t.Fatalf("record changed: membership %d → %d, absent %d → %d", before.Membership, after.Membership, len(before.Absent), len(after.Absent))
	}
	list, _ := f.s.ListMeetings(ctx, MeetingFilter{})
	if len(list) != 1 || list[0].Membership != before.Membership {
		t.Fatalf("list membership %+v, want %d", list, before.Membership)
	}
	roll, _ := f.s.GetAttendance(ctx, f.meeting)
	if len(roll) != before.Membership {
		t.Fatalf("roll call of %d, want %d", len(roll), before.Membership)
	}
}
