package store

import (
	"context"
	"errors"
	"flag"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"
)

// wfFixture is a council file with one meeting in every status, each with two items.
type wfFixture struct {
	path     string
	meetings map[MeetingStatus]int64
	items    map[MeetingStatus]int64 // the first item of each meeting
	assigned map[MeetingStatus]int64 // an assignment, where the meeting has been in session
	source   int64                   // an item of an earlier meeting in session (to defer into another)
	target   int64                   // a later draft meeting (to defer to)
	member   int64                   // a plain member (attendance, votes)
}

// wfActor is who acts in a case: a person served in their role (AsMember), or the operator
// with --as naming a co-chair.
type wfActor struct {
	name, actor string
	opts        []Option
	role        func(a Action) Role
}

func wfActors(chair Member) []wfActor {
	served := func(name, actor string, r Role) wfActor {
		return wfActor{name, actor, []Option{AsMember()}, func(Action) Role { return r }}
	}
	return []wfActor{
		served("secretary", "Коваль Марія", RoleSecretary),
		served("co_chair", "Іваненко Іван", RoleCoChair),
		served("member", "Бондар Андрій", RoleMember),
		{"operator", "Іваненко Іван", nil, func(a Action) Role { return OperatorRole(a, chair) }},
	}
}

// wfOps take each action of the table through the store on the meeting in status st.
var wfOps = map[Action]func(ctx context.Context, s *Store, f wfFixture, st MeetingStatus) error{
	ActEditMeeting: func(ctx context.Context, s *Store, f wfFixture, st MeetingStatus) error {
		m, err := s.GetMeeting(ctx, f.meetings[st])
		if err != nil {
			return err
		}
		m.Place = "Велика зала"
		return s.UpdateMeeting(ctx, m)
	},
	ActRenumber: func(ctx context.Context, s *Store, f wfFixture, st MeetingStatus) error {
		m, err := s.GetMeeting(ctx, f.meetings[st])
		if err != nil {
			return err
		}
		m.Number += 50
		return s.UpdateMeeting(ctx, m)
	},
	ActDeleteMeeting: func(ctx context.Context, s *Store, f wfFixture, st MeetingStatus) error {
		return s.DeleteMeeting(ctx, f.meetings[st])
	},
	ActEditAgenda: func(ctx context.Context, s *Store, f wfFixture, st MeetingStatus) error {
		_, err := s.CreateAgendaItem(ctx, AgendaItem{MeetingID: f.meetings[st], Title: "Ще пункт", Kind: ItemInformation})
		return err
	},
	ActSubmitAgenda: func(ctx context.Context, s *Store, f wfFixture, st MeetingStatus) error {
		return s.SubmitAgenda(ctx, f.meetings[st])
	},
	ActApproveAgenda: func(ctx context.Context, s *Store, f wfFixture, st MeetingStatus) error {
		_, err := s.ApproveAgenda(ctx, f.meetings[st])
		return err
	},
	ActReturnAgenda: func(ctx context.Context, s *Store, f wfFixture, st MeetingStatus) error {
		return s.ReturnAgenda(ctx, f.meetings[st], "Додайте звіт")
	},
	ActReceiveItem: func(ctx context.Context, s *Store, f wfFixture, st MeetingStatus) error {
		_, err := s.DeferItem(ctx, f.source, f.meetings[st])
		return err
	},
	ActStart: func(ctx context.Context, s *Store, f wfFixture, st MeetingStatus) error {
		return s.StartSession(ctx, f.meetings[st], false)
	},
	ActStartUnapproved: func(ctx context.Context, s *Store, f wfFixture, st MeetingStatus) error {
		return s.StartSession(ctx, f.meetings[st], true)
	},
	ActAttendance: func(ctx context.Context, s *Store, f wfFixture, st MeetingStatus) error {
		return s.SetAttendance(ctx, f.meetings[st], f.member, PresenceRemote, "")
	},
	ActCurrentItem: func(ctx context.Context, s *Store, f wfFixture, st MeetingStatus) error {
		return s.SetCurrentItem(ctx, f.meetings[st], 2)
	},
	ActRecord: func(ctx context.Context, s *Store, f wfFixture, st MeetingStatus) error {
		return s.SetHeard(ctx, f.items[st], "Інформацію взято до відома")
	},
	ActEditAssignment: func(ctx context.Context, s *Store, f wfFixture, st MeetingStatus) error {
		_, err := s.CreateAssignment(ctx, Assignment{ItemID: f.items[st], Text: "Підготувати звіт", ResponsibleOrg: "ЦНАП"})
		return err
	},
	ActFollowUp: func(ctx context.Context, s *Store, f wfFixture, st MeetingStatus) error {
		id := f.assigned[st]
		if id == 0 { // a meeting never in session has none: one is put in by hand
			res, err := s.DB().ExecContext(ctx, `INSERT INTO assignment (item_id, text, responsible_org, deadline, status)
				VALUES (?, 'Підготувати звіт', 'ЦНАП', '', 'open')`, f.items[st])
			if err != nil {
				return err
			}
			id, _ = res.LastInsertId()
		}
		return s.MarkAssignmentDone(ctx, id, "2026-03-20", "Зроблено")
	},
	ActVote: func(ctx context.Context, s *Store, f wfFixture, st MeetingStatus) error {
		_, err := s.CastVote(ctx, f.items[st], f.member, VoteFor, "")
		return err
	},
	ActDefer: func(ctx context.Context, s *Store, f wfFixture, st MeetingStatus) error {
		_, err := s.DeferItem(ctx, f.items[st], f.target)
		return err
	},
	ActClose: func(ctx context.Context, s *Store, f wfFixture, st MeetingStatus) error {
		return s.CloseMeeting(ctx, f.meetings[st])
	},
	ActSubmitMinutes: func(ctx context.Context, s *Store, f wfFixture, st MeetingStatus) error {
		return s.SubmitMinutes(ctx, f.meetings[st])
	},
	ActApproveMinutes: func(ctx context.Context, s *Store, f wfFixture, st MeetingStatus) error {
		_, _, err := s.ApproveMinutes(ctx, f.meetings[st])
		return err
	},
	ActReturnMinutes: func(ctx context.Context, s *Store, f wfFixture, st MeetingStatus) error {
		return s.ReturnMinutes(ctx, f.meetings[st], "Виправте прізвище")
	},
	ActExport: func(ctx context.Context, s *Store, f wfFixture, st MeetingStatus) error {
		_, err := s.MeetingRecord(ctx, f.meetings[st])
		return err
	},
}

