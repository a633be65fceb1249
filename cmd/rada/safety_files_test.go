package main

import (
	"bytes"
	"context"
	"errors"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/store/demo"
)

var (
	demoOnce  sync.Once
	demoBytes []byte
	demoErr   error
)

// demoCopy writes the small demo council, closed cleanly, to dir/name.
func demoCopy(t *testing.T, dir, name string) string {
	t.Helper()
	demoOnce.Do(func() {
		tmp, err := os.MkdirTemp("", "rada-safety-demo")
		if err != nil {
			demoErr = err
			return
		}
		defer os.RemoveAll(tmp)
		s, err := store.Open(context.Background(), filepath.Join(tmp, "demo.db"))
		if err != nil {
			demoErr = err
			return
		}
		demoErr = demo.Load(context.Background(), s, demo.Small)
		s.Close()
		demoBytes, _ = os.ReadFile(filepath.Join(tmp, "demo.db"))
	})
	if demoErr != nil {
		t.Fatal(demoErr)
	}
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, demoBytes, 0o600); err != nil {
		t.Fatal(err)
	}
	return path
}

// immutable sets the file or folder immutable (root cannot write to it either); the test is
// skipped where chattr does not work.
func immutable(t *testing.T, path string) {
	t.Helper()
	if out, err := exec.Command("chattr", "+i", path).CombinedOutput(); err != nil {
		t.Skipf("chattr +i: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("chattr", "-i", path).Run() })
}

func sameBytes(t *testing.T, path string, want []byte) {
	t.Helper()
	if got, _ := os.ReadFile(path); !bytes.Equal(got, want) {
		t.Fatalf("%s changed (%d bytes, was %d)", path, len(got), len(want))
	}
}

// mustBeReadOnly opens path as the interface does and checks that it is read-only,
// readable and refuses a change with ErrReadOnly.
func mustBeReadOnly(t *testing.T, path string, wantMembers int) {
	t.Helper()
	s, err := openStore(context.Background(), globals{db: path})
	if err != nil {
		t.Fatalf("open: %v", err)
	}
	defer s.Close()
	if !s.IsReadOnly() {
		t.Fatal("opened for writing")
	}
	members, err := s.ListMembers(context.Background(), store.MemberFilter{})
	if err != nil || len(members) != wantMembers {
		t.Fatalf("read %d members, want %d: %v", len(members), wantMembers, err)
	}
	_, err = s.CreateMember(context.Background(), store.Member{FullName: "Новий", Side: store.SideCivil, Sector: store.SectorNGO, Role: store.RoleMember})
	if !errors.Is(err, store.ErrReadOnly) {
		t.Fatalf("write on a read-only file: %v", err)
	}
}

func TestReadOnlyFileOpensReadOnly(t *testing.T) {
	path := demoCopy(t, t.TempDir(), "council.db")
	before, _ := os.ReadFile(path)
	immutable(t, path)
	mustBeReadOnly(t, path, 15)
	if code, out, errs := rada(t, "--db", path, "verify"); code != 0 {
		t.Fatalf("verify = %d %q %q", code, out, errs)
	}
	code, _, errs := rada(t, "--db", path, "demo")
	if code != 1 || !strings.Contains(errs, "read-only") {
		t.Fatalf("demo on a read-only council = %d %q", code, errs)
	}
	sameBytes(t, path, before)
}

func TestReadOnlyFolderOpensReadOnly(t *testing.T) {
	dir := t.TempDir()
	path := demoCopy(t, dir, "council.db")
	before, _ := os.ReadFile(path)
	immutable(t, dir)
	mustBeReadOnly(t, path, 15)
	if code, out, errs := rada(t, "--db", path, "verify"); code != 0 {
		t.Fatalf("verify = %d %q %q", code, out, errs)
	}
	backup := filepath.Join(t.TempDir(), "copy.db")
	if code, _, errs := rada(t, "--db", path, "backup", backup); code != 0 {
		t.Fatalf("backup from a read-only folder = %d %q", code, errs)
	}
	sameBytes(t, path, before)
}

// A Rada that stopped without closing leaves its last changes in the write-ahead log; in a
// read-only folder they cannot be read safely, so the file is refused with a clear message.
func TestReadOnlyFolderWithLeftoverLog(t *testing.T) {
	src := demoCopy(t, t.TempDir(), "council.db")
	s, err := store.Open(context.Background(), src)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateMember(context.Background(), store.Member{FullName: "Останній Запис", Side: store.SideCivil, Sector: store.SectorNGO, Role: store.RoleMember}); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	for _, suffix := range []string{"", "-wal"} {
		b, err := os.ReadFile(src + suffix)
		if err != nil || (suffix == "-wal" && len(b) == 0) {
			t.Fatalf("no write-ahead log to copy: %v", err)
		}
		os.WriteFile(filepath.Join(dir, "council.db"+suffix), b, 0o600)
	}
	s.Close()
	path := filepath.Join(dir, "council.db")
	before, _ := os.ReadFile(path)
	immutable(t, dir)
	code, _, errs := rada(t, "--db", path, "verify")
	if code != 1 || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "council.db-wal and the folder cannot be written") {
		t.Fatalf("verify = %d %q", code, errs)
	}
	sameBytes(t, path, before)
}

// cut writes a copy of the demo council cut to half its length.
func cut(t *testing.T) (string, []byte) {
	path := demoCopy(t, t.TempDir(), "council.db")
	b, _ := os.ReadFile(path)
	b = b[:len(b)/2]
	os.WriteFile(path, b, 0o600)
	return path, b
}

// garbage writes a copy of the demo council with one page (from byte from) overwritten.
func garbage(t *testing.T, page, from int) (string, []byte) {
	path := demoCopy(t, t.TempDir(), "council.db")
	b, _ := os.ReadFile(path)
	rnd := rand.New(rand.NewPCG(uint64(page), 7))
	for i := (page-1)*4096 + from; i < page*4096 && i < len(b); i++ {
		b[i] = byte(rnd.UintN(256))
	}
	os.WriteFile(path, b, 0o600)
	return path, b
}

// mustRefuseDamaged runs the commands and the interface's opening on a damaged file: each
// fails with one clear line and the file keeps every byte.
func mustRefuseDamaged(t *testing.T, path string, before []byte) {
	t.Helper()
	for _, args := range [][]string{{"verify"}, {"backup", filepath.Join(t.TempDir(), "b.db")}, {"demo"}} {
		code, _, errs := rada(t, append([]string{"--db", path}, args...)...)
		if code != 1 || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "damaged") {
			t.Errorf("%v on a damaged file = %d %q", args, code, errs)
		}
		sameBytes(t, path, before)
	}
	s, err := openStore(context.Background(), globals{db: path})
	if err == nil {
		err = s.CheckIntact(context.Background())
		_, werr := s.CreateMember(context.Background(), store.Member{FullName: "Новий", Side: store.SideCivil, Sector: store.SectorNGO, Role: store.RoleMember})
		if !errors.Is(werr, store.ErrDamaged) {
			t.Errorf("a write to a damaged file: %v", werr)
		}
		s.Close()
	}
	if !errors.Is(err, store.ErrDamaged) {
		t.Errorf("opening a damaged file: %v", err)
	}
	sameBytes(t, path, before)
}

func TestTruncatedFileIsRefusedUntouched(t *testing.T) {
	path, before := cut(t)
	mustRefuseDamaged(t, path, before)
}

func TestGarbagePageIsRefusedUntouched(t *testing.T) {
	pages := len(demoBytes) / 4096
	if pages == 0 {
		demoCopy(t, t.TempDir(), "x.db")
		pages = len(demoBytes) / 4096
	}
	for _, p := range []struct{ page, from int }{{1, 100}, {2, 0}, {pages / 3, 0}, {pages / 2, 0}, {pages - 1, 0}, {pages, 0}} {
		path, before := garbage(t, p.page, p.from)
		t.Run("page"+strconv.Itoa(p.page), func(t *testing.T) { mustRefuseDamaged(t, path, before) })
	}
}
