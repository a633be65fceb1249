package main

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// writers are every command that writes a file, as it is given the file X to write.
func writers(x string) [][]string {
	return [][]string{
		{"backup", x, "--force"},
		{"export", "members", "--format", "csv", "-o", x, "--force"},
		{"export", "minutes", "--meeting", "1", "--format", "pdf", "-o", x, "--force"},
		{"export", "minutes", "--meeting", "1", "--format", "docx", "-o", x, "--force"},
		{"export", "agenda", "--meeting", "1", "--format", "md", "-o", x, "--force"},
		{"export", "plan", "--format", "html", "-o", x, "--force"},
		{"export", "opendata", "-o", x, "--force"},
	}
}

// TestHolderChild keeps $RADA_HOLD_DB open as the interface does: it saves a member, says
// "open", and saves another one when a line arrives; it runs only as a child of
// TestLiveDatabaseIsNeverWrittenOver.
func TestHolderChild(t *testing.T) {
	path := os.Getenv("RADA_HOLD_DB")
	if path == "" {
		t.Skip("runs only as a child of TestLiveDatabaseIsNeverWrittenOver")
	}
	ctx := context.Background()
	s, err := store.Open(ctx, path)
	if err == nil {
		_, err = s.CreateMember(ctx, store.Member{FullName: "Тримач До", Side: store.SideCivil, Sector: store.SectorNGO, Role: store.RoleMember})
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	fmt.Println("open")
	bufio.NewReader(os.Stdin).ReadString('\n')
	if _, err := s.CreateMember(ctx, store.Member{FullName: "Тримач Після", Side: store.SideCivil, Sector: store.SectorNGO, Role: store.RoleMember}); err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(4)
	}
	fmt.Println("saved")
	s.Close()
	os.Exit(0)
}

// holder starts TestHolderChild on path; the function it returns makes it save once more
// and waits for it to end.
func holder(t *testing.T, path string) (saveAndStop func()) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestHolderChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), "RADA_HOLD_DB="+path)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	in, _ := cmd.StdinPipe()
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { cmd.Process.Kill(); cmd.Wait() })
	lines := bufio.NewReader(out)
	if line, err := lines.ReadString('\n'); line != "open\n" {
		t.Fatalf("the holder did not open %s: %q %v %s", path, line, err, stderr.String())
	}
	return func() {
		io.WriteString(in, "save\n")
		if line, err := lines.ReadString('\n'); line != "saved\n" {
			t.Fatalf("the holder did not save: %q %v %s", line, err, stderr.String())
		}
		cmd.Wait()
	}
}

// No command writes over the live database or its log, however the file is named, while
// another process holds it open and writes to it; that process's next change is stored.
func TestLiveDatabaseIsNeverWrittenOver(t *testing.T) {
	dir := t.TempDir()
	db := demoCopy(t, dir, "council.db")
	saveAndStop := holder(t, db)
	other := t.TempDir()
	spellings := []string{db, "council.db", "./council.db", "../" + filepath.Base(dir) + "/council.db", db + "-wal", db + "-shm", "council.db-journal"}
	if err := os.Symlink(db, filepath.Join(other, "link.db")); err == nil {
		spellings = append(spellings, filepath.Join(other, "link.db"))
	}
	if err := os.Link(db, filepath.Join(other, "hard.db")); err == nil {
		spellings = append(spellings, filepath.Join(other, "hard.db"))
	}
	t.Chdir(dir)
	before, _ := os.ReadFile(db)
	wal, _ := os.ReadFile(db + "-wal")
	if len(wal) == 0 {
		t.Fatal("the holder left no write-ahead log")
	}
	tried := 0
	for _, x := range spellings {
		for _, args := range writers(x) {
			for _, dbFlag := range []string{db, "council.db"} {
				tried++
				code, _, errs := rada(t, append([]string{"--db", dbFlag}, args...)...)
				if code != 1 || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "is the council's live database") {
					t.Errorf("--db %s %v = %d %q", dbFlag, args, code, errs)
				}
			}
		}
		sameBytes(t, db, before)
		sameBytes(t, db+"-wal", wal)
	}
	t.Logf("%d writes aimed at the live database refused, not a byte changed", tried)
	saveAndStop()
	s, err := store.Open(context.Background(), db, store.ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	members, _ := s.ListMembers(context.Background(), store.MemberFilter{})
	held := 0
	for _, m := range members {
		if strings.HasPrefix(m.FullName, "Тримач ") {
			held++
		}
	}
	if held != 2 {
		t.Fatalf("%d of the holder's 2 changes in the file", held)
	}
	if code, out, errs := rada(t, "--db", db, "verify"); code != 0 {
		t.Fatalf("verify = %d %q %q", code, out, errs)
	}
}

