package meeting

import (
	"context"
	"path/filepath"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/screentest"
)

// council is a test council: two co-chairs, a secretary and members, in a file.
type council struct {
	path          string
	gov, civ, sec int64
	members       []int64 // every member, co-chairs and secretary included
	meetingID     int64
}

func newCouncil(t *testing.T, others int) council {
	t.Helper()
	c := council{path: filepath.Join(t.TempDir(), "council.db")}
	s := openAs(t, c.path, "Коваль Марія")
	ctx := context.Background()
	if err := s.FoundCouncil(ctx, store.DefaultCouncil()); err != nil {
		t.Fatal(err)
	}
	add := func(name string, side store.Side, role store.Role) int64 {
		id, err := s.CreateMember(ctx, store.Member{FullName: name, Side: side, Role: role, Sector: store.SectorOther})
		if err != nil {
			t.Fatal(err)
		}
		c.members = append(c.members, id)
		return id
	}
	c.gov = add("Іваненко Іван Іванович", store.SideGovernment, store.RoleCoChair)
	c.civ = add("Петренко Олена Іванівна", store.SideCivil, store.RoleCoChair)
	c.sec = add("Коваль Марія Петрівна", store.SideGovernment, store.RoleSecretary)
	names := []string{"Бондар Андрій", "Гончар Ірина", "Дмитренко Олег", "Єременко Ніна", "Жук Павло", "Зінченко Оксана", "Кравець Богдан"}
	for i := range min(others, len(names)) {
		side := store.SideGovernment
		if i%2 == 1 {
			side = store.SideCivil
		}
		add(names[i], side, store.RoleMember)
	}
	m, err := s.ScheduleMeeting(ctx, store.Meeting{Date: "2026-03-12", StartTime: "10:00", Place: "Мала зала", PresidingID: c.gov, SecretaryID: c.sec})
	if err != nil {
		t.Fatal(err)
	}
	c.meetingID = m.ID
	return c
}

func openAs(t *testing.T, path, actor string) *store.Store {
	return screentest.OpenStore(t, path, actor, screentest.Now)
}

// screen is a meeting screen under test with the status lines it produced.
type screen = screentest.Driver[Model]

func open(t *testing.T, s *store.Store, id int64, w, h int) *screen {
	t.Helper()
	sc := &screen{M: New(screentest.Common(s, "uk", w, h, screentest.Now), id)}
	sc.M = sc.M.SetSize(w, h)
	sc.Pump(sc.M.Init())
	if !sc.M.loaded {
		t.Fatalf("not loaded: %v", sc.M.err)
	}
	return sc
}
