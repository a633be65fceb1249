package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/files"
)

// detectRemote names the network file system a path is on (tests replace it).
var detectRemote = files.Remote

// warnRemote says on w, before a command writes, that the database is on a network file
// system, where SQLite cannot keep it safe.
func warnRemote(path string, w io.Writer) {
	kind := detectRemote(path)
	if kind == "" {
		return
	}
	where := "a network file system (" + kind + ")"
	if kind == files.UserSpace {
		where = "a network or user-space file system (FUSE)"
	}
	fmt.Fprintf(w, "rada: warning: %s is on %s: SQLite's write-ahead log needs shared memory that is not there; two computers writing can corrupt it. Keep the council on a local disk (the interface offers to move it)\n", path, where)
}

// moveToLocal copies the open database, consistently, into the platform's local data
// folder under its own name and opens the copy; the old file is not touched. It refuses
// when the folder is on a network file system too, or a file of that name is there already.
func moveToLocal(ctx context.Context, g globals, s *store.Store) (*store.Store, string, error) {
	def, err := defaultDB()
	if err != nil {
		return nil, "", err
	}
	dir := filepath.Dir(def)
	if kind := detectRemote(dir); kind != "" {
		return nil, "", fmt.Errorf("the local data folder %s is on a network file system (%s) too; copy the file to a local disk with rada backup FILE", dir, kind)
	}
	target := filepath.Join(dir, filepath.Base(s.Path()))
	if _, err := os.Lstat(target); !errors.Is(err, fs.ErrNotExist) {
		return nil, "", fmt.Errorf("%s already exists; open it with rada --db, or copy this file elsewhere with rada backup FILE", target)
	}
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, "", fmt.Errorf("cannot create %s: %w", dir, err)
	}
	if err := s.Backup(ctx, target, false); err != nil {
		return nil, "", err
	}
	moved, err := openStore(ctx, globals{db: target, lang: g.lang, actor: g.actor})
	if err != nil {
		return nil, "", err
	}
	return moved, target, nil
}
