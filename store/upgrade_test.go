package store

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// TestUpgradeFromVersion1 opens a copy of the frozen version-1 council with the current Rada,
// which runs every later migration on it; what the council held, its guards and its journal
// must come through, and the upgraded file must match a new one.
func TestUpgradeFromVersion1(t *testing.T) {
	if *update {
		writeV1(t, v1DB)
	}
	checkMigrationFiles(t)
	path := filepath.Join(t.TempDir(), "council.db")
	copyFile(t, v1DB, path)
	entries := v1JournalLength(t, path)
	s := openTestFile(t, path)
	checkUpgradedSchema(t, s)
	checkV1Data(t, s)
	checkV1Guards(t, s)
	checkV1Journal(t, s, entries)
	checkBackupsKeep(t, s)
	checkV1Numbering(t, s)
	checkUpgradedInstitutions(t, s)
	checkPrintSettings(t, s)
}

// checkPrintSettings: migration 4 gave the council the print as it was before the settings,
// and its meetings the council's attendance shape.
func checkPrintSettings(t *testing.T, s *Store) {
	t.Helper()
	c, err := s.GetCouncil(context.Background())
	want := Print{Header: HeaderDateLeft, Time: TimeWords, Order: DecidedFirst, Attendance: AttendanceList}
	got := Print{Header: c.HeaderLayout, Time: c.TimeStyle, Order: c.VoteOrder, Attendance: c.Attendance, Total: c.TotalLine}
	if err != nil || got != want {
		t.Errorf("upgraded council prints %+v (%v), want %+v", got, err, want)
	}
	ms, err := s.ListMeetings(context.Background(), MeetingFilter{})
	for _, m := range ms {
		if m.Attendance != "" {
			t.Errorf("upgraded meeting %d has its own attendance shape %q", m.Number, m.Attendance)
		}
	}
	if err != nil || len(ms) == 0 {
		t.Errorf("no upgraded meetings (%v)", err)
	}
}

// checkBackupsKeep: migration 2 gave the council the default number of daily backups.
func checkBackupsKeep(t *testing.T, s *Store) {
	t.Helper()
	c, err := s.GetCouncil(context.Background())
	if err != nil || c.BackupsKeep != DefaultBackupsKeep {
		t.Errorf("upgraded council keeps %d backups (%v), want %d", c.BackupsKeep, err, DefaultBackupsKeep)
	}
}

// checkMigrationFiles holds the rules of store/migrations: the files are numbered 1, 2, 3 …
// without a gap, and each is a landed migration, unchanged since it landed.
func checkMigrationFiles(t *testing.T) {
	t.Helper()
	name := regexp.MustCompile(`^\d{4}_[a-z0-9_]+\.sql$`)
	for i, m := range mustMigrations() {
		if m.version != i+1 || !name.MatchString(m.name) {
			t.Errorf("migration %d is %s: want %04d_what_it_does.sql", i+1, m.name, i+1)
		}
		body, err := migrationFiles.ReadFile("migrations/" + m.name)
		if err != nil {
			t.Fatal(err)
		}
		sum := fmt.Sprintf("%x", sha256.Sum256(body))
		switch want, ok := landedMigrations[m.name]; {
		case !ok:
			t.Errorf("%s: add it to landedMigrations (%q) and check what it changes in TestUpgradeFromVersion1", m.name, sum)
		case sum != want:
			t.Errorf("%s changed since it landed: a fix is a new migration", m.name)
		}
	}
}

// v1JournalLength reads the fixture's schema version and journal length before Rada opens it.
func v1JournalLength(t *testing.T, path string) int {
	t.Helper()
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro")
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	var version, n int
	if err := db.QueryRow("PRAGMA user_version").Scan(&version); err != nil || version != 1 {
		t.Fatalf("%s: schema version %d (%v), want 1", v1DB, version, err)
	}
	if err := db.QueryRow("SELECT count(*) FROM journal").Scan(&n); err != nil || n == 0 {
		t.Fatalf("%s: %d journal entries (%v)", v1DB, n, err)
	}
	return n
}

// checkUpgradedSchema: every embedded migration ran, a copy of version 1 was kept when there
// was one to run, and the schema is the one a new file gets.
func checkUpgradedSchema(t *testing.T, s *Store) {
	t.Helper()
	latest := len(mustMigrations())
	if v, err := s.userVersion(context.Background()); err != nil || v != latest {
		t.Fatalf("after the upgrade: version %d (%v), want %d", v, err, latest)
	}
	_, err := os.Stat(backupPath(s.Path(), 1))
	if kept := err == nil; kept != (latest > 1) {
		t.Errorf("copy of version 1 kept: %v, want %v", kept, latest > 1)
	}
	if got, want := schemaOf(t, s), schemaOf(t, newTestStore(t)); got != want {
		t.Errorf("the upgraded schema differs from a new file's:\n%s\nwant:\n%s", got, want)
	}
}

