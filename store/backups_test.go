package store

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"runtime"
	"testing"
	"time"
)

func TestDailyBackupOncePerDay(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	day := time.Date(2026, 12, 4, 18, 0, 0, 0, time.Local)
	path, made, err := s.DailyBackup(ctx, day)
	if err != nil || !made {
		t.Fatalf("first close of the day: made %v, err %v", made, err)
	}
	if want := filepath.Join(filepath.Dir(s.Path()), "backups", "council-2026-12-04.db"); path != want {
		t.Fatalf("backup at %s, want %s", path, want)
	}
	if runtime.GOOS != "windows" {
		assertMode(t, filepath.Dir(path), 0o700)
		assertMode(t, path, 0o600)
	}
	addMember(t, s, "Петренко Олена", SideCivil, RoleMember)
	before, _ := os.ReadFile(path)
	if _, made, err := s.DailyBackup(ctx, day.Add(time.Hour)); err != nil || made {
		t.Fatalf("second close the same day: made %v, err %v", made, err)
	}
	if after, _ := os.ReadFile(path); string(after) != string(before) {
		t.Fatal("the day's backup was rewritten by the second close")
	}
	if err := CheckBackup(ctx, path); err != nil {
		t.Fatalf("the backup does not open as a Rada file: %v", err)
	}
	if _, made, _ := s.DailyBackup(ctx, day.AddDate(0, 0, 1)); !made {
		t.Fatal("the next day made no backup")
	}
	for _, side := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(path + side); err == nil {
			t.Errorf("checking the backup left %s beside it", filepath.Base(path+side))
		}
	}
}

func TestDailyBackupKeepsNewest(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	c, _ := s.GetCouncil(ctx)
	if c.BackupsKeep != DefaultBackupsKeep {
		t.Fatalf("a new council keeps %d backups, want %d", c.BackupsKeep, DefaultBackupsKeep)
	}
	c.BackupsKeep = 3
	if err := s.UpdateCouncil(ctx, c); err != nil {
		t.Fatal(err)
	}
	dir := BackupsFolder(s.Path())
	os.MkdirAll(dir, 0o700)
	for _, d := range []string{"2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04", "2026-11-05"} {
		os.WriteFile(filepath.Join(dir, "council-"+d+".db"), []byte("old"), 0o600)
	}
	other := filepath.Join(dir, "notes.txt")
	os.WriteFile(other, []byte("mine"), 0o600)
	if _, _, err := s.DailyBackup(ctx, time.Date(2026, 12, 4, 9, 0, 0, 0, time.Local)); err != nil {
		t.Fatal(err)
	}
	all, err := Backups(s.Path())
	if err != nil {
		t.Fatal(err)
	}
	want := []string{"council-2026-11-04.db", "council-2026-11-05.db", "council-2026-12-04.db"}
	if len(all) != len(want) {
		t.Fatalf("kept %v, want %v", all, want)
	}
	for i, p := range all {
		if filepath.Base(p) != want[i] {
			t.Fatalf("kept %v, want %v", all, want)
		}
	}
	if _, err := os.Stat(other); err != nil {
		t.Fatal("pruning removed a file that is not a backup")
	}
}

func TestDailyBackupFailureLeavesNothing(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	// A file where the folder should be: refused even for root.
	if err := os.WriteFile(BackupsFolder(s.Path()), []byte("x"), 0o600); err != nil {
		t.Fatal(err)
	}
	_, made, err := s.DailyBackup(ctx, time.Now())
	if err == nil || made {
		t.Fatalf("backup into a file made %v, err %v", made, err)
	}
}

func TestBackupsKeepRange(t *testing.T) {
	s := newTestStore(t)
	c, _ := s.GetCouncil(context.Background())
	for _, n := range []int{-1, MaxBackupsKeep + 1} {
		c.BackupsKeep = n
		var v *ValidationError
		if err := s.UpdateCouncil(context.Background(), c); !errors.As(err, &v) || v.Fields[0].Field != "backups_keep" {
			t.Errorf("keep %d: %v, want a backups_keep error", n, err)
		}
	}
}

func TestCheckBackupDamaged(t *testing.T) {
	ctx := context.Background()
	s := newTestStore(t)
	for i := range 200 {
		addMember(t, s, "Член ради "+string(rune('А'+i%30))+string(rune('а'+i/30)), SideCivil, RoleMember)
	}
	path, _, err := s.DailyBackup(ctx, time.Now())
	if err != nil {
		t.Fatal(err)
	}
	data, _ := os.ReadFile(path)
	for i := 4096 + 100; i < len(data) && i < 3*4096; i++ {
		data[i] = 0x5A
	}
	os.WriteFile(path, data, 0o600)
	if err := CheckBackup(ctx, path); err == nil {
		t.Fatal("a damaged backup passed the check")
	}
	notRada := filepath.Join(t.TempDir(), "council-2026-12-04.db")
	os.WriteFile(notRada, []byte("not a database at all, just text that is long enough to fill a header of one hundred bytes......"), 0o600)
	if err := CheckBackup(ctx, notRada); err == nil {
		t.Fatal("a file that is not a database passed the check")
	}
}

// TestCheckBackupOlderSchema: a backup made before an upgrade still checks as good.
func TestCheckBackupOlderSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "council-2026-12-04.db")
	copyFile(t, v1DB, path)
	if err := CheckBackup(context.Background(), path); err != nil {
		t.Fatalf("a version-1 backup: %v", err)
	}
	for _, side := range []string{"-wal", "-shm"} {
		if _, err := os.Stat(path + side); err == nil {
			t.Errorf("the check left %s beside the backup", filepath.Base(path+side))
		}
	}
}

func assertMode(t *testing.T, path string, want os.FileMode) {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	if got := st.Mode().Perm(); got != want {
		t.Errorf("%s has mode %o, want %o", filepath.Base(path), got, want)
	}
}
