package main

import (
	"context"
	"os"
	"os/exec"
	"strings"
	"testing"
)

// TestRadaChild runs the command line of $RADA_CHILD_ARGS as main does, with the real
// standard output; it runs only as a child of the tests below.
func TestRadaChild(t *testing.T) {
	args := os.Getenv("RADA_CHILD_ARGS")
	if args == "" {
		t.Skip("runs only as a child of TestStdoutFailureIsAnError")
	}
	keepBrokenPipe()
	os.Exit(run(context.Background(), strings.Split(args, "\x1f"), os.Stdout, os.Stderr))
}

// radaChild runs the command line in a child process writing to stdout.
func radaChild(t *testing.T, stdout *os.File, args ...string) (int, string) {
	t.Helper()
	cmd := exec.Command(os.Args[0], "-test.run=^TestRadaChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), "RADA_CHILD_ARGS="+strings.Join(args, "\x1f"))
	cmd.Stdout = stdout
	var stderr strings.Builder
	cmd.Stderr = &stderr
	cmd.Run()
	return cmd.ProcessState.ExitCode(), stderr.String()
}

// A document that cannot reach standard output (a closed pipe, a full device) is a failure
// with one line, exit 1 — for every format.
func TestStdoutFailureIsAnError(t *testing.T) {
	db := demoCopy(t, t.TempDir(), "council.db")
	exports := [][]string{
		{"export", "minutes", "--meeting", "1", "--format", "pdf"},
		{"export", "minutes", "--meeting", "1", "--format", "docx"},
		{"export", "agenda", "--meeting", "1", "--format", "html"},
		{"export", "plan", "--format", "md"},
		{"export", "members", "--format", "csv"},
	}
	r, w, err := os.Pipe()
	if err != nil {
		t.Fatal(err)
	}
	r.Close()
	defer w.Close()
	outs := map[string]*os.File{"a closed pipe": w}
	if full, err := os.OpenFile("/dev/full", os.O_WRONLY, 0); err == nil {
		defer full.Close()
		outs["/dev/full"] = full
	} else {
		t.Logf("no /dev/full here (%v): only the closed pipe is tried", err)
	}
	for name, out := range outs {
		for _, args := range exports {
			code, errs := radaChild(t, out, append([]string{"--db", db}, args...)...)
			if code != 1 || strings.Count(errs, "\n") != 1 || !strings.HasPrefix(errs, "rada: cannot write to standard output: ") {
				t.Errorf("%v to %s = %d %q", args, name, code, errs)
			}
		}
	}
}
