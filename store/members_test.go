package store

import (
	"context"
	"errors"
	"strings"
	"testing"
)

func TestValidateMemberRules(t *testing.T) {
	good := Member{FullName: "Петренко Олена", Sector: SectorNGO, Side: SideCivil, Role: RoleMember}
	cases := []struct {
		name  string
		edit  func(*Member)
		field string
		code  string
	}{
		{"name required", func(m *Member) { m.FullName = "  " }, "full_name", "required"},
		{"sector choice", func(m *Member) { m.Sector = "bank" }, "sector", "choice"},
		{"side choice", func(m *Member) { m.Side = "" }, "side", "choice"},
		{"role choice", func(m *Member) { m.Role = "chair" }, "role", "choice"},
		{"email without at", func(m *Member) { m.Email = "olena.example.com" }, "email", "email"},
		{"email without domain dot", func(m *Member) { m.Email = "olena@localhost" }, "email", "email"},
		{"email with a name", func(m *Member) { m.Email = "Olena <o@example.com>" }, "email", "email"},
		{"phone letters", func(m *Member) { m.Phone = "+380 67 abc" }, "phone", "phone"},
		{"phone too short", func(m *Member) { m.Phone = "123" }, "phone", "phone"},
		{"term from not a date", func(m *Member) { m.TermFrom = "2026-02-30" }, "term_from", "no_such_date"},
		{"term to not a date", func(m *Member) { m.TermTo = "12.03.2026" }, "term_to", "date"},
		{"term order", func(m *Member) { m.TermFrom, m.TermTo = "2026-03-01", "2026-02-28" }, "term_to", "term_order"},
	}
	if v := ValidateMember(good); v != nil {
		t.Fatalf("good member refused: %v", v)
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			m := good
			c.edit(&m)
			v := ValidateMember(m)
			if v == nil || v.Field(c.field) == nil || v.Field(c.field).Code != c.code {
				t.Fatalf("want %s/%s, got %v", c.field, c.code, v)
			}
			if !errors.Is(v, ErrInvalid) {
				t.Error("a validation error must match ErrInvalid")
			}
		})
	}
	ok := good
	ok.Email, ok.Phone, ok.TermFrom, ok.TermTo = "olena@example.com", "+380 (67) 123-45-67", "2025-01-01", "2025-01-01"
	if v := ValidateMember(ok); v != nil {
		t.Fatalf("valid contact and one-day term refused: %v", v)
	}
}

func TestRoleRules(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	addMember(t, s, "Секретар Перший", SideGovernment, RoleSecretary)
	_, err := s.CreateMember(ctx, Member{FullName: "Секретар Другий", Side: SideCivil, Role: RoleSecretary, Sector: SectorNGO})
	wantField(t, err, "role", "one_secretary")

	addMember(t, s, "Співголова Влада", SideGovernment, RoleCoChair)
	_, err = s.CreateMember(ctx, Member{FullName: "Співголова Ще Влада", Side: SideGovernment, Role: RoleCoChair, Sector: SectorOther})
	wantField(t, err, "role", "co_chair_side")
	civil := addMember(t, s, "Співголова Громада", SideCivil, RoleCoChair)
	_, err = s.CreateMember(ctx, Member{FullName: "Третій Співголова", Side: SideCivil, Role: RoleCoChair, Sector: SectorOther})
	wantField(t, err, "role", "two_co_chairs")

	// A co-chair who leaves makes room for a new one from the same side.
	if err := s.LeaveCouncil(ctx, civil, "2026-03-01", "обрана до міської ради"); err != nil {
		t.Fatal(err)
	}
	addMember(t, s, "Нова Співголова", SideCivil, RoleCoChair)

	// Editing into a taken role is refused the same way.
	m := addMember(t, s, "Звичайний Член", SideCivil, RoleMember)
	got, _ := s.GetMember(ctx, m)
	got.Role = RoleSecretary
	wantField(t, s.UpdateMember(ctx, got), "role", "one_secretary")
}

func wantField(t *testing.T, err error, field, code string) {
	t.Helper()
	var v *ValidationError
	if !errors.As(err, &v) || v.Field(field) == nil || v.Field(field).Code != code {
		t.Fatalf("want %s/%s, got %v", field, code, err)
	}
}

