package demo

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/khmelnytskyi-ogp/rada/store"
)

var loadNow = time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)

// load writes the demo council of size into a new file and returns it open.
func load(t *testing.T, size Size) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "demo.db"),
		store.WithActor("demo"), store.WithClock(func() time.Time { return loadNow }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := Load(context.Background(), s, size); err != nil {
		t.Fatal(err)
	}
	return s
}

// count runs a query that returns one number.
func count(t *testing.T, s *store.Store, query string, args ...any) int {
	t.Helper()
	var n int
	if err := s.DB().QueryRow(query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}
