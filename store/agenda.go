package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"time"

	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

const agendaColumns = `id, meeting_id, position_no, title, kind, coalesce(reporter_member_id, 0),
	coalesce(reporter_guest_id, 0), coalesce(commitment_id, 0), heard, state, coalesce(deferred_to, 0)`

func scanAgendaItem(sc interface{ Scan(...any) error }) (AgendaItem, error) {
	var it AgendaItem
	err := sc.Scan(&it.ID, &it.MeetingID, &it.Position, &it.Title, &it.Kind, &it.ReporterMemberID,
		&it.ReporterGuestID, &it.CommitmentID, &it.Heard, &it.State, &it.DeferredTo)
	return it, err
}

// ListAgenda returns a meeting's agenda in order.
func (s *Store) ListAgenda(ctx context.Context, meetingID int64) ([]AgendaItem, error) {
	return listAgenda(ctx, s.db, meetingID)
}

func listAgenda(ctx context.Context, q querier, meetingID int64) ([]AgendaItem, error) {
	rows, err := q.QueryContext(ctx, "SELECT "+agendaColumns+" FROM agenda_item WHERE meeting_id = ? ORDER BY position_no, id", meetingID)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []AgendaItem
	for rows.Next() {
		it, err := scanAgendaItem(rows)
		if err != nil {
			return nil, err
		}
		out = append(out, it)
	}
	return out, rows.Err()
}

// GetAgendaItem returns one agenda item.
func (s *Store) GetAgendaItem(ctx context.Context, id int64) (AgendaItem, error) {
	return findAgendaItem(ctx, s.db, id)
}

func findAgendaItem(ctx context.Context, q querier, id int64) (AgendaItem, error) {
	it, err := scanAgendaItem(q.QueryRowContext(ctx, "SELECT "+agendaColumns+" FROM agenda_item WHERE id = ?", id))
	if errors.Is(err, sql.ErrNoRows) {
		return it, ErrNotFound
	}
	return it, mapErr(err)
}

// ValidateAgendaItem checks an item as typed.
func ValidateAgendaItem(it AgendaItem) *ValidationError {
	var v ValidationError
	if trimmed(it.Title) == "" {
		v.Fields = append(v.Fields, &FieldError{"title", "required"})
	}
	if !it.Kind.Valid() {
		v.Fields = append(v.Fields, &FieldError{"kind", "choice"})
	}
	if it.ReporterMemberID != 0 && it.ReporterGuestID != 0 {
		v.Fields = append(v.Fields, &FieldError{"reporter", "choice"})
	}
	if len(v.Fields) == 0 {
		return nil
	}
	return &v
}

func normaliseItem(it AgendaItem) AgendaItem {
	it.Title = strings.Join(strings.Fields(it.Title), " ")
	if it.Kind == "" {
		it.Kind = ItemInformation
	}
	return it
}

// CreateAgendaItem adds an item before «Різне» (at the end when there is none) and returns it.
func (s *Store) CreateAgendaItem(ctx context.Context, it AgendaItem) (AgendaItem, error) {
	it = normaliseItem(it)
	if v := ValidateAgendaItem(it); v != nil {
		return it, v
	}
	err := s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		m, err := s.openMeeting(ctx, tx, it.MeetingID, ActEditAgenda)
		if err != nil {
			return Entry{}, err
		}
		if err := checkReporterGuest(ctx, tx, it); err != nil {
			return Entry{}, err
		}
		it.State = ItemOpen
		if it, err = placeBeforeAOB(ctx, tx, it); err != nil {
			return Entry{}, err
		}
		if err := s.agendaChanged(ctx, tx, m); err != nil {
			return Entry{}, err
		}
		return entry("create", "agenda_item", it.ID, nil, it), nil
	})
	return it, err
}

func insertAgendaItem(ctx context.Context, q querier, it AgendaItem) (int64, error) {
	res, err := q.ExecContext(ctx, `INSERT INTO agenda_item (meeting_id, position_no, title, kind, reporter_member_id,
		reporter_guest_id, commitment_id, heard, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`,
		it.MeetingID, it.Position, it.Title, string(it.Kind), nullID(it.ReporterMemberID), nullID(it.ReporterGuestID),
		nullID(it.CommitmentID), it.Heard, string(it.State))
	if err != nil {
		return 0, err
	}
	return res.LastInsertId()
}

// checkReporterGuest refuses a guest of another meeting as an item's reporter.
func checkReporterGuest(ctx context.Context, q querier, it AgendaItem) error {
	if it.ReporterGuestID == 0 {
		return nil
	}
	ok, err := exists(ctx, q, "SELECT 1 FROM guest WHERE id = ? AND meeting_id = ?", it.ReporterGuestID, it.MeetingID)
	if err == nil && !ok {
		return &ValidationError{Fields: []*FieldError{{"reporter", "choice"}}}
	}
	return err
}

