package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
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
	noSideFiles(t, path)
	if _, err := Open(context.Background(), path, ReadOnly()); !errors.Is(err, want) {
		t.Fatalf("Open(%s, ReadOnly) = %v, want %v", filepath.Base(path), err, want)
	}
	noSideFiles(t, path)
}

// noSideFiles fails if SQLite left a -wal, -shm or -journal beside a refused file.
func noSideFiles(t *testing.T, path string) {
	t.Helper()
	for _, side := range []string{"-wal", "-shm", "-journal"} {
		if _, err := os.Stat(path + side); err == nil {
			t.Errorf("%s%s was created beside the refused file", filepath.Base(path), side)
		}
	}
}

// A refused file in WAL mode (a newer Rada's, another program's) gets no side files.
func TestOpenRefusesWALFilesWithoutSideFiles(t *testing.T) {
	newer := filepath.Join(t.TempDir(), "newer-wal.db")
	s := openTestFile(t, newer)
	if _, err := s.db.Exec("PRAGMA user_version = 999"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	noSideFiles(t, newer)
	refusedUntouched(t, newer, ErrTooNew)

	other := filepath.Join(t.TempDir(), "other-wal.db")
	db, err := sql.Open("sqlite", other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec("PRAGMA journal_mode=WAL; CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('порядок денний')"); err != nil {
		t.Fatal(err)
	}
	db.Close()
	noSideFiles(t, other)
	refusedUntouched(t, other, ErrNotRada)
}

// A folder, and an empty file opened only to read, each get their own refusal; an empty
// file opened to write becomes a new council as before.
func TestOpenNamesFolderAndEmptyFile(t *testing.T) {
	dir := t.TempDir()
	if _, err := Open(context.Background(), dir); !errors.Is(err, ErrFolder) {
		t.Errorf("Open(folder) = %v, want ErrFolder", err)
	}
	empty := filepath.Join(dir, "empty.db")
	if err := os.WriteFile(empty, nil, 0o600); err != nil {
		t.Fatal(err)
	}
	if _, err := Open(context.Background(), empty, ReadOnly()); !errors.Is(err, ErrEmptyFile) {
		t.Errorf("Open(empty, ReadOnly) = %v, want ErrEmptyFile", err)
	}
	if info, _ := os.Stat(empty); info.Size() != 0 {
		t.Error("the empty file was written to")
	}
	noSideFiles(t, empty)
	s, err := Open(context.Background(), empty)
	if err != nil {
		t.Fatalf("Open(empty) to write = %v", err)
	}
	s.Close()
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

// A Rada file made before the application id was set opens read-only as it is, and the first
// writable open stamps it; another program's id is refused from the header alone.
func TestApplicationIDStampedOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "legacy.db")
	s := openTestFile(t, path)
	if _, err := s.db.Exec("PRAGMA application_id = 0"); err != nil {
		t.Fatal(err)
	}
	s.Close()
	appID := func() int {
		db, _ := sql.Open("sqlite", "file:"+path+"?mode=ro")
		defer db.Close()
		var id int
		db.QueryRow("PRAGMA application_id").Scan(&id)
		return id
	}
	r, err := Open(context.Background(), path, ReadOnly())
	if err != nil {
		t.Fatalf("read-only open of an unstamped file: %v", err)
	}
	r.Close()
	if appID() != 0 {
		t.Fatal("a read-only open wrote the application id")
	}
	s = openTestFile(t, path)
	s.Close()
	if appID() != radaAppID {
		t.Fatalf("application id %#x after a writable open, want %#x", appID(), radaAppID)
	}
	backup := filepath.Join(t.TempDir(), "copy.db")
	s = openTestFile(t, path)
	if err := s.Backup(context.Background(), backup, false); err != nil {
		t.Fatal(err)
	}
	s.Close()
	b, _ := os.ReadFile(backup)
	if headerAppID(b) != radaAppID {
		t.Error("the backup lost the application id")
	}

	other := filepath.Join(t.TempDir(), "other-id.db")
	db, _ := sql.Open("sqlite", other)
	db.Exec("PRAGMA application_id = 1196444487; CREATE TABLE t (x)") // "GPKG"
	db.Close()
	refusedUntouched(t, other, ErrNotRada)
}

// chainOf makes a journal of n entries and opens it to raw edits (its guards dropped).
func chainOf(t *testing.T, n int) *Store {
	t.Helper()
	s := newTestStore(t)
	for i := 1; i < n; i++ { // founding the council is the first entry
		addMember(t, s, fmt.Sprintf("Член %d", i), SideCivil, RoleMember)
	}
	if _, err := s.db.Exec("DROP TRIGGER journal_no_update; DROP TRIGGER journal_no_delete"); err != nil {
		t.Fatal(err)
	}
	if r, err := s.VerifyJournal(context.Background()); err != nil || r.BadID != 0 || r.Entries != n {
		t.Fatalf("chain = %+v, %v; want %d good entries", r, err, n)
	}
	return s
}

func journalEntry(t *testing.T, s *Store, id int64) Entry {
	t.Helper()
	var e Entry
	err := s.db.QueryRow(`SELECT id, at, actor, action, entity, entity_id, before, after, prev_hash, hash
		FROM journal WHERE id = ?`, id).Scan(&e.ID, &e.At, &e.Actor, &e.Action, &e.Entity, &e.EntityID, &e.Before, &e.After, &e.PrevHash, &e.Hash)
	if err != nil {
		t.Fatal(err)
	}
	return e
}

// rehash gives e a hash that matches its content, as a forger who knows the encoding would.
func rehash(t *testing.T, s *Store, e Entry) {
	t.Helper()
	e.Hash = e.digest()
	if _, err := s.db.Exec("UPDATE journal SET after = ?, prev_hash = ?, hash = ? WHERE id = ?", e.After, e.PrevHash, e.Hash, e.ID); err != nil {
		t.Fatal(err)
	}
}

func wantBroken(t *testing.T, s *Store, id int64, problem string) {
	t.Helper()
	r, err := s.VerifyJournal(context.Background())
	if err != nil || r.BadID != id || r.Problem != problem {
		t.Fatalf("chain = %+v, %v; want entry %d: %q", r, err, id, problem)
	}
}

// An entry rewritten with a hash that matches its new content is caught by the next entry,
// which names the old hash: the previous-hash check.
func TestJournalCatchesEntryRewrittenWithItsHash(t *testing.T) {
	s := chainOf(t, 5)
	e := journalEntry(t, s, 3)
	e.After = strings.Replace(e.After, "Член 2", "Член Підмінений", 1)
	rehash(t, s, e)
	wantBroken(t, s, 4, "does not follow the entry before it")
}

// An entry deleted and the next one linked to the entry before it, with its hash
// recomputed, is caught only by the numbering: the missing-entry check.
func TestJournalCatchesDeletedEntryRelinked(t *testing.T) {
	s := chainOf(t, 5)
	before := journalEntry(t, s, 3)
	if _, err := s.db.Exec("DELETE FROM journal WHERE id = 4"); err != nil {
		t.Fatal(err)
	}
	last := journalEntry(t, s, 5)
	last.PrevHash = before.Hash
	rehash(t, s, last)
	wantBroken(t, s, 5, "entry 4 is missing")
}

// An entry deleted from the middle breaks the chain at the entry after it.
func TestJournalCatchesDeletedEntry(t *testing.T) {
	s := chainOf(t, 5)
	if _, err := s.db.Exec("DELETE FROM journal WHERE id = 2"); err != nil {
		t.Fatal(err)
	}
	r, err := s.VerifyJournal(context.Background())
	if err != nil || r.BadID != 3 || r.Entries != 4 {
		t.Fatalf("chain = %+v, %v; want entry 3 named", r, err)
	}
}

// An entry changed without its hash is caught by its own hash.
func TestJournalCatchesEntryChangedWithoutItsHash(t *testing.T) {
	s := chainOf(t, 5)
	if _, err := s.db.Exec("UPDATE journal SET actor = 'хтось' WHERE id = 5"); err != nil {
		t.Fatal(err)
	}
	wantBroken(t, s, 5, "its content was changed after it was written")
}
