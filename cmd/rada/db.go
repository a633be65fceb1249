package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"strings"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// defaultDB is the council's file in this platform's data folder (see platformDB).
func defaultDB() (string, error) {
	home, _ := os.UserHomeDir()
	parts, err := platformDB(runtime.GOOS, os.Getenv, home)
	if err != nil {
		return "", err
	}
	return filepath.Join(parts...), nil
}

// dbPath resolves --db, $RADA_DB or the default.
func dbPath(g globals) (string, error) {
	if g.db != "" {
		return g.db, nil
	}
	return defaultDB()
}

// openStore opens the council database, creating its folder (0700) and file (0600).
func openStore(ctx context.Context, g globals, opts ...store.Option) (*store.Store, error) {
	path, err := dbPath(g)
	if err != nil {
		return nil, err
	}
	if err := prepareFile(path); err != nil {
		return nil, err
	}
	if g.actor != "" {
		opts = append(opts, store.WithActor(g.actor))
	}
	s, err := openWritableOrNot(ctx, path, opts)
	if err != nil {
		return nil, explainOpen(err)
	}
	return s, nil
}

// prepareFile makes the folder and an empty private file for a new database.
func prepareFile(path string) error {
	if _, err := os.Stat(path); err == nil || !errors.Is(err, os.ErrNotExist) {
		return nil
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return fmt.Errorf("cannot create the folder for %s: %w", path, err)
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_EXCL|os.O_WRONLY, 0o600)
	if err != nil {
		return fmt.Errorf("cannot create %s: %w", path, err)
	}
	return f.Close()
}

func explainOpen(err error) error {
	switch {
	case errors.Is(err, store.ErrNotRada):
		return fmt.Errorf("%w — the file was left untouched", err)
	case errors.Is(err, store.ErrTooNew):
		return fmt.Errorf("%w — update Rada to open it; the file was left untouched", err)
	case errors.Is(err, store.ErrDamaged):
		return fmt.Errorf("%w — restore it from a backup; the file was not written to", err)
	case errors.Is(err, store.ErrFolder):
		return fmt.Errorf("%w — give the path of a file, such as %s", err, filepath.Join(pathOf(err), "council.db"))
	case errors.Is(err, store.ErrEmptyFile):
		return fmt.Errorf("%w — open it with rada to found a council, or create the demo council with rada demo --db FILE", err)
	case errors.Is(err, store.ErrNoAccess):
		return fmt.Errorf("%w — ask the owner of the file for access, or open a copy", err)
	}
	return err
}

// closeBehind closes s on another goroutine while the caller goes on without the file (a
// document is rendered from what was read); the function it returns waits for the close.
func closeBehind(s *store.Store) (wait func()) {
	done := make(chan struct{})
	go func() {
		s.Close()
		close(done)
	}()
	return func() { <-done }
}

// pathOf is the path an open error starts with ("PATH: reason").
func pathOf(err error) string {
	path, _, _ := strings.Cut(err.Error(), ": ")
	return path
}
