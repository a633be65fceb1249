package main

import (
	"errors"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
)

// fullDisk mounts a small tmpfs and fills it, leaving free bytes (rounded to pages) free;
// the test is skipped where it cannot mount one (not root, or no mount).
func fullDisk(t *testing.T, free int) string {
	t.Helper()
	dir := t.TempDir()
	if out, err := exec.Command("mount", "-t", "tmpfs", "-o", "size=256k", "tmpfs", dir).CombinedOutput(); err != nil {
		t.Skipf("cannot mount a small tmpfs to fill: %v %s", err, out)
	}
	t.Cleanup(func() { exec.Command("umount", dir).Run() })
	f, err := os.Create(filepath.Join(dir, "ballast"))
	if err != nil {
		t.Fatal(err)
	}
	for {
		if _, err := f.Write(make([]byte, 1024)); err != nil {
			if !errors.Is(err, syscall.ENOSPC) {
				t.Fatal(err)
			}
			break
		}
	}
	st, _ := f.Stat()
	if err := f.Truncate(st.Size() - int64(free)); err != nil {
		t.Fatal(err)
	}
	f.Close()
	return dir
}

// A full disk fails every export and the backup with exit 1 and one line, leaves no
// partial file, and keeps the file --force was to replace: with no byte free, and with a
// few pages free, so that the write fails part-way.
func TestFullDiskLeavesNothing(t *testing.T) {
	db := demoCopy(t, t.TempDir(), "council.db")
	tried := 0
	for _, free := range []int{0, 8 << 10} {
		dir := fullDisk(t, free)
		x := filepath.Join(dir, "out")
		if err := os.WriteFile(x, nil, 0o644); err != nil {
			t.Fatal(err)
		}
		for _, args := range [][]string{
			{"export", "minutes", "--meeting", "1", "--format", "pdf"},
			{"export", "minutes", "--meeting", "1", "--format", "docx"},
			{"export", "minutes", "--meeting", "1", "--format", "html"},
			{"export", "agenda", "--meeting", "1", "--format", "md"},
			{"export", "plan", "--format", "json"},
			{"export", "members", "--format", "csv"},
			{"backup"},
		} {
			if args[0] == "backup" {
				args = []string{"backup", x, "--force"}
			} else {
				code, out, _ := rada(t, append([]string{"--db", db}, args...)...)
				if code != 0 {
					t.Fatalf("%v to standard output = %d", args, code)
				}
				if len(out) <= free && args[len(args)-1] != "pdf" {
					continue // fits in what is free: no failure to see
				}
				if len(out) <= free {
					t.Fatalf("the minutes' PDF (%d bytes) does not fill %d free bytes", len(out), free)
				}
				args = append(args, "-o", x, "--force")
			}
			tried++
			code, _, errs := rada(t, append([]string{"--db", db}, args...)...)
			if code != 1 || strings.Count(errs, "\n") != 1 || !strings.Contains(errs, "full") && !strings.Contains(errs, "no space left") {
				t.Errorf("%v with %d bytes free = %d %q", args, free, code, errs)
			}
			sameBytes(t, x, nil)
			onlyFiles(t, dir, "ballast", "out")
		}
	}
	t.Logf("%d writes to a full disk: each exit 1, nothing left", tried)
}
