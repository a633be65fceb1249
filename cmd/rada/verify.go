package main

import (
	"context"
	"errors"
	"fmt"
	"io"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// runVerify runs SQLite's integrity check, the journal's hash chain and the newest backup's check; it never writes.
func runVerify(ctx context.Context, c call) error {
	g, w := c.g, c.stdout
	s, err := openExisting(ctx, g, store.ReadOnly())
	if err != nil {
		return err
	}
	defer s.Close()
	problems, err := s.IntegrityCheck(ctx)
	if err != nil {
		return explainOpen(fmt.Errorf("%s: %w", s.Path(), err))
	}
	if len(problems) > 0 {
		return fmt.Errorf("integrity check failed: %s", problems[0])
	}
	r, err := s.VerifyJournal(ctx)
	if err != nil {
		return explainOpen(fmt.Errorf("%s: %w", s.Path(), err))
	}
	var found findings
	if r.BadID != 0 {
		found = append(found, fmt.Sprintf("journal entry %d %s (%d entries checked)", r.BadID, r.Problem, r.Entries))
	}
	var outside findings
	if err := checkOutside(ctx, s); err != nil && !errors.As(err, &outside) {
		return err
	}
	if found = append(found, outside...); len(found) > 0 {
		return found
	}
	if _, err := fmt.Fprintf(w, "ok: %s — integrity check passed, journal chain of %d entries intact, nothing changed outside Rada\n", s.Path(), r.Entries); err != nil {
		return err
	}
	return verifyNewestBackup(ctx, s.Path(), w)
}

// verifyNewestBackup checks that the newest daily backup opens read-only as a sound Rada
// file, and names it; a council without backups yet is told so, not failed.
func verifyNewestBackup(ctx context.Context, dbPath string, w io.Writer) error {
	newest, err := store.NewestBackup(dbPath)
	if err != nil {
		return fmt.Errorf("cannot read the backups folder %s: %w", store.BackupsFolder(dbPath), err)
	}
	if newest == "" {
		_, err = fmt.Fprintf(w, "no daily backup yet in %s (one is made when the interface closes)\n", store.BackupsFolder(dbPath))
		return err
	}
	if err := store.CheckBackup(ctx, newest); err != nil {
		return fmt.Errorf("the newest backup does not open as a sound Rada file: %w", err)
	}
	_, err = fmt.Fprintf(w, "ok: newest backup %s opens, integrity check passed\n", newest)
	return err
}
