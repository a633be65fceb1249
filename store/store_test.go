package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"testing"
)

func TestOpenMigratesEmptyFile(t *testing.T) {
	path := filepath.Join(t.TempDir(), "new.db")
	s := openTestFile(t, path)
	v, err := s.userVersion(context.Background())
	if err != nil || v != len(mustMigrations()) {
		t.Fatalf("user_version = %d, %v; want %d", v, err, len(mustMigrations()))
	}
	if ok, _ := s.HasCouncil(context.Background()); ok {
		t.Fatal("a new file must not hold a council yet")
	}
	var mode string
	s.db.QueryRow("PRAGMA journal_mode").Scan(&mode)
	if mode != "wal" {
		t.Fatalf("journal_mode = %q, want wal", mode)
	}
}

func TestOpenTwiceKeepsData(t *testing.T) {
	path := filepath.Join(t.TempDir(), "c.db")
	s := openTestFile(t, path)
	if err := s.FoundCouncil(context.Background(), DefaultCouncil()); err != nil {
		t.Fatal(err)
	}
	s.Close()
	s2 := openTestFile(t, path)
	if ok, _ := s2.HasCouncil(context.Background()); !ok {
		t.Fatal("the council is gone after reopening")
	}
}

// refusedUntouched opens path, expects want, and checks the bytes did not change.
func refusedUntouched(t *testing.T, path string, want error) {
	t.Helper()
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	s, err := Open(context.Background(), path)
	if err == nil {
		s.Close()
		t.Fatalf("Open(%s) succeeded, want %v", filepath.Base(path), want)
	}
	if !errors.Is(err, want) {
		t.Fatalf("Open(%s) = %v, want %v", filepath.Base(path), err, want)
	}
	after, _ := os.ReadFile(path)
	if !bytes.Equal(before, after) {
		t.Fatalf("%s changed although it was refused", filepath.Base(path))
	}
}

func TestOpenRefusesNewerSchemaUntouched(t *testing.T) {
	path := filepath.Join(t.TempDir(), "newer.db")
	s := openTestFile(t, path)
	if _, err := s.db.Exec("PRAGMA journal_mode=DELETE"); err != nil {
		t.Fatal(err)
	}
	if _, err := s.db.Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	refusedUntouched(t, path, ErrTooNew)
}

func TestOpenRefusesNonSQLiteUntouched(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.txt")
	if err := os.WriteFile(path, []byte("Протокол № 3 — not a database, just notes.\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	refusedUntouched(t, path, ErrNotRada)
}

func TestOpenRefusesOtherProgramsDatabaseUntouched(t *testing.T) {
	path := filepath.Join(t.TempDir(), "other.db")
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("CREATE TABLE recipes (id INTEGER PRIMARY KEY, name TEXT); INSERT INTO recipes (name) VALUES ('борщ')"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	refusedUntouched(t, path, ErrNotRada)

	withVersion := filepath.Join(t.TempDir(), "other-v1.db")
	db, _ = sql.Open("sqlite", withVersion)
	db.Exec("CREATE TABLE council (id INTEGER PRIMARY KEY, app TEXT); INSERT INTO council VALUES (1, 'other'); PRAGMA user_version = 1")
	db.Close()
	refusedUntouched(t, withVersion, ErrNotRada)
}

func TestJournalChainVerifiesAndCatchesTampering(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	id := addMember(t, s, "Петренко Олена Іванівна", SideCivil, RoleMember)
	m, _ := s.GetMember(ctx, id)
	m.Position = "голова ГО «Відкрите місто»"
	if err := s.UpdateMember(ctx, m); err != nil {
		t.Fatal(err)
	}
	r, err := s.VerifyJournal(ctx)
	if err != nil || r.BadID != 0 || r.Entries != 3 {
		t.Fatalf("chain = %+v, %v; want 3 good entries", r, err)
	}
	// Raw SQL around the triggers: drop them, change a row, put them back.
	for _, q := range []string{
		"DROP TRIGGER journal_no_update",
		"UPDATE journal SET after = replace(after, 'Відкрите', 'Закрите') WHERE id = 3",
	} {
		if _, err := s.db.Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	r, err = s.VerifyJournal(ctx)
	if err != nil || r.BadID != 3 {
		t.Fatalf("chain after tampering = %+v, %v; want entry 3 named", r, err)
	}
}

func TestJournalRefusesRawUpdateAndDelete(t *testing.T) {
	s := newTestStore(t)
	for _, q := range []string{"UPDATE journal SET actor = 'x'", "DELETE FROM journal"} {
		if _, err := s.db.Exec(q); err == nil {
			t.Errorf("%q succeeded on the append-only journal", q)
		}
	}
}

func TestEveryChangeIsJournaled(t *testing.T) {
	s := newTestStore(t)
	ctx := context.Background()
	id := addMember(t, s, "Іваненко Ігор", SideGovernment, RoleCoChair)
	es, err := s.ListJournal(ctx, "member", id, 10)
	if err != nil || len(es) != 1 || es[0].Actor != "test" || es[0].Action != "create" {
		t.Fatalf("journal for member = %+v, %v", es, err)
	}
}