// wfWant is what the table says of a case. Starting with force also starts on an approved agenda.
func wfWant(st MeetingStatus, a Action, r Role) error {
	if a == ActStartUnapproved && Allow(st, ActStart, r) == nil {
		return nil
	}
	return Allow(st, a, r)
}

// TestWorkflowTableIsWhatTheStoreAllows takes every action of the table through the store, on
// a meeting in every status, as every role, each on its own copy of one council file, and
// checks that the store allows exactly what Allow says and refuses with its reason.
func TestWorkflowTableIsWhatTheStoreAllows(t *testing.T) {
	f, chair := newWFFixture(t)
	ctx := context.Background()
	for _, st := range MeetingStatuses {
		for _, a := range Actions() {
			op, ok := wfOps[a]
			if !ok {
				t.Fatalf("no store call for the action %s: add it to wfOps", a)
			}
			for _, who := range wfActors(chair) {
				s := openCopy(t, f.path, who.actor, who.opts...)
				before, err := s.LastChange(ctx)
				if err != nil {
					t.Fatal(err)
				}
				got, want := op(ctx, s, f, st), wfWant(st, a, who.role(a))
				if msg := wfMismatch(got, want, a); msg != "" {
					t.Errorf("%s × %s × %s: %s", st, a, who.name, msg)
				}
				if after, _ := s.LastChange(ctx); got != nil && after != before {
					t.Errorf("%s × %s × %s: refused, yet the journal grew", st, a, who.name)
				}
				s.Close()
			}
		}
	}
}

// wfMismatch says how the store's answer got differs from the table's want, "" if it does not.
func wfMismatch(got, want error, a Action) string {
	switch {
	case want == nil && got != nil:
		return "the table allows it, the store refused: " + got.Error()
	case want == nil:
		return ""
	case got == nil:
		return "the table refuses it (" + want.Error() + "), the store allowed it"
	case !errors.Is(got, ErrForbidden):
		return "refused without a Refusal: " + got.Error()
	}
	g, w := RefusalCode(got), RefusalCode(want)
	switch {
	case g == w:
		return ""
	case g == RefuseAlreadyApproved && w == stepOf(a).why:
		return "" // the co-chair approved before: the store names who, before the status
	case a == ActReceiveItem:
		return "" // the item's own meeting is checked first, with its own reason
	}
	return "refused with " + g + ", the table says " + w
}

