package live

import (
	"context"
	"testing"

	tea "github.com/charmbracelet/bubbletea"
	"github.com/khmelnytskyi-ogp/rada/store"
	"github.com/khmelnytskyi-ogp/rada/tui/common"
)

func attendanceOf(t *testing.T, c council14, name string) store.AttendanceRow {
	t.Helper()
	rows, err := c.st.GetAttendance(context.Background(), c.meeting.ID)
	if err != nil {
		t.Fatal(err)
	}
	for _, r := range rows {
		if r.ID == c.members[name] {
			return r
		}
	}
	t.Fatalf("%s not in the attendance", name)
	return store.AttendanceRow{}
}

// "a" in the attendance list asks why, as the meeting screen does; esc leaves the member as they were.
func TestAbsentAsksTheReason(t *testing.T) {
	c := started(t)
	sc := openScreen(t, c.st, c.meeting.ID)
	sc.send(runes("P"), runes("a"))
	if sc.m.mode != modeForm || sc.m.editing.kind != formAbsent {
		t.Fatalf("a did not ask the reason: mode %d form %q", sc.m.mode, sc.m.editing.kind)
	}
	if err := contains(sc.m.View(), "Відсутність: Бондар Олег Іванович", "Причина відсутності"); err != nil {
		t.Fatal(err)
	}
	sc.send(tea.KeyMsg{Type: tea.KeyEsc})
	if sc.m.mode != modeAttendance || attendanceOf(t, c, "Бондар Олег Іванович").Status == store.PresenceAbsent {
		t.Fatalf("esc: mode %d, member marked absent anyway", sc.m.mode)
	}
	sc.send(runes("a"), runes("відрядження"), tea.KeyMsg{Type: tea.KeyEnter})
	if r := attendanceOf(t, c, "Бондар Олег Іванович"); r.Status != store.PresenceAbsent || r.Reason != "відрядження" {
		t.Fatalf("saved %+v", r)
	}
	if sc.m.mode != modeAttendance || sc.m.cursor != 1 {
		t.Fatalf("after saving: mode %d cursor %d, want the attendance list on the next member", sc.m.mode, sc.m.cursor)
	}
}

// The roll call opens on the first member each time, not where the last one stopped.
func TestRollCallOpensAtTheFirstMember(t *testing.T) {
	c := started(t)
	sc := openScreen(t, c.st, c.meeting.ID)
	sc.send(runes("V"), runes("fff"), tea.KeyMsg{Type: tea.KeyEsc}, runes("V"))
	if sc.m.mode != modeRoll || sc.m.cursor != 0 {
		t.Fatalf("roll call reopened at %d, want 0", sc.m.cursor)
	}
	sc.send(tea.KeyMsg{Type: tea.KeyEsc}, runes("j"), runes("P"))
	if sc.m.mode != modeAttendance || sc.m.cursor != 0 {
		t.Fatalf("attendance opened at %d, want 0", sc.m.cursor)
	}
}

// Each key appears once in the full help of every mode.
func TestFullHelpListsEachKeyOnce(t *testing.T) {
	c := started(t)
	sc := openScreen(t, c.st, c.meeting.ID)
	for _, open := range []string{"", "V", "P"} {
		if open != "" {
			sc.send(tea.KeyMsg{Type: tea.KeyEsc}, runes(open))
		}
		seen := map[string]bool{}
		for _, g := range sc.m.FullHelp() {
			for _, b := range g {
				k := b.Help().Key
				if seen[k] {
					t.Fatalf("mode %d: %q twice in the full help", sc.m.mode, k)
				}
				seen[k] = true
			}
		}
	}
}

// Before the session starts, s works and the help bar says so.
func TestStartKeyShownBeforeTheSession(t *testing.T) {
	c := newCouncil14(t)
	sc := openScreen(t, c.st, c.meeting.ID)
	sc.send(runes("n")) // "start now?" — not yet
	var short []string
	for _, b := range sc.m.ShortHelp() {
		short = append(short, b.Help().Key)
	}
	if len(short) == 0 || short[0] != "s" {
		t.Fatalf("help bar before the start: %v", short)
	}
	sc.send(runes("s"))
	if !sc.m.confirm.Active() {
		t.Fatal("s did not ask to start")
	}
}

// ? in the roll call asks the root for the full help instead of being swallowed.
func TestQuestionMarkInRollCallOpensHelp(t *testing.T) {
	c := started(t)
	sc := openScreen(t, c.st, c.meeting.ID)
	sc.send(runes("V"))
	_, cmd := sc.m.Update(runes("?"))
	if cmd == nil {
		t.Fatal("? did nothing in the roll call")
	}
	if _, ok := cmd().(common.ShowHelpMsg); !ok {
		t.Fatal("? must open the full help")
	}
}
