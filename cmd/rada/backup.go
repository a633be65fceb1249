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
	file, rest := splitFirstArg(args)
	if err := parseFlags(fs, rest); err != nil {
		return err
	}
	if file == "" && fs.NArg() == 1 {
		file = fs.Arg(0)
	} else if file == "" || fs.NArg() > 0 {
		return usageError{"backup FILE: name one file to write"}
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

// splitFirstArg lets a positional argument come before the flags.
func splitFirstArg(args []string) (string, []string) {
	if len(args) > 0 && len(args[0]) > 0 && args[0][0] != '-' {
		return args[0], args[1:]
	}
	return "", args
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