// UpdateAgendaItem saves an item's title, kind, reporter and commitment link.
func (s *Store) UpdateAgendaItem(ctx context.Context, it AgendaItem) error {
	it = normaliseItem(it)
	if v := ValidateAgendaItem(it); v != nil {
		return v
	}
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, m, err := s.itemMeeting(ctx, tx, it.ID, ActEditAgenda)
		if err != nil {
			return Entry{}, err
		}
		it.MeetingID = before.MeetingID
		if err := checkReporterGuest(ctx, tx, it); err != nil {
			return Entry{}, err
		}
		if it.Heard, err = heardAfterRetitle(ctx, tx, m, before, it.Title); err != nil {
			return Entry{}, err
		}
		_, err = tx.ExecContext(ctx, `UPDATE agenda_item SET title = ?, kind = ?, reporter_member_id = ?,
			reporter_guest_id = ?, commitment_id = ?, heard = ? WHERE id = ?`, it.Title, string(it.Kind),
			nullID(it.ReporterMemberID), nullID(it.ReporterGuestID), nullID(it.CommitmentID), it.Heard, it.ID)
		if err != nil {
			return Entry{}, err
		}
		if err := s.agendaChanged(ctx, tx, m); err != nil {
			return Entry{}, err
		}
		after := before
		after.Title, after.Kind, after.ReporterMemberID, after.Heard = it.Title, it.Kind, it.ReporterMemberID, it.Heard
		after.ReporterGuestID, after.CommitmentID = it.ReporterGuestID, it.CommitmentID
		return entry("update", "agenda_item", it.ID, before, after), nil
	})
}

// DeleteAgendaItem removes an item with nothing recorded and closes the gap in the numbering.
func (s *Store) DeleteAgendaItem(ctx context.Context, id int64) error {
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, m, err := s.itemMeeting(ctx, tx, id, ActEditAgenda)
		if err != nil {
			return Entry{}, err
		}
		recorded, err := itemHasRecord(ctx, tx, id)
		if err != nil {
			return Entry{}, err
		}
		if recorded {
			return Entry{}, &Refusal{Code: RefuseHasRecord}
		}
		if _, err := tx.ExecContext(ctx, "DELETE FROM agenda_item WHERE id = ?", id); err != nil {
			return Entry{}, err
		}
		items, err := listAgenda(ctx, tx, m.ID)
		if err != nil {
			return Entry{}, err
		}
		if err := renumber(ctx, tx, items); err != nil {
			return Entry{}, err
		}
		if err := s.agendaChanged(ctx, tx, m); err != nil {
			return Entry{}, err
		}
		return entry("delete", "agenda_item", id, before, nil), nil
	})
}

func itemHasRecord(ctx context.Context, q querier, id int64) (bool, error) {
	return exists(ctx, q, `SELECT 1 FROM speech WHERE item_id = ?1 UNION ALL SELECT 1 FROM decision_point WHERE item_id = ?1
		UNION ALL SELECT 1 FROM vote WHERE item_id = ?1 UNION ALL SELECT 1 FROM vote_result WHERE item_id = ?1
		UNION ALL SELECT 1 FROM assignment WHERE item_id = ?1`, id)
}

// MoveAgendaItem moves an item delta places (negative: up), keeping positions 1..n.
func (s *Store) MoveAgendaItem(ctx context.Context, id int64, delta int) error {
	return s.change(ctx, func(tx *sql.Tx) (Entry, error) {
		before, m, err := s.itemMeeting(ctx, tx, id, ActEditAgenda)
		if err != nil {
			return Entry{}, err
		}
		items, err := listAgenda(ctx, tx, m.ID)
		if err != nil {
			return Entry{}, err
		}
		from := indexOfItem(items, id)
		to := min(max(from+delta, 0), len(items)-1)
		if from == to {
			return entry("move", "agenda_item", id, before, before), nil
		}
		it := items[from]
		items = append(items[:from], items[from+1:]...)
		items = append(items[:to], append([]AgendaItem{it}, items[to:]...)...)
		if err := renumber(ctx, tx, items); err != nil {
			return Entry{}, err
		}
		if err := s.agendaChanged(ctx, tx, m); err != nil {
			return Entry{}, err
		}
		after := before
		after.Position = to + 1
		return entry("move", "agenda_item", id, before, after), nil
	})
}

func indexOfItem(items []AgendaItem, id int64) int {
	for i, it := range items {
		if it.ID == id {
			return i
		}
	}
	return -1
}

