package store

import (
	"context"
	"testing"
)

// A former member's attendance is counted over the 12 months up to the day they left.
func TestFormerMemberAttendanceEndsWhenTheyLeft(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	id, err := s.CreateMember(ctx, Member{FullName: "Олена Петренко", Side: SideCivil, Role: RoleMember,
		Sector: SectorNGO, TermFrom: "2024-01-01"})
	if err != nil {
		t.Fatal(err)
	}
	other := addMember(t, s, "Інший Член", SideGovernment, RoleMember)
	f := newFixture(t, s)
	early := f.meeting("2024-03-01") // before the window that ends when she left
	f.attend(early, id, PresencePresent)
	m1, m2 := f.meeting("2024-09-10"), f.meeting("2025-04-15")
	f.attend(m1, id, PresencePresent)
	f.attend(m2, other, PresencePresent) // she has no row: absent
	if err := s.LeaveCouncil(ctx, id, "2025-05-31", "власне бажання"); err != nil {
		t.Fatal(err)
	}
	after := f.meeting("2025-10-01") // after she left: not hers
	f.attend(after, other, PresencePresent)

	st, err := s.GetMemberStats(ctx, id)
	if err != nil {
		t.Fatal(err)
	}
	a := st.Attendance
	if a.From != "2024-06-01" || a.To != "2025-05-31" || a.Meetings != 2 || a.Present != 1 || a.Percent() != 50 {
		t.Errorf("attendance %+v (%d%%)", a, a.Percent())
	}

	// A member still on the council keeps the window that ends today.
	st, err = s.GetMemberStats(ctx, other)
	if err != nil {
		t.Fatal(err)
	}
	if st.Attendance.To != testNow.Format(DateLayout) {
		t.Errorf("active member's window %+v", st.Attendance)
	}
}
