package store

import (
	"context"
	"path/filepath"
	"testing"
	"time"
)

// testNow is the fixed clock of store tests.
var testNow = time.Date(2026, 3, 12, 10, 0, 0, 0, time.UTC)

// newTestStore opens a new council file in a temporary folder, founded with the defaults.
func newTestStore(t *testing.T) *Store {
	t.Helper()
	s := openTestFile(t, filepath.Join(t.TempDir(), "council.db"))
	c := DefaultCouncil()
	c.CityUK, c.CityEN = "м. Хмельницький", "Khmelnytskyi"
	c.AuthorityUK = "Хмельницька міська рада"
	if err := s.FoundCouncil(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	return s
}

func openTestFile(t *testing.T, path string) *Store {
	t.Helper()
	s, err := Open(context.Background(), path, WithActor("test"), WithClock(func() time.Time { return testNow }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// addMember creates a member with sensible defaults and returns the id.
func addMember(t *testing.T, s *Store, name string, side Side, role Role) int64 {
	t.Helper()
	id, err := s.CreateMember(context.Background(), Member{FullName: name, Side: side, Role: role, Sector: SectorOther})
	if err != nil {
		t.Fatal(err)
	}
	return id
}
