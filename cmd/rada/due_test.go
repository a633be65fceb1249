package main

import (
	"strings"
	"testing"
	"time"

	"github.com/charmbracelet/x/exp/golden"
)

// fixClock sets the command line's day for one test.
func fixClock(t *testing.T, day string) {
	t.Helper()
	d, err := time.Parse("2006-01-02", day)
	if err != nil {
		t.Fatal(err)
	}
	old := now
	now = func() time.Time { return d.Add(9 * time.Hour) }
	t.Cleanup(func() { now = old })
}

// `rada due` on the demo council on 20.12.2026: every kind the demo has, grouped, in
// Ukrainian and in English (testdata/TestDueOnTheDemoCouncil/*.golden).
func TestDueOnTheDemoCouncil(t *testing.T) {
	db := demoCopy(t, t.TempDir(), "demo.db")
	fixClock(t, "2026-12-20")
	for _, lang := range []string{"uk", "en"} {
		t.Run(lang, func(t *testing.T) {
			code, out, errs := rada(t, "due", "--db", db, "--lang", lang)
			if code != 0 || errs != "" {
				t.Fatalf("due = %d %q", code, errs)
			}
			golden.RequireEqual(t, []byte(out))
		})
	}
}

// With nothing due, `rada due` says so and exits 0.
func TestDueWithNothingDue(t *testing.T) {
	db := foundedDB(t)
	fixClock(t, "2026-12-20")
	code, out, errs := rada(t, "--db", db, "due")
	if code != 0 || out != "Нічого не чекає.\n" {
		t.Fatalf("due = %d %q %q", code, out, errs)
	}
	if code, out, _ := rada(t, "--db", db, "due", "--lang", "en"); code != 0 || !strings.HasPrefix(out, "Nothing is waiting.") {
		t.Fatalf("due --lang en = %d %q", code, out)
	}
}
