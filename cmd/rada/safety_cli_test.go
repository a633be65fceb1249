package main

import (
	"bufio"
	"context"
	"database/sql"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// rawSQL changes the file as the sqlite3 command line would: with the real binary when it
// is installed, else through a plain SQLite connection that is not Rada's.
func rawSQL(t *testing.T, path, query string) {
	t.Helper()
	if bin, err := exec.LookPath("sqlite3"); err == nil {
		if out, err := exec.Command(bin, path, query).CombinedOutput(); err != nil {
			t.Fatalf("sqlite3 %q: %v %s", query, err, out)
		}
		return
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	if _, err := db.Exec(query); err != nil {
		t.Fatalf("%q: %v", query, err)
	}
}

func TestVerifyCatchesSqlite3Edits(t *testing.T) {
	if _, err := exec.LookPath("sqlite3"); err != nil {
		t.Log("no sqlite3 binary: changing the file through a plain SQLite connection")
	}
	for _, c := range []struct{ name, query, want string }{
		{"update", "UPDATE member SET full_name = 'Підмінений' WHERE id = 3", "member row 3 (update"},
		{"insert", "INSERT INTO member (full_name, sector, side, role, created_at, updated_at) VALUES ('Чужий', 'ngo', 'civil', 'member', '', '')", "(insert"},
		{"delete", "DELETE FROM milestone WHERE id = (SELECT max(id) FROM milestone)", "milestone row"},
		{"vote", `UPDATE vote SET choice = 'against' WHERE item_id = (SELECT a.id FROM agenda_item a JOIN meeting m ON m.id = a.meeting_id
			WHERE m.status <> 'minutes_approved' AND EXISTS (SELECT 1 FROM vote v WHERE v.item_id = a.id) LIMIT 1)`, "a vote row (update"},
		{"dropped guard", "DROP TRIGGER guard_member_update; UPDATE member SET notes = 'x' WHERE id = 1", "safeguards were removed outside Rada: guard_member_update"},
		{"journal", "DROP TRIGGER journal_no_update; UPDATE journal SET actor = 'хтось' WHERE id = 1", "journal entry 1"},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := demoCopy(t, t.TempDir(), "council.db")
			if code, out, errs := rada(t, "--db", path, "verify"); code != 0 || !strings.Contains(out, "nothing changed outside Rada") {
				t.Fatalf("verify before = %d %q %q", code, out, errs)
			}
			rawSQL(t, path, c.query)
			verifyFinds(t, path, c.want)
		})
	}
}

// verifyFinds runs verify and requires exit 1 with each finding on its own line, one of
// them naming want.
func verifyFinds(t *testing.T, path, want string) {
	t.Helper()
	code, out, errs := rada(t, "--db", path, "verify")
	lines := strings.Split(strings.TrimSuffix(errs, "\n"), "\n")
	found := false
	for _, l := range lines {
		if !strings.HasPrefix(l, "rada: ") {
			t.Errorf("a finding is not a line of its own: %q", l)
		}
		found = found || strings.Contains(l, want)
	}
	if code != 1 || out != "" || !found {
		t.Fatalf("verify = %d %q %q, want a line with %q", code, out, errs, want)
	}
}

// shell runs a script through the real sqlite3 shell, as a forger would.
func shell(t *testing.T, path, script string) {
	t.Helper()
	bin, err := exec.LookPath("sqlite3")
	if err != nil {
		t.Skip("no sqlite3 binary: these attacks use the sqlite3 shell itself (apt-get install sqlite3)")
	}
	cmd := exec.Command(bin, "-bail", path)
	cmd.Stdin = strings.NewReader(script)
	if out, err := cmd.CombinedOutput(); err != nil {
		t.Fatalf("sqlite3: %v %s\n%s", err, out, script)
	}
}

