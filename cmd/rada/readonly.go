package main

import (
	"context"
	"errors"
	"os"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// openWritableOrNot opens path for writing when the file and its folder allow it, and
// read-only otherwise (a file on a read-only disk, a protected file or folder): the
// interface then shows a banner and every edit explains why it does nothing.
func openWritableOrNot(ctx context.Context, path string, opts []store.Option) (*store.Store, error) {
	if !fileWritable(path) {
		return store.Open(ctx, path, append(opts, store.ReadOnly())...)
	}
	s, err := store.Open(ctx, path, opts...)
	if errors.Is(err, store.ErrReadOnly) {
		return store.Open(ctx, path, append(opts, store.ReadOnly())...)
	}
	return s, err
}

// fileWritable says whether the file can be opened for writing; opening it writes nothing.
func fileWritable(path string) bool {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return errors.Is(err, os.ErrNotExist)
	}
	f.Close()
	return true
}
