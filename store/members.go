package store

import (
	"context"
	"database/sql"
	"errors"
	"net/mail"
	"regexp"
	"strings"
)

const memberColumns = `id, full_name, position, organisation, sector, side, role, email, phone,
	term_from, term_to, leave_reason, notes, active`

func scanMember(sc interface{ Scan(...any) error }) (Member, error) {
	var m Member
	var active int
	err := sc.Scan(&m.ID, &m.FullName, &m.Position, &m.Organisation, &m.Sector, &m.Side, &m.Role, &m.Email,
		&m.Phone, &m.TermFrom, &m.TermTo, &m.LeaveReason, &m.Notes, &active)
	m.Active = active == 1
	return m, err
}

// MemberFilter narrows ListMembers.
type MemberFilter struct {
	ActiveOnly bool
}

// ListMembers returns members, active first, each group in Ukrainian alphabetical order.
func (s *Store) ListMembers(ctx context.Context, f MemberFilter) ([]Member, error) {
	return listMembers(ctx, s.db, f)
}

func listMembers(ctx context.Context, q querier, f MemberFilter) ([]Member, error) {
	rows, err := q.QueryContext(ctx, "SELECT "+memberColumns+` FROM member
		WHERE (?1 = 0 OR active = 1) ORDER BY active DESC, id`, boolInt(f.ActiveOnly))
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []Member
	for rows.Next() {
		m, err := scanMember(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	if err := rows.Err(); err != nil {
		return nil, err
	}
	active := 0
	for active < len(out) && out[active].Active {
		active++
	}
	SortByName(out[:active], func(m Member) string { return m.FullName })
	SortByName(out[active:], func(m Member) string { return m.FullName })
	return out, nil
}

// GetMember returns one member.
func (s *Store) GetMember(ctx context.Context, id int64) (Member, error) {
	return findMember(ctx, s.db, id)
}

func findMember(ctx context.Context, q querier, id int64) (Member, error) {
	m, err := scanMember(q.QueryRowContext(ctx, "SELECT "+memberColumns+" FROM member WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return m, ErrNotFound
	}
	return m, mapErr(err)
}

var phonePattern = regexp.MustCompile(`^\+?[0-9][0-9 ()\-]{5,19}$`)

// ValidateMember checks one member on its own; rules about the whole council
// (one secretary, two co-chairs) are checked by checkRoles inside the transaction.
func ValidateMember(m Member) *ValidationError {
	var v ValidationError
	add := func(field, code string) { v.Fields = append(v.Fields, &FieldError{field, code}) }
	if trimmed(m.FullName) == "" {
		add("full_name", "required")
	}
	if !m.Sector.Valid() {
		add("sector", "choice")
	}
	if !m.Side.Valid() {
		add("side", "choice")
	}
	if !m.Role.Valid() {
		add("role", "choice")
	}
	if e := trimmed(m.Email); e != "" {
		if a, err := mail.ParseAddress(e); err != nil || a.Address != e || !strings.Contains(e[strings.Index(e, "@"):], ".") {
			add("email", "email")
		}
	}
	if p := trimmed(m.Phone); p != "" && !phonePattern.MatchString(p) {
		add("phone", "phone")
	}
	if m.TermFrom != "" && !ValidDate(m.TermFrom) {
		add("term_from", dateCode(m.TermFrom))
	}
	if m.TermTo != "" && !ValidDate(m.TermTo) {
		add("term_to", dateCode(m.TermTo))
	}
	if ValidDate(m.TermFrom) && ValidDate(m.TermTo) && m.TermTo < m.TermFrom {
		add("term_to", "term_order")
	}
	if len(v.Fields) == 0 {
		return nil
	}
	return &v
}

// checkRoles enforces at most one active secretary and two active co-chairs, one per side.
func checkRoles(ctx context.Context, q querier, m Member) error {
	if !m.Active || m.Role == RoleMember {
		return nil
	}
	rows, err := q.QueryContext(ctx, "SELECT side FROM member WHERE active = 1 AND role = ? AND id <> ?", string(m.Role), m.ID)
	if err != nil {
		return err
	}
	defer rows.Close()
	var sides []Side
	for rows.Next() {
		var sd Side
		if err := rows.Scan(&sd); err != nil {
			return err
		}
		sides = append(sides, sd)
	}
	switch {
	case m.Role == RoleSecretary && len(sides) > 0:
		return &ValidationError{Fields: []*FieldError{{"role", "one_secretary"}}}
	case m.Role == RoleCoChair && len(sides) >= 2:
		return &ValidationError{Fields: []*FieldError{{"role", "two_co_chairs"}}}
	case m.Role == RoleCoChair && len(sides) == 1 && sides[0] == m.Side:
		return &ValidationError{Fields: []*FieldError{{"role", "co_chair_side"}}}
	}
	return rows.Err()
}

func normaliseMember(m Member) Member {
	m.FullName = strings.Join(strings.Fields(m.FullName), " ")
	m.Email, m.Phone = trimmed(m.Email), trimmed(m.Phone)
	m.Position, m.Organisation = trimmed(m.Position), trimmed(m.Organisation)
	return m
}

// CreateMember adds a member and returns the new id.
func (s *Store) CreateMember(ctx context.Context, m Member) (int64, error) {
	m = normaliseMember(m)
	m.Active = m.TermTo == "" || m.TermTo >= s.today()
	if v := ValidateMember(m); v != nil {
		return 0, v
	}
	err := s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		if err := checkRoles(ctx, tx, m); err != nil {
			return Entry{}, err
		}
		var err error
		if m.ID, err = s.insertMember(ctx, tx, m); err != nil {
			return Entry{}, err
		}
		return entry("create", "member", m.ID, nil, m), nil
	})
	return m.ID, err
}

// UpdateMember saves a member's changes; a new role is added to the role history.
func (s *Store) UpdateMember(ctx context.Context, m Member) error {
	m = normaliseMember(m)
	if v := ValidateMember(m); v != nil {
		return v
	}
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, err := findMember(ctx, tx, m.ID)
		if err != nil {
			return Entry{}, err
		}
		m.Active = before.Active
		if err := checkRoles(ctx, tx, m); err != nil {
			return Entry{}, err
		}
		_, err = tx.ExecContext(ctx, `UPDATE member SET full_name = ?, position = ?, organisation = ?, sector = ?, side = ?,
			role = ?, email = ?, phone = ?, term_from = ?, term_to = ?, leave_reason = ?, notes = ?, updated_at = ? WHERE id = ?`,
			m.FullName, m.Position, m.Organisation, string(m.Sector), string(m.Side), string(m.Role), m.Email, m.Phone,
			m.TermFrom, m.TermTo, m.LeaveReason, m.Notes, s.stamp(), m.ID)
		if err != nil {
			return Entry{}, err
		}
		if before.Role != m.Role {
			if err := endRole(ctx, tx, m.ID, s.today()); err != nil {
				return Entry{}, err
			}
			if err := startRole(ctx, tx, m.ID, m.Role, s.today()); err != nil {
				return Entry{}, err
			}
		}
		return entry("update", "member", m.ID, before, m), nil
	})
}

