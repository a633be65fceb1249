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

// TestReadOnlyRefusesEveryWrite calls every method of a read-only Store (zero arguments
// but a live context): no write succeeds and the file keeps every byte.
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
	v := reflect.ValueOf(s)
	writes := 0
	for i := range v.NumMethod() {
		m := v.Type().Method(i)
		if m.Name == "Close" || m.Name == "DB" || m.Name == "Backup" {
			continue
		}
		errOut := callZero(t, m.Name, v.Method(i))
		if !isWrite(m.Name) {
			continue
		}
		writes++
		if errOut == nil {
			t.Errorf("%s succeeded on a read-only file", m.Name)
		}
	}
	for name, err := range map[string]error{
		"CreateMember":  second(s.CreateMember(context.Background(), Member{FullName: "Новий", Side: SideCivil, Sector: SectorNGO, Role: RoleMember})),
		"UpdateMember":  s.UpdateMember(context.Background(), Member{ID: mid, FullName: "Інше", Side: SideCivil, Sector: SectorNGO, Role: RoleMember}),
		"UpdateCouncil": s.UpdateCouncil(context.Background(), DefaultCouncil()),
		"CreateMeeting": second(s.CreateMeeting(context.Background(), Meeting{Date: "2026-04-01"})),
	} {
		if !errors.Is(err, ErrReadOnly) || !strings.Contains(err.Error(), "read-only") {
			t.Errorf("%s on a read-only file: %v", name, err)
		}
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Fatal("the read-only file changed")
	}
	t.Logf("%d methods that write refused on a read-only file", writes)
}

func second[T any](_ T, err error) error { return err }

// callZero calls fn with zero arguments (a live context for a context) and returns the
// error it returns, if it returns one; a panic fails the test.
func callZero(t *testing.T, name string, fn reflect.Value) (err error) {
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
		if ft.In(i) == ctxType {
			args[i] = reflect.ValueOf(context.Background())
		} else {
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
