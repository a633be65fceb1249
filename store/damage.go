package store

import (
	"context"
	"encoding/binary"
	"errors"
	"fmt"
	"os"
	"sync"
)

// intactCheck remembers SQLite's quick check of one open file: it runs once, before the
// first write, so a damaged file is never written to while reading stays fast.
type intactCheck struct {
	mu   sync.Mutex
	done bool
	err  error
}

// CheckIntact runs SQLite's quick check (once per Store) and returns ErrDamaged naming the
// first problem. Writes call it first; the interface calls it on opening so a person learns
// at once, not at the first save.
func (s *Store) CheckIntact(ctx context.Context) error {
	c := &s.intact
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done {
		return c.err
	}
	problem, err := s.quickCheck(ctx)
	if err != nil {
		return err
	}
	if problem != "" {
		c.err = fmt.Errorf("%s: %w (%s)", s.path, ErrDamaged, problem)
	}
	c.done = true
	return c.err
}

// quickCheck returns SQLite's first complaint, "" when the file is sound.
func (s *Store) quickCheck(ctx context.Context) (string, error) {
	var first string
	err := s.db.QueryRowContext(ctx, "PRAGMA quick_check(1)").Scan(&first)
	if err != nil {
		if errors.Is(mapErr(err), ErrDamaged) {
			return OneLine(err.Error()), nil
		}
		return "", mapErr(err)
	}
	if first == "ok" {
		return "", nil
	}
	return shorten(OneLine(first), 120), nil
}

// checkLength refuses a file shorter than its own header says: it was cut off. A write-ahead
// log with content may still hold the missing pages, so then the check is left to SQLite.
func checkLength(path string, head []byte, size int64) error {
	if len(head) < 100 {
		return fmt.Errorf("%s: %w (shorter than a database header)", path, ErrDamaged)
	}
	if wal, err := os.Stat(path + "-wal"); err == nil && wal.Size() > 0 {
		return nil
	}
	pageSize := int64(binary.BigEndian.Uint16(head[16:18]))
	if pageSize == 1 {
		pageSize = 65536
	}
	pages := int64(binary.BigEndian.Uint32(head[28:32]))
	counter, validFor := binary.BigEndian.Uint32(head[24:28]), binary.BigEndian.Uint32(head[92:96])
	if counter != validFor || pages == 0 {
		return nil // the header's size is not maintained; SQLite works it out from the file
	}
	if size < pages*pageSize {
		return fmt.Errorf("%s: %w (the file is cut off: %d of %d bytes)", path, ErrDamaged, size, pages*pageSize)
	}
	return nil
}

func shorten(s string, n int) string {
	if r := []rune(s); len(r) > n {
		return string(r[:n-1]) + "…"
	}
	return s
}
