package main

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDemoCommand(t *testing.T) {
	path := filepath.Join(t.TempDir(), "demo.db")
	ctx := context.Background()
	var out, errb bytes.Buffer
	if code := run(ctx, []string{"--db", path, "demo"}, &out, &errb); code != 0 {
		t.Fatalf("first demo: exit %d, stderr %q", code, errb.String())
	}
	want := "Demo council written to " + path + ": 15 members, 5 meetings, 2 plans\n"
	if out.String() != want {
		t.Errorf("stdout %q, want %q", out.String(), want)
	}
	before, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}

	out.Reset()
	if code := run(ctx, []string{"demo", "--db", path}, &out, &errb); code != 1 {
		t.Errorf("second demo: exit %d, want 1", code)
	}
	if !strings.Contains(errb.String(), "already holds a council; demo needs a new file") {
		t.Errorf("stderr %q does not say why", errb.String())
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the refused file changed")
	}
}

func TestDemoUsage(t *testing.T) {
	t.Setenv("RADA_DB", "")
	dir := t.TempDir()
	for _, args := range [][]string{
		{"--db", filepath.Join(dir, "a.db"), "demo", "--size", "medium"},
		{"demo"},
		{"demo", "--db", filepath.Join(dir, "b.db"), "extra"},
	} {
		var out, errb bytes.Buffer
		if code := run(context.Background(), args, &out, &errb); code != 2 {
			t.Errorf("%v: exit %d, want 2 (stderr %q)", args, code, errb.String())
		}
	}
	if entries, _ := os.ReadDir(dir); len(entries) != 0 {
		t.Errorf("wrong usage created %d files", len(entries))
	}
}