func schemaOf(t *testing.T, s *Store) string {
	t.Helper()
	rows, err := s.db.Query("SELECT type, name, coalesce(sql, '') FROM sqlite_schema ORDER BY type, name")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var b strings.Builder
	for rows.Next() {
		var kind, name, text string
		if err := rows.Scan(&kind, &name, &text); err != nil {
			t.Fatal(err)
		}
		fmt.Fprintf(&b, "%s %s: %s\n", kind, name, text)
	}
	return b.String()
}

func checkV1Data(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	members := must(s.ListMembers(ctx, MemberFilter{}))(t)
	if len(members) != len(v1Members) {
		t.Fatalf("%d members, want %d", len(members), len(v1Members))
	}
	byName := map[string]Member{}
	for _, m := range members {
		byName[m.FullName] = m
	}
	for _, want := range v1Members {
		got := byName[want.FullName]
		if got.Role != want.Role || got.Side != want.Side || got.Sector != want.Sector || got.Position != want.Position ||
			got.Organisation != want.Organisation || !got.Active {
			t.Errorf("member %s: %+v", want.FullName, got)
		}
	}
	meetings := must(s.ListMeetings(ctx, MeetingFilter{}))(t)
	if len(meetings) != 2 || meetings[1].Status != MeetingMinutesApproved || meetings[0].Status != MeetingDraft ||
		meetings[1].Number != 1 || meetings[0].Number != 2 {
		t.Fatalf("meetings: %+v", meetings)
	}
	checkV1Record(t, must(s.MeetingRecord(ctx, meetings[1].ID))(t))
	if agenda := must(s.ListAgenda(ctx, meetings[0].ID))(t); len(agenda) != 1 || agenda[0].Title != v1NextItem {
		t.Errorf("the draft's agenda: %+v", agenda)
	}
	checkV1Plan(t, s)
}

// checkV1Numbering checks that the meetings keep their numbers and series through migration
// 3 (series_start): --meeting finds them, the next number follows them, a number in use
// is refused and a series start at or below it too.
func checkV1Numbering(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	meetings := must(s.ListMeetings(ctx, MeetingFilter{}))(t)
	draft, held := meetings[0].Meeting, meetings[1].Meeting
	if got := must(s.FindMeetingByNumber(ctx, 1, 0))(t); got.ID != held.ID || got.Series != held.Series {
		t.Errorf("--meeting 1: %+v", got)
	}
	if next := must(s.SeriesNext(ctx, draft.Series))(t); next != 3 {
		t.Errorf("next number of series %s: %d, want 3", draft.Series, next)
	}
	var taken *NumberTakenError
	if err := s.SetNextNumber(ctx, draft.Series, 2); !errors.As(err, &taken) || taken.By.ID != draft.ID {
		t.Errorf("series start at a number in use: %v", err)
	}
	if err := s.SetNextNumber(ctx, draft.Series, 8); err != nil {
		t.Fatal(err)
	}
	if n := must(s.ProposeNumber(ctx, draft.Date))(t); n != 8 {
		t.Errorf("proposed after the series start moved to 8: %d", n)
	}
}

// checkV1Record checks the locked meeting's record as the minutes read it.
func checkV1Record(t *testing.T, r Record) {
	t.Helper()
	if r.Meeting.Place != "каб. 212" || r.Presiding.FullName != v1Members[0].FullName || r.Secretary.FullName != v1Members[2].FullName {
		t.Errorf("meeting: %+v, presiding %q, secretary %q", r.Meeting, r.Presiding.FullName, r.Secretary.FullName)
	}
	if len(r.Present) != 4 || len(r.Absent) != 1 || r.Absent[0].FullName != v1Members[4].FullName || r.Absent[0].Reason != v1Absence {
		t.Errorf("attendance: present %d, absent %+v", len(r.Present), r.Absent)
	}
	if len(r.Items) != 1 {
		t.Fatalf("%d items, want 1", len(r.Items))
	}
	it := r.Items[0]
	if it.Title != v1ItemTitle || it.Heard != v1Heard || len(it.Speeches) != 1 || it.Speeches[0].Summary != v1Speech ||
		len(it.Points) != 1 || it.Points[0].Text != v1Point {
		t.Errorf("item: %+v", it)
	}
	votes := map[string]VoteChoice{}
	for _, v := range it.Votes {
		votes[v.Person.FullName] = v.Choice
	}
	for i, c := range v1Votes {
		if votes[v1Members[i].FullName] != c {
			t.Errorf("vote of %s: %q, want %q", v1Members[i].FullName, votes[v1Members[i].FullName], c)
		}
	}
	if res := it.Result; res == nil || res.Tally != (Tally{For: 3, Abstain: 1, Absent: 1}) || !res.Outcome.Adopted {
		t.Errorf("result: %+v", res)
	}
	if as := it.Assignments; len(as) != 1 || as[0].Text != v1Assignment || as[0].Deadline != v1Deadline ||
		as[0].Responsible.FullName != v1Members[3].FullName || as[0].PointPosition != 1 {
		t.Errorf("assignments: %+v", as)
	}
	minutes := 0
	for _, a := range r.Approvals {
		if a.Kind == approveMinutes {
			minutes++
		}
	}
	if minutes != 2 {
		t.Errorf("%d approvals of the minutes, want 2: %+v", minutes, r.Approvals)
	}
}

