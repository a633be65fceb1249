package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"time"
)

// BackupsFolder is the folder of daily backups beside the database at dbPath.
func BackupsFolder(dbPath string) string {
	return filepath.Join(filepath.Dir(dbPath), "backups")
}

// DailyBackupPath is the day's backup of the database at dbPath: council.db on 4 December
// 2026 is backups/council-2026-12-04.db.
func DailyBackupPath(dbPath string, day time.Time) string {
	return filepath.Join(BackupsFolder(dbPath), backupStem(dbPath)+"-"+day.Format(DateLayout)+".db")
}

func backupStem(dbPath string) string {
	base := filepath.Base(dbPath)
	return strings.TrimSuffix(base, filepath.Ext(base))
}

// DailyBackup leaves the day's consistent copy of the council in backups/ beside the file
// (folder 0700, file 0600) unless one is there already, then keeps only the council's
// newest BackupsKeep of them. made says whether a copy was written now; a file that holds
// no council yet has nothing to keep, and one opened read-only was not changed here.
func (s *Store) DailyBackup(ctx context.Context, day time.Time) (path string, made bool, err error) {
	if s.readOnly {
		return "", false, nil
	}
	c, err := s.GetCouncil(ctx)
	if errors.Is(err, ErrNotFound) {
		return "", false, nil
	}
	if err != nil {
		return "", false, err
	}
	path = DailyBackupPath(s.path, day)
	if _, err := os.Lstat(path); err == nil {
		return path, false, nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return path, false, fmt.Errorf("cannot create the backups folder: %w", err)
	}
	if err := s.Backup(ctx, path, false); err != nil {
		return path, false, err
	}
	return path, true, PruneBackups(s.path, c.keep())
}

// Backups are the daily backups of the database at dbPath, oldest first.
func Backups(dbPath string) ([]string, error) {
	entries, err := os.ReadDir(BackupsFolder(dbPath))
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	stem := backupStem(dbPath) + "-"
	var out []string
	for _, e := range entries {
		name := e.Name()
		date, ok := strings.CutPrefix(name, stem)
		date, isDB := strings.CutSuffix(date, ".db")
		if !ok || !isDB || !e.Type().IsRegular() {
			continue
		}
		if _, err := time.Parse(DateLayout, date); err == nil {
			out = append(out, filepath.Join(BackupsFolder(dbPath), name))
		}
	}
	sort.Strings(out)
	return out, nil
}

// NewestBackup is the latest daily backup of the database at dbPath ("" when there is none).
func NewestBackup(dbPath string) (string, error) {
	all, err := Backups(dbPath)
	if err != nil || len(all) == 0 {
		return "", err
	}
	return all[len(all)-1], nil
}

// PruneBackups removes all but the newest keep daily backups of the database at dbPath.
func PruneBackups(dbPath string, keep int) error {
	all, err := Backups(dbPath)
	if err != nil {
		return err
	}
	for len(all) > max(keep, 1) {
		if err := os.Remove(all[0]); err != nil {
			return fmt.Errorf("cannot remove an old backup: %w", err)
		}
		all = all[1:]
	}
	return nil
}

// CheckBackup reads the backup at path, creating no file beside it, and checks that it is a
// Rada file (of this schema or an older one: yesterday's backup stays good after an
// upgrade) holding a council, whose integrity check passes.
func CheckBackup(ctx context.Context, path string) error {
	if _, err := checkFile(path, true); err != nil {
		return err
	}
	db, err := sql.Open("sqlite", dsn(path, true)+"&immutable=1")
	if err != nil {
		return fmt.Errorf("open %s: %w", path, err)
	}
	defer db.Close()
	b := &Store{db: db, path: path, readOnly: true}
	if _, err := b.identify(ctx); err != nil {
		return err
	}
	problems, err := b.IntegrityCheck(ctx)
	if err != nil {
		return classifyOpen(path, err)
	}
	if len(problems) > 0 {
		return fmt.Errorf("%s: %w (%s)", path, ErrDamaged, problems[0])
	}
	if has, err := b.HasCouncil(ctx); err != nil || !has {
		return fmt.Errorf("%s: holds no council", path)
	}
	return nil
}
