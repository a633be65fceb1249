package main

import (
	"context"
	"fmt"
	"io"
	"os"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/files"
)

func init() {
	commands["backup"] = command{usage: "backup FILE [--force]                       consistent online copy, 0600, never onto the live file", run: runBackup}
}

// runBackup writes a consistent copy while other Radas may be writing. The copy is made in a
// temporary file beside FILE and renamed over it only when complete; --force replaces only a
// regular file, and never the live database, however FILE is spelled.
func runBackup(ctx context.Context, g globals, args []string, w io.Writer) error {
	fs := newFlags("backup")
	force := fs.Bool("force", false, "replace FILE if it is an existing regular file")
	file, err := parseFileArgs(fs, args, "backup FILE: name one file to write")
	if err != nil {
		return err
	}
	if file == "" {
		return usageError{"backup FILE: the file name is empty"}
	}
	live, err := dbPath(g)
	if err != nil {
		return err
	}
	if err := files.Check(file, files.Options{Force: *force, Live: live}); err != nil {
		return explainWrite(err)
	}
	s, err := openExisting(ctx, g, store.ReadOnly())
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.Backup(ctx, file, *force); err != nil {
		return explainOpen(explainWrite(err))
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