// renumber writes positions 1..n in the order of items.
func renumber(ctx context.Context, q querier, items []AgendaItem) error {
	for i, it := range items {
		if it.Position == i+1 {
			continue
		}
		if _, err := q.ExecContext(ctx, "UPDATE agenda_item SET position_no = ? WHERE id = ?", i+1, it.ID); err != nil {
			return err
		}
	}
	return nil
}

// agendaChanged returns a submitted or approved agenda to draft, drops its approvals and
// journals why; it is called by every change to the agenda.
func (s *Store) agendaChanged(ctx context.Context, tx *sql.Tx, m Meeting) error {
	if !m.Status.Allows(ActReturnAgenda, RoleCoChair) {
		return nil // not with the co-chairs
	}
	if _, err := tx.ExecContext(ctx, "DELETE FROM approval WHERE meeting_id = ? AND kind = 'agenda'", m.ID); err != nil {
		return err
	}
	if _, err := tx.ExecContext(ctx, "UPDATE meeting SET status = ?, updated_at = ? WHERE id = ?", string(After(ActReturnAgenda)), s.stamp(), m.ID); err != nil {
		return err
	}
	e := entry("return", "meeting", m.ID, m, map[string]any{"status": After(ActReturnAgenda), "why": "agenda returned to draft by a change"})
	return s.appendJournal(ctx, tx, e)
}

// IsAnyOtherBusiness says whether an item's title is «Різне» (any other business) in any
// language, the closing item new and deferred items go before.
func IsAnyOtherBusiness(title string) bool {
	t := strings.TrimRight(strings.TrimSpace(title), ". ")
	for _, l := range i18n.Langs {
		if strings.EqualFold(t, i18n.New(l).T("doc.new_agenda.other_business")) {
			return true
		}
	}
	return strings.EqualFold(t, "AOB")
}

// placeBeforeAOB inserts it at the place of «Різне» (moving it and anything after it down
// one), or after the last item when there is none; it returns the item with its id and place.
func placeBeforeAOB(ctx context.Context, q querier, it AgendaItem) (AgendaItem, error) {
	items, err := listAgenda(ctx, q, it.MeetingID)
	if err != nil {
		return it, err
	}
	it.Position = len(items) + 1
	for _, x := range items {
		if IsAnyOtherBusiness(x.Title) {
			it.Position = x.Position
			break
		}
	}
	if _, err := q.ExecContext(ctx, "UPDATE agenda_item SET position_no = position_no + 1 WHERE meeting_id = ? AND position_no >= ?",
		it.MeetingID, it.Position); err != nil {
		return it, err
	}
	it.ID, err = insertAgendaItem(ctx, q, it)
	return it, err
}

// heardAfterRetitle is an item's СЛУХАЛИ text once it is titled title: the follow-up's
// pre-filled list of open assignments goes with the follow-up title (an item retitled away
// from it loses the list, one retitled to it gets it); text someone typed stays.
func heardAfterRetitle(ctx context.Context, q querier, m Meeting, before AgendaItem, title string) (string, error) {
	if title == before.Title {
		return before.Heard, nil
	}
	c, err := findCouncil(ctx, q)
	if err != nil {
		return "", err
	}
	prefill, err := followUpText(ctx, q, c.DocLang, m)
	if err != nil {
		return "", err
	}
	if before.Heard != "" && before.Heard != prefill {
		return before.Heard, nil
	}
	if isFollowUp(title) {
		return prefill, nil
	}
	return "", nil
}

// isFollowUp says whether title is the follow-up item's, in any language.
func isFollowUp(title string) bool {
	for _, l := range i18n.Langs {
		if strings.EqualFold(title, i18n.New(l).T("doc.new_agenda.follow_up")) {
			return true
		}
	}
	return false
}

// addDefaultAgenda opens a new meeting's agenda with the follow-up of earlier decisions and
// closes it with «Різне».
func addDefaultAgenda(ctx context.Context, q querier, c Council, m Meeting) error {
	heard, err := followUpText(ctx, q, c.DocLang, m)
	if err != nil {
		return err
	}
	t := i18n.New(c.DocLang)
	first := AgendaItem{MeetingID: m.ID, Position: 1, Title: t.T("doc.new_agenda.follow_up"),
		Kind: ItemInformation, Heard: heard, State: ItemOpen}
	last := AgendaItem{MeetingID: m.ID, Position: 2, Title: t.T("doc.new_agenda.other_business"),
		Kind: ItemInformation, State: ItemOpen}
	for _, it := range []AgendaItem{first, last} {
		if _, err := insertAgendaItem(ctx, q, it); err != nil {
			return err
		}
	}
	return nil
}

// OpenAssignment is an assignment of an earlier meeting that is not done yet.
type OpenAssignment struct {
	Assignment
	Responsible   string // member's full name, or the organisation
	MeetingNumber int
	MeetingDate   string
	Overdue       bool // the deadline passed before the meeting's date
}