func checkV1Plan(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	plans := must(s.ListPlans(ctx))(t)
	if len(plans) != 1 || plans[0].Title != v1PlanTitle || plans[0].Status != PlanInProgress {
		t.Fatalf("plans: %+v", plans)
	}
	cs := must(s.ListCommitments(ctx, plans[0].ID, CommitmentFilter{}))(t)
	if len(cs) != 1 || cs[0].OGPID != v1OGPID || cs[0].Title != v1Commitment || cs[0].ImplStatus != ImplInProgress {
		t.Fatalf("commitments: %+v", cs)
	}
	ms := must(s.ListMilestones(ctx, cs[0].ID))(t)
	if len(ms) != v1Milestones || ms[0].DoneOn != v1DoneOn || ms[1].DoneOn != "" {
		t.Errorf("milestones: %+v", ms)
	}
}

// checkV1Guards: the triggers are all there, nothing was written outside Rada, and the
// locked meeting refuses both raw SQL and the store's methods.
func checkV1Guards(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	if g := must(s.CheckGuards(ctx))(t); !g.Clean() {
		t.Fatalf("guards after the upgrade: %+v", g)
	}
	locked := must(s.ListMeetings(ctx, MeetingFilter{Status: MeetingMinutesApproved}))(t)
	if len(locked) != 1 {
		t.Fatalf("%d locked meetings, want 1", len(locked))
	}
	item := must(s.ListAgenda(ctx, locked[0].ID))(t)[0].ID
	for _, q := range []string{
		"UPDATE meeting SET place = 'інше' WHERE status = 'minutes_approved'",
		"UPDATE vote SET choice = 'against'",
		"DELETE FROM decision_point",
		"INSERT INTO attendance (meeting_id, member_id, status) SELECT id, 5, 'present' FROM meeting WHERE status = 'minutes_approved'",
	} {
		if _, err := s.db.Exec(q); !errors.Is(mapErr(err), ErrLocked) {
			t.Errorf("%s: %v, want ErrLocked", q, err)
		}
	}
	if err := s.SetHeard(ctx, item, "змінено"); !errors.Is(err, ErrLocked) {
		t.Errorf("heard on the locked meeting: %v", err)
	}
	if _, err := s.CastVote(ctx, item, locked[0].PresidingID, VoteAgainst, ""); !errors.Is(err, ErrLocked) {
		t.Errorf("vote on the locked meeting: %v", err)
	}
}

// checkV1Journal: the chain of version 1 holds after the upgrade and goes on with a new change.
func checkV1Journal(t *testing.T, s *Store, entries int) {
	t.Helper()
	ctx := context.Background()
	if problems := must(s.IntegrityCheck(ctx))(t); len(problems) > 0 {
		t.Fatalf("integrity: %v", problems)
	}
	if r := must(s.VerifyJournal(ctx))(t); r.BadID != 0 || r.Entries != entries {
		t.Fatalf("journal after the upgrade: %+v, want %d entries intact", r, entries)
	}
	must(s.CreateMember(ctx, Member{FullName: "Новий Член", Side: SideCivil, Role: RoleMember, Sector: SectorOther}))(t)
	if r := must(s.VerifyJournal(ctx))(t); r.BadID != 0 || r.Entries != entries+1 {
		t.Fatalf("journal after a new change: %+v, want %d entries intact", r, entries+1)
	}
	if g := must(s.CheckGuards(ctx))(t); !g.Clean() {
		t.Fatalf("guards after a new change: %+v", g)
	}
}
