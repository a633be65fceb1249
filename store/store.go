package store

import (
	"context"
	"database/sql"
	"embed"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"time"

	"github.com/khmelnytskyi-ogp/rada/store/files"
	_ "modernc.org/sqlite" // the pure-Go SQLite driver
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Store is an open council database.
type Store struct {
	db       *sql.DB
	path     string
	actor    string
	asMember bool
	now      func() time.Time
	readOnly bool
	stamped  bool // the file's header carries radaAppID
	intact   intactCheck
}

// Option adjusts a Store as it opens.
type Option func(*Store)

// WithActor names who makes the changes written to the journal.
func WithActor(name string) Option { return func(s *Store) { s.actor = name } }

// AsMember makes the store act for the member its actor names, in that member's role (a
// person served over SSH), instead of for the operator: the secretary, approving as the
// co-chair --as names.
func AsMember() Option { return func(s *Store) { s.asMember = true } }

// WithClock injects the clock (tests, the demo council).
func WithClock(now func() time.Time) Option { return func(s *Store) { s.now = now } }

// ReadOnly opens the file without ever writing to it.
func ReadOnly() Option { return func(s *Store) { s.readOnly = true } }

// Open opens (creating if needed) the council database at path and migrates it.
// A file that is not a Rada database, or is from a newer Rada, is refused untouched.
func Open(ctx context.Context, path string, opts ...Option) (*Store, error) {
	s := &Store{path: path, actor: defaultActor(), now: time.Now}
	for _, o := range opts {
		o(s)
	}
	head, err := checkFile(path, s.readOnly)
	if err != nil {
		return nil, err
	}
	if err := refuseUntouched(ctx, path, head, s.readOnly); err != nil {
		return nil, err
	}
	s.stamped = headerAppID(head) == radaAppID
	db, err := sql.Open("sqlite", dsn(path, s.readOnly))
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	db.SetMaxOpenConns(1)
	s.db = db
	if err := s.prepareWaiting(ctx); err != nil {
		db.Close()
		if s.readOnly && errors.Is(err, ErrReadOnly) {
			return s.openImmutable(ctx, err)
		}
		return nil, err
	}
	return s, nil
}

func dsn(path string, readOnly bool) string {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	if readOnly {
		// Reading through a memory map spares a copy of every page into SQLite's cache; only
		// for read-only use, where nothing Rada does can shrink the file under the map. Keys
		// and syncing matter to writes only.
		q.Add("_pragma", "mmap_size(268435456)")
		q.Set("mode", "ro")
	} else {
		q.Add("_pragma", "foreign_keys(1)")
		q.Add("_pragma", "synchronous(FULL)")
		q.Set("_txlock", "immediate")
	}
	return "file:" + path + "?" + q.Encode()
}

// prepareWaiting retries prepare while another Rada holds the file (switching to WAL and
// migrating a new file need it alone, and SQLite does not always wait for that itself).
func (s *Store) prepareWaiting(ctx context.Context) error {
	deadline := time.Now().Add(busyWait)
	for {
		err := s.prepare(ctx)
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(25 * time.Millisecond):
		}
	}
}

// busyWait is how long a Rada waits for another one that holds the file.
const busyWait = 10 * time.Second

func isBusy(err error) bool {
	msg := err.Error()
	return strings.Contains(msg, "SQLITE_BUSY") || strings.Contains(msg, "database is locked")
}

// prepare checks what the file holds and brings its schema up to date.
func (s *Store) prepare(ctx context.Context) error {
	version, err := s.identify(ctx)
	if err != nil {
		return err
	}
	latest := len(mustMigrations())
	if version == latest {
		if err := s.useWAL(ctx); err != nil {
			return err
		}
		return s.stampAppID(ctx)
	}
	if s.readOnly {
		return fmt.Errorf("%s: needs an upgrade but is open read-only: %w", s.path, ErrReadOnly)
	}
	if err := s.useWAL(ctx); err != nil {
		return err
	}
	if err := s.migrate(ctx, version); err != nil {
		return err
	}
	return s.stampAppID(ctx)
}

// useWAL switches a checked Rada file to write-ahead logging; it is never done before the
// file is known to be ours, so a refused file stays byte-identical.
func (s *Store) useWAL(ctx context.Context) error {
	if s.readOnly {
		return nil
	}
	var mode string
	if err := s.db.QueryRowContext(ctx, "PRAGMA journal_mode").Scan(&mode); err != nil {
		return classifyOpen(s.path, err)
	}
	if mode == "wal" {
		return nil
	}
	if err := s.CheckIntact(ctx); err != nil {
		return err
	}
	if _, err := s.db.ExecContext(ctx, "PRAGMA journal_mode=WAL"); err != nil {
		return classifyOpen(s.path, err)
	}
	return nil
}

func (s *Store) userVersion(ctx context.Context) (int, error) {
	var v int
	err := s.db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&v)
	return v, err
}

