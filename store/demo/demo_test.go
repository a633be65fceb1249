package demo

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/khmelnytskyi-ogp/rada/store"
)

var loadNow = time.Date(2026, 11, 27, 9, 0, 0, 0, time.UTC)

// load writes the demo council of size into a new file and returns it open.
func load(t *testing.T, size Size) *store.Store {
	t.Helper()
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "demo.db"),
		store.WithActor("demo"), store.WithClock(func() time.Time { return loadNow }))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	if err := Load(context.Background(), s, size); err != nil {
		t.Fatal(err)
	}
	return s
}

// count runs a query that returns one number.
func count(t *testing.T, s *store.Store, query string, args ...any) int {
	t.Helper()
	var n int
	if err := s.DB().QueryRow(query, args...).Scan(&n); err != nil {
		t.Fatalf("%s: %v", query, err)
	}
	return n
}

func TestSmallCounts(t *testing.T) {
	s := load(t, Small)
	for _, c := range []struct {
		query string
		min   int
	}{
		{"SELECT count(*) FROM member WHERE active = 1", 14},
		{"SELECT count(DISTINCT sector) FROM member WHERE active = 1", 5},
		{"SELECT count(*) FROM member WHERE active = 0 AND term_to <> '' AND leave_reason <> ''", 1},
		{"SELECT count(*) FROM action_plan", 2},
		{"SELECT count(*) FROM meeting WHERE date < '2026-11-27' AND status IN ('closed', 'minutes_submitted', 'minutes_approved')", 4},
		{"SELECT count(*) FROM meeting WHERE date = '2026-12-17' AND status = 'draft'", 1},
		{"SELECT count(*) FROM guest", 1},
		{"SELECT count(*) FROM attendance WHERE status = 'remote'", 1},
		{"SELECT count(*) FROM vote WHERE choice = 'abstain'", 1},
		{"SELECT count(*) FROM vote WHERE choice = 'recused' AND reason <> ''", 1},
		{"SELECT count(*) FROM assignment WHERE status = 'done'", 1},
		{"SELECT count(*) FROM assignment WHERE status = 'open' AND deadline < '2026-11-27'", 1},
		{"SELECT count(*) FROM assignment WHERE status = 'open' AND deadline >= '2026-11-27'", 1},
		{"SELECT count(*) FROM status_change WHERE meeting_id IS NOT NULL AND point_id IS NOT NULL", 2},
	} {
		if n := count(t, s, c.query); n < c.min {
			t.Errorf("%s = %d, want at least %d", c.query, n, c.min)
		}
	}
}

func TestSmallRoles(t *testing.T) {
	s := load(t, Small)
	active := store.MemberFilter{}
	members, err := s.ListMembers(context.Background(), active)
	if err != nil {
		t.Fatal(err)
	}
	coChairs, secretaries := map[store.Side]int{}, 0
	sides := map[store.Side]int{}
	for _, m := range members {
		if !m.Active {
			continue
		}
		sides[m.Side]++
		switch m.Role {
		case store.RoleCoChair:
			coChairs[m.Side]++
		case store.RoleSecretary:
			secretaries++
		}
	}
	if coChairs[store.SideGovernment] != 1 || coChairs[store.SideCivil] != 1 || secretaries != 1 {
		t.Errorf("co-chairs %v, secretaries %d; want one co-chair per side and one secretary", coChairs, secretaries)
	}
	if sides[store.SideGovernment] < 7 || sides[store.SideCivil] < 7 {
		t.Errorf("sides %v, want at least 7 each", sides)
	}
	if n := count(t, s, "SELECT count(*) FROM member m WHERE NOT EXISTS (SELECT 1 FROM member_role r WHERE r.member_id = m.id AND r.role = m.role)"); n != 0 {
		t.Errorf("%d members without a role row for their current role", n)
	}
}

func TestSmallFormerMemberInRecord(t *testing.T) {
	s := load(t, Small)
	q := `SELECT count(*) FROM member m WHERE m.active = 0
		AND EXISTS (SELECT 1 FROM attendance a WHERE a.member_id = m.id)
		AND EXISTS (SELECT 1 FROM vote v WHERE v.member_id = m.id AND v.choice = 'for')`
	if count(t, s, q) != 1 {
		t.Error("the former member does not appear in an earlier meeting's attendance and votes")
	}
}

