package main

import (
	"context"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// meetingDB is a council with one closed meeting (No 1 of 2026): three members, a vote.
func meetingDB(t *testing.T) string {
	t.Helper()
	path := foundedDB(t)
	ctx := context.Background()
	s, err := store.Open(ctx, path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	chair, _ := s.CreateMember(ctx, store.Member{FullName: "Бондар Тарас Миколайович", Side: store.SideCivil, Sector: store.SectorNGO, Role: store.RoleCoChair})
	sec, _ := s.CreateMember(ctx, store.Member{FullName: "Ткачук Ірина Олегівна", Side: store.SideGovernment, Sector: store.SectorExecutive, Role: store.RoleSecretary})
	m, err := s.CreateMeeting(ctx, store.Meeting{Date: "2026-03-12", StartTime: "10:00", Place: "Мала зала", PresidingID: chair, SecretaryID: sec})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range []string{
		"INSERT INTO attendance SELECT ?1, id, 'present', '' FROM member",
		"INSERT INTO agenda_item (id, meeting_id, position_no, title, kind, heard) VALUES (100, ?1, 1, 'Про план дій', 'decision', 'Інформація')",
		"INSERT INTO agenda_item (meeting_id, position_no, title) VALUES (?1, 2, 'Різне')",
		"INSERT INTO decision_point (item_id, position_no, text) VALUES (100, 1, 'Інформацію взяти до відома')",
		"INSERT INTO vote SELECT 100, id, 'for', '' FROM member",
		"INSERT INTO vote_result VALUES (100, 'present_majority', 'presiding', 3, 3, 3, 2, 3, 0, 0, 0, 0, 0, 1, 0, 1, '2026-03-12T10:30:00Z')",
		"UPDATE meeting SET status = 'closed' WHERE id = ?1",
	} {
		if _, err := s.DB().ExecContext(ctx, q, m.ID); err != nil {
			t.Fatalf("%s: %v", q, err)
		}
	}
	return path
}

func TestExportMinutesToStdoutAndFile(t *testing.T) {
	db := meetingDB(t)
	code, out, errs := rada(t, "--db", db, "export", "minutes", "--meeting", "1", "--format", "md")
	if code != 0 || !strings.Contains(out, "# ПРОТОКОЛ № 1") || !strings.Contains(out, "**Рішення прийнято одноголосно.**") {
		t.Fatalf("minutes = %d %q %q", code, out, errs)
	}
	code, out, _ = rada(t, "--db", db, "--lang", "en", "export", "minutes", "--meeting", "1", "--year", "2026", "--format", "md", "--item", "2")
	if code != 0 || !strings.Contains(out, "EXTRACT FROM MINUTES No. 1") || strings.Contains(out, "Про план дій") {
		t.Fatalf("English extract = %d %q", code, out)
	}
	dir := t.TempDir()
	for _, f := range []string{"md", "html", "docx", "pdf"} {
		file := filepath.Join(dir, "protokol-1."+f)
		if code, _, errs := rada(t, "--db", db, "export", "minutes", "--meeting", "1", "-o", file); code != 0 {
			t.Fatalf("%s: %d %s", f, code, errs)
		}
		if st, err := os.Stat(file); err != nil || st.Size() == 0 {
			t.Errorf("%s not written: %v", f, err)
		}
	}
	if code, out, _ := rada(t, "--db", db, "export", "agenda", "--meeting", "1", "--format", "html"); code != 0 || !strings.Contains(out, "ПОРЯДОК ДЕННИЙ") {
		t.Errorf("agenda = %d", code)
	}
}

func TestExportDocsRefusals(t *testing.T) {
	db := meetingDB(t)
	for _, c := range []struct {
		args []string
		code int
		msg  string
	}{
		{[]string{"export", "minutes", "--format", "md"}, 2, "--meeting"},
		{[]string{"export", "minutes", "--meeting", "1"}, 2, "--format"},
		{[]string{"export", "minutes", "--meeting", "1", "--format", "odt"}, 2, "use md, html, docx or pdf"},
		{[]string{"export", "minutes", "--meeting", "1", "--format", "md", "--lang", "de"}, 2, "uk or en"},
		{[]string{"export", "minutes", "--meeting", "x"}, 2, "invalid value"},
		{[]string{"export", "minutes", "--meeting", "7", "--format", "md"}, 1, "no meeting No 7"},
		{[]string{"export", "minutes", "--meeting", "1", "--year", "2024", "--format", "md"}, 1, "no meeting No 1 in 2024"},
		{[]string{"export", "minutes", "--meeting", "1", "--format", "md", "--item", "5"}, 1, "no agenda item 5"},
		{[]string{"export", "plan", "--format", "md"}, 1, "no Action Plan"},
		{[]string{"export", "plan", "--format", "docx"}, 2, "use md, html, csv or json"},
		{[]string{"export", "opendata"}, 2, "-o DIR"},
	} {
		code, _, errs := rada(t, append([]string{"--db", db}, c.args...)...)
		if code != c.code || !strings.Contains(errs, c.msg) || strings.Count(strings.TrimSpace(errs), "\n") > 4 {
			t.Errorf("%v = %d %q, want %d with %q", c.args, code, errs, c.code, c.msg)
		}
	}
}

func TestExportOpenData(t *testing.T) {
	db := meetingDB(t)
	dir := filepath.Join(t.TempDir(), "opendata")
	code, out, errs := rada(t, "--db", db, "export", "opendata", "-o", dir)
	if code != 0 || !strings.Contains(out, "1 motions, 3 votes") {
		t.Fatalf("opendata = %d %q %q", code, out, errs)
	}
	f, err := os.Open(filepath.Join(dir, "votings.csv"))
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	rows, err := csv.NewReader(f).ReadAll()
	if err != nil || len(rows) != 4 || rows[1][4] != "За" {
		t.Errorf("votings.csv %v %v", rows, err)
	}
}
