package store

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"os"
	"os/exec"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
)

// The reliability tests run this test binary again as a child process that writes to a
// council file; the child's mode and file come in the environment.
const (
	childModeEnv = "RADA_SAFETY_CHILD"
	childDBEnv   = "RADA_SAFETY_DB"
	childTagEnv  = "RADA_SAFETY_TAG"
	childNEnv    = "RADA_SAFETY_N"
)

// TestSafetyChild is the child's body; it does nothing in a normal test run.
func TestSafetyChild(t *testing.T) {
	mode := os.Getenv(childModeEnv)
	if mode == "" {
		t.Skip("runs only as a child of the reliability tests")
	}
	s, err := Open(context.Background(), os.Getenv(childDBEnv), WithActor("child-"+os.Getenv(childTagEnv)))
	if err != nil {
		fmt.Fprintln(os.Stderr, "open:", err)
		os.Exit(3)
	}
	n, _ := strconv.Atoi(os.Getenv(childNEnv))
	if err := childWrite(s, os.Getenv(childTagEnv), n); err != nil {
		fmt.Fprintln(os.Stderr, "write:", err)
		os.Exit(4)
	}
	s.Close()
	os.Exit(0)
}

// childWrite makes n changes (forever when n is 0), printing "id N" after each commit.
// Every other change updates the member it has just created, so both inserts and updates
// are cut by the kill.
func childWrite(s *Store, tag string, n int) error {
	ctx := context.Background()
	w := bufio.NewWriter(os.Stdout)
	for i := 0; n == 0 || i < n; i++ {
		m := Member{FullName: childName(tag, i), Side: SideCivil, Sector: SectorNGO, Role: RoleMember}
		id, err := s.CreateMember(ctx, m)
		if err != nil {
			return err
		}
		m.ID, m.Notes = id, strings.Repeat("нотатка ", i%50)
		if err := s.UpdateMember(ctx, m); err != nil {
			return err
		}
		fmt.Fprintf(w, "id %d %d\n", i, id)
		w.Flush()
	}
	return nil
}

func childName(tag string, i int) string { return fmt.Sprintf("Дочірній %s-%d", tag, i) }

// child starts this test binary as a writer on path.
func child(t *testing.T, path, tag string, n int) (*exec.Cmd, io.ReadCloser, *strings.Builder) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestSafetyChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), childModeEnv+"=write", childDBEnv+"="+path, childTagEnv+"="+tag,
		childNEnv+"="+strconv.Itoa(n))
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, err := cmd.StdoutPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	return cmd, out, &stderr
}

// committed reads the child's "id I ID" lines until its stdout closes; a line cut short by
// the kill is not counted.
func committed(r io.Reader) map[int]int64 {
	got := map[int]int64{}
	sc := bufio.NewScanner(r)
	for sc.Scan() {
		var i int
		var id int64
		if n, _ := fmt.Sscanf(sc.Text(), "id %d %d", &i, &id); n == 2 {
			got[i] = id
		}
	}
	return got
}

// checkKept opens path and checks SQLite's integrity, the journal chain and that every
// change a child reported is there.
func checkKept(t *testing.T, path string, reported map[string]map[int]int64) {
	t.Helper()
	s, err := Open(context.Background(), path)
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	defer s.Close()
	ctx := context.Background()
	if problems, err := s.IntegrityCheck(ctx); err != nil || len(problems) > 0 {
		t.Fatalf("integrity check: %v %v", problems, err)
	}
	if r, err := s.VerifyJournal(ctx); err != nil || r.BadID != 0 {
		t.Fatalf("journal: %+v %v", r, err)
	}
	if g, err := s.CheckGuards(ctx); err != nil || !g.Clean() {
		t.Fatalf("changes outside Rada: %+v %v", g, err)
	}
	for tag, ids := range reported {
		for i, id := range ids {
			m, err := s.GetMember(ctx, id)
			if err != nil || m.FullName != childName(tag, i) || m.Notes != strings.Repeat("нотатка ", i%50) {
				t.Fatalf("change %s-%d (member %d) reported committed but lost: %+v %v", tag, i, id, m, err)
			}
		}
	}
}

func crashRounds() int {
	if testing.Short() {
		return 10
	}
	return 60
}

// TestCrashKeepsCommitted kills a writing child with SIGKILL at random moments; every change
// it reported as committed survives and the file stays sound.
func TestCrashKeepsCommitted(t *testing.T) {
	path := t.TempDir() + "/council.db"
	seed := time.Now().UnixNano()
	t.Logf("seed %d", seed)
	rnd := newRand(seed)
	reported := map[string]map[int]int64{}
	changes := 0
	for round := range crashRounds() {
		tag := "c" + strconv.Itoa(round)
		cmd, out, stderr := child(t, path, tag, 0)
		// The kill falls after the child's first commit, at a random moment of its writing.
		lines := bufio.NewReader(out)
		first, err := lines.ReadString('\n')
		if err != nil {
			cmd.Wait()
			t.Fatalf("round %d: the child committed nothing (%v); its stderr: %q", round, err, stderr)
		}
		var got map[int]int64
		var wg sync.WaitGroup
		wg.Go(func() { got = committed(io.MultiReader(strings.NewReader(first), lines)) })
		time.Sleep(time.Duration(rnd.IntN(180)) * time.Millisecond)
		cmd.Process.Kill()
		wg.Wait()
		err = cmd.Wait()
		if stderr.Len() > 0 || cmd.ProcessState.ExitCode() != -1 {
			t.Fatalf("round %d: the child was to be killed while writing, it ended with %v; its stderr: %q", round, err, stderr)
		}
		if len(got) == 0 {
			t.Fatalf("round %d: no committed change reported", round)
		}
		reported[tag] = got
		changes += 2 * len(got)
		checkKept(t, path, map[string]map[int]int64{tag: got})
	}
	checkKept(t, path, reported)
	t.Logf("%d kills survived; %d committed changes reported and all kept", crashRounds(), changes)
}

// TestConcurrentWriters runs two processes writing 500 changes each to one file at once:
// every change is kept and neither sees "database is locked".
func TestConcurrentWriters(t *testing.T) {
	n := 250 // each round writes two changes: a member and its update
	if testing.Short() {
		n = 50
	}
	path := t.TempDir() + "/council.db"
	reported := map[string]map[int]int64{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	start := time.Now()
	for _, tag := range []string{"a", "b"} {
		wg.Go(func() {
			cmd, out, stderr := child(t, path, tag, n)
			got := committed(out)
			err := cmd.Wait()
			mu.Lock()
			defer mu.Unlock()
			reported[tag] = got
			if err != nil || stderr.Len() > 0 {
				t.Errorf("writer %s: %v: %s", tag, err, stderr)
			}
		})
	}
	wg.Wait()
	if t.Failed() {
		return
	}
	for tag, got := range reported {
		if len(got) != n {
			t.Fatalf("writer %s reported %d of %d rounds", tag, len(got), n)
		}
	}
	checkKept(t, path, reported)
	s := openTestFile(t, path)
	var members, entries int
	s.DB().QueryRow("SELECT (SELECT count(*) FROM member), (SELECT count(*) FROM journal)").Scan(&members, &entries)
	if members != 2*n || entries != 4*n {
		t.Fatalf("%d members and %d journal entries, want %d and %d", members, entries, 2*n, 4*n)
	}
	t.Logf("2 processes wrote %d changes at once in %v; all kept, none refused", 4*n, time.Since(start).Round(time.Millisecond))
}