func TestSmallLockedMeeting(t *testing.T) {
	s := load(t, Small)
	ctx := context.Background()
	m, err := s.FindMeetingByNumber(ctx, 1, 2025)
	if err != nil {
		t.Fatal(err)
	}
	if m.Status != store.MeetingMinutesApproved {
		t.Fatalf("meeting № 1 of 2025 is %s, want minutes_approved", m.Status)
	}
	if n := count(t, s, "SELECT count(*) FROM approval a JOIN member mb ON mb.id = a.member_id WHERE a.meeting_id = ? AND a.kind = 'minutes' AND mb.role = 'co_chair'", m.ID); n != 2 {
		t.Errorf("%d co-chairs approved the minutes, want 2", n)
	}
	for _, q := range []string{
		"UPDATE meeting SET place = 'elsewhere' WHERE id = ?",
		"UPDATE vote SET choice = 'against' WHERE item_id IN (SELECT id FROM agenda_item WHERE meeting_id = ?)",
		"DELETE FROM attendance WHERE meeting_id = ?",
	} {
		_, err := s.DB().ExecContext(ctx, q, m.ID)
		if err == nil || !strings.Contains(err.Error(), "rada: meeting locked") {
			t.Errorf("%s: %v, want the lock trigger's refusal", q, err)
		}
	}
	if n := count(t, s, "SELECT count(*) FROM meeting WHERE status = 'minutes_approved'"); n != 1 {
		t.Errorf("%d locked meetings, want 1", n)
	}
}

// TestSmallVotes checks every vote result against its ballots and the rules, and that
// every voted item of a recorded meeting has a ballot from everyone on the roll.
func TestSmallVotes(t *testing.T) {
	checkVotes(t, load(t, Small))
}

func checkVotes(t *testing.T, s *store.Store) {
	t.Helper()
	mismatch := count(t, s, `SELECT count(*) FROM vote_result r WHERE
		r.votes_for <> (SELECT count(*) FROM vote v WHERE v.item_id = r.item_id AND v.choice = 'for') OR
		r.votes_against <> (SELECT count(*) FROM vote v WHERE v.item_id = r.item_id AND v.choice = 'against') OR
		r.votes_abstain <> (SELECT count(*) FROM vote v WHERE v.item_id = r.item_id AND v.choice = 'abstain') OR
		r.not_voted <> (SELECT count(*) FROM vote v WHERE v.item_id = r.item_id AND v.choice = 'not_voted') OR
		r.recused <> (SELECT count(*) FROM vote v WHERE v.item_id = r.item_id AND v.choice = 'recused') OR
		r.absent <> (SELECT count(*) FROM vote v WHERE v.item_id = r.item_id AND v.choice = 'absent') OR
		r.membership <> (SELECT count(*) FROM vote v WHERE v.item_id = r.item_id) OR
		r.present <> (SELECT count(*) FROM attendance a JOIN agenda_item i ON i.meeting_id = a.meeting_id
			WHERE i.id = r.item_id AND a.status <> 'absent')`)
	if mismatch != 0 {
		t.Errorf("%d vote results disagree with their ballots", mismatch)
	}
	missing := count(t, s, `SELECT count(*) FROM agenda_item i JOIN meeting m ON m.id = i.meeting_id
		JOIN attendance a ON a.meeting_id = m.id
		WHERE i.kind IN ('decision', 'election') AND m.status NOT IN ('draft', 'agenda_submitted', 'agenda_approved')
		AND NOT EXISTS (SELECT 1 FROM vote v WHERE v.item_id = i.id AND v.member_id = a.member_id)`)
	if missing != 0 {
		t.Errorf("%d ballots missing on decision items of recorded meetings", missing)
	}
	absentVoting := count(t, s, `SELECT count(*) FROM vote v JOIN agenda_item i ON i.id = v.item_id
		JOIN attendance a ON a.meeting_id = i.meeting_id AND a.member_id = v.member_id
		WHERE (a.status = 'absent') <> (v.choice = 'absent')`)
	if absentVoting != 0 {
		t.Errorf("%d ballots disagree with attendance", absentVoting)
	}
	checkOutcomes(t, s)
}