// listOpenAssignments returns the open assignments of meetings held before m, earliest deadline first.
func listOpenAssignments(ctx context.Context, q querier, m Meeting) ([]OpenAssignment, error) {
	rows, err := q.QueryContext(ctx, `SELECT a.id, a.item_id, a.text, coalesce(a.responsible_member_id, 0), a.responsible_org,
		a.deadline, coalesce(mb.full_name, ''), mt.number, mt.date
		FROM assignment a JOIN agenda_item i ON i.id = a.item_id JOIN meeting mt ON mt.id = i.meeting_id
		LEFT JOIN member mb ON mb.id = a.responsible_member_id
		WHERE a.status = 'open' AND mt.id <> ?1 AND mt.date <= ?2
		ORDER BY a.deadline = '', a.deadline, mt.date, a.id`, m.ID, m.Date)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	var out []OpenAssignment
	for rows.Next() {
		var a OpenAssignment
		var name string
		if err := rows.Scan(&a.ID, &a.ItemID, &a.Text, &a.ResponsibleMemberID, &a.ResponsibleOrg, &a.Deadline,
			&name, &a.MeetingNumber, &a.MeetingDate); err != nil {
			return nil, err
		}
		a.Status = AssignmentOpen
		a.Responsible = joinNonEmpty(", ", name, a.ResponsibleOrg)
		a.Overdue = a.Deadline != "" && a.Deadline < m.Date
		out = append(out, a)
	}
	return out, rows.Err()
}

// followUpText is the СЛУХАЛИ text of the follow-up item: the open assignments, overdue marked.
// It is written once, in the documents' language, and is the secretary's to edit after.
func followUpText(ctx context.Context, q querier, lang i18n.Lang, m Meeting) (string, error) {
	t := i18n.New(lang)
	open, err := listOpenAssignments(ctx, q, m)
	if err != nil || len(open) == 0 {
		return t.T("doc.follow_up.none"), err
	}
	var b strings.Builder
	b.WriteString(t.T("doc.follow_up.head"))
	for i, a := range open {
		fmt.Fprintf(&b, "\n%d. %s", i+1, strings.TrimRight(a.Text, ". "))
		if a.Responsible != "" {
			b.WriteString(t.T("doc.follow_up.responsible", map[string]any{"Who": a.Responsible}))
		}
		if a.Deadline != "" {
			b.WriteString(t.T("doc.follow_up.deadline", map[string]any{"Date": DocDate(lang, a.Deadline)}))
		}
		if a.Overdue {
			b.WriteString(t.T("doc.follow_up.overdue"))
		}
		b.WriteString(t.T("doc.follow_up.minutes", map[string]any{"Number": a.MeetingNumber, "Date": DocDate(lang, a.MeetingDate)}))
	}
	return b.String(), nil
}

// DocDate writes a stored date the way the documents of lang do (doc.date): 12.03.2026 in
// Ukrainian, 12 March 2026 in English; anything else is returned as is. Every date in a
// document goes through it, so that one document never mixes two styles.
func DocDate(lang i18n.Lang, d string) string {
	t, err := time.Parse(DateLayout, d)
	if err != nil {
		stamp, err := time.Parse(time.RFC3339, d) // a moment the program wrote: its day where the council is
		if err != nil {
			return d
		}
		t = stamp.Local()
	}
	c := i18n.New(lang)
	return c.T("doc.date", map[string]any{"Day": t.Day(), "DD": t.Format("02"), "MM": t.Format("01"),
		"Year": t.Year(), "MonthName": c.T("doc.month.m" + strconv.Itoa(int(t.Month())))})
}

func joinNonEmpty(sep string, parts ...string) string {
	var keep []string
	for _, p := range parts {
		if strings.TrimSpace(p) != "" {
			keep = append(keep, p)
		}
	}
	return strings.Join(keep, sep)
}

// AgendaCommitment is a commitment an agenda item can be linked to.
type AgendaCommitment struct {
	ID    int64
	OGPID string
	Title string
}

// ListAgendaCommitments returns the commitments not withdrawn, by Action Plan and position.
func (s *Store) ListAgendaCommitments(ctx context.Context) ([]AgendaCommitment, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, ogp_id, title FROM commitment WHERE withdrawn = 0
		ORDER BY plan_id DESC, position_no, ogp_id`)
	if err != nil {
		return nil, mapErr(err)
	}
	defer rows.Close()
	var out []AgendaCommitment
	for rows.Next() {
		var c AgendaCommitment
		if err := rows.Scan(&c.ID, &c.OGPID, &c.Title); err != nil {
			return nil, err
		}
		out = append(out, c)
	}
	return out, rows.Err()
}
