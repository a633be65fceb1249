package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
	"path/filepath"
)

// openImmutable opens a read-only file whose folder cannot be written either, so SQLite
// cannot keep the shared-memory index of its write-ahead log beside it. The file is then
// read as it is on disk; a log with changes not yet in the file would be missed, so such a
// file is refused with a clear message instead.
func (s *Store) openImmutable(ctx context.Context, cause error) (*Store, error) {
	if wal, err := os.Stat(s.path + "-wal"); err == nil && wal.Size() > 0 {
		return nil, fmt.Errorf("%s: %w: its latest changes are still in %s-wal and the folder cannot be written; open it once where the folder is writable, or copy both files", s.path, ErrReadOnly, filepath.Base(s.path))
	}
	db, err := sql.Open("sqlite", dsn(s.path, true)+"&immutable=1")
	if err != nil {
		return nil, cause
	}
	db.SetMaxOpenConns(1)
	s.db = db
	if err := s.prepare(ctx); err != nil {
		db.Close()
		return nil, err
	}
	return s, nil
}
