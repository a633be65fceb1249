package main

import (
	"context"
	"strings"
	"testing"

	"github.com/khmelnytskyi-ogp/rada/store"
)

// The global flags stand anywhere on the line, as --db X or --db=X.
func TestGlobalFlagsAnywhere(t *testing.T) {
	db := meetingDB(t)
	t.Setenv("RADA_DB", "")
	for _, args := range [][]string{
		{"--db", db, "export", "minutes", "--meeting", "1", "--format", "md"},
		{"export", "minutes", "--db", db, "--meeting", "1", "--format", "md"},
		{"export", "--db=" + db, "minutes", "--meeting=1", "--format=md"},
		{"export", "minutes", "--meeting", "1", "--format", "md", "--db", db},
		{"export", "minutes", "--meeting", "1", "--format", "MD", "-db=" + db},
	} {
		code, out, errs := rada(t, args...)
		if code != 0 || !strings.Contains(out, "ПРОТОКОЛ № 1") {
			t.Errorf("%q = %d %q %q", args, code, errs, out[:min(len(out), 80)])
		}
	}
	code, out, errs := rada(t, "export", "minutes", "--meeting", "1", "--format", "md", "--lang=en", "--db", db)
	if code != 0 || !strings.Contains(out, "MINUTES No. 1") {
		t.Errorf("--lang=en after the kind = %d %q %q", code, errs, out[:min(len(out), 80)])
	}
	if code, out, errs := rada(t, "export", "members", "--db", db); code != 0 || !strings.Contains(out, "Петренко Олена") {
		t.Errorf("export members --db = %d %q", code, errs)
	}
}

// Every form of asking for help prints the usage with every flag of that command, its
// argument, default and meaning, on standard output, and exits 0.
func TestHelpFormsListEveryFlag(t *testing.T) {
	cases := []struct {
		args []string
		path []string
	}{
		{[]string{"help"}, nil},
		{[]string{"--help"}, nil},
		{[]string{"-h"}, nil},
		{[]string{"help", "export"}, []string{"export"}},
		{[]string{"export", "--help"}, []string{"export"}},
		{[]string{"help", "export", "minutes"}, []string{"export", "minutes"}},
		{[]string{"export", "minutes", "--help"}, []string{"export", "minutes"}},
		{[]string{"export", "minutes", "-h"}, []string{"export", "minutes"}},
		{[]string{"export", "-h", "plan"}, []string{"export", "plan"}},
		{[]string{"--db", "x.db", "demo", "--help"}, []string{"demo"}},
		{[]string{"help", "backup"}, []string{"backup"}},
		{[]string{"import", "members", "--help"}, []string{"import", "members"}},
		{[]string{"completion", "-h"}, []string{"completion"}},
	}
	for _, c := range cases {
		code, out, errs := rada(t, c.args...)
		if code != 0 || errs != "" || !strings.Contains(out, "Usage:") {
			t.Errorf("%q = %d %q %q", c.args, code, out, errs)
			continue
		}
		var flags []flagDef
		list, leaf := commands, (*command)(nil)
		for _, name := range c.path {
			leaf = find(list, name)
			list = leaf.kinds
		}
		if leaf != nil {
			flags = leaf.flags
			for _, k := range leaf.kinds {
				if !strings.Contains(out, "rada "+leaf.name+" "+k.name) || !strings.Contains(out, k.summary) {
					t.Errorf("%q does not show the kind %s", c.args, k.name)
				}
			}
		} else {
			for _, cmd := range commands {
				if !strings.Contains(out, "  "+cmd.name+" ") || !strings.Contains(out, cmd.summary) {
					t.Errorf("%q does not list the command %s", c.args, cmd.name)
				}
			}
		}
		for _, f := range append(flags, globalFlags...) {
			want := []string{flagWords(f), f.usage}
			if f.def != "" {
				want = append(want, "(default: "+f.def+")")
			}
			for _, w := range want {
				if !strings.Contains(out, w) {
					t.Errorf("%q: the help lacks %q", c.args, w)
				}
			}
		}
	}
	_, out, _ := rada(t, "help", "export", "minutes")
	if !strings.Contains(out, "rada export minutes --meeting N [--year Y] [--format md|html|docx|pdf] [--item K] [-o FILE] [--force]") {
		t.Errorf("the usage line of export minutes:\n%s", out)
	}
}

