package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/export"
)

// importStderr receives the list of bad rows (tests replace it).
var importStderr io.Writer = os.Stderr

// runImportMembers adds the members of a CSV (or JSON) file: all of them, or none when a row
// is bad; members already on the council are reported and skipped.
func runImportMembers(ctx context.Context, c call) error {
	g, stdout, file, dryRun := c.g, c.stdout, c.args[0], c.on("dry-run")
	rows, err := readMembersFile(file)
	if err != nil {
		return err
	}
	s, err := openStore(ctx, g)
	if err != nil {
		return err
	}
	defer s.Close()
	warnRemote(s.Path(), importStderr)
	if err := ensureCouncil(ctx, s, dryRun); err != nil {
		return err
	}
	res, err := s.ImportMembers(ctx, rows, dryRun)
	for _, p := range res.Problems {
		fmt.Fprintf(importStderr, "%s:%d: %s\n", file, p.Line, rowProblemText(p))
	}
	if err != nil {
		if errors.Is(err, store.ErrImportRefused) {
			return fmt.Errorf("%s: %w", file, err)
		}
		return err
	}
	return reportImport(stdout, file, res)
}

func readMembersFile(file string) ([]store.ImportRow, error) {
	f, err := os.Open(file)
	if err != nil {
		return nil, fmt.Errorf("cannot read %s: %w", file, errors.Unwrap(err))
	}
	defer f.Close()
	rows, err := export.ReadMembers(f)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", file, err)
	}
	return rows, nil
}

// ensureCouncil founds a council with the default rules in a new, empty file.
func ensureCouncil(ctx context.Context, s *store.Store, dryRun bool) error {
	has, err := s.HasCouncil(ctx)
	if err != nil || has || dryRun {
		return err
	}
	return s.FoundCouncil(ctx, store.DefaultCouncil())
}

func reportImport(w io.Writer, file string, res store.ImportResult) error {
	for _, r := range res.Present {
		fmt.Fprintf(w, "%s:%d: already on the council, skipped: %s (%s)\n", file, r.Line,
			store.OneLine(r.Member.FullName), store.OneLine(r.Member.Organisation))
	}
	verb := "imported"
	if res.DryRun {
		verb = "dry run: would import"
	}
	_, err := fmt.Fprintf(w, "%s %s from %s; %d already on the council\n", verb, countMembers(len(res.Added)), file, len(res.Present))
	if err == nil && res.DryRun {
		_, err = fmt.Fprintln(w, "nothing was written")
	}
	return err
}

func countMembers(n int) string {
	if n == 1 {
		return "1 member"
	}
	return fmt.Sprintf("%d members", n)
}
