package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// rada runs the command line in-process and returns exit code, stdout and stderr.
func rada(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errb bytes.Buffer
	code := run(context.Background(), args, &out, &errb)
	return code, out.String(), errb.String()
}

// foundedDB makes a council file with one member.
func foundedDB(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "council.db")
	s, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if err := s.FoundCouncil(context.Background(), store.DefaultCouncil()); err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateMember(context.Background(), store.Member{FullName: "Петренко Олена", Side: store.SideCivil, Sector: store.SectorNGO, Role: store.RoleMember}); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestVersionAndUsage(t *testing.T) {
	if code, out, _ := rada(t, "--version"); code != 0 || !strings.HasPrefix(out, "rada ") {
		t.Fatalf("--version = %d %q", code, out)
	}
	if code, _, errs := rada(t, "frobnicate"); code != 2 || !strings.Contains(errs, "unknown command") {
		t.Fatalf("unknown command = %d %q", code, errs)
	}
	if code, _, _ := rada(t, "--lang", "fr", "version"); code != 2 {
		t.Fatalf("--lang fr = %d, want 2", code)
	}
}

func TestVerifyCatchesRawChange(t *testing.T) {
	path := foundedDB(t)
	code, out, errs := rada(t, "--db", path, "verify")
	if code != 0 || !strings.Contains(out, "journal chain of 2 entries intact") {
		t.Fatalf("verify = %d %q %q", code, out, errs)
	}
	s, _ := store.Open(context.Background(), path)
	for _, q := range []string{"DROP TRIGGER journal_no_update", "UPDATE journal SET actor = 'хтось' WHERE id = 2"} {
		if _, err := s.DB().Exec(q); err != nil {
			t.Fatal(err)
		}
	}
	s.Close()
	code, _, errs = rada(t, "--db", path, "verify")
	if code != 1 || !strings.Contains(errs, "journal entry 2") {
		t.Fatalf("verify after tampering = %d %q", code, errs)
	}
}

func TestBackupRefusesToOverwrite(t *testing.T) {
	path := foundedDB(t)
	copyPath := filepath.Join(t.TempDir(), "copy.db")
	if code, _, errs := rada(t, "--db", path, "backup", copyPath); code != 0 {
		t.Fatalf("backup = %d %q", code, errs)
	}
	if code, _, _ := rada(t, "--db", copyPath, "verify"); code != 0 {
		t.Fatal("the backup does not verify")
	}
	if code, _, errs := rada(t, "--db", path, "backup", copyPath); code != 1 || !strings.Contains(errs, "--force") {
		t.Fatalf("second backup = %d %q", code, errs)
	}
	if code, _, errs := rada(t, "--db", path, "backup", copyPath, "--force"); code != 0 {
		t.Fatalf("backup --force = %d %q", code, errs)
	}
}

func TestOpenRefusesForeignFileUntouched(t *testing.T) {
	path := filepath.Join(t.TempDir(), "notes.db")
	body := []byte("це не база даних\n")
	os.WriteFile(path, body, 0o600)
	code, _, errs := rada(t, "--db", path, "verify")
	if code != 1 || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "not a Rada database") {
		t.Fatalf("verify on a text file = %d %q", code, errs)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(after, body) {
		t.Fatal("the refused file changed")
	}
}

// A folder or an empty file given as the database each get their own line, not an SQLite code.
func TestFolderAndEmptyFileHaveTheirOwnLine(t *testing.T) {
	dir := t.TempDir()
	empty := filepath.Join(dir, "empty.db")
	os.WriteFile(empty, nil, 0o600)
	cases := []struct{ path, want string }{
		{dir, "is a folder, not a database file"},
		{empty, "is an empty file: it holds no council yet"},
	}
	for _, c := range cases {
		for _, args := range [][]string{{"verify"}, {"export", "members", "--format", "csv"}} {
			code, _, errs := rada(t, append([]string{"--db", c.path}, args...)...)
			if code != 1 || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, c.want) {
				t.Errorf("%v on %s = %d %q, want %q", args, filepath.Base(c.path), code, errs, c.want)
			}
		}
	}
	if _, err := os.Stat(empty + "-wal"); err == nil {
		t.Error("a -wal was created beside the empty file")
	}
}
