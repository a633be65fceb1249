package store

import (
	"context"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

// The version-1 council: the database of schema version 1 in testdata/upgrade, written once
// by the code of that version and frozen since. TestUpgradeFromVersion1 opens a copy with
// the current Rada and checks that every later migration keeps what it holds.
//
// To write it again (only possible while the schema is still at version 1):
//
//	go test ./store -run TestUpgradeFromVersion1 -update
var update = flag.Bool("update", false, "rewrite testdata/upgrade/v1.db (only while the schema is at version 1)")

const v1DB = "testdata/upgrade/v1.db"

// landedMigrations are the SHA-256 sums of the migrations on main: a migration that has
// landed never changes (a fix is a new one), and a new one adds its line here.
var landedMigrations = map[string]string{
	"0001_init.sql":              "9db51bb3770693edd8ab475eb165074dd9d00e9b91d2717bb7919a23def67e0f",
	"0002_backups_keep.sql":      "fc0aa6675ad805e9095bd7bd258ea1c476439338f0daf435227f78665a1ddf6b",
	"0003_series_start.sql":      "7393e437773f4eacbfe67f04f405e5b7ce79aba8cfe3a110af6ff06b3b36ca6b",
	"0004_print_settings.sql":    "7b9dc78ea3da3ab0ddcd6b0004f4195a18eb073fa36a436457b264fd46a84cba",
	"0005_plan_institutions.sql": "2fa7fb2164236b0d41f4f807e2be57c11c02a43e9f77be31c8de214c4e4dd211",
}

// v1Members are the council's members; the first two are the co-chairs, the third the secretary.
var v1Members = []Member{
	{FullName: "Ковальчук Андрій Миколайович", Side: SideGovernment, Role: RoleCoChair, Sector: SectorExecutive, Position: "заступник міського голови"},
	{FullName: "Мельник Оксана Петрівна", Side: SideCivil, Role: RoleCoChair, Sector: SectorNGO, Organisation: "ГО «Відкрите місто»"},
	{FullName: "Бондар Ірина Василівна", Side: SideGovernment, Role: RoleSecretary, Sector: SectorExecutive},
	{FullName: "Шевчук Тарас Іванович", Side: SideCivil, Role: RoleMember, Sector: SectorNGO},
	{FullName: "Лисенко Галина Олегівна", Side: SideGovernment, Role: RoleMember, Sector: SectorEnterprise},
}

// v1Votes are the roll call of the first meeting's item, by member; the fifth member is absent.
var v1Votes = []VoteChoice{VoteFor, VoteFor, VoteFor, VoteAbstain}

// The texts of the first meeting's record and of the plan.
const (
	v1Absence    = "відрядження"
	v1ItemTitle  = "Про стан виконання Плану дій"
	v1Heard      = "Бондар І. В. про виконання зобов'язань"
	v1Speech     = "Запропонувала оприлюднити звіт"
	v1Point      = "Інформацію взяти до відома"
	v1Assignment = "Оприлюднити звіт на сайті"
	v1Deadline   = "2026-03-31"
	v1NextItem   = "Про звіт за півріччя"
	v1PlanTitle  = "План дій 2025–2026"
	v1OGPID      = "UAKLY0001"
	v1Commitment = "Відкриті дані бюджету"
	v1Milestones = 2 // the first is done on v1DoneOn
	v1DoneOn     = "2026-01-20"
)

// writeV1 writes the version-1 council through the store's own methods to path.
func writeV1(t *testing.T, path string) {
	t.Helper()
	if n := len(mustMigrations()); n != 1 {
		t.Fatalf("the schema is at version %d: %s is frozen at version 1; add a database of version %d beside it instead", n, v1DB, n)
	}
	dir := t.TempDir()
	live := filepath.Join(dir, "council.db")
	s := newTestStoreAt(t, live)
	ids := v1WriteMembers(t, s)
	v1WriteMeetings(t, s, ids)
	v1WritePlan(t, s)
	if err := s.Backup(context.Background(), filepath.Join(dir, "v1.db"), false); err != nil {
		t.Fatal(err)
	}
	copyFile(t, filepath.Join(dir, "v1.db"), path)
}

// newTestStoreAt is newTestStore on a given path.
func newTestStoreAt(t *testing.T, path string) *Store {
	t.Helper()
	s := openTestFile(t, path)
	c := DefaultCouncil()
	c.CityUK, c.CityEN = "м. Хмельницький", "Khmelnytskyi"
	if err := s.FoundCouncil(context.Background(), c); err != nil {
		t.Fatal(err)
	}
	return s
}

func v1WriteMembers(t *testing.T, s *Store) []int64 {
	t.Helper()
	var ids []int64
	for _, m := range v1Members {
		id, err := s.CreateMember(context.Background(), m)
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, id)
	}
	return ids
}

