package main

import (
	"context"
	"errors"
	"fmt"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// runVerify runs SQLite's integrity check and the journal's hash chain; it never writes.
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
	_, err = fmt.Fprintf(w, "ok: %s — integrity check passed, journal chain of %d entries intact, nothing changed outside Rada\n", s.Path(), r.Entries)
	return err
}