// openCopy opens a copy of the council file at path as actor.
func openCopy(t *testing.T, path, actor string, opts ...Option) *Store {
	t.Helper()
	dst := filepath.Join(t.TempDir(), "council.db")
	copyFile(t, path, dst)
	opts = append([]Option{WithActor(actor), WithClock(func() time.Time { return testNow })}, opts...)
	s, err := Open(context.Background(), dst, opts...)
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// newWFFixture builds the council file and returns it closed, with the co-chair the
// operator's --as names.
func newWFFixture(t *testing.T) (wfFixture, Member) {
	t.Helper()
	ctx := context.Background()
	s := newTestStore(t)
	f := wfFixture{path: s.Path(), meetings: map[MeetingStatus]int64{}, items: map[MeetingStatus]int64{},
		assigned: map[MeetingStatus]int64{}}
	gov := addMember(t, s, "Іваненко Іван Іванович", SideGovernment, RoleCoChair)
	civ := addMember(t, s, "Петренко Олена Іванівна", SideCivil, RoleCoChair)
	addMember(t, s, "Коваль Марія Петрівна", SideGovernment, RoleSecretary)
	f.member = addMember(t, s, "Бондар Андрій", SideCivil, RoleMember)
	early := liveMeeting(t, s, "2026-03-01", gov)
	f.source = liveItem(t, s, early.ID, 1, "Відкладений пункт")
	if err := s.StartSession(ctx, early.ID, true); err != nil {
		t.Fatal(err)
	}
	f.target = liveMeeting(t, s, "2026-12-01", gov).ID
	for i, st := range MeetingStatuses {
		m := liveMeeting(t, s, "2026-03-12", gov)
		f.meetings[st] = m.ID
		f.items[st] = liveItem(t, s, m.ID, 1, "Про стан виконання Плану дій")
		liveItem(t, s, m.ID, 2, "Різне")
		f.assigned[st] = wfAdvance(t, s, m.ID, f.items[st], i, gov, civ)
	}
	chair, err := s.GetMember(ctx, gov)
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	return f, chair
}

// wfAdvance takes a new meeting through the first steps of its life, up to MeetingStatuses[to];
// it returns the assignment given at the session, if there was one.
func wfAdvance(t *testing.T, s *Store, id, item int64, to int, gov, civ int64) int64 {
	t.Helper()
	ctx := context.Background()
	var assigned int64
	steps := []func() error{
		func() error { return s.SubmitAgenda(ctx, id) },
		func() error {
			if _, err := s.ApproveAgendaAs(ctx, id, gov); err != nil {
				return err
			}
			_, err := s.ApproveAgendaAs(ctx, id, civ)
			return err
		},
		func() error {
			if err := s.StartSession(ctx, id, false); err != nil {
				return err
			}
			a, err := s.CreateAssignment(ctx, Assignment{ItemID: item, Text: "Оновити сторінку", ResponsibleOrg: "ЦНАП"})
			assigned = a.ID
			return err
		},
		func() error { return s.CloseMeeting(ctx, id) },
		func() error { return s.SubmitMinutes(ctx, id) },
		func() error {
			for _, name := range []string{"Іваненко Іван", "Петренко Олена"} {
				chair, err := Open(ctx, s.Path(), WithActor(name), WithClock(func() time.Time { return testNow }))
				if err != nil {
					return err
				}
				_, _, err = chair.ApproveMinutes(ctx, id)
				chair.Close()
				if err != nil {
					return err
				}
			}
			return nil
		},
	}
	for _, step := range steps[:to] {
		if err := step(); err != nil {
			t.Fatal(err)
		}
	}
	m, _ := s.GetMeeting(ctx, id)
	if m.Status != MeetingStatuses[to] {
		t.Fatalf("meeting %d is %s, want %s", id, m.Status, MeetingStatuses[to])
	}
	return assigned
}

var updateTable = flag.Bool("update-workflow", false, "rewrite testdata/workflow.md")

// TestWorkflowTableAsWritten keeps testdata/workflow.md, the table as a person reads it, the
// same as the table: a change to the workflow shows in review as a change to that page.
func TestWorkflowTableAsWritten(t *testing.T) {
	var b strings.Builder
	b.WriteString("<!-- written by TestWorkflowTableAsWritten from store/workflow.go: go test ./store -run TableAsWritten -update-workflow -->\n")
	b.WriteString("Who may take each step, per status (s secretary, c co-chair, m member; · nobody, with the reason given otherwise).\n\n")
	b.WriteString("| action |")
	for _, st := range MeetingStatuses {
		b.WriteString(" " + string(st) + " |")
	}
	b.WriteString("\n|---|" + strings.Repeat("---|", len(MeetingStatuses)) + "\n")
	for _, a := range Actions() {
		b.WriteString("| " + string(a) + " |")
		for _, st := range MeetingStatuses {
			b.WriteString(" " + wfCell(st, a) + " |")
		}
		b.WriteString("\n")
	}
	path := filepath.Join("testdata", "workflow.md")
	if *updateTable {
		if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	if string(want) != b.String() {
		t.Errorf("the workflow table changed; read the difference and rewrite %s with -update-workflow:\n%s", path, b.String())
	}
}

// wfCell is who may take a in st ("sc"), or the secretary's reason why not ("· not_started").
func wfCell(st MeetingStatus, a Action) string {
	var who string
	for _, r := range []Role{RoleSecretary, RoleCoChair, RoleMember} {
		if st.Allows(a, r) {
			who += string(r[0])
		}
	}
	if who != "" {
		return who
	}
	return "· " + RefusalCode(Allow(st, a, stepOf(a).roles[0]))
}

// TestEveryActionHasARow checks that each Action constant has its row in the table: an action
// with none would be refused to everyone.
func TestEveryActionHasARow(t *testing.T) {
	src, err := os.ReadFile("workflow.go")
	if err != nil {
		t.Fatal(err)
	}
	consts := regexp.MustCompile(`(?m)^\s*Act\w+\s+Action = "([a-z_]+)"`).FindAllSubmatch(src, -1)
	if len(consts) != len(Actions()) {
		t.Errorf("%d Action constants, %d rows in the table", len(consts), len(Actions()))
	}
	for _, c := range consts {
		if !slices.Contains(Actions(), Action(c[1])) {
			t.Errorf("the action %s has no row in the table", c[1])
		}
	}
}
