package store

import (
	"context"
	"database/sql"
	"errors"
	"regexp"
	"strings"
)

const commitmentColumns = `c.id, c.plan_id, c.position_no, c.ogp_id, c.title, c.problem, c.status_quo, c.objective,
	c.how_solves, c.lead_implementer, c.other_actors, c.start_month, c.end_month, c.contact, c.budget, c.links,
	c.impl_status, c.completion, c.opened_gov, c.withdrawn, c.end_assessed_on,
	(SELECT coalesce(group_concat(v.value, ','), '') FROM commitment_value v WHERE v.commitment_id = c.id)`

func scanCommitment(sc interface{ Scan(...any) error }) (Commitment, error) {
	var c Commitment
	var withdrawn int
	var values string
	err := sc.Scan(&c.ID, &c.PlanID, &c.Position, &c.OGPID, &c.Title, &c.Problem, &c.StatusQuo, &c.Objective,
		&c.HowSolves, &c.LeadImplementer, &c.OtherActors, &c.StartMonth, &c.EndMonth, &c.Contact, &c.Budget, &c.Links,
		&c.ImplStatus, &c.Completion, &c.OpenedGov, &withdrawn, &c.EndAssessedOn, &values)
	c.Withdrawn = withdrawn == 1
	c.Values = parseValues(values)
	return c, err
}

// parseValues turns "participation,access_info" into values in the vocabulary's order.
func parseValues(s string) []OGPValue {
	var out []OGPValue
	for _, v := range OGPValues {
		if strings.Contains(","+s+",", ","+string(v)+",") {
			out = append(out, v)
		}
	}
	return out
}

// HasValue says whether the commitment advances the OGP value v.
func (c Commitment) HasValue(v OGPValue) bool {
	for _, x := range c.Values {
		if x == v {
			return true
		}
	}
	return false
}

// CommitmentRow is a commitments-table row: the commitment with its milestones' progress.
type CommitmentRow struct {
	Commitment
	Progress Progress
}

// CommitmentSort names a column ListCommitments may sort by.
type CommitmentSort string

const (
	SortPosition    CommitmentSort = ""
	SortOGPID       CommitmentSort = "ogp_id"
	SortTitle       CommitmentSort = "title"
	SortImplementer CommitmentSort = "implementer"
	SortImplStatus  CommitmentSort = "impl_status"
	SortCompletion  CommitmentSort = "completion"
	SortProgress    CommitmentSort = "progress"
	SortNext        CommitmentSort = "next"
	SortEnd         CommitmentSort = "end"
)

// sortOrder maps each sort to its ORDER BY terms; statuses sort in their scale's order.
var sortOrder = map[CommitmentSort][]string{
	SortPosition:    {"c.position_no", "c.ogp_id"},
	SortOGPID:       {"c.ogp_id"},
	SortTitle:       {"c.title COLLATE NOCASE", "c.ogp_id"},
	SortImplementer: {"c.lead_implementer COLLATE NOCASE", "c.ogp_id"},
	SortImplStatus:  {"instr('not_started,in_progress,partly_done,done,not_done', c.impl_status)", "c.ogp_id"},
	SortCompletion:  {"instr('no_evidence,not_started,limited,substantial,complete', c.completion)", "c.ogp_id"},
	SortProgress:    {"CASE WHEN p.total = 0 THEN -1 ELSE 1.0 * p.done / p.total END", "p.total", "c.ogp_id"},
	SortNext:        {"coalesce(p.next, '9999')", "c.ogp_id"},
	SortEnd:         {"c.end_month = ''", "c.end_month", "c.ogp_id"},
}

// CommitmentFilter narrows and orders ListCommitments.
type CommitmentFilter struct {
	Status      ImplStatus // "": every status
	Value       OGPValue   // "": every value
	Implementer string     // "": every lead implementer; otherwise the exact name
	Sort        CommitmentSort
	Desc        bool
}

// ListCommitments returns a plan's commitments with their progress, in one query.
func (s *Store) ListCommitments(ctx context.Context, planID int64, f CommitmentFilter) ([]CommitmentRow, error) {
	terms, ok := sortOrder[f.Sort]
	if !ok {
		return nil, ErrInvalid
	}
	order := orderBy(terms, f.Desc)
	rows, err := s.db.QueryContext(ctx, "SELECT "+commitmentColumns+`, p.done, p.total, p.late, coalesce(p.next, '')
		FROM commitment c JOIN (`+progressQuery+`) p ON p.commitment_id = c.id
		WHERE c.plan_id = ?2 AND (?3 = '' OR c.impl_status = ?3) AND (?4 = '' OR c.lead_implementer = ?4)
		AND (?5 = '' OR EXISTS (SELECT 1 FROM commitment_value v WHERE v.commitment_id = c.id AND v.value = ?5))
		ORDER BY `+order, s.today(), planID, string(f.Status), f.Implementer, string(f.Value))
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []CommitmentRow
	for rows.Next() {
		var r CommitmentRow
		p := &r.Progress
		c, err := scanCommitment(scanPrefix{rows, []any{&p.Done, &p.Total, &p.Late, &p.Next}})
		if err != nil {
			return nil, err
		}
		r.Commitment = c
		out = append(out, r)
	}
	return out, rows.Err()
}

