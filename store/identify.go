package store

import (
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
	"os"
)

// radaAppID marks a Rada file in SQLite's header ("Rada" in PRAGMA application_id), so that
// its first 100 bytes tell it from another program's file without SQLite opening it.
const radaAppID = 0x52616461

func headerAppID(head []byte) uint32 {
	if len(head) < 100 {
		return 0
	}
	return binary.BigEndian.Uint32(head[68:72])
}

// stampAppID writes Rada's application id into a file that lacks it (a new file, or one made
// before the id was set).
func (s *Store) stampAppID(ctx context.Context) error {
	if s.readOnly || s.stamped {
		return nil
	}
	if _, err := s.db.ExecContext(ctx, fmt.Sprintf("PRAGMA application_id = %d", radaAppID)); err != nil {
		return classifyOpen(s.path, err)
	}
	s.stamped = true
	return nil
}

// checkFile refuses, before SQLite touches it, a file that is not an SQLite database, a
// folder, an unreadable file, and an empty file that is only to be read.
// It returns the file's first 100 bytes (nil for a missing or empty file).
func checkFile(path string, readOnly bool) ([]byte, error) {
	if info, err := os.Stat(path); err == nil && info.IsDir() {
		return nil, fmt.Errorf("%s: %w", path, ErrFolder)
	}
	f, err := os.Open(path)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if errors.Is(err, os.ErrPermission) {
		return nil, fmt.Errorf("%s: %w", path, ErrNoAccess)
	}
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	defer f.Close()
	head := make([]byte, 100)
	n, _ := io.ReadFull(f, head)
	if n == 0 && readOnly {
		return nil, fmt.Errorf("%s: %w", path, ErrEmptyFile)
	}
	if n == 0 {
		return nil, nil
	}
	if n < 16 || string(head[:16]) != "SQLite format 3\x00" {
		return nil, fmt.Errorf("%s: %w", path, ErrNotRada)
	}
	info, err := f.Stat()
	if err != nil {
		return nil, fmt.Errorf("open %s: %w", path, err)
	}
	return head, checkLength(path, head[:n], info.Size())
}

// identify refuses a file that is not Rada's or is from a newer Rada, and returns the
// schema version of one that is.
func (s *Store) identify(ctx context.Context) (int, error) {
	version, err := s.userVersion(ctx)
	if err != nil {
		return 0, classifyOpen(s.path, err)
	}
	if version == 0 {
		empty, err := s.isEmpty(ctx)
		if err != nil {
			return 0, classifyOpen(s.path, err)
		}
		if !empty {
			return 0, fmt.Errorf("%s: %w", s.path, ErrNotRada)
		}
	} else if err := s.checkApp(ctx); err != nil {
		return 0, err
	}
	if latest := len(mustMigrations()); version > latest {
		return 0, fmt.Errorf("%s: schema version %d, this Rada knows %d: %w", s.path, version, latest, ErrTooNew)
	}
	return version, nil
}

// refuseUntouched refuses a file that is not Rada's, or is a newer Rada's, before SQLite opens
// it for real, so that a refused file gets no -wal or -shm beside it. A file stamped with
// Rada's application id is judged from its header; any other SQLite file through a lock-free
// read-only view (about a millisecond; a writable open then stamps a Rada file, so this is
// paid once). A file whose latest changes are still in its -wal is left to the real open,
// which sees them; so is a verdict reached while somebody wrote the file.
func refuseUntouched(ctx context.Context, path string, head []byte, readOnly bool) error {
	before, quiet := quietFile(path)
	if !quiet || len(head) < 100 {
		return nil
	}
	if id := headerAppID(head); id != 0 {
		return headerVerdict(path, head, id, readOnly)
	}
	err := viewVerdict(ctx, path, readOnly)
	if after, quiet := quietFile(path); !quiet || !after.ModTime().Equal(before.ModTime()) || after.Size() != before.Size() {
		return nil
	}
	return err
}

// headerVerdict judges a file whose header carries an application id.
func headerVerdict(path string, head []byte, id uint32, readOnly bool) error {
	version, latest := int(binary.BigEndian.Uint32(head[60:64])), len(mustMigrations())
	switch {
	case id != radaAppID:
		return fmt.Errorf("%s: %w", path, ErrNotRada)
	case version > latest:
		return fmt.Errorf("%s: schema version %d, this Rada knows %d: %w", path, version, latest, ErrTooNew)
	case readOnly && version < latest:
		return fmt.Errorf("%s: needs an upgrade but is open read-only: %w", path, ErrReadOnly)
	}
	return nil
}

// viewVerdict identifies the file through a lock-free read-only view that creates no files.
func viewVerdict(ctx context.Context, path string, readOnly bool) error {
	db, err := sql.Open("sqlite", dsn(path, true)+"&immutable=1")
	if err != nil {
		return nil
	}
	defer db.Close()
	view := &Store{db: db, path: path, readOnly: true}
	version, err := view.identify(ctx)
	if err == nil && readOnly && version > 0 && version < len(mustMigrations()) {
		err = fmt.Errorf("%s: needs an upgrade but is open read-only: %w", path, ErrReadOnly)
	}
	return err
}

// quietFile says whether path is a non-empty file with no changes waiting in its -wal.
func quietFile(path string) (os.FileInfo, bool) {
	info, err := os.Stat(path)
	if err != nil || info.Size() == 0 {
		return nil, false
	}
	if wal, err := os.Stat(path + "-wal"); err == nil && wal.Size() > 0 {
		return nil, false
	}
	return info, true
}