// Wrong usage exits 2 with one line saying what was wrong and a pointer to the help.
func TestWrongUsageExits2WithAHint(t *testing.T) {
	db := meetingDB(t)
	cases := []struct {
		args       []string
		msg, where string
	}{
		{[]string{"export", "minutes", "--meating", "1"}, "unknown flag --meating", "rada help export minutes"},
		{[]string{"export", "minutes", "--meeting"}, "--meeting needs a value", "rada help export minutes"},
		{[]string{"export", "minutes", "--format", "md"}, "give --meeting N", "rada help export minutes"},
		{[]string{"export"}, "what to export? use minutes, agenda, plan, members, opendata", "rada help export"},
		{[]string{"export", "minutes", "--plan", "2", "--meeting", "1", "--format", "md"}, "export minutes takes no --plan", "rada help export minutes"},
		{[]string{"backup"}, "backup: give FILE", "rada help backup"},
		{[]string{"backup", "a.db", "b.db"}, "too many arguments", "rada help backup"},
		{[]string{"verify", "now"}, `verify: unexpected "now"`, "rada help verify"},
		{[]string{"demo", "--size", "medium"}, `--size "medium": use small or large`, "rada help demo"},
		{[]string{"--force", "verify"}, "verify takes no --force", "rada help verify"},
		{[]string{"--lang", "fr"}, `--lang "fr": use uk or en`, "rada help'"},
		{[]string{"completion", "tcsh"}, `use bash, zsh or fish`, "rada help completion"},
		{[]string{"help", "nothing"}, `no command "nothing"`, "rada help'"},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`, "rada help'"},
		{[]string{"verify", "--force=maybe"}, "--force takes no value", "rada help verify"},
	}
	for _, c := range cases {
		code, out, errs := rada(t, append([]string{"--db", db}, c.args...)...)
		lines := strings.Split(strings.TrimSpace(errs), "\n")
		if code != 2 || out != "" || len(lines) != 2 || !strings.Contains(lines[0], c.msg) || !strings.Contains(lines[1], c.where) {
			t.Errorf("%q = %d %q, want 2 with %q and %q", c.args, code, errs, c.msg, c.where)
		}
	}
}

// Without --year, --meeting 1 takes this year's held meeting, not next year's draft, and
// says so on standard error; --year takes the draft without a word.
func TestMeetingWithoutYearTakesTheHeldOne(t *testing.T) {
	db := meetingDB(t)
	s, err := store.Open(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.CreateMeeting(context.Background(), store.Meeting{Date: "2027-12-17", StartTime: "10:00", Place: "Велика зала"}); err != nil {
		t.Fatal(err)
	}
	s.Close()
	code, out, errs := rada(t, "--db", db, "export", "minutes", "--meeting", "1", "--format", "md")
	want := "rada: took meeting № 1 of 12.03.2026; another № 1 is dated 17.12.2027 (draft): use --year 2027 for it\n"
	if code != 0 || errs != want || !strings.Contains(out, "12.03.2026") || strings.Contains(out, "17.12.2027") {
		t.Errorf("--meeting 1 = %d %q, want %q; the minutes of 12.03.2026:\n%s", code, errs, want, out)
	}
	code, out, errs = rada(t, "--db", db, "export", "minutes", "--meeting", "1", "--year", "2027", "--format", "md")
	if code != 0 || errs != "" || !strings.Contains(out, "17.12.2027") {
		t.Errorf("--year 2027 = %d %q\n%s", code, errs, out)
	}
	code, _, errs = rada(t, "--db", db, "export", "agenda", "--meeting", "1", "--format", "md", "--year", "2026")
	if code != 0 || errs != "" {
		t.Errorf("--year 2026 = %d %q, want no word on standard error", code, errs)
	}
}