// backup writes a private copy, replaces only with --force, refuses what it may not write.
func TestBackupRules(t *testing.T) {
	db := foundedDB(t)
	dir := t.TempDir()
	copyPath := filepath.Join(dir, "copy.db")
	if code, _, errs := rada(t, "--db", db, "backup", copyPath); code != 0 {
		t.Fatalf("backup = %d %q", code, errs)
	}
	if st, _ := os.Stat(copyPath); runtime.GOOS != "windows" && st.Mode().Perm() != 0o600 {
		t.Errorf("backup mode %v, want 0600", st.Mode().Perm())
	}
	os.WriteFile(copyPath, []byte("an older copy"), 0o644)
	code, _, errs := rada(t, "--db", db, "backup", copyPath)
	if code != 1 || errs != "rada: "+copyPath+" already exists; use --force to replace it\n" {
		t.Fatalf("backup over a file = %d %q", code, errs)
	}
	sameBytes(t, copyPath, []byte("an older copy"))
	if code, _, errs := rada(t, "--db", db, "backup", "--force", copyPath); code != 0 {
		t.Fatalf("backup --force = %d %q", code, errs)
	}
	if code, _, _ := rada(t, "--db", copyPath, "verify"); code != 0 {
		t.Fatal("the replaced backup does not verify")
	}
	if st, _ := os.Stat(copyPath); runtime.GOOS != "windows" && st.Mode().Perm() != 0o600 {
		t.Errorf("replaced backup mode %v, want 0600", st.Mode().Perm())
	}
	for _, args := range [][]string{{"backup", ""}, {"backup", "", "--force"}, {"backup"}, {"backup", "a.db", "b.db"}} {
		if code, _, errs := rada(t, append([]string{"--db", db}, args...)...); code != 2 {
			t.Errorf("%q = %d %q, want 2", args, code, errs)
		}
	}
	refused(t, db, func(x string) []string { return []string{"backup", x, "--force"} })
	if code, _, errs := rada(t, "--db", db, "backup", filepath.Join(dir, "no such folder", "copy.db")); code != 1 || !strings.Contains(errs, "no such file or directory") {
		t.Errorf("backup into a missing folder = %d %q", code, errs)
	}
	onlyFiles(t, dir, "copy.db")
}

// refused checks that a symbolic link, a folder and a device are refused even with --force,
// and that the link's target and the folder keep what they held.
func refused(t *testing.T, db string, args func(x string) []string) {
	t.Helper()
	dir := t.TempDir()
	target := filepath.Join(dir, "target.txt")
	os.WriteFile(target, []byte("keep"), 0o644)
	cases := map[string]string{dir: "is a folder"}
	if err := os.Symlink(target, filepath.Join(dir, "link.txt")); err == nil {
		cases[filepath.Join(dir, "link.txt")] = "is a symbolic link"
	}
	if st, err := os.Stat(os.DevNull); err == nil && st.Mode()&os.ModeDevice != 0 {
		cases[os.DevNull] = "is not a regular file"
	}
	for x, want := range cases {
		code, _, errs := rada(t, append([]string{"--db", db}, args(x)...)...)
		if code != 1 || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, want) {
			t.Errorf("%v = %d %q, want %q", args(x), code, errs, want)
		}
	}
	sameBytes(t, target, []byte("keep"))
	if st, err := os.Lstat(filepath.Join(dir, "link.txt")); err == nil && st.Mode()&os.ModeSymlink == 0 {
		t.Error("the link was replaced")
	}
}

// onlyFiles checks that dir holds exactly the names given: no temporary file stayed.
func onlyFiles(t *testing.T, dir string, names ...string) {
	t.Helper()
	entries, _ := os.ReadDir(dir)
	var got []string
	for _, e := range entries {
		got = append(got, e.Name())
	}
	if strings.Join(got, " ") != strings.Join(names, " ") {
		t.Errorf("%s holds %v, want %v", dir, got, names)
	}
}

// Every -o refuses an existing file without --force and replaces it with it; documents are
// shared (0644), the register of members private (0600).
func TestExportOutputRules(t *testing.T) {
	db := meetingDB(t)
	for _, c := range []struct {
		args []string
		mode os.FileMode
	}{
		{[]string{"export", "minutes", "--meeting", "1", "--format", "pdf"}, 0o644},
		{[]string{"export", "minutes", "--meeting", "1", "--format", "md"}, 0o644},
		{[]string{"export", "agenda", "--meeting", "1", "--format", "docx"}, 0o644},
		{[]string{"export", "members", "--format", "json"}, 0o600},
	} {
		dir := t.TempDir()
		x := filepath.Join(dir, "out")
		os.WriteFile(x, []byte("old"), 0o644)
		code, _, errs := rada(t, append(append([]string{"--db", db}, c.args...), "-o", x)...)
		if code != 1 || errs != "rada: "+x+" already exists; use --force to replace it\n" {
			t.Errorf("%v over a file = %d %q", c.args, code, errs)
		}
		sameBytes(t, x, []byte("old"))
		if code, out, errs := rada(t, append(append([]string{"--db", db}, c.args...), "-o", x, "--force")...); code != 0 || out != "" {
			t.Errorf("%v --force = %d %q %q", c.args, code, out, errs)
		}
		st, _ := os.Stat(x)
		if b, _ := os.ReadFile(x); string(b) == "old" || (runtime.GOOS != "windows" && st.Mode().Perm() != c.mode) {
			t.Errorf("%v --force: %d bytes, mode %v", c.args, len(b), st.Mode().Perm())
		}
		onlyFiles(t, dir, "out")
		refused(t, db, func(x string) []string { return append(append([]string{}, c.args...), "-o", x, "--force") })
		for _, bad := range [][]string{{"-o", ""}, {"-o", "", "--force"}, {"--force"}} {
			if code, _, errs := rada(t, append(append([]string{"--db", db}, c.args...), bad...)...); code != 2 {
				t.Errorf("%v %q = %d %q, want 2", c.args, bad, code, errs)
			}
		}
	}
	dir := filepath.Join(t.TempDir(), "opendata")
	if code, _, errs := rada(t, "--db", db, "export", "opendata", "-o", dir); code != 0 {
		t.Fatalf("opendata = %d %q", code, errs)
	}
	code, _, errs := rada(t, "--db", db, "export", "opendata", "-o", dir)
	if code != 1 || !strings.Contains(errs, "already exists; use --force to replace it") {
		t.Errorf("opendata again = %d %q", code, errs)
	}
	if code, _, errs := rada(t, "--db", db, "export", "opendata", "-o", dir, "--force"); code != 0 {
		t.Errorf("opendata --force = %d %q", code, errs)
	}
}