func (s *Store) isEmpty(ctx context.Context) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM sqlite_schema").Scan(&n)
	return n == 0, err
}

// checkApp refuses a database of another program that happens to set user_version.
func (s *Store) checkApp(ctx context.Context) error {
	var app string
	err := s.db.QueryRowContext(ctx, "SELECT app FROM council LIMIT 1").Scan(&app)
	if errors.Is(err, sql.ErrNoRows) {
		return nil
	}
	if err != nil || app != "rada" {
		if problem, _ := s.quickCheck(ctx); problem != "" {
			return fmt.Errorf("%s: %w (%s)", s.path, ErrDamaged, problem)
		}
		return fmt.Errorf("%s: %w", s.path, ErrNotRada)
	}
	return nil
}

func classifyOpen(path string, err error) error {
	msg := err.Error()
	switch {
	case strings.Contains(msg, "file is not a database"), strings.Contains(msg, "malformed"):
		return fmt.Errorf("%s: %w", path, ErrDamaged)
	case strings.Contains(msg, "readonly"), strings.Contains(msg, "unable to open"):
		return fmt.Errorf("%s: %w (%v)", path, ErrReadOnly, err)
	}
	return fmt.Errorf("%s: %w", path, err)
}

type migration struct {
	version int
	name    string
}

func mustMigrations() []migration {
	entries, err := migrationFiles.ReadDir("migrations")
	if err != nil {
		panic(err)
	}
	var ms []migration
	for _, e := range entries {
		v, err := strconv.Atoi(strings.SplitN(e.Name(), "_", 2)[0])
		if err != nil {
			panic("migration without a number: " + e.Name())
		}
		ms = append(ms, migration{version: v, name: e.Name()})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	return ms
}

// migrate applies each newer migration in its own transaction with its version bump.
// A file that already holds data is first copied beside itself.
func (s *Store) migrate(ctx context.Context, from int) error {
	if from > 0 {
		if err := s.Backup(ctx, backupPath(s.path, from), false); err != nil {
			return fmt.Errorf("backup before upgrade: %w", err)
		}
	}
	for _, m := range mustMigrations() {
		if m.version <= from {
			continue
		}
		body, err := migrationFiles.ReadFile("migrations/" + m.name)
		if err != nil {
			return err
		}
		err = s.withTx(ctx, func(tx *sql.Tx) error {
			var now int
			if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&now); err != nil || now >= m.version {
				return err // another Rada opening the same new file applied it first
			}
			if _, err := tx.ExecContext(ctx, string(body)); err != nil {
				return fmt.Errorf("migration %s: %w", m.name, err)
			}
			if err := ensureGuards(ctx, tx); err != nil {
				return fmt.Errorf("migration %s: guards: %w", m.name, err)
			}
			_, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version))
			return err
		})
		if err != nil {
			return classifyOpen(s.path, err)
		}
	}
	return nil
}

func backupPath(path string, version int) string {
	dir, base := filepath.Split(path)
	return filepath.Join(dir, fmt.Sprintf("%s.v%d.bak", base, version))
}

// Backup writes a consistent copy of the database to path (0600), also while other Radas
// write: SQLite's VACUUM INTO fills a temporary file beside path, which replaces path only
// when complete. An existing path is replaced only with force, and only if it is a regular
// file; the live database is never written over (see files.Check).
func (s *Store) Backup(ctx context.Context, path string, force bool) error {
	o := files.Options{Force: force, Mode: files.Private, Live: s.path}
	return files.Replace(path, o, func(f *os.File) error {
		if _, err := s.db.ExecContext(ctx, "VACUUM INTO ?", f.Name()); err != nil {
			return fmt.Errorf("cannot write %s: %w", path, mapErr(err))
		}
		return nil
	})
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Path is the database file.
func (s *Store) Path() string { return s.path }

// Actor is who the journal names for changes made through this Store.
func (s *Store) Actor() string { return s.actor }

// IsReadOnly says whether the file was opened read-only.
func (s *Store) IsReadOnly() bool { return s.readOnly }

// DB exposes the handle for tests and benchmarks in other packages.
func (s *Store) DB() *sql.DB { return s.db }

func defaultActor() string {
	for _, k := range []string{"USER", "LOGNAME", "USERNAME"} {
		if v := os.Getenv(k); v != "" {
			return v
		}
	}
	return "rada"
}

// Bulk runs fn in one transaction on a file that holds no council yet and journals it as one
// change; the demo council is loaded this way.
func (s *Store) Bulk(ctx context.Context, what string, fn func(ctx context.Context, tx *sql.Tx) error) error {
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT (SELECT count(*) FROM council) + (SELECT count(*) FROM member) + (SELECT count(*) FROM meeting)").Scan(&n); err != nil {
			return Entry{}, err
		}
		if n > 0 {
			return Entry{}, ErrNotEmpty
		}
		if err := fn(ctx, tx); err != nil {
			return Entry{}, err
		}
		return entry("load", "council", 1, nil, map[string]string{"what": what}), nil
	})
}
