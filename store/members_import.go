package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

// ImportRow is one member read from an import file, with what was wrong while reading it.
type ImportRow struct {
	Line      int // the file's line the row starts on
	Member    Member
	ActiveSet bool // the file said whether the member is active
	Problems  []*FieldError
}

// RowProblem is one reason an import row was refused.
type RowProblem struct {
	Line  int
	Field string
	Code  string // a FieldError code, or "duplicate_row" (Value: the earlier line)
	Value string
}

// ImportResult is what ImportMembers did, or would do on a dry run.
type ImportResult struct {
	Added    []Member    // with their new ids (0 on a dry run)
	Present  []ImportRow // already on the council: same name and organisation
	Problems []RowProblem
	DryRun   bool
}

// ErrImportRefused says that some rows were bad, so nothing was imported.
var ErrImportRefused = errors.New("nothing imported")

var errDryRun = errors.New("dry run")

// ImportMembers adds the rows' members in one transaction. Members already on the council
// (same name and organisation, any case) are reported in Present and skipped; if any row is
// bad, every problem is returned in Problems and nothing is imported. A dry run checks
// everything the same way and imports nothing.
func (s *Store) ImportMembers(ctx context.Context, rows []ImportRow, dryRun bool) (ImportResult, error) {
	res := ImportResult{DryRun: dryRun}
	err := s.withTx(ctx, func(tx *sql.Tx) error {
		res = ImportResult{DryRun: dryRun}
		if err := s.importRows(ctx, tx, rows, &res); err != nil {
			return err
		}
		switch {
		case len(res.Problems) > 0:
			return ErrImportRefused
		case dryRun:
			return errDryRun
		}
		return nil
	})
	if errors.Is(err, errDryRun) {
		err = nil
	}
	if len(res.Problems) > 0 {
		res.Added = nil
		sort.SliceStable(res.Problems, func(i, j int) bool { return res.Problems[i].Line < res.Problems[j].Line })
		return res, fmt.Errorf("%w: %s", ErrImportRefused, badRows(res.Problems))
	}
	return res, err
}

func (s *Store) importRows(ctx context.Context, tx *sql.Tx, rows []ImportRow, res *ImportResult) error {
	existing, err := listMembers(ctx, tx, MemberFilter{})
	if err != nil {
		return err
	}
	present := map[string]bool{}
	for _, m := range existing {
		present[memberKey(m)] = true
	}
	seen := map[string]int{}
	for _, r := range rows {
		m, problems := s.importMember(r)
		key := memberKey(m)
		if present[key] {
			res.Present = append(res.Present, r)
			continue
		}
		if line, ok := seen[key]; ok && m.FullName != "" {
			problems = append(problems, RowProblem{r.Line, "full_name", "duplicate_row", strconv.Itoa(line)})
		} else {
			seen[key] = r.Line
		}
		if len(problems) == 0 {
			problems, err = s.addImported(ctx, tx, r.Line, &m)
			if err != nil {
				return err
			}
		}
		if len(problems) > 0 {
			res.Problems = append(res.Problems, problems...)
			continue
		}
		if res.DryRun {
			m.ID = 0
		}
		res.Added = append(res.Added, m)
	}
	return nil
}

// importMember normalises a row's member and lists what is wrong with it on its own.
func (s *Store) importMember(r ImportRow) (Member, []RowProblem) {
	m := normaliseMember(r.Member)
	if !r.ActiveSet {
		m.Active = m.TermTo == "" || m.TermTo >= s.today()
	}
	var out []RowProblem
	reported := map[string]bool{}
	for _, fe := range r.Problems {
		out = append(out, RowProblem{r.Line, fe.Field, fe.Code, ""})
		reported[fe.Field] = true
	}
	if reported["row"] { // the row could not be read: its fields mean nothing
		return m, out
	}
	if v := ValidateMember(m); v != nil {
		for _, fe := range v.Fields {
			if !reported[fe.Field] {
				out = append(out, RowProblem{r.Line, fe.Field, fe.Code, ""})
			}
		}
	}
	return m, out
}

// addImported checks the council-wide rules for m and inserts it, journaled on its own.
func (s *Store) addImported(ctx context.Context, tx *sql.Tx, line int, m *Member) ([]RowProblem, error) {
	if err := checkRoles(ctx, tx, *m); err != nil {
		var v *ValidationError
		if !errors.As(err, &v) {
			return nil, err
		}
		var out []RowProblem
		for _, fe := range v.Fields {
			out = append(out, RowProblem{line, fe.Field, fe.Code, ""})
		}
		return out, nil
	}
	id, err := s.insertMember(ctx, tx, *m)
	if err != nil {
		return nil, err
	}
	m.ID = id
	return nil, s.appendJournal(ctx, tx, entry("import", "member", id, nil, *m))
}

// memberKey identifies a member for import: name and organisation, any case and spacing.
func memberKey(m Member) string {
	norm := func(s string) string { return strings.ToLower(strings.Join(strings.Fields(s), " ")) }
	return norm(m.FullName) + "\x00" + norm(m.Organisation)
}

func badRows(ps []RowProblem) string {
	lines := map[int]bool{}
	for _, p := range ps {
		lines[p.Line] = true
	}
	if len(lines) == 1 {
		return "1 bad row"
	}
	return fmt.Sprintf("%d bad rows", len(lines))
}
