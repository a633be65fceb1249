package store

import (
	"context"
	"database/sql"
	"errors"

	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

const councilColumns = `name_uk, name_en, authority_uk, authority_en, authority_code, city_uk, city_en,
	quorum_rule, quorum_civil, decision_rule, tie_rule, numbering, term_label, signers, doc_lang, ui_lang, backups_keep,
	header_layout, time_style, vote_order, attendance_shape, total_line`

// HasCouncil says whether the file has been founded as a council yet.
func (s *Store) HasCouncil(ctx context.Context) (bool, error) {
	var n int
	err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM council").Scan(&n)
	return n > 0, mapErr(err)
}

// GetCouncil returns the council's settings, ErrNotFound before it is founded.
func (s *Store) GetCouncil(ctx context.Context) (Council, error) {
	return findCouncil(ctx, s.db)
}

func findCouncil(ctx context.Context, q querier) (Council, error) {
	var c Council
	var civil, total int
	err := q.QueryRowContext(ctx, "SELECT "+councilColumns+" FROM council WHERE id = 1").Scan(
		&c.NameUK, &c.NameEN, &c.AuthorityUK, &c.AuthorityEN, &c.AuthorityCode, &c.CityUK, &c.CityEN,
		&c.QuorumRule, &civil, &c.DecisionRule, &c.TieRule, &c.Numbering, &c.TermLabel, &c.Signers, &c.DocLang, &c.UILang, &c.BackupsKeep,
		&c.HeaderLayout, &c.TimeStyle, &c.VoteOrder, &c.Attendance, &total)
	if errors.Is(err, sql.ErrNoRows) {
		return c, ErrNotFound
	}
	c.QuorumCivil, c.TotalLine = civil == 1, total == 1
	return c, mapErr(err)
}

// DefaultCouncil is a new council with the usual rules of a coordination council's statute:
// quorum of more than half the approved membership, a simple majority of members present,
// and the presiding officer's vote deciding a tie.
func DefaultCouncil() Council {
	return Council{
		NameUK:       "Координаційна рада з питань впровадження ініціативи «Партнерство «Відкритий Уряд»",
		NameEN:       "Coordination Council for the Open Government Partnership initiative",
		QuorumRule:   QuorumHalf,
		DecisionRule: DecisionPresentMajority,
		TieRule:      TiePresidingDecides,
		Numbering:    NumberingYear,
		Signers:      SignersPresiding,
		DocLang:      i18n.Ukrainian,
		BackupsKeep:  DefaultBackupsKeep,
		HeaderLayout: HeaderDateLeft,
		TimeStyle:    TimeWords,
		VoteOrder:    DecidedFirst,
		Attendance:   AttendanceList,
	}
}

// ValidateCouncil checks the settings a person can type.
func ValidateCouncil(c Council) error {
	var v ValidationError
	if trimmed(c.NameUK) == "" {
		v.Fields = append(v.Fields, &FieldError{"name_uk", "required"})
	}
	if !c.QuorumRule.Valid() {
		v.Fields = append(v.Fields, &FieldError{"quorum_rule", "choice"})
	}
	if !c.DecisionRule.Valid() {
		v.Fields = append(v.Fields, &FieldError{"decision_rule", "choice"})
	}
	if !c.TieRule.Valid() {
		v.Fields = append(v.Fields, &FieldError{"tie_rule", "choice"})
	}
	if c.BackupsKeep != 0 && (c.BackupsKeep < 1 || c.BackupsKeep > MaxBackupsKeep) {
		v.Fields = append(v.Fields, &FieldError{"backups_keep", "range"})
	}
	if c.HeaderLayout != "" && !c.HeaderLayout.Valid() {
		v.Fields = append(v.Fields, &FieldError{"header_layout", "choice"})
	}
	if c.TimeStyle != "" && !c.TimeStyle.Valid() {
		v.Fields = append(v.Fields, &FieldError{"time_style", "choice"})
	}
	if c.VoteOrder != "" && !c.VoteOrder.Valid() {
		v.Fields = append(v.Fields, &FieldError{"vote_order", "choice"})
	}
	if c.Attendance != "" && !c.Attendance.Valid() {
		v.Fields = append(v.Fields, &FieldError{"attendance_shape", "choice"})
	}
	if c.Numbering == NumberingTerm && trimmed(c.TermLabel) == "" {
		v.Fields = append(v.Fields, &FieldError{"term_label", "required"})
	}
	if len(v.Fields) > 0 {
		return &v
	}
	return nil
}

// FoundCouncil creates the council in an empty file.
func (s *Store) FoundCouncil(ctx context.Context, c Council) error {
	if err := ValidateCouncil(c); err != nil {
		return err
	}
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		now := s.stamp()
		_, err := tx.ExecContext(ctx, "INSERT INTO council (id, "+councilColumns+", created_at, updated_at) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
			councilArgs(c, now, now)...)
		if err != nil {
			if errors.Is(mapErr(err), ErrConflict) {
				return Entry{}, ErrNotEmpty
			}
			return Entry{}, err
		}
		return entry("create", "council", 1, nil, c), nil
	})
}

// UpdateCouncil changes the council's settings.
func (s *Store) UpdateCouncil(ctx context.Context, c Council) error {
	if err := ValidateCouncil(c); err != nil {
		return err
	}
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, err := findCouncil(ctx, tx)
		if err != nil {
			return Entry{}, err
		}
		args := councilArgs(c, s.stamp())
		_, err = tx.ExecContext(ctx, `UPDATE council SET name_uk = ?, name_en = ?, authority_uk = ?, authority_en = ?,
			authority_code = ?, city_uk = ?, city_en = ?, quorum_rule = ?, quorum_civil = ?, decision_rule = ?,
			tie_rule = ?, numbering = ?, term_label = ?, signers = ?, doc_lang = ?, ui_lang = ?, backups_keep = ?,
			header_layout = ?, time_style = ?, vote_order = ?, attendance_shape = ?, total_line = ?, updated_at = ? WHERE id = 1`, args...)
		return entry("update", "council", 1, before, c), err
	})
}

func councilArgs(c Council, stamps ...string) []any {
	args := []any{c.NameUK, c.NameEN, c.AuthorityUK, c.AuthorityEN, c.AuthorityCode, c.CityUK, c.CityEN,
		string(c.QuorumRule), boolInt(c.QuorumCivil), string(c.DecisionRule), string(c.TieRule),
		string(c.Numbering), c.TermLabel, string(c.Signers), c.DocLang, c.UILang, c.keep()}
	p := printOf(c, Meeting{})
	args = append(args, string(p.Header), string(p.Time), string(p.Order), string(p.Attendance), boolInt(c.TotalLine))
	for _, st := range stamps {
		args = append(args, st)
	}
	return args
}

// DefaultBackupsKeep and MaxBackupsKeep bound how many daily backups a council keeps.
const (
	DefaultBackupsKeep = 14
	MaxBackupsKeep     = 365
)

// keep is the number of backups to keep; 0 (settings made before the setting) is the default.
func (c Council) keep() int {
	if c.BackupsKeep == 0 {
		return DefaultBackupsKeep
	}
	return c.BackupsKeep
}
