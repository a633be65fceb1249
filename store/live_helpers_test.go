package store

import (
	"context"
	"fmt"
	"testing"
	"time"
)

// liveCouncil is a council of size members in a meeting with two agenda items (the second
// «Різне»), attendance taken for everyone as present, the session started.
type liveCouncil struct {
	s       *Store
	members []int64 // members[0] presides (government co-chair), members[1] is the civil co-chair
	meeting Meeting
	item    int64 // the first item
	aob     int64 // «Різне»
}

func newLiveCouncil(t *testing.T, size int) liveCouncil {
	t.Helper()
	s := newTestStore(t)
	lc := liveCouncil{s: s}
	for i := range size {
		side, role := SideGovernment, RoleMember
		switch i {
		case 0:
			role = RoleCoChair
		case 1:
			side, role = SideCivil, RoleCoChair
		case 2:
			role = RoleSecretary
		}
		if i%2 == 1 {
			side = SideCivil
		}
		lc.members = append(lc.members, addMember(t, s, fmt.Sprintf("Член %02d", i+1), side, role))
	}
	lc.meeting = liveMeeting(t, s, "2026-03-12", lc.members[0])
	lc.item = liveItem(t, s, lc.meeting.ID, 1, "Про стан виконання Плану дій")
	lc.aob = liveItem(t, s, lc.meeting.ID, 2, "Різне")
	for _, id := range lc.members {
		lc.setPresence(t, id, PresencePresent)
	}
	if err := s.StartSession(context.Background(), lc.meeting.ID, true); err != nil {
		t.Fatal(err)
	}
	return lc
}

func liveMeeting(t *testing.T, s *Store, date string, presiding int64) Meeting {
	t.Helper()
	m, err := s.CreateMeeting(context.Background(), Meeting{Date: date, StartTime: "10:00", PresidingID: presiding})
	if err != nil {
		t.Fatal(err)
	}
	return m
}

func liveItem(t *testing.T, s *Store, meetingID int64, pos int, title string) int64 {
	t.Helper()
	it, err := s.CreateAgendaItem(context.Background(), AgendaItem{MeetingID: meetingID, Title: title, Kind: ItemDecision})
	if err != nil {
		t.Fatal(err)
	}
	if it.Position != pos {
		t.Fatalf("%q at %d, want %d", title, it.Position, pos)
	}
	return it.ID
}

func (lc liveCouncil) setPresence(t *testing.T, memberID int64, p Presence) {
	t.Helper()
	if err := lc.s.SetAttendance(context.Background(), lc.meeting.ID, memberID, p, ""); err != nil {
		t.Fatal(err)
	}
}

func (lc liveCouncil) cast(t *testing.T, memberID int64, c VoteChoice, reason string) VoteResult {
	t.Helper()
	r, err := lc.s.CastVote(context.Background(), lc.item, memberID, c, reason)
	if err != nil {
		t.Fatalf("cast %s for %d: %v", c, memberID, err)
	}
	return r
}

func (lc liveCouncil) setStatus(t *testing.T, st MeetingStatus) {
	t.Helper()
	if _, err := lc.s.db.Exec("UPDATE meeting SET status = ? WHERE id = ?", string(st), lc.meeting.ID); err != nil {
		t.Fatal(err)
	}
}

// openAs opens a second handle on path as another person, on the test clock.
func openAs(t *testing.T, path, actor string) *Store {
	t.Helper()
	s, err := Open(context.Background(), path, WithActor(actor), WithClock(func() time.Time { return testNow }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}
