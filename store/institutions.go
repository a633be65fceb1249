package store

import (
	"context"
	"database/sql"
	"slices"
)

// Institution is an organisation named in an Action Plan: one that leads the plan, or one
// involved in a commitment, with its kind.
type Institution struct {
	Name string
	Kind InstitutionKind
}

// InstitutionKind says which side an institution is on.
type InstitutionKind string

// Kinds of institutions; a plan's lead institutions are government or civil society.
const (
	InstitutionGovernment    InstitutionKind = "government"
	InstitutionCivil         InstitutionKind = "civil"
	InstitutionBusiness      InstitutionKind = "business"
	InstitutionInternational InstitutionKind = "international"
)

// InstitutionKinds are the kinds of a commitment's institutions, in the order forms offer
// them; LeadKinds the kinds of a plan's lead institutions.
var (
	InstitutionKinds = []InstitutionKind{InstitutionGovernment, InstitutionCivil, InstitutionBusiness, InstitutionInternational}
	LeadKinds        = []InstitutionKind{InstitutionGovernment, InstitutionCivil}
)

// MsgID names the kind in the catalogs.
func (v InstitutionKind) MsgID() string { return msgID("institution", string(v)) }

// institutionList is where one owner's institutions are kept.
type institutionList struct {
	table, owner, entity string // plan_institution, plan_id, action_plan
	kinds                []InstitutionKind
}

var (
	planLeads              = institutionList{"plan_institution", "plan_id", "action_plan", LeadKinds}
	commitmentInstitutions = institutionList{"commitment_institution", "commitment_id", "commitment", InstitutionKinds}
)

// SetPlanLeads replaces the institutions that lead a plan.
func (s *Store) SetPlanLeads(ctx context.Context, planID int64, list []Institution) error {
	return s.setInstitutions(ctx, planLeads, planID, list)
}

// SetCommitmentInstitutions replaces the institutions involved in a commitment.
func (s *Store) SetCommitmentInstitutions(ctx context.Context, commitmentID int64, list []Institution) error {
	return s.setInstitutions(ctx, commitmentInstitutions, commitmentID, list)
}

// PlanLeads lists the institutions that lead a plan, in their order.
func (s *Store) PlanLeads(ctx context.Context, planID int64) ([]Institution, error) {
	return readInstitutions(ctx, s.db, planLeads, planID)
}

// CommitmentInstitutions lists the institutions involved in a commitment, in their order.
func (s *Store) CommitmentInstitutions(ctx context.Context, commitmentID int64) ([]Institution, error) {
	return readInstitutions(ctx, s.db, commitmentInstitutions, commitmentID)
}

func (s *Store) setInstitutions(ctx context.Context, l institutionList, id int64, list []Institution) error {
	list, v := checkInstitutions(l, list)
	if v != nil {
		return v
	}
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		var n int
		if err := tx.QueryRowContext(ctx, "SELECT count(*) FROM "+l.entity+" WHERE id = ?", id).Scan(&n); err != nil {
			return Entry{}, err
		}
		if n == 0 {
			return Entry{}, ErrNotFound
		}
		before, err := readInstitutions(ctx, tx, l, id)
		if err != nil {
			return Entry{}, err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM "+l.table+" WHERE "+l.owner+" = ?", id); err != nil {
			return Entry{}, err
		}
		for i, in := range list {
			if _, err := tx.ExecContext(ctx, "INSERT INTO "+l.table+" ("+l.owner+", position_no, name, kind) VALUES (?, ?, ?, ?)",
				id, i+1, in.Name, string(in.Kind)); err != nil {
				return Entry{}, err
			}
		}
		return entry("update", l.table, id, before, list), nil
	})
}

// checkInstitutions trims the names, drops blank rows and refuses a kind the list does not take.
func checkInstitutions(l institutionList, list []Institution) ([]Institution, *ValidationError) {
	var out []Institution
	for _, in := range list {
		in.Name = Clean(trimmed(in.Name))
		if in.Name == "" {
			continue
		}
		if !slices.Contains(l.kinds, in.Kind) {
			return nil, &ValidationError{Fields: []*FieldError{{"institutions", "choice"}}}
		}
		out = append(out, in)
	}
	return out, nil
}

func readInstitutions(ctx context.Context, q querier, l institutionList, id int64) ([]Institution, error) {
	rows, err := q.QueryContext(ctx, "SELECT name, kind FROM "+l.table+" WHERE "+l.owner+" = ? ORDER BY position_no", id)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []Institution
	for rows.Next() {
		var in Institution
		if err := rows.Scan(&in.Name, &in.Kind); err != nil {
			return nil, err
		}
		out = append(out, in)
	}
	return out, rows.Err()
}