// TestVerifyReadsTheWholeSafetyNet makes the edits that go around the guards rather than
// through them, with the sqlite3 shell; verify names each.
func TestVerifyReadsTheWholeSafetyNet(t *testing.T) {
	approved := "(SELECT id FROM meeting WHERE status = 'minutes_approved' LIMIT 1)"
	for _, c := range []struct{ name, script, want string }{
		{"guard replaced by a do-nothing trigger", `DROP TRIGGER guard_member_update;
CREATE TRIGGER guard_member_update AFTER UPDATE ON member BEGIN SELECT 1; END;
UPDATE member SET full_name = 'Підмінений' WHERE id = 3;`,
			"safeguards were rewritten outside Rada (their SQL is not Rada's): guard_member_update"},
		{"lock replaced by a do-nothing trigger", `DROP TRIGGER meeting_locked_update;
CREATE TRIGGER meeting_locked_update BEFORE UPDATE ON meeting BEGIN SELECT 1; END;
INSERT INTO rada_writing VALUES (1);
UPDATE meeting SET place = 'Інше місце' WHERE id = ` + approved + `;
DELETE FROM rada_writing;`,
			"safeguards were rewritten outside Rada (their SQL is not Rada's): meeting_locked_update"},
		{"guard disabled through writable_schema", `PRAGMA writable_schema = ON;
UPDATE sqlite_schema SET sql = replace(sql, 'WHEN NOT EXISTS (SELECT 1 FROM rada_writing)', 'WHEN 0')
  WHERE name = 'guard_member_update';
PRAGMA writable_schema = OFF;`,
			"safeguards were rewritten outside Rada (their SQL is not Rada's): guard_member_update"},
		{"extra trigger", "CREATE TRIGGER member_echo AFTER INSERT ON member BEGIN SELECT 1; END;",
			"objects Rada did not make were added outside Rada: trigger member_echo"},
		{"extra view", "CREATE VIEW votes_shown AS SELECT * FROM vote;",
			"objects Rada did not make were added outside Rada: view votes_shown"},
		{"extra table", "CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT);",
			"objects Rada did not make were added outside Rada: table notes"},
		{"write marker left in place", `INSERT INTO rada_writing VALUES (1);
UPDATE member SET full_name = 'Підмінений' WHERE id = 3;`,
			"the write marker (table rada_writing) holds a row while nobody writes"},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := demoCopy(t, t.TempDir(), "council.db")
			if code, out, errs := rada(t, "--db", path, "verify"); code != 0 {
				t.Fatalf("verify before = %d %q %q", code, out, errs)
			}
			shell(t, path, c.script)
			verifyFinds(t, path, c.want)
		})
	}
}

// TestSafetyWriterChild writes members to $RADA_SAFETY_DB until killed; it runs only as the
// child of TestBackupDuringWrites.
func TestSafetyWriterChild(t *testing.T) {
	path := os.Getenv("RADA_SAFETY_DB")
	if path == "" {
		t.Skip("runs only as a child of TestBackupDuringWrites")
	}
	s, err := store.Open(context.Background(), path)
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(3)
	}
	for i := 0; ; i++ {
		m := store.Member{FullName: "Записаний " + strconv.Itoa(i), Side: store.SideCivil, Sector: store.SectorNGO, Role: store.RoleMember}
		if _, err := s.CreateMember(context.Background(), m); err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(4)
		}
		if i == 0 {
			fmt.Println("writing")
		}
	}
}

// TestBackupDuringWrites takes backups while another process writes as fast as it can: each
// backup opens, verifies and holds a whole number of changes.
func TestBackupDuringWrites(t *testing.T) {
	path := demoCopy(t, t.TempDir(), "council.db")
	cmd := exec.Command(os.Args[0], "-test.run=^TestSafetyWriterChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), "RADA_SAFETY_DB="+path)
	var stderr strings.Builder
	cmd.Stderr = &stderr
	out, _ := cmd.StdoutPipe()
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	defer func() { cmd.Process.Kill(); cmd.Wait() }()
	if line, err := bufio.NewReader(out).ReadString('\n'); err != nil || line != "writing\n" {
		t.Fatalf("writer did not start: %q %v %s", line, err, stderr.String())
	}
	dir := t.TempDir()
	last := -1
	for i := range 5 {
		time.Sleep(30 * time.Millisecond)
		copyPath := filepath.Join(dir, "copy"+strconv.Itoa(i)+".db")
		if code, _, errs := rada(t, "--db", path, "backup", copyPath); code != 0 {
			t.Fatalf("backup %d = %d %q", i, code, errs)
		}
		if code, outs, errs := rada(t, "--db", copyPath, "verify"); code != 0 {
			t.Fatalf("backup %d does not verify: %q %q", i, outs, errs)
		}
		n := countChildMembers(t, copyPath)
		if n <= last {
			t.Fatalf("backup %d holds %d written members, the one before %d", i, n, last)
		}
		last = n
	}
	if stderr.Len() > 0 {
		t.Fatalf("the writer failed: %s", stderr.String())
	}
	t.Logf("5 backups taken while another process wrote; the last holds %d of its changes", last)
}

// countChildMembers counts the writer's members in a backup and checks that the journal
// has one entry for each.
func countChildMembers(t *testing.T, path string) int {
	t.Helper()
	s, err := store.Open(context.Background(), path, store.ReadOnly())
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var members, entries int
	err = s.DB().QueryRow(`SELECT (SELECT count(*) FROM member WHERE full_name LIKE 'Записаний %'),
		(SELECT count(*) FROM journal WHERE entity = 'member' AND action = 'create' AND after LIKE '%Записаний%')`).Scan(&members, &entries)
	if err != nil || members != entries {
		t.Fatalf("backup holds %d members and %d journal entries for them: %v", members, entries, err)
	}
	return members
}
