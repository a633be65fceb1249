package main

import (
	"context"
	"fmt"
	"os"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/files"
)

// runBackup writes a consistent copy while other Radas may be writing. The copy is made in a
// temporary file beside FILE and renamed over it only when complete; --force replaces only a
// regular file, and never the live database, however FILE is spelled.
func runBackup(ctx context.Context, c call) error {
	g, w, file, force := c.g, c.stdout, c.args[0], c.on("force")
	if file == "" {
		return usageError{"backup FILE: the file name is empty", "backup"}
	}
	live, err := dbPath(g)
	if err != nil {
		return err
	}
	if err := files.Check(file, files.Options{Force: force, Live: live}); err != nil {
		return explainWrite(err)
	}
	s, err := openExisting(ctx, g, store.ReadOnly())
	if err != nil {
		return err
	}
	defer s.Close()
	if err := s.Backup(ctx, file, force); err != nil {
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
