package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/khmelnytskyi-ogp/rada/store"
)

func init() {
	commands["backup"] = command{usage: "backup FILE [--force]                       consistent online copy", run: runBackup}
}

// runBackup writes a consistent copy while other Radas may be writing.
func runBackup(ctx context.Context, g globals, args []string, w io.Writer) error {
	fs := newFlags("backup")
	force := fs.Bool("force", false, "overwrite FILE if it exists")
	file, err := parseFileArgs(fs, args, "backup FILE: name one file to write")
	if err != nil {
		return err
	}
	s, err := openExisting(ctx, g, store.ReadOnly())
	if err != nil {
		return err
	}
	defer s.Close()
	if *force {
		if err := os.Remove(file); err != nil && !errors.Is(err, os.ErrNotExist) {
			return err
		}
	}
	if err := s.Backup(ctx, file); err != nil {
		if errors.Is(err, store.ErrExists) {
			return fmt.Errorf("%s already exists; use --force to overwrite it", file)
		}
		return explainOpen(fmt.Errorf("backup to %s: %w", file, err))
	}
	_, err = fmt.Fprintf(w, "backup written to %s\n", file)
	return err
}

// openExisting opens a database that must already exist.
func openExisting(ctx context.Context, g globals, opts ...store.Option) (*store.Store, error) {
	path, err := dbPath(g)
	if err != nil {
		return nil, err
	}
	if _, err := os.Stat(path); err != nil {
		return nil, fmt.Errorf("no database at %s", path)
	}
	return openStore(ctx, g, opts...)
}