// insertMember writes a new member row and opens their role history.
func (s *Store) insertMember(ctx context.Context, q querier, m Member) (int64, error) {
	now := s.stamp()
	res, err := q.ExecContext(ctx, `INSERT INTO member (full_name, position, organisation, sector, side, role,
		email, phone, term_from, term_to, leave_reason, notes, active, created_at, updated_at)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		m.FullName, m.Position, m.Organisation, string(m.Sector), string(m.Side), string(m.Role), m.Email, m.Phone,
		m.TermFrom, m.TermTo, m.LeaveReason, m.Notes, boolInt(m.Active), now, now)
	if err != nil {
		return 0, err
	}
	id, err := res.LastInsertId()
	if err != nil {
		return 0, err
	}
	if err := startRole(ctx, q, id, m.Role, firstNonEmpty(m.TermFrom, s.today())); err != nil {
		return 0, err
	}
	if !m.Active {
		err = endRole(ctx, q, id, firstNonEmpty(m.TermTo, s.today()))
	}
	return id, err
}

func startRole(ctx context.Context, q querier, id int64, r Role, since string) error {
	_, err := q.ExecContext(ctx, "INSERT INTO member_role (member_id, role, since) VALUES (?, ?, ?)", id, string(r), since)
	return err
}

func endRole(ctx context.Context, q querier, id int64, until string) error {
	_, err := q.ExecContext(ctx, "UPDATE member_role SET until = ? WHERE member_id = ? AND until = ''", until, id)
	return err
}

func firstNonEmpty(vals ...string) string {
	for _, v := range vals {
		if v != "" {
			return v
		}
	}
	return ""
}
