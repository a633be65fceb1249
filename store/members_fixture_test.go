package store

import "testing"

// fixture writes meetings and their records straight into the file, so that member tests
// do not depend on the meeting screens' store methods.
type fixture struct {
	t *testing.T
	s *Store
	n int
}

func newFixture(t *testing.T, s *Store) *fixture { return &fixture{t: t, s: s} }

func (f *fixture) exec(query string, args ...any) int64 {
	f.t.Helper()
	res, err := f.s.db.Exec(query, args...)
	if err != nil {
		f.t.Fatal(err)
	}
	id, _ := res.LastInsertId()
	return id
}

func (f *fixture) meeting(date string) int64 {
	f.n++
	return f.exec(`INSERT INTO meeting (series, number, date, status, created_at, updated_at)
		VALUES (?, ?, ?, 'closed', 'now', 'now')`, date[:4], f.n, date)
}

func (f *fixture) item(meeting int64, title string) int64 {
	return f.exec("INSERT INTO agenda_item (meeting_id, position_no, title, kind) VALUES (?, 1, ?, 'decision')", meeting, title)
}

func (f *fixture) attend(meeting, member int64, p Presence) {
	f.exec("INSERT INTO attendance (meeting_id, member_id, status) VALUES (?, ?, ?)", meeting, member, string(p))
}

func (f *fixture) vote(item, member int64, c VoteChoice) {
	f.exec("INSERT INTO vote (item_id, member_id, choice) VALUES (?, ?, ?)", item, member, string(c))
}

func (f *fixture) assign(item, member int64, text string) {
	f.exec("INSERT INTO assignment (item_id, text, responsible_member_id, deadline) VALUES (?, ?, ?, '2026-04-30')", item, text, member)
}
