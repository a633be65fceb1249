package main

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// fakeRemote makes every path outside local look as if it were on an NFS share.
func fakeRemote(t *testing.T, local string) {
	t.Helper()
	old := detectRemote
	detectRemote = func(path string) string {
		if strings.HasPrefix(path, local) {
			return ""
		}
		return "NFS"
	}
	t.Cleanup(func() { detectRemote = old })
}

func TestImportWarnsOnNetworkFileSystem(t *testing.T) {
	fakeRemote(t, "/nowhere")
	errb := captureImportStderr(t)
	good := writeTemp(t, "good.csv", "full_name,side\nОлена Петренко,громадськість\n")
	if code, _, errs := rada(t, "--db", filepath.Join(t.TempDir(), "c.db"), "import", "members", good); code != 0 {
		t.Fatal(errs)
	}
	if !strings.Contains(errb.String(), "is on a network file system (NFS): SQLite's write-ahead log needs shared memory") {
		t.Errorf("import on a share said %q", errb.String())
	}
}

func TestMoveToLocal(t *testing.T) {
	data := t.TempDir()
	t.Setenv("XDG_DATA_HOME", data)
	fakeRemote(t, data)
	path := foundedDB(t)
	s, err := store.Open(context.Background(), path)
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	moved, target, err := moveToLocal(context.Background(), globals{}, s)
	if err != nil {
		t.Fatal(err)
	}
	defer moved.Close()
	if target != filepath.Join(data, "rada", "council.db") {
		t.Errorf("moved to %s", target)
	}
	if ms, _ := moved.ListMembers(context.Background(), store.MemberFilter{}); len(ms) != 1 {
		t.Errorf("the copy holds %d members, want 1", len(ms))
	}
	if _, _, err := moveToLocal(context.Background(), globals{}, s); err == nil || !strings.Contains(err.Error(), "already exists") {
		t.Errorf("a second move over the first: %v", err)
	}
	if _, err := os.Stat(path); err != nil {
		t.Errorf("the old file: %v", err)
	}
	fakeRemote(t, "/nowhere")
	os.Remove(target)
	if _, _, err := moveToLocal(context.Background(), globals{}, s); err == nil || !strings.Contains(err.Error(), "on a network file system (NFS) too") {
		t.Errorf("a move onto a share: %v", err)
	}
}