// orderBy joins ORDER BY terms, each turned around when desc.
func orderBy(terms []string, desc bool) string {
	if !desc {
		return strings.Join(terms, ", ")
	}
	out := make([]string, len(terms))
	for i, t := range terms {
		out[i] = t + " DESC"
	}
	return strings.Join(out, ", ")
}

// Implementers returns the distinct lead implementers of a plan's commitments, by name.
func (s *Store) Implementers(ctx context.Context, planID int64) ([]string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT DISTINCT lead_implementer FROM commitment
		WHERE plan_id = ? AND lead_implementer <> '' ORDER BY lead_implementer COLLATE NOCASE`, planID)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return nil, err
		}
		out = append(out, name)
	}
	return out, rows.Err()
}

// GetCommitment returns one commitment with its OGP values.
func (s *Store) GetCommitment(ctx context.Context, id int64) (Commitment, error) {
	return findCommitment(ctx, s.db, id)
}

func findCommitment(ctx context.Context, q querier, id int64) (Commitment, error) {
	c, err := scanCommitment(q.QueryRowContext(ctx, "SELECT "+commitmentColumns+" FROM commitment c WHERE c.id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return c, ErrNotFound
	}
	return c, mapErr(err)
}

var ogpIDPattern = regexp.MustCompile(`^[A-Z]{2,10}[0-9]{2,6}$`)

// ValidateCommitment checks a commitment as typed; the OGP ID's uniqueness is checked
// in the transaction that saves it.
func ValidateCommitment(c Commitment) *ValidationError {
	var v ValidationError
	add := func(field, code string) { v.Fields = append(v.Fields, &FieldError{field, code}) }
	switch {
	case c.OGPID == "":
		add("ogp_id", "required")
	case !ogpIDPattern.MatchString(c.OGPID):
		add("ogp_id", "ogp_id")
	}
	if trimmed(c.Title) == "" {
		add("title", "required")
	}
	checkMonthRange(&v, "start_month", "end_month", c.StartMonth, c.EndMonth, false)
	if !allValid(c.Values) {
		add("values", "choice")
	}
	if !c.ImplStatus.Valid() {
		add("impl_status", "choice")
	}
	if !c.Completion.Valid() {
		add("completion", "choice")
	}
	if !c.OpenedGov.Valid() {
		add("opened_gov", "choice")
	}
	if len(v.Fields) == 0 {
		return nil
	}
	return &v
}

func normaliseCommitment(c Commitment) Commitment {
	c.OGPID = strings.ToUpper(strings.Join(strings.Fields(c.OGPID), ""))
	c.Title = strings.Join(strings.Fields(c.Title), " ")
	c.LeadImplementer = strings.Join(strings.Fields(c.LeadImplementer), " ")
	c.StartMonth, c.EndMonth = trimmed(c.StartMonth), trimmed(c.EndMonth)
	c.Contact = trimmed(c.Contact)
	if c.ImplStatus == "" {
		c.ImplStatus = ImplNotStarted
	}
	if c.Completion == "" {
		c.Completion = CompletionNoEvidence
	}
	if allValid(c.Values) {
		c.Values = parseValues(joinValues(c.Values))
	}
	return c
}

func allValid(vs []OGPValue) bool {
	for _, v := range vs {
		if !v.Valid() {
			return false
		}
	}
	return true
}

func joinValues(vs []OGPValue) string {
	parts := make([]string, len(vs))
	for i, v := range vs {
		parts[i] = string(v)
	}
	return strings.Join(parts, ",")
}

// checkOGPIDFree refuses an OGP ID another commitment already carries.
func checkOGPIDFree(ctx context.Context, q querier, ogpID string, self int64) error {
	var n int
	if err := q.QueryRowContext(ctx, "SELECT count(*) FROM commitment WHERE ogp_id = ? AND id <> ?", ogpID, self).Scan(&n); err != nil {
		return err
	}
	if n > 0 {
		return &ValidationError{Fields: []*FieldError{{"ogp_id", "taken"}}}
	}
	return nil
}

// CreateCommitment adds a commitment at the end of its plan and returns its id. Its
// statuses start as given (by default not started, no evidence) without a history entry.
func (s *Store) CreateCommitment(ctx context.Context, c Commitment) (int64, error) {
	c = normaliseCommitment(c)
	if v := ValidateCommitment(c); v != nil {
		return 0, v
	}
	err := s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		if _, err := findPlan(ctx, tx, c.PlanID); err != nil {
			return Entry{}, err
		}
		if err := checkOGPIDFree(ctx, tx, c.OGPID, 0); err != nil {
			return Entry{}, err
		}
		if err := tx.QueryRowContext(ctx, "SELECT coalesce(max(position_no), 0) + 1 FROM commitment WHERE plan_id = ?",
			c.PlanID).Scan(&c.Position); err != nil {
			return Entry{}, err
		}
		now := s.stamp()
		res, err := tx.ExecContext(ctx, `INSERT INTO commitment (plan_id, position_no, ogp_id, title, problem, status_quo,
			objective, how_solves, lead_implementer, other_actors, start_month, end_month, contact, budget, links,
			impl_status, completion, opened_gov, withdrawn, created_at, updated_at)
			VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
			c.PlanID, c.Position, c.OGPID, c.Title, c.Problem, c.StatusQuo, c.Objective, c.HowSolves, c.LeadImplementer,
			c.OtherActors, c.StartMonth, c.EndMonth, c.Contact, c.Budget, c.Links, string(c.ImplStatus),
			string(c.Completion), string(c.OpenedGov), boolInt(c.Withdrawn), now, now)
		if err != nil {
			return Entry{}, err
		}
		c.ID, _ = res.LastInsertId()
		if err := saveValues(ctx, tx, c.ID, c.Values); err != nil {
			return Entry{}, err
		}
		return entry("create", "commitment", c.ID, nil, c), nil
	})
	return c.ID, err
}

