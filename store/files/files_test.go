package files

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func writeString(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

// only checks that dir holds exactly the names given: no temporary file stayed.
func only(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if strings.Join(got, " ") != strings.Join(names, " ") {
		t.Fatalf("%s holds %v, want %v", dir, got, names)
	}
}

func content(t *testing.T, path, want string) {
	t.Helper()
	if b, err := os.ReadFile(path); err != nil || string(b) != want {
		t.Fatalf("%s holds %q (%v), want %q", path, b, err, want)
	}
}

func TestWriteNewExistingAndForce(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "protokol.md")
	if err := Write(path, Options{Mode: Shared}, writeString("first")); err != nil {
		t.Fatal(err)
	}
	content(t, path, "first")
	if err := Write(path, Options{Mode: Shared}, writeString("second")); !errors.Is(err, ErrExists) {
		t.Fatalf("an existing file without Force: %v", err)
	}
	content(t, path, "first")
	if err := Write(path, Options{Mode: Private, Force: true}, writeString("second")); err != nil {
		t.Fatal(err)
	}
	content(t, path, "second")
	if runtime.GOOS != "windows" {
		if st, _ := os.Stat(path); st.Mode().Perm() != Private {
			t.Fatalf("mode %v, want %v", st.Mode().Perm(), Private)
		}
	}
	only(t, dir, "protokol.md")
	if err := Write("", Options{}, writeString("x")); !errors.Is(err, ErrNoName) {
		t.Fatalf("an empty name: %v", err)
	}
}

// A write that fails part-way, by an error returned or one the writing code dropped, leaves
// the old file as it was and no temporary file.
func TestFailedWriteLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "members.csv")
	os.WriteFile(path, []byte("old"), 0o600)
	returned := func(w io.Writer) error {
		io.WriteString(w, "half")
		return io.ErrUnexpectedEOF
	}
	if err := Write(path, Options{Force: true}, returned); !errors.Is(err, io.ErrUnexpectedEOF) {
		t.Fatalf("returned error: %v", err)
	}
	if err := Write(filepath.Join(dir, "new.csv"), Options{}, returned); err == nil {
		t.Fatal("a failed write of a new file succeeded")
	}
	content(t, path, "old")
	only(t, dir, "members.csv")
}

// failAfter is a disk that takes n bytes, then is full.
type failAfter struct {
	w io.Writer
	n int
}

var errFull = errors.New("no space left on device")

func (f *failAfter) Write(p []byte) (int, error) {
	if len(p) > f.n {
		n, _ := f.w.Write(p[:f.n])
		f.n = 0
		return n, errFull
	}
	f.n -= len(p)
	return f.w.Write(p)
}

func TestWatchedKeepsADroppedError(t *testing.T) {
	var b strings.Builder
	w := &Watched{W: &failAfter{w: &b, n: 4}}
	io.WriteString(w, "abc")
	io.WriteString(w, "defg") // the error is dropped, as a careless writer would
	if n, err := io.WriteString(w, "h"); n != 0 || !errors.Is(err, errFull) {
		t.Fatalf("write after the failure: %d %v", n, err)
	}
	if !errors.Is(w.Err, errFull) || b.String() != "abcd" {
		t.Fatalf("Err %v, written %q", w.Err, b.String())
	}
}

func TestSymlinkDeviceAndFolderAreRefusedEvenWithForce(t *testing.T) {
	dir := t.TempDir()
	target := filepath.Join(dir, "real.md")
	os.WriteFile(target, []byte("keep"), 0o644)
	link := filepath.Join(dir, "link.md")
	if err := os.Symlink(target, link); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	cases := map[string]error{link: ErrSymlink, dir: ErrFolder}
	if st, err := os.Stat(os.DevNull); err == nil && st.Mode()&os.ModeDevice != 0 {
		cases[os.DevNull] = ErrNotRegular
	}
	for path, want := range cases {
		if err := Write(path, Options{Force: true}, writeString("x")); !errors.Is(err, want) {
			t.Errorf("%s: %v, want %v", path, err, want)
		}
	}
	content(t, target, "keep")
	if st, err := os.Lstat(link); err != nil || st.Mode()&os.ModeSymlink == 0 {
		t.Fatal("the link was replaced")
	}
	only(t, dir, "link.md", "real.md")
}

// The live database is recognised however it is spelled, and its log and shared memory
// too, whether they exist yet or not.
func TestLiveDatabaseIsRecognised(t *testing.T) {
	dir := t.TempDir()
	live := filepath.Join(dir, "council.db")
	os.WriteFile(live, []byte("db"), 0o600)
	os.WriteFile(live+"-wal", []byte("wal"), 0o600)
	other := t.TempDir()
	os.Link(live, filepath.Join(other, "hard.csv"))
	os.Link(live+"-wal", filepath.Join(other, "hard-wal.csv"))
	if err := os.Symlink(live, filepath.Join(other, "link.csv")); err != nil {
		t.Skipf("no symbolic links here: %v", err)
	}
	os.Symlink(dir, filepath.Join(other, "folder"))
	t.Chdir(dir)
	for _, p := range []string{live, "council.db", "./council.db", "../" + filepath.Base(dir) + "/council.db",
		filepath.Join(other, "hard.csv"), filepath.Join(other, "hard-wal.csv"), filepath.Join(other, "link.csv"),
		filepath.Join(other, "folder", "council.db"), "council.db-wal", "council.db-shm", "COUNCIL.DB-SHM", "council.db-journal"} {
		if !IsLive(p, live) {
			t.Errorf("%s not recognised as the live database", p)
		}
		if err := Write(p, Options{Force: true, Live: live}, writeString("x")); !errors.Is(err, ErrLive) {
			t.Errorf("%s: %v", p, err)
		}
	}
	// The database named through a link: its files are still its own.
	if !IsLive(live+"-wal", filepath.Join(other, "link.csv")) {
		t.Error("the log of a database opened through a link")
	}
	for _, p := range []string{"council.db.bak", filepath.Join(other, "council.db-wal"), filepath.Join(other, "x.csv")} {
		if IsLive(p, live) {
			t.Errorf("%s taken for the live database", p)
		}
	}
	content(t, live, "db")
	content(t, live+"-wal", "wal")
}

// Replace lets the caller fill the temporary file by its name, as SQLite's VACUUM INTO does.
func TestReplaceByName(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "copy.db")
	err := Replace(path, Options{Mode: Private}, func(f *os.File) error {
		if filepath.Dir(f.Name()) != dir {
			t.Errorf("temporary file %s is not beside %s", f.Name(), path)
		}
		return os.WriteFile(f.Name(), []byte("by name"), 0o600)
	})
	if err != nil {
		t.Fatal(err)
	}
	content(t, path, "by name")
	only(t, dir, "copy.db")
}
