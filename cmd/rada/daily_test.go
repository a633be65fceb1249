package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/i18n"
)

func TestCloseBackupOncePerDay(t *testing.T) {
	path := foundedDB(t)
	s, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	day := time.Date(2026, 12, 4, 17, 0, 0, 0, time.Local)
	want := filepath.Join(filepath.Dir(path), "backups", "council-2026-12-04.db")
	if line := closeBackup(s, i18n.New(i18n.Ukrainian), day); line != "резервну копію збережено: "+want {
		t.Fatalf("first close of the day said %q", line)
	}
	if line := closeBackup(s, i18n.New(i18n.Ukrainian), day.Add(time.Hour)); line != "" {
		t.Fatalf("second close of the day said %q", line)
	}
	code, out, errs := rada(t, "--db", path, "verify")
	if code != 0 || !strings.Contains(out, "newest backup "+want+" opens") {
		t.Fatalf("verify = %d %q %q", code, out, errs)
	}
}

func TestCloseBackupFailureIsSaid(t *testing.T) {
	path := foundedDB(t)
	// A file where the backups folder should be: refused even for root.
	if err := os.WriteFile(filepath.Join(filepath.Dir(path), "backups"), nil, 0o600); err != nil {
		t.Fatal(err)
	}
	s, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	line := closeBackup(s, i18n.New(i18n.English), time.Now())
	if !strings.HasPrefix(line, "no backup saved (cannot create the backups folder") {
		t.Fatalf("a failed backup said %q", line)
	}
	if err := s.Close(); err != nil {
		t.Fatalf("closing after a failed backup: %v", err)
	}
}

func TestVerifyReportsDamagedNewestBackup(t *testing.T) {
	path := foundedDB(t)
	code, out, _ := rada(t, "--db", path, "verify")
	if code != 0 || !strings.Contains(out, "no daily backup yet") {
		t.Fatalf("verify without backups = %d %q", code, out)
	}
	dir := filepath.Join(filepath.Dir(path), "backups")
	os.MkdirAll(dir, 0o700)
	if code, _, errs := rada(t, "--db", path, "backup", filepath.Join(dir, "council-2026-12-03.db")); code != 0 {
		t.Fatal(errs)
	}
	newest := filepath.Join(dir, "council-2026-12-04.db")
	os.WriteFile(newest, []byte(strings.Repeat("не база даних ", 20)), 0o600)
	code, _, errs := rada(t, "--db", path, "verify")
	if code != 1 || !strings.Contains(errs, "newest backup") || !strings.Contains(errs, newest) {
		t.Fatalf("verify with a damaged newest backup = %d %q", code, errs)
	}
}
