package store

import (
	"context"
	"fmt"
	"testing"
)

// tenMembers adds ten members, three of them from civil society, and returns their ids.
func tenMembers(t *testing.T, s *Store) []int64 {
	t.Helper()
	var ids []int64
	for i := range 10 {
		side := SideGovernment
		if i >= 7 {
			side = SideCivil
		}
		ids = append(ids, addMember(t, s, fmt.Sprintf("Член %02d", i+1), side, RoleMember))
	}
	return ids
}

func TestAttendanceDefaultsToPresent(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	ids := tenMembers(t, s)
	if _, err := s.CreateMember(ctx, Member{FullName: "Колишній член", Side: SideCivil, Sector: SectorNGO, Role: RoleMember,
		TermFrom: "2024-01-01", TermTo: "2025-12-31"}); err != nil {
		t.Fatal(err)
	}
	m := mustMeeting(t, s, "2026-03-12")
	rows, err := s.GetAttendance(ctx, m.ID)
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 10 {
		t.Fatalf("roll call has %d members, want the 10 in office", len(rows))
	}
	for _, r := range rows {
		if r.Status != PresencePresent || r.Recorded {
			t.Fatalf("default row %+v", r)
		}
	}
	if err := s.SetAttendance(ctx, m.ID, ids[0], PresenceAbsent, "відрядження"); err != nil {
		t.Fatal(err)
	}
	if err := s.SetAttendance(ctx, m.ID, ids[1], PresenceRemote, "ignored"); err != nil {
		t.Fatal(err)
	}
	rows, _ = s.GetAttendance(ctx, m.ID)
	byID := map[int64]AttendanceRow{}
	for _, r := range rows {
		if !r.Recorded {
			t.Fatalf("after the first record everyone is recorded: %+v", r)
		}
		byID[r.ID] = r
	}
	if r := byID[ids[0]]; r.Status != PresenceAbsent || r.Reason != "відрядження" {
		t.Fatalf("absent row %+v", r)
	}
	if r := byID[ids[1]]; r.Status != PresenceRemote || r.Reason != "" {
		t.Fatalf("remote row %+v", r)
	}
	list, _ := s.ListMeetings(ctx, MeetingFilter{})
	if list[0].Present != 9 || list[0].Membership != 10 || !list[0].Recorded {
		t.Fatalf("list row %+v", list[0])
	}
	if err := s.MarkAllPresent(ctx, m.ID); err != nil {
		t.Fatal(err)
	}
	q, _ := s.MeetingQuorum(ctx, m.ID)
	if q.Got != 10 {
		t.Fatalf("after all present: %+v", q)
	}
	if err := s.SetAttendance(ctx, m.ID, ids[0], "late", ""); err == nil {
		t.Fatal("unknown presence accepted")
	}
}

func TestQuorumUnderEachRuleAsAttendanceChanges(t *testing.T) {
	for _, tc := range []struct {
		rule          QuorumRule
		civil         bool
		needed        int
		absentQuorate int // how many may be absent while quorate
	}{
		{QuorumHalf, false, 6, 4},
		{QuorumTwoThirds, false, 7, 3},
	} {
		t.Run(string(tc.rule), func(t *testing.T) {
			s := newTestStore(t)
			ctx := context.Background()
			c, _ := s.GetCouncil(ctx)
			c.QuorumRule = tc.rule
			if err := s.UpdateCouncil(ctx, c); err != nil {
				t.Fatal(err)
			}
			ids := tenMembers(t, s)
			m := mustMeeting(t, s, "2026-03-12")
			for i, id := range ids {
				if err := s.SetAttendance(ctx, m.ID, id, PresenceAbsent, "хвороба"); err != nil {
					t.Fatal(err)
				}
				q, err := s.MeetingQuorum(ctx, m.ID)
				if err != nil {
					t.Fatal(err)
				}
				absent := i + 1
				if q.Needed != tc.needed || q.Got != 10-absent || q.Quorate != (absent <= tc.absentQuorate) {
					t.Fatalf("%d absent: %+v", absent, q)
				}
			}
			q, _ := s.MeetingQuorum(ctx, m.ID)
			if want := (QuorumResult{Needed: tc.needed, Membership: 10}); q != want {
				t.Fatalf("nobody present: %+v, want %+v", q, want)
			}
			for _, id := range ids[:tc.needed] {
				if err := s.SetAttendance(ctx, m.ID, id, PresenceRemote, ""); err != nil {
					t.Fatal(err)
				}
			}
			q, _ = s.MeetingQuorum(ctx, m.ID)
			if want := (QuorumResult{Needed: tc.needed, Got: tc.needed, Membership: 10, Quorate: true}); q != want {
				t.Fatalf("remote members count: %+v, want %+v", q, want)
			}
		})
	}
}

func TestQuorumNeedsCivilSociety(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	c, _ := s.GetCouncil(ctx)
	c.QuorumCivil = true
	if err := s.UpdateCouncil(ctx, c); err != nil {
		t.Fatal(err)
	}
	ids := tenMembers(t, s)
	m := mustMeeting(t, s, "2026-03-12")
	for _, id := range ids[7:] {
		if err := s.SetAttendance(ctx, m.ID, id, PresenceAbsent, "не прийшли"); err != nil {
			t.Fatal(err)
		}
	}
	q, _ := s.MeetingQuorum(ctx, m.ID)
	if q.Quorate || !q.CivilMissing || q.Got != 7 {
		t.Fatalf("seven from government only: %+v", q)
	}
	if err := s.SetAttendance(ctx, m.ID, ids[9], PresencePresent, ""); err != nil {
		t.Fatal(err)
	}
	if q, _ := s.MeetingQuorum(ctx, m.ID); !q.Quorate {
		t.Fatalf("with one civil member: %+v", q)
	}
}