func TestCreateMemberWithEndedTermIsInactive(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	id, err := s.CreateMember(ctx, Member{FullName: "Колишня Членкиня", Side: SideCivil, Role: RoleMember,
		Sector: SectorNGO, TermFrom: "2024-01-10", TermTo: "2025-06-30"})
	if err != nil {
		t.Fatal(err)
	}
	st, err := s.GetMemberStats(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	if st.Member.Active {
		t.Error("a member whose term ended must be inactive")
	}
	if len(st.Roles) != 1 || st.Roles[0].Since != "2024-01-10" || st.Roles[0].Until != "2025-06-30" {
		t.Errorf("role history %+v", st.Roles)
	}
}

func TestUpdateMemberKeepsRoleHistory(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	id := addMember(t, s, "Олена Петренко", SideCivil, RoleMember)
	m, _ := s.GetMember(ctx, id)
	m.Role = RoleCoChair
	if err := s.UpdateMember(ctx, m); err != nil {
		t.Fatal(err)
	}
	st, _ := s.GetMemberStats(ctx, id)
	if len(st.Roles) != 2 || st.Roles[0].Role != RoleMember || st.Roles[0].Until != "2026-03-12" ||
		st.Roles[1].Role != RoleCoChair || st.Roles[1].Until != "" {
		t.Fatalf("role history %+v", st.Roles)
	}
}

func TestLeaveCouncil(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	id, err := s.CreateMember(ctx, Member{FullName: "Олена Петренко", Side: SideCivil, Role: RoleSecretary,
		Sector: SectorNGO, TermFrom: "2025-01-15"})
	if err != nil {
		t.Fatal(err)
	}
	wantField(t, s.LeaveCouncil(ctx, id, "", "переїзд"), "term_to", "required")
	wantField(t, s.LeaveCouncil(ctx, id, "2026-13-01", "переїзд"), "term_to", "no_such_date")
	wantField(t, s.LeaveCouncil(ctx, id, "2026-03-13", "переїзд"), "term_to", "future")
	wantField(t, s.LeaveCouncil(ctx, id, "2026-03-01", "  "), "leave_reason", "required")
	wantField(t, s.LeaveCouncil(ctx, id, "2024-12-31", "переїзд"), "term_to", "term_order")

	if err := s.LeaveCouncil(ctx, id, "2026-03-01", "переїзд\x1b[31m до Києва"); err != nil {
		t.Fatal(err)
	}
	m, _ := s.GetMember(ctx, id)
	if m.Active || m.TermTo != "2026-03-01" || m.LeaveReason != "переїзд до Києва" {
		t.Fatalf("after leaving: %+v", m)
	}
	st, _ := s.GetMemberStats(ctx, id)
	if st.Roles[len(st.Roles)-1].Until != "2026-03-01" {
		t.Errorf("the role must end on the day the member left: %+v", st.Roles)
	}
	if err := s.LeaveCouncil(ctx, id, "2026-03-02", "ще раз"); !errors.Is(err, ErrConflict) {
		t.Errorf("leaving twice: %v", err)
	}
	addMember(t, s, "Новий Секретар", SideGovernment, RoleSecretary)
	j, _ := s.ListJournal(ctx, "member", id, 10)
	if len(j) == 0 || j[0].Action != "leave" {
		t.Errorf("leaving is journaled: %+v", j)
	}
}

func TestDeleteMemberOnlyWithoutRecords(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	fresh := addMember(t, s, "Помилково Доданий", SideCivil, RoleMember)
	if err := s.DeleteMember(ctx, fresh); err != nil {
		t.Fatal(err)
	}
	if _, err := s.GetMember(ctx, fresh); !errors.Is(err, ErrNotFound) {
		t.Fatalf("deleted member still there: %v", err)
	}
	if err := s.DeleteMember(ctx, fresh); !errors.Is(err, ErrNotFound) {
		t.Errorf("deleting twice: %v", err)
	}

	f := newFixture(t, s)
	mt := f.meeting("2026-02-10")
	item := f.item(mt, "Про стан виконання Плану дій")
	uses := map[string]func(id int64){
		"attendance": func(id int64) { f.attend(mt, id, PresencePresent) },
		"vote":       func(id int64) { f.vote(item, id, VoteFor) },
		"speech":     func(id int64) { f.exec("INSERT INTO speech (item_id, speaker_member_id) VALUES (?, ?)", item, id) },
		"reporter": func(id int64) {
			f.exec("INSERT INTO agenda_item (meeting_id, position_no, title, reporter_member_id) VALUES (?, 9, 'x', ?)", mt, id)
		},
		"assignment": func(id int64) { f.assign(item, id, "Підготувати звіт") },
		"approval": func(id int64) {
			f.exec("INSERT INTO approval (meeting_id, kind, member_id, approved_at) VALUES (?, 'agenda', ?, 'now')", mt, id)
		},
		"presiding": func(id int64) { f.exec("UPDATE meeting SET presiding_id = ? WHERE id = ?", id, mt) },
		"secretary": func(id int64) { f.exec("UPDATE meeting SET secretary_id = ? WHERE id = ?", id, mt) },
	}
	for name, use := range uses {
		t.Run(name, func(t *testing.T) {
			id := addMember(t, s, "Член "+name, SideCivil, RoleMember)
			use(id)
			err := s.DeleteMember(ctx, id)
			if !errors.Is(err, ErrForbidden) || !strings.Contains(err.Error(), "left the council instead") {
				t.Fatalf("want a refusal that says why, got %v", err)
			}
			u, _ := s.GetMemberUse(ctx, id)
			if u.Total() != 1 {
				t.Errorf("use %+v", u)
			}
			if _, err := s.GetMember(ctx, id); err != nil {
				t.Errorf("a refused delete must leave the member: %v", err)
			}
		})
	}
}

func TestMemberStats(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	id, err := s.CreateMember(ctx, Member{FullName: "Олена Петренко", Side: SideCivil, Role: RoleMember,
		Sector: SectorNGO, TermFrom: "2025-01-01"})
	if err != nil {
		t.Fatal(err)
	}
	other := addMember(t, s, "Інший Член", SideGovernment, RoleMember)
	f := newFixture(t, s)
	old := f.meeting("2025-02-01") // more than 12 months before 2026-03-12
	f.attend(old, id, PresencePresent)
	m1, m2, m3 := f.meeting("2025-06-10"), f.meeting("2025-12-02"), f.meeting("2026-03-12")
	f.attend(m1, id, PresencePresent)
	f.attend(m2, id, PresenceRemote)
	f.attend(m3, other, PresencePresent) // attendance taken, our member has no row: absent
	f.meeting("2026-01-20")              // attendance never taken: not counted
	item := f.item(m2, "Про план дій на 2025–2026 роки")
	f.vote(item, id, VoteAgainst)
	f.assign(item, id, "Підготувати пропозиції")
	f.assign(item, other, "Не її доручення")

	st, err := s.GetMemberStats(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	a := st.Attendance
	if a.From != "2025-03-13" || a.To != "2026-03-12" || a.Meetings != 3 || a.Present != 1 || a.Remote != 1 || a.Percent() != 66 {
		t.Errorf("attendance %+v (%d%%)", a, a.Percent())
	}
	if len(st.Votes) != 1 || st.Votes[0].Choice != VoteAgainst || st.Votes[0].ItemTitle != "Про план дій на 2025–2026 роки" ||
		st.Votes[0].MeetingDate != "2025-12-02" || st.Votes[0].MeetingNumber == 0 {
		t.Errorf("votes %+v", st.Votes)
	}
	if len(st.Assignments) != 1 || st.Assignments[0].Text != "Підготувати пропозиції" || st.Assignments[0].MeetingID != m2 {
		t.Errorf("assignments %+v", st.Assignments)
	}
	if (AttendanceRate{}).Percent() != 0 {
		t.Error("no meetings: 0%")
	}
}

func TestComposition(t *testing.T) {
	cases := []struct {
		gov, civil int
		dominant   Side
	}{
		{0, 0, ""}, {7, 7, ""}, {2, 1, ""}, {8, 4, ""}, {9, 4, SideGovernment}, {1, 3, SideCivil}, {1, 0, SideGovernment},
	}
	for _, c := range cases {
		var ms []Member
		for i := 0; i < c.gov; i++ {
			ms = append(ms, Member{Side: SideGovernment, Active: true})
		}
		for i := 0; i < c.civil; i++ {
			ms = append(ms, Member{Side: SideCivil, Active: true})
		}
		ms = append(ms, Member{Side: SideCivil}) // inactive members do not count
		got := CompositionOf(ms)
		if got.Government != c.gov || got.Civil != c.civil || got.Dominant() != c.dominant || got.Unbalanced() != (c.dominant != "") {
			t.Errorf("%d/%d: %+v dominant %q", c.gov, c.civil, got, got.Dominant())
		}
	}

	ctx := context.Background()
	s := newTestStore(t)
	for _, n := range []string{"А", "Б", "В"} {
		addMember(t, s, "Влада "+n, SideGovernment, RoleMember)
	}
	left := addMember(t, s, "Громада А", SideCivil, RoleMember)
	c, err := s.GetComposition(ctx)
	if err != nil || c != (Composition{3, 1}) || c.Dominant() != SideGovernment {
		t.Fatalf("%+v %v", c, err)
	}
	s.LeaveCouncil(ctx, left, "2026-03-12", "власне бажання")
	addMember(t, s, "Громада Б", SideCivil, RoleMember)
	addMember(t, s, "Громада В", SideCivil, RoleMember)
	if c, _ := s.GetComposition(ctx); c != (Composition{3, 2}) || c.Unbalanced() {
		t.Fatalf("%+v", c)
	}
}

// The members list is in Ukrainian alphabetical order (Їжак after Бондаренко, Ґ after Г),
// active members first; SQLite's NOCASE put Cyrillic by code point.
func TestListMembersUkrainianOrder(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	for _, n := range []string{"Їжак Мар'яна", "Ґудзь Олег", "Бондаренко Ольга", "Гнатюк Марія", "Єрмак Ігор", "Яковенко Леся"} {
		if _, err := s.CreateMember(ctx, Member{FullName: n, Sector: SectorNGO, Side: SideCivil, Role: RoleMember}); err != nil {
			t.Fatal(err)
		}
	}
	ms, err := s.ListMembers(ctx, MemberFilter{})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, m := range ms {
		got = append(got, m.FullName)
	}
	want := []string{"Бондаренко Ольга", "Гнатюк Марія", "Ґудзь Олег", "Єрмак Ігор", "Їжак Мар'яна", "Яковенко Леся"}
	if strings.Join(got, "|") != strings.Join(want, "|") {
		t.Errorf("order\n got %v\nwant %v", got, want)
	}
}
