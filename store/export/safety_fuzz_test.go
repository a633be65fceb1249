package export

import (
	"bytes"
	"context"
	"encoding/csv"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
	sanitise "github.com/khmelnytskyi-ogp/rada/store/clean"
)

// FuzzReadMembers feeds any file to the members import (read, then a dry run): it never
// panics, and every member it would add is valid.
func FuzzReadMembers(f *testing.F) {
	var b bytes.Buffer
	MembersCSV(&b, []store.Member{{FullName: "Петренко Олена", Position: "=1+1", Sector: store.SectorNGO, Side: store.SideCivil, Role: store.RoleMember, Email: "o@example.org"}})
	f.Add(b.Bytes())
	for _, s := range []string{"", "\ufeff", "full_name\n\"", "full_name,side\nА,civil\nБ", "[{\"full_name\": \"\\u001b[31m\"}]",
		"full_name,email,phone,term_from\n\x1b]0;x\x07,a@,+,2026-13-01\n", "[", "{}", "full_name\n'=cmd\n"} {
		f.Add([]byte(s))
	}
	s, err := store.Open(context.Background(), filepath.Join(f.TempDir(), "council.db"))
	if err != nil {
		f.Fatal(err)
	}
	defer s.Close()
	f.Fuzz(func(t *testing.T, data []byte) {
		rows, err := ReadMembers(bytes.NewReader(data))
		if err != nil {
			return
		}
		res, err := s.ImportMembers(context.Background(), rows, true)
		if err != nil {
			return
		}
		for _, m := range res.Added {
			if v := store.ValidateMember(m); v != nil {
				t.Fatalf("the import would add an invalid member: %v (%+v)", v, m)
			}
		}
	})
}

// FuzzMembersCSV writes a member with any text: no cell holds a control character or
// starts a formula, and the import reads the one row back.
func FuzzMembersCSV(f *testing.F) {
	for _, s := range []string{"Петренко", "=HYPERLINK(\"x\")", "+380", "-1", "@A1", "\t=1", "'=1", "\x1b[2J", "a\u202eb", "\"", "\n"} {
		f.Add(s, s)
	}
	f.Fuzz(func(t *testing.T, name, org string) {
		m := store.Member{FullName: "Н " + name, Organisation: org, Position: name, Notes: org,
			Sector: store.SectorNGO, Side: store.SideCivil, Role: store.RoleMember}
		var b bytes.Buffer
		if err := MembersCSV(&b, []store.Member{m}); err != nil {
			t.Fatal(err)
		}
		r := csv.NewReader(bytes.NewReader(b.Bytes()))
		recs, err := r.ReadAll()
		if err != nil || len(recs) != 2 {
			t.Fatalf("%d records, %v", len(recs), err)
		}
		for _, cell := range recs[1] {
			if strings.ContainsFunc(cell, func(r rune) bool { return sanitise.Unsafe(r) && r != '\r' }) || strings.Contains(cell, "\x1b") {
				t.Fatalf("cell %q holds a control character", cell)
			}
			if cell != "" && strings.ContainsRune("=+-@\t\r", rune(cell[0])) {
				t.Fatalf("cell %q starts a formula", cell)
			}
		}
		rows, err := ReadMembers(bytes.NewReader(b.Bytes()))
		if err != nil || len(rows) != 1 {
			t.Fatalf("read back %d rows: %v", len(rows), err)
		}
	})
}