// v1WriteMeetings holds the first meeting from agenda to approved minutes (locked) and
// drafts the second.
func v1WriteMeetings(t *testing.T, s *Store, ids []int64) {
	t.Helper()
	ctx := context.Background()
	chair1, chair2 := openAs(t, s.Path(), v1Members[0].FullName), openAs(t, s.Path(), v1Members[1].FullName)
	m := must(s.CreateMeeting(ctx, Meeting{Date: "2026-02-10", StartTime: "10:00", Place: "каб. 212", PresidingID: ids[0], SecretaryID: ids[2]}))(t)
	it := must(s.CreateAgendaItem(ctx, AgendaItem{MeetingID: m.ID, Title: v1ItemTitle, Kind: ItemDecision, ReporterMemberID: ids[2]}))(t)
	check(t, s.SubmitAgenda(ctx, m.ID))
	must(chair1.ApproveAgenda(ctx, m.ID))(t)
	must(chair2.ApproveAgenda(ctx, m.ID))(t)
	check(t, s.SetAttendance(ctx, m.ID, ids[4], PresenceAbsent, v1Absence))
	check(t, s.StartSession(ctx, m.ID, false))
	check(t, s.SetHeard(ctx, it.ID, v1Heard))
	must(s.AddSpeech(ctx, Speech{ItemID: it.ID, SpeakerMemberID: ids[2], Summary: v1Speech}))(t)
	p := must(s.AddPoint(ctx, DecisionPoint{ItemID: it.ID, Text: v1Point}))(t)
	for i, c := range v1Votes {
		must(s.CastVote(ctx, it.ID, ids[i], c, ""))(t)
	}
	must(s.CreateAssignment(ctx, Assignment{ItemID: it.ID, PointID: p.ID, Text: v1Assignment, ResponsibleMemberID: ids[3], Deadline: v1Deadline}))(t)
	check(t, s.CloseMeeting(ctx, m.ID))
	check(t, s.SubmitMinutes(ctx, m.ID))
	must2(chair1.ApproveMinutes(ctx, m.ID))(t)
	must2(chair2.ApproveMinutes(ctx, m.ID))(t)
	next := must(s.CreateMeeting(ctx, Meeting{Date: "2026-05-12", StartTime: "10:00", PresidingID: ids[1]}))(t)
	must(s.CreateAgendaItem(ctx, AgendaItem{MeetingID: next.ID, Title: v1NextItem, Kind: ItemInformation}))(t)
}

func v1WritePlan(t *testing.T, s *Store) {
	t.Helper()
	ctx := context.Background()
	plan := must(s.CreatePlan(ctx, ActionPlan{Title: v1PlanTitle, PeriodFrom: "2025-01", PeriodTo: "2026-12", Status: PlanInProgress}))(t)
	c := must(s.CreateCommitment(ctx, Commitment{PlanID: plan, OGPID: v1OGPID, Title: v1Commitment, LeadImplementer: "Фінансове управління",
		StartMonth: "2025-01", EndMonth: "2026-12", Values: []OGPValue{ValueAccessInfo}, ImplStatus: ImplInProgress}))(t)
	for i := range v1Milestones {
		id := must(s.CreateMilestone(ctx, Milestone{CommitmentID: c, Deliverable: []string{"Портал відкритих даних", "Звіт про використання"}[i],
			StartDate: "2025-01-01", EndDate: "2026-06-30"}))(t)
		if i == 0 {
			check(t, s.MarkMilestoneDone(ctx, id, v1DoneOn, "https://example.org/portal"))
		}
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	body, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, body, 0o600); err != nil {
		t.Fatal(err)
	}
}

func check(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}

// must turns a (value, error) pair into a function that fails the test on the error.
func must[V any](v V, err error) func(*testing.T) V {
	return func(t *testing.T) V {
		t.Helper()
		check(t, err)
		return v
	}
}

// must2 is must for methods that return two values and an error.
func must2[V, W any](v V, _ W, err error) func(*testing.T) V { return must(v, err) }