// checkOutcomes recomputes each stored result with store.Decide.
func checkOutcomes(t *testing.T, s *store.Store) {
	t.Helper()
	rows, err := s.DB().Query(`SELECT r.decision_rule, r.tie_rule, r.membership, r.present, r.base, r.needed, r.votes_for,
		r.votes_against, r.votes_abstain, r.not_voted, r.recused, r.absent, r.adopted, r.unanimous,
		coalesce((SELECT v.choice FROM vote v WHERE v.item_id = r.item_id AND v.member_id = m.presiding_id), '')
		FROM vote_result r JOIN agenda_item i ON i.id = r.item_id JOIN meeting m ON m.id = i.meeting_id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var in store.DecisionInput
		var base, needed, adopted, unanimous int
		var presiding string
		tl := &in.Tally
		if err := rows.Scan(&in.Rule, &in.Tie, &in.Membership, &in.Present, &base, &needed, &tl.For, &tl.Against,
			&tl.Abstain, &tl.NotVoted, &tl.Recused, &tl.Absent, &adopted, &unanimous, &presiding); err != nil {
			t.Fatal(err)
		}
		if presiding == "for" || presiding == "against" {
			yes := presiding == "for"
			in.PresidingFor = &yes
		}
		o := store.Decide(in)
		if o.Base != base || o.Needed != needed || o.Adopted != (adopted == 1) || o.Unanimous != (unanimous == 1) {
			t.Errorf("stored result %d/%d adopted=%d unanimous=%d, Decide says %+v", base, needed, adopted, unanimous, o)
		}
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
}

func TestSmallAgendaShape(t *testing.T) {
	s := load(t, Small)
	later := count(t, s, `SELECT count(*) FROM meeting m WHERE m.date > '2025-03-20' AND
		(SELECT title FROM agenda_item WHERE meeting_id = m.id AND position_no = 1) <> 'Про стан виконання рішень попередніх засідань'`)
	if later != 0 {
		t.Errorf("%d later meetings do not open with the previous decisions", later)
	}
	last := count(t, s, `SELECT count(*) FROM meeting m WHERE
		(SELECT title FROM agenda_item WHERE meeting_id = m.id ORDER BY position_no DESC LIMIT 1) <> 'Різне'`)
	if last != 0 {
		t.Errorf("%d meetings do not end with «Різне»", last)
	}
	absentSpeakers := count(t, s, `SELECT count(*) FROM speech sp JOIN agenda_item i ON i.id = sp.item_id
		JOIN attendance a ON a.meeting_id = i.meeting_id AND a.member_id = sp.speaker_member_id WHERE a.status = 'absent'`)
	if absentSpeakers != 0 {
		t.Errorf("%d speeches by absent members", absentSpeakers)
	}
	if n := count(t, s, "SELECT count(*) FROM attendance a JOIN meeting m ON m.id = a.meeting_id WHERE m.status = 'draft'"); n != 0 {
		t.Errorf("the draft meeting has %d attendance rows", n)
	}
	dup := count(t, s, "SELECT count(*) FROM (SELECT series, number FROM meeting GROUP BY series, number HAVING count(*) > 1 OR series <> substr(min(date), 1, 4))")
	if dup != 0 {
		t.Errorf("meeting numbering is not per calendar year")
	}
}

func TestSmallPlans(t *testing.T) {
	s := load(t, Small)
	ids := count(t, s, "SELECT count(*) FROM commitment WHERE ogp_id GLOB 'UAKLY000[1-9]' OR ogp_id = 'UAKLY0010'")
	if ids != 10 {
		t.Errorf("%d commitments with the expected OGP IDs, want 10", ids)
	}
	empty := count(t, s, `SELECT count(*) FROM commitment WHERE problem = '' OR status_quo = '' OR objective = ''
		OR how_solves = '' OR lead_implementer = '' OR other_actors = '' OR start_month = '' OR end_month = ''
		OR contact = '' OR budget = '' OR links = '' OR NOT EXISTS (SELECT 1 FROM commitment_value v WHERE v.commitment_id = commitment.id)`)
	if empty != 0 {
		t.Errorf("%d commitments with an empty §4 field", empty)
	}
	if n := count(t, s, "SELECT count(*) FROM (SELECT commitment_id, count(*) n FROM milestone GROUP BY commitment_id HAVING n BETWEEN 3 AND 5)"); n != 10 {
		t.Errorf("%d commitments with 3–5 milestones, want 10", n)
	}
	if n := count(t, s, "SELECT count(*) FROM milestone WHERE done_on = '' AND end_date < '2026-11-27'"); n == 0 {
		t.Error("no late milestone")
	}
	// The last change on each scale is the commitment's current value.
	stale := count(t, s, `SELECT count(*) FROM commitment c JOIN status_change h ON h.commitment_id = c.id
		WHERE h.id = (SELECT max(id) FROM status_change WHERE commitment_id = c.id AND scale = h.scale)
		AND h.to_value <> CASE h.scale WHEN 'implementation' THEN c.impl_status ELSE c.completion END`)
	if stale != 0 {
		t.Errorf("%d commitments whose history ends elsewhere than their status", stale)
	}
}

func TestSmallJournalAndIntegrity(t *testing.T) {
	s := load(t, Small)
	checkFile(t, s)
}

func checkFile(t *testing.T, s *store.Store) {
	t.Helper()
	ctx := context.Background()
	r, err := s.VerifyJournal(ctx)
	if err != nil || r.BadID != 0 || r.Entries != 1 {
		t.Errorf("journal: %+v, %v; want one good entry", r, err)
	}
	problems, err := s.IntegrityCheck(ctx)
	if err != nil || len(problems) != 0 {
		t.Errorf("integrity: %v, %v", problems, err)
	}
	if n := count(t, s, "SELECT count(*) FROM pragma_foreign_key_check"); n != 0 {
		t.Errorf("%d foreign key violations", n)
	}
}

func TestLoadTwiceRefused(t *testing.T) {
	s := load(t, Small)
	for _, size := range []Size{Small, Large} {
		if err := Load(context.Background(), s, size); !errors.Is(err, store.ErrNotEmpty) {
			t.Errorf("second Load(%s): %v, want ErrNotEmpty", size, err)
		}
	}
	if n := count(t, s, "SELECT count(*) FROM member"); n != 15 {
		t.Errorf("%d members after the refused loads, want 15", n)
	}
}

func TestLoadUnknownSize(t *testing.T) {
	s, err := store.Open(context.Background(), filepath.Join(t.TempDir(), "x.db"))
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := Load(context.Background(), s, "medium"); !errors.Is(err, store.ErrInvalid) {
		t.Errorf("Load(medium): %v, want ErrInvalid", err)
	}
}

func TestDeterministic(t *testing.T) {
	a, b := load(t, Small), load(t, Small)
	for _, q := range []string{
		"SELECT id, full_name, role, term_from, term_to, created_at, updated_at FROM member ORDER BY id",
		"SELECT id, series, number, date, status, created_at FROM meeting ORDER BY id",
		"SELECT item_id, member_id, choice, reason FROM vote ORDER BY item_id, member_id",
		"SELECT id, commitment_id, scale, to_value, changed_on, coalesce(point_id, 0) FROM status_change ORDER BY id",
	} {
		if da, db := dump(t, a, q), dump(t, b, q); da != db {
			t.Errorf("%s differs between two loads", q)
		}
	}
}

// dump renders a query's rows as text.
func dump(t *testing.T, s *store.Store, query string) string {
	t.Helper()
	rows, err := s.DB().Query(query)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, _ := rows.Columns()
	var out strings.Builder
	vals := make([]any, len(cols))
	ptrs := make([]any, len(cols))
	for i := range vals {
		ptrs[i] = &vals[i]
	}
	for rows.Next() {
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintln(&out, vals...)
	}
	return out.String()
}

func TestLarge(t *testing.T) {
	if testing.Short() {
		t.Skip("the large council takes seconds")
	}
	start := time.Now()
	s := load(t, Large)
	t.Logf("large council written in %v", time.Since(start).Round(time.Millisecond))
	meetings := count(t, s, "SELECT count(*) FROM meeting")
	votes := count(t, s, "SELECT count(*) FROM vote")
	if meetings != 360 || votes < 250_000 {
		t.Errorf("%d meetings, %d votes; want 360 and at least 250,000", meetings, votes)
	}
	if n := count(t, s, "SELECT count(*) FROM member"); n != 60 {
		t.Errorf("%d members, want 60", n)
	}
	if n := count(t, s, "SELECT count(*) FROM milestone"); n != 10*20*8 {
		t.Errorf("%d milestones, want 1600", n)
	}
	if n := count(t, s, "SELECT count(*) FROM agenda_item"); n != 360*15 {
		t.Errorf("%d agenda items, want 5400", n)
	}
	checkVotes(t, s)
	checkFile(t, s)
}