// UpdateCommitment saves a commitment's descriptive fields and OGP values. Its
// implementation status, completion and withdrawal change only through ChangeImplStatus,
// ChangeCompletion and SetWithdrawn, so that each change enters the history.
func (s *Store) UpdateCommitment(ctx context.Context, c Commitment) error {
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, err := findCommitment(ctx, tx, c.ID)
		if err != nil {
			return Entry{}, err
		}
		c.PlanID, c.Position = before.PlanID, before.Position
		c.ImplStatus, c.Completion, c.Withdrawn = before.ImplStatus, before.Completion, before.Withdrawn
		c.EndAssessedOn = before.EndAssessedOn
		c = normaliseCommitment(c)
		if v := ValidateCommitment(c); v != nil {
			return Entry{}, v
		}
		if err := checkOGPIDFree(ctx, tx, c.OGPID, c.ID); err != nil {
			return Entry{}, err
		}
		_, err = tx.ExecContext(ctx, `UPDATE commitment SET ogp_id = ?, title = ?, problem = ?, status_quo = ?, objective = ?,
			how_solves = ?, lead_implementer = ?, other_actors = ?, start_month = ?, end_month = ?, contact = ?, budget = ?,
			links = ?, opened_gov = ?, updated_at = ? WHERE id = ?`,
			c.OGPID, c.Title, c.Problem, c.StatusQuo, c.Objective, c.HowSolves, c.LeadImplementer, c.OtherActors,
			c.StartMonth, c.EndMonth, c.Contact, c.Budget, c.Links, string(c.OpenedGov), s.stamp(), c.ID)
		if err != nil {
			return Entry{}, err
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM commitment_value WHERE commitment_id = ?", c.ID); err != nil {
			return Entry{}, err
		}
		if err := saveValues(ctx, tx, c.ID, c.Values); err != nil {
			return Entry{}, err
		}
		return entry("update", "commitment", c.ID, before, c), nil
	})
}

func saveValues(ctx context.Context, q querier, id int64, values []OGPValue) error {
	for _, v := range values {
		if _, err := q.ExecContext(ctx, "INSERT INTO commitment_value (commitment_id, value) VALUES (?, ?)", id, string(v)); err != nil {
			return err
		}
	}
	return nil
}

// SetEndAssessed records the date of a commitment's end-of-commitment assessment ("" clears it).
func (s *Store) SetEndAssessed(ctx context.Context, commitmentID int64, date string) error {
	if err := checkDoneDate("end_assessed_on", date, s.today()); err != nil {
		return err
	}
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, err := findCommitment(ctx, tx, commitmentID)
		if err != nil {
			return Entry{}, err
		}
		after := before
		after.EndAssessedOn = date
		if _, err := tx.ExecContext(ctx, "UPDATE commitment SET end_assessed_on = ?, updated_at = ? WHERE id = ?",
			date, s.stamp(), commitmentID); err != nil {
			return Entry{}, err
		}
		return entry("update", "commitment", commitmentID, before, after), nil
	})
}
