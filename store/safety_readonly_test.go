package store

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

// writeVerbs start the names of the Store's methods that change the council.
var writeVerbs = []string{"Create", "Update", "Delete", "Found", "Set", "Add", "Remove", "Approve", "Record",
	"Start", "Move", "Mark", "Change", "Bulk", "Import", "Leave", "Cast", "Save", "Reorder", "Link", "Unlink",
	"Reopen", "Assign", "Vote", "End", "Begin", "Next", "Clear", "Put", "Apply", "Sign", "Lock", "Close",
	"Defer", "Cancel", "Return", "Submit",
	"Restore", "Rename", "Replace", "Deactivate", "Reactivate", "Revoke", "Withdraw", "Adopt", "Skip", "Swap"}

func isWrite(name string) bool {
	for _, v := range writeVerbs {
		if strings.HasPrefix(name, v) {
			return true
		}
	}
	return false
}

// validArgs are arguments that pass each write's own checks (after its context), so that
// what stops the write on a read-only file can only be the file being read-only. Writes not
// named here take zero arguments: their checks accept them.
func validArgs(member int64) map[string][]any {
	person := Member{ID: member, FullName: "Інше Ім'я", Side: SideCivil, Sector: SectorNGO, Role: RoleMember}
	note := StatusNote{Note: "рішення ради"}
	return map[string][]any{
		"AddPoint":           {DecisionPoint{ItemID: 1, Text: "Взяти до відома"}},
		"AddSpeech":          {Speech{ItemID: 1, SpeakerMemberID: member, Summary: "виступ"}},
		"CastVote":           {int64(1), member, VoteFor, ""},
		"ChangeCompletion":   {int64(1), CompletionLimited, note},
		"ChangeImplStatus":   {int64(1), ImplInProgress, note},
		"CreateAgendaItem":   {AgendaItem{MeetingID: 1, Title: "Про звіт"}},
		"CreateAssignment":   {Assignment{ItemID: 1, Text: "Підготувати звіт", ResponsibleMemberID: member}},
		"CreateCommitment":   {Commitment{PlanID: 1, OGPID: "UAKLY0001", Title: "Бюджет участі"}},
		"CreateGuest":        {Guest{MeetingID: 1, FullName: "Гість"}},
		"CreateMeeting":      {Meeting{Date: "2026-04-01"}},
		"CreateMember":       {Member{FullName: "Новий", Side: SideCivil, Sector: SectorNGO, Role: RoleMember}},
		"CreateMilestone":    {Milestone{CommitmentID: 1, Deliverable: "Звіт", EndDate: "2026-12-31"}},
		"CreatePlan":         {ActionPlan{Title: "План дій", PeriodFrom: "2026-01", PeriodTo: "2027-12"}},
		"FoundCouncil":       {DefaultCouncil()},
		"LeaveCouncil":       {member, "2026-05-01", "за власним бажанням"},
		"MarkAssignmentDone": {int64(1), "2026-05-01", ""},
		"ReturnAgenda":       {int64(1), "доповнити"},
		"ReturnAgendaAs":     {int64(1), member, "доповнити"},
		"ReturnMinutes":      {int64(1), "виправити"},
		"SetAttendance":      {int64(1), member, PresencePresent, ""},
		"SetWithdrawn":       {int64(1), true, note},
		"SetNextNumber":      {"2026", 5},
		"UpdateAgendaItem":   {AgendaItem{ID: 1, MeetingID: 1, Title: "Про звіт"}},
		"UpdateAssignment":   {Assignment{ID: 1, ItemID: 1, Text: "Підготувати звіт", ResponsibleMemberID: member}},
		"UpdateCouncil":      {DefaultCouncil()},
		"UpdateGuest":        {Guest{ID: 1, MeetingID: 1, FullName: "Гість"}},
		"UpdateMeeting":      {Meeting{ID: 1, Date: "2026-04-01"}},
		"UpdateMember":       {person},
		"UpdateMilestone":    {Milestone{ID: 1, CommitmentID: 1, Deliverable: "Звіт", EndDate: "2026-12-31"}},
		"UpdatePlan":         {ActionPlan{ID: 1, Title: "План дій", PeriodFrom: "2026-01", PeriodTo: "2027-12"}},
		"UpdatePoint":        {DecisionPoint{ID: 1, ItemID: 1, Text: "Взяти до відома"}},
		"UpdateSpeech":       {Speech{ID: 1, ItemID: 1, SpeakerMemberID: member, Summary: "виступ"}},
	}
}

// TestReadOnlyRefusesEveryWrite calls every method of a read-only Store, each write with
// arguments its own checks accept: every write is refused with the read-only error itself,
// and the file keeps every byte.
func TestReadOnlyRefusesEveryWrite(t *testing.T) {
	path := filepath.Join(t.TempDir(), "council.db")
	rw := openTestFile(t, path)
	rw.FoundCouncil(context.Background(), DefaultCouncil())
	mid := addMember(t, rw, "Петренко Олена", SideCivil, RoleMember)
	rw.Close()
	before, _ := os.ReadFile(path)

	s, err := Open(context.Background(), path, ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	args := validArgs(mid)
	v := reflect.ValueOf(s)
	writes := 0
	for i := range v.NumMethod() {
		m := v.Type().Method(i)
		if m.Name == "Close" || m.Name == "DB" || m.Name == "Backup" {
			continue
		}
		given, ok := args[m.Name]
		delete(args, m.Name)
		err := callWith(t, m.Name, v.Method(i), given)
		if !isWrite(m.Name) {
			if ok {
				t.Errorf("%s is given arguments but is not taken for a write", m.Name)
			}
			continue
		}
		writes++
		if !errors.Is(err, ErrReadOnly) || !strings.Contains(err.Error(), "read-only") {
			t.Errorf("%s on a read-only file: %v, want the read-only refusal", m.Name, err)
		}
	}
	for name := range args {
		t.Errorf("arguments for %s, which the Store no longer has", name)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Fatal("the read-only file changed")
	}
	t.Logf("%d methods that write refused on a read-only file, each by the read-only error", writes)
}

func second[T any](_ T, err error) error { return err }

// callWith calls fn with a live context, then the arguments given, zero values for the rest,
// and returns the error it returns, if it returns one; a panic fails the test.
func callWith(t *testing.T, name string, fn reflect.Value, given []any) (err error) {
	defer func() {
		if r := recover(); r != nil {
			t.Errorf("%s panicked on zero arguments: %v", name, r)
			err = errors.New("panic")
		}
	}()
	ft := fn.Type()
	args := make([]reflect.Value, ft.NumIn())
	ctxType := reflect.TypeFor[context.Context]()
	for i := range args {
		switch {
		case ft.In(i) == ctxType:
			args[i] = reflect.ValueOf(context.Background())
		case len(given) > 0:
			args[i] = reflect.ValueOf(given[0]).Convert(ft.In(i))
			given = given[1:]
		default:
			args[i] = reflect.Zero(ft.In(i))
		}
	}
	if ft.IsVariadic() {
		args = args[:len(args)-1]
	}
	out := fn.Call(args)
	errType := reflect.TypeFor[error]()
	for _, o := range out {
		if o.Type() == errType && !o.IsNil() {
			return o.Interface().(error)
		}
	}
	return nil
}
