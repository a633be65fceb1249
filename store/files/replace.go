package files

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
)

// Replace checks path under o, lets fill write a new temporary file in path's folder (as an
// open file, or by its name), syncs it to disk, and only then renames it over path: whatever
// fails, path keeps what it held and no temporary file stays.
func Replace(path string, o Options, fill func(f *os.File) error) error {
	if err := Check(path, o); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	done := false
	defer func() {
		if !done {
			f.Close()
			os.Remove(f.Name())
		}
	}()
	if err := fill(f); err != nil {
		return err
	}
	if err := finish(f, o.Mode); err != nil {
		return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
	}
	// Checked again: the live database, or a file nobody agreed to replace, may have
	// appeared at path while the file was written.
	if err := Check(path, o); err != nil {
		return err
	}
	if err := rename(f.Name(), path); err != nil {
		return err
	}
	done = true
	syncFolder(filepath.Dir(path))
	return nil
}

// finish gives the file its mode, syncs it and closes it: a write the disk refused is seen
// here at the latest.
func finish(f *os.File, mode os.FileMode) error {
	if mode == 0 {
		mode = Private
	}
	if err := f.Chmod(mode); err != nil {
		return err
	}
	if err := f.Sync(); err != nil {
		return err
	}
	return f.Close()
}

// rename moves the finished file over path. os.Rename replaces an existing file on every
// platform (on Windows through MoveFileEx with MOVEFILE_REPLACE_EXISTING), except where
// another program holds that file open, which Windows refuses: the message says so.
func rename(tmp, path string) error {
	err := os.Rename(tmp, path)
	if err == nil {
		return nil
	}
	if _, serr := os.Lstat(path); serr == nil {
		return fmt.Errorf("cannot replace %s: %v — if another program has it open, close it and try again", path, unwrapPath(err))
	}
	if errors.Is(err, fs.ErrPermission) {
		return fmt.Errorf("cannot write %s: permission denied", path)
	}
	return fmt.Errorf("cannot write %s: %w", path, unwrapPath(err))
}

// syncFolder makes the rename itself durable where the platform allows it; Windows cannot
// sync a folder, and there the rename is already recorded by the file system's journal.
func syncFolder(dir string) {
	d, err := os.Open(dir)
	if err != nil {
		return
	}
	d.Sync()
	d.Close()
}
